/**
 * The diagnostic host (contract §4): a small note in the page's corner saying which adapter could not
 * read what, in the assistant's language: the labels and columns it saw but could not place, and the
 * metrics it expected and did not read. From there the assistant teaches the reader (issue 14): pick an
 * unplaced label, or point at the page, then choose the metric. The adapter's own (English) lines stay
 * available under a fold for support. It never blocks the page, and the assistant can dismiss it.
 */
import { t, type PageMessageKey } from '../i18n/page';
import { isOverlayHost } from '../read/dom';
import { isStatusMetric, STATUS_WORDS, type MetricId } from '../read/metrics';
import { createOverlayHost, el, overlayParent } from './overlay-host';
import { labelOfPicked } from './pick-label';

const STYLE = `
:host { all: initial; }
.box { position: fixed; left: 12px; bottom: 12px; z-index: 2147483646; max-width: 440px; max-height: calc(100vh - 24px); overflow: auto;
  box-sizing: border-box;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #3b2500; background: #fff8e6; border: 1px solid #c48a00; border-left: 5px solid #c48a00;
  border-radius: 6px; padding: 8px 10px; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
b { display: block; margin-bottom: 2px; }
ul { margin: 4px 0; padding-left: 16px; max-height: 120px; overflow: auto; }
details { margin: 4px 0; }
summary { cursor: pointer; }
button.close { float: right; border: 0; background: none; cursor: pointer; font-size: 14px; color: inherit; }
form { margin-top: 6px; padding-top: 6px; border-top: 1px solid #e3c77a; }
label { display: block; margin: 4px 0 2px; }
select, input { font: inherit; max-width: 100%; box-sizing: border-box; }
.status-row { display: grid; grid-template-columns: 1fr 1fr; gap: 4px; align-items: center; margin: 2px 0; }
button { font: inherit; }
.actions { margin-top: 6px; display: flex; gap: 6px; flex-wrap: wrap; }
.actions button { padding: 2px 12px; cursor: pointer; }
.result, .pick-note { margin-top: 4px; }
:host(.picking) .box { outline: 2px dashed #0a6ed1; }
.highlight { position: fixed; z-index: 2147483645; pointer-events: none; border: 2px solid #0a6ed1;
  background: rgba(10,110,209,.12); border-radius: 3px; display: none; }
`;

let current: { host: HTMLElement; key: string; busy: () => boolean; dispose: () => void } | undefined;

/** What the assistant can teach from the diagnostic: a label the page showed, as one of the page kind's metrics. */
export interface DiagnosticTeaching {
  /** Labels and column headers the adapter saw but placed on no metric (may be empty: pointing still works). */
  labels: readonly string[];
  metrics: readonly MetricId[];
  save: (label: string, metric: MetricId, statusWords?: Record<string, string>) => Promise<{ ok: true } | { ok: false; error: string }>;
}

export interface DiagnosticContent {
  adapter: string;
  /** What went wrong, in the assistant's language. */
  lines: string[];
  /** The adapter's own lines (English, technical): kept for support under a fold, and in `data-sol-detail`. */
  technical?: string[];
  /** Labels and columns seen but not placed, as the page shows them. */
  unplaced?: readonly string[];
  /** Metrics the page kind shows that this read did not find. */
  missing?: readonly MetricId[];
  teach?: DiagnosticTeaching;
}

const metricName = (metric: MetricId) => t(`metric.${metric}` as PageMessageKey);

export function showDiagnostic(content: DiagnosticContent): void {
  const { adapter, lines, technical = [], unplaced = [], missing = [], teach } = content;
  const key = JSON.stringify([adapter, lines, technical, unplaced, missing, teach?.labels, teach?.metrics]);
  if (current?.host.isConnected) {
    if (current.key === key) return;
    // The assistant is choosing or pointing: redrawing now would throw their choice away.
    if (current.busy()) return;
  }
  hideDiagnostic();
  const detail = [
    ...lines,
    ...unplaced.map((label) => t('diagnostic.unplacedLine', { label })),
    ...missing.map((metric) => t('diagnostic.missingLine', { metric: metricName(metric), id: metric })),
    ...technical,
  ];
  const { host, root } = createOverlayHost('sol-diagnostic', {
    'data-sol-diagnostic': adapter,
    'data-sol-detail': detail.join('\n'),
    'data-sol-missing': missing.join(' '),
    role: 'status',
  });
  const close = el('button', { className: 'close', text: '×', attrs: { type: 'button', 'aria-label': t('diagnostic.dismiss'), title: t('diagnostic.dismiss') } });
  close.addEventListener('click', () => hideDiagnostic());
  const form = teach ? teachForm(teach, root, host) : undefined;
  root.append(
    el('style', { text: STYLE }),
    el('div', { className: 'box', attrs: { part: 'box' } }, [
      close,
      el('b', { text: t('diagnostic.title') }),
      el('div', { text: t('diagnostic.adapter', { adapter }) }),
      ...(lines.length ? [el('ul', {}, lines.slice(0, 20).map((line) => el('li', { text: line })))] : []),
      ...(unplaced.length
        ? [
            el('div', { text: t('diagnostic.unplacedTitle') }),
            el('ul', { attrs: { 'data-sol-unplaced': '' } }, unplaced.slice(0, 30).map((label) => el('li', { text: `“${label}”`, attrs: { 'data-sol-unplaced-label': label } }))),
          ]
        : []),
      ...(missing.length
        ? [
            el('div', { text: t('diagnostic.missingTitle') }),
            el('ul', { attrs: { 'data-sol-missing-list': '' } }, missing.map((metric) => el('li', { text: metricName(metric), attrs: { 'data-sol-missing-metric': metric } }))),
          ]
        : []),
      ...(technical.length
        ? [el('details', {}, [el('summary', { text: t('diagnostic.technical') }), el('ul', {}, technical.slice(0, 30).map((line) => el('li', { text: line })))])]
        : []),
      el('div', { text: t('diagnostic.nothingStored') }),
      ...(form ? [form.element] : []),
    ]),
  );
  overlayParent().append(host);
  current = { host, key, busy: () => form?.busy() ?? false, dispose: () => form?.dispose() };
}

export function hideDiagnostic(): void {
  current?.dispose();
  current?.host.remove();
  current = undefined;
}

/**
 * The teaching form: which label (from the list, or pointed at on the page), which metric, and for a
 * status metric which page word stands for which status. Page text goes in as text only.
 */
function teachForm(teach: DiagnosticTeaching, root: ShadowRoot, host: HTMLElement): { element: HTMLElement; busy: () => boolean; dispose: () => void } {
  let touched = false;
  let picker: Picker | undefined;
  const labelSelect = el('select', { attrs: { name: 'label', 'data-sol-teach-label': '' } }, teach.labels.map((label) => el('option', { text: label, attrs: { value: label } })));
  const metricSelect = el(
    'select',
    { attrs: { name: 'metric', 'data-sol-teach-metric': '' } },
    teach.metrics.map((metric) => el('option', { text: metricName(metric), attrs: { value: metric } })),
  );
  const statusBox = el('div', { attrs: { 'data-sol-teach-status-words': '' } });
  const pickNote = el('div', { className: 'pick-note', attrs: { 'data-sol-pick-note': '' } });
  const result = el('div', { className: 'result', attrs: { 'data-sol-teach-result': '' } });
  const pickButton = el('button', { text: t('diagnostic.pick'), attrs: { type: 'button', 'data-sol-teach-pick': '' } });
  const saveButton = el('button', { text: t('diagnostic.teachSave'), attrs: { type: 'submit' } });

  const drawStatusWords = () => {
    statusBox.replaceChildren();
    const metric = metricSelect.value as MetricId;
    if (!isStatusMetric(metric)) return;
    statusBox.append(el('label', { text: t('diagnostic.statusWordsTitle') }));
    for (const word of Object.keys(STATUS_WORDS[metric])) {
      statusBox.append(
        el('div', { className: 'status-row' }, [
          el('span', { text: t(`metricStatus.${metric}.${word}` as PageMessageKey) }),
          el('input', { attrs: { type: 'text', name: `statusWord.${word}`, 'data-sol-teach-status-word': word, maxlength: '100', 'aria-label': t(`metricStatus.${metric}.${word}` as PageMessageKey) } }),
        ]),
      );
    }
  };
  metricSelect.addEventListener('change', drawStatusWords);
  drawStatusWords();

  const addPicked = (label: string) => {
    const existing = [...labelSelect.options].find((o) => o.value === label);
    if (!existing) labelSelect.append(el('option', { text: label, attrs: { value: label } }));
    labelSelect.value = label;
    pickNote.textContent = t('diagnostic.picked', { label });
  };

  pickButton.addEventListener('click', () => {
    touched = true;
    if (picker) return;
    pickNote.textContent = t('diagnostic.pickHint');
    host.classList.add('picking');
    picker = startPicker(root, host, (picked) => {
      picker = undefined;
      if (picked === null) pickNote.textContent = t('diagnostic.pickCancelled');
      else if (picked === undefined) pickNote.textContent = t('diagnostic.pickNothing');
      else addPicked(picked);
    });
  });

  const form = el('form', { attrs: { 'data-sol-teach': '' } }, [
    el('b', { text: t('diagnostic.teachTitle') }),
    el('div', { text: t('diagnostic.teachHint') }),
    el('label', { text: t('diagnostic.teachLabel') }),
    labelSelect,
    el('div', { className: 'actions' }, [pickButton]),
    pickNote,
    el('label', { text: t('diagnostic.teachMetric') }),
    metricSelect,
    statusBox,
    el('div', { className: 'actions' }, [saveButton]),
    result,
  ]);
  form.addEventListener('input', () => (touched = true));
  form.addEventListener('change', () => (touched = true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const label = labelSelect.value;
    const metric = metricSelect.value as MetricId;
    if (!label) {
      result.textContent = t('diagnostic.teachNoLabel');
      return;
    }
    const statusWords: Record<string, string> = {};
    for (const input of statusBox.querySelectorAll<HTMLInputElement>('input[data-sol-teach-status-word]')) {
      for (const shown of input.value.split(/[,，;；]/)) {
        if (shown.trim()) statusWords[shown.trim()] = input.dataset.solTeachStatusWord!;
      }
    }
    saveButton.disabled = true;
    void teach.save(label, metric, isStatusMetric(metric) ? statusWords : undefined).then((outcome) => {
      saveButton.disabled = false;
      // Saved: the page is read again (settings watcher), and this note is redrawn or goes away.
      if (outcome.ok) touched = false;
      result.textContent = outcome.ok ? t('diagnostic.taught', { label, metric: metricName(metric) }) : t('diagnostic.teachFailed', { error: outcome.error });
    });
  });
  return { element: form, busy: () => touched || picker !== undefined, dispose: () => picker?.stop() };
}

interface Picker {
  stop(): void;
}

/**
 * A one-shot picker: the element under the pointer is outlined (inside the diagnostic's own shadow
 * root), a click takes it without the page seeing the click, Esc cancels. `done` gets the label text,
 * `undefined` when nothing readable was there, `null` when cancelled.
 */
function startPicker(root: ShadowRoot, host: HTMLElement, done: (label: string | null | undefined) => void): Picker {
  const highlight = el('div', { className: 'highlight', attrs: { 'data-sol-pick-highlight': '' } });
  root.append(highlight);
  let under: Element | undefined;
  const ours = (event: Event) => event.composedPath().includes(host);
  const target = (event: Event): Element | undefined => {
    const first = event.composedPath().find((n): n is Element => (n as Node).nodeType === 1);
    if (!first || insideOverlay(first)) return undefined;
    return first;
  };
  const onMove = (event: Event) => {
    if (ours(event)) return;
    under = target(event);
    if (!under) {
      highlight.style.display = 'none';
      return;
    }
    const box = under.getBoundingClientRect();
    Object.assign(highlight.style, { display: 'block', left: `${box.left - 2}px`, top: `${box.top - 2}px`, width: `${box.width}px`, height: `${box.height}px` });
  };
  // The page must not act on the click that picks (a link, a sort, a row opening).
  const swallow = (event: Event) => {
    if (ours(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: Event) => {
    if (ours(event)) return;
    swallow(event);
    const picked = target(event) ?? under;
    stop();
    done(picked ? labelOfPicked(picked) : undefined);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
    done(null);
  };
  const swallowed = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick'];
  const listen = (add: boolean) => {
    const method = add ? 'addEventListener' : 'removeEventListener';
    window[method]('pointermove', onMove, true);
    window[method]('mouseover', onMove, true);
    window[method]('click', onClick, true);
    window[method]('keydown', onKey as EventListener, true);
    for (const type of swallowed) window[method](type, swallow, true);
  };
  function stop(): void {
    listen(false);
    highlight.remove();
    host.classList.remove('picking');
  }
  listen(true);
  return { stop };
}

/** Whether an element belongs to the extension's own overlay (a badge, the launcher, this note). */
function insideOverlay(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null)) {
    if (node.nodeType === 1 && isOverlayHost(node as Element)) return true;
  }
  return false;
}
