/** The log launcher (contract §4 `data-sol-launcher`): a small fixed button on every page read. */
import { t } from '../i18n/page';
import { createOverlayHost, el, overlayParent } from './overlay-host';

const STYLE = `
:host { all: initial; }
button { all: initial; box-sizing: border-box; width: 44px; height: 44px; border-radius: 50%; cursor: pointer;
  display: flex; align-items: center; justify-content: center; background: #0a7d8c; color: #fff;
  font: 700 13px/1 system-ui, -apple-system, "Segoe UI", "PingFang SC", sans-serif; box-shadow: 0 3px 10px rgba(0,0,0,.3); }
button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
`;

const HOST_STYLE = ['all: initial', 'position: fixed', 'right: 16px', 'bottom: 16px', 'width: 44px', 'height: 44px', 'z-index: 2147483645', 'display: block']
  .map((d) => `${d} !important`)
  .join('; ');

export class Launcher {
  private host: HTMLElement | undefined;

  constructor(private readonly onOpen: () => void) {}

  /** Shows the launcher (again, if a page re-render removed it). */
  show(adapter: string): void {
    if (this.host?.isConnected) {
      this.host.setAttribute('data-sol-launcher', adapter);
      return;
    }
    const { host, root } = createOverlayHost('sol-launcher', { 'data-sol-launcher': adapter, style: HOST_STYLE }, 'closed');
    const button = el('button', { text: 'LOG', attrs: { type: 'button', 'aria-label': t('launcher.label'), title: t('launcher.label') } });
    root.append(el('style', { text: STYLE }), button);
    host.addEventListener('click', (event) => {
      event.stopPropagation();
      this.onOpen();
    });
    overlayParent().append(host);
    this.host = host;
  }

  hide(): void {
    this.host?.remove();
    this.host = undefined;
  }
}
