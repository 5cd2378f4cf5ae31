/**
 * The diagnostic host (contract §4): a small note in the page's corner saying which adapter could not
 * read what. It never blocks the page, and the assistant can dismiss it.
 */
import { t, type MessageKey } from '../i18n';
import type { MetricId } from '../read/metrics';
import { createOverlayHost, el, overlayParent } from './overlay-host';

const STYLE = `
:host { all: initial; }
.box { position: fixed; left: 12px; bottom: 12px; z-index: 2147483646; max-width: 420px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #3b2500; background: #fff8e6; border: 1px solid #c48a00; border-left: 5px solid #c48a00;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
b { display: block; margin-bottom: 2px; }
ul { margin: 4px 0; padding-left: 16px; max-height: 120px; overflow: auto; }
button.close { float: right; border: 0; background: none; cursor: pointer; font-size: 14px; color: inherit; }
form { margin-top: 6px; padding-top: 6px; border-top: 1px solid #e3c77a; }
label { display: block; margin: 4px 0 2px; }
select { font: inherit; max-width: 100%; }
button[type=submit] { margin-top: 6px; font: inherit; padding: 2px 12px; cursor: pointer; }
.result { margin-top: 4px; }
`;

let current: { host: HTMLElement; key: string } | undefined;

/** What the assistant can teach from the diagnostic: a label the page showed, as one of the page kind's metrics. */
export interface DiagnosticTeaching {
  labels: readonly string[];
  metrics: readonly MetricId[];
  save: (label: string, metric: MetricId) => Promise<{ ok: true } | { ok: false; error: string }>;
}

export interface DiagnosticContent {
  adapter: string;
  lines: string[];
  teach?: DiagnosticTeaching;
}

export function showDiagnostic({ adapter, lines, teach }: DiagnosticContent): void {
  const key = JSON.stringify([adapter, lines, teach?.labels]);
  if (current?.key === key && current.host.isConnected) return;
  hideDiagnostic();
  const { host, root } = createOverlayHost('sol-diagnostic', {
    'data-sol-diagnostic': adapter,
    'data-sol-detail': lines.join('\n'),
    role: 'status',
  });
  const close = el('button', { className: 'close', text: '×', attrs: { type: 'button', 'aria-label': t('diagnostic.dismiss'), title: t('diagnostic.dismiss') } });
  close.addEventListener('click', () => host.remove());
  root.append(
    el('style', { text: STYLE }),
    el('div', { className: 'box', attrs: { part: 'box' } }, [
      close,
      el('b', { text: t('diagnostic.title') }),
      el('div', { text: t('diagnostic.adapter', { adapter }) }),
      el('ul', {}, lines.slice(0, 20).map((line) => el('li', { text: line }))),
      el('div', { text: t('diagnostic.nothingStored') }),
      ...(teach ? [teachForm(teach)] : []),
    ]),
  );
  overlayParent().append(host);
  current = { host, key };
}

export function hideDiagnostic(): void {
  current?.host.remove();
  current = undefined;
}

/** The teaching form: which label the page showed, and which metric it is. Page text goes in as text only. */
function teachForm(teach: DiagnosticTeaching): HTMLElement {
  const labelSelect = el('select', { attrs: { name: 'label', 'data-sol-teach-label': '' } }, teach.labels.map((label) => el('option', { text: label, attrs: { value: label } })));
  const metricSelect = el(
    'select',
    { attrs: { name: 'metric', 'data-sol-teach-metric': '' } },
    teach.metrics.map((metric) => el('option', { text: t(`metric.${metric}` as MessageKey), attrs: { value: metric } })),
  );
  const result = el('div', { className: 'result', attrs: { 'data-sol-teach-result': '' } });
  const form = el('form', { attrs: { 'data-sol-teach': '' } }, [
    el('b', { text: t('diagnostic.teachTitle') }),
    el('div', { text: t('diagnostic.teachHint') }),
    el('label', { text: t('diagnostic.teachLabel') }),
    labelSelect,
    el('label', { text: t('diagnostic.teachMetric') }),
    metricSelect,
    el('div', {}, [el('button', { text: t('diagnostic.teachSave'), attrs: { type: 'submit' } })]),
    result,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const label = labelSelect.value;
    const metric = metricSelect.value as MetricId;
    void teach.save(label, metric).then((outcome) => {
      result.textContent = outcome.ok
        ? t('diagnostic.taught', { label, metric: t(`metric.${metric}` as MessageKey) })
        : t('diagnostic.teachFailed', { error: outcome.error });
    });
  });
  return form;
}
