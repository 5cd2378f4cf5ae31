/**
 * The diagnostic host (contract §4): a small note in the page's corner saying which adapter could not
 * read what. It never blocks the page, and the assistant can dismiss it.
 */
import { t } from '../i18n';
import { createOverlayHost, el, overlayParent } from './overlay-host';

const STYLE = `
:host { all: initial; }
.box { position: fixed; left: 12px; bottom: 12px; z-index: 2147483646; max-width: 420px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #3b2500; background: #fff8e6; border: 1px solid #c48a00; border-left: 5px solid #c48a00;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
b { display: block; margin-bottom: 2px; }
ul { margin: 4px 0; padding-left: 16px; max-height: 120px; overflow: auto; }
button { float: right; border: 0; background: none; cursor: pointer; font-size: 14px; color: inherit; }
`;

let current: { host: HTMLElement; key: string } | undefined;

export interface DiagnosticContent {
  adapter: string;
  lines: string[];
}

export function showDiagnostic({ adapter, lines }: DiagnosticContent): void {
  const key = JSON.stringify([adapter, lines]);
  if (current?.key === key && current.host.isConnected) return;
  hideDiagnostic();
  const { host, root } = createOverlayHost('sol-diagnostic', {
    'data-sol-diagnostic': adapter,
    'data-sol-detail': lines.join('\n'),
    role: 'status',
  });
  const close = el('button', { text: '×', attrs: { type: 'button', 'aria-label': t('diagnostic.dismiss'), title: t('diagnostic.dismiss') } });
  close.addEventListener('click', () => host.remove());
  root.append(
    el('style', { text: STYLE }),
    el('div', { className: 'box', attrs: { part: 'box' } }, [
      close,
      el('b', { text: t('diagnostic.title') }),
      el('div', { text: t('diagnostic.adapter', { adapter }) }),
      el('ul', {}, lines.slice(0, 20).map((line) => el('li', { text: line }))),
      el('div', { text: t('diagnostic.nothingStored') }),
    ]),
  );
  overlayParent().append(host);
  current = { host, key };
}

export function hideDiagnostic(): void {
  current?.host.remove();
  current = undefined;
}
