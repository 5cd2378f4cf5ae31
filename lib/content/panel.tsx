/**
 * Mounts the log panel (React) in a page: a `data-sol-panel` host with an open shadow root (contract
 * §4), so page CSS cannot reach the form and the form cannot reach the page.
 */
import { createRoot, type Root } from 'react-dom/client';
import { LogPanel, LOG_PANEL_CSS, type LogPanelProps } from '@/components/LogPanel';
import { installPageCatalogs, setLanguage, type PageCatalogs, type UiLanguage } from '../i18n/page';
import { createOverlayHost, el, overlayParent } from './overlay-host';

export { PANEL_GLOBAL } from './panel-global';

export interface PanelApi {
  /** `catalogs`: the page strings the reader was given (./page-strings.ts); this script carries none. */
  open(props: Omit<LogPanelProps, 'onClose'>, language: UiLanguage, catalogs: PageCatalogs): void;
  close(): void;
  readonly isOpen: boolean;
}

export class PanelHost implements PanelApi {
  private host: HTMLElement | undefined;
  private root: Root | undefined;

  open(props: Omit<LogPanelProps, 'onClose'>, language: UiLanguage, catalogs: PageCatalogs): void {
    // This script has its own copy of the i18n module: the reader's strings, in the overlay's language.
    installPageCatalogs(catalogs);
    setLanguage(language);
    if (!this.host || !this.host.isConnected) {
      const { host, root } = createOverlayHost('sol-panel', { 'data-sol-panel': '' }, 'open');
      const mount = el('div');
      root.append(el('style', { text: LOG_PANEL_CSS }), mount);
      overlayParent().append(host);
      // Keys typed in the panel are the assistant's, not the page's shortcuts.
      for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
      this.host = host;
      this.root = createRoot(mount);
    }
    this.root!.render(<LogPanel {...props} onClose={() => this.close()} />);
  }

  close(): void {
    this.root?.unmount();
    this.host?.remove();
    this.root = undefined;
    this.host = undefined;
  }

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }
}
