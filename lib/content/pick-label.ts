/**
 * What the assistant pointed at, as the label the reader should learn: a column header itself; for a
 * table cell, its column's header; for a figure, the nearest text beside it that is not a figure; for
 * a label, its own text. Sees through open shadow roots (Amazon's `kat-*` components). Pure reads.
 */
import { isOverlayHost, visibleText } from '../read/dom';

const MAX_LABEL = 200;
/** How far up from a figure a label is looked for: a row or a card, not the whole page. */
const MAX_CLIMB = 5;

export function labelOfPicked(picked: Element): string | undefined {
  const header = closestComposed(picked, 'th, [role=columnheader], .ag-header-cell');
  if (header) return tidy(visibleText(header));
  const cell = closestComposed(picked, 'td, [role=gridcell], [role=cell], .ag-cell');
  if (cell) {
    const text = headerOfCell(cell);
    if (text) return tidy(text);
  }
  const own = visibleText(picked);
  if (own && !isFigure(own)) return tidy(own);
  let node: Element | undefined = picked;
  for (let step = 0; step < MAX_CLIMB && node; step++) {
    node = composedParent(node);
    if (!node || node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
    const beside = firstLabelText(node, picked);
    if (beside) return tidy(beside);
  }
  return undefined;
}

/** Text that shows a value rather than naming one: digits and signs, a currency code, or a missing marker. */
export function isFigure(text: string): boolean {
  // Beside digits, a short run of letters is a currency or unit ("USD", "zł", "€"), not a name.
  const hasDigit = /[\p{Nd}]/u.test(text);
  const letters = text
    .replace(/N\/A/gi, '')
    .replace(hasDigit ? /(?<!\p{L})\p{L}{1,3}(?!\p{L})/gu : /$^/, '')
    .replace(/[^\p{L}]/gu, '');
  return letters.length === 0;
}

function tidy(text: string): string | undefined {
  const out = text.replace(/[\s\u00a0]+/g, ' ').trim().slice(0, MAX_LABEL);
  return out || undefined;
}

function composedParent(node: Node): Element | undefined {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && isShadowRoot(root) ? root.host : undefined;
}

function closestComposed(start: Element, selector: string): Element | undefined {
  for (let node: Element | undefined = start; node; node = composedParent(node)) {
    if (node.matches(selector)) return node;
  }
  return undefined;
}

/** The header text of a cell's column: `<table>` by cell index, ARIA grids by `aria-colindex`, AG Grid by `col-id`. */
function headerOfCell(cell: Element): string | undefined {
  const colId = cell.getAttribute('col-id');
  if (colId) {
    const grid = closestComposed(cell, '.ag-root, [role=grid], [role=treegrid]');
    const header = [...(grid?.querySelectorAll('.ag-header-cell[col-id]') ?? [])].find((h) => h.getAttribute('col-id') === colId);
    if (header) return visibleText(header);
  }
  if (cell.tagName === 'TD') {
    const td = cell as HTMLTableCellElement;
    const table = td.closest('table');
    const headRow = table?.tHead?.rows[table.tHead.rows.length - 1] ?? table?.rows[0];
    const header = headRow && headRow !== td.parentElement ? headRow.cells[td.cellIndex] : undefined;
    if (header) return visibleText(header);
  }
  const grid = closestComposed(cell, '[role=grid], [role=treegrid], [role=table]');
  if (!grid) return undefined;
  const headers = [...grid.querySelectorAll('[role=columnheader]')];
  const colIndex = cell.getAttribute('aria-colindex');
  if (colIndex) {
    const header = headers.find((h) => h.getAttribute('aria-colindex') === colIndex);
    if (header) return visibleText(header);
  }
  const row = cell.parentElement;
  if (!row) return undefined;
  const index = [...row.children].filter((c) => c.matches('[role=gridcell], [role=cell], [role=rowheader]')).indexOf(cell);
  return index >= 0 ? (headers[index] && visibleText(headers[index])) : undefined;
}

/** The first text under `scope` (outside `picked`) that names something rather than showing a figure. */
function firstLabelText(scope: Element, picked: Element): string | undefined {
  for (const text of textNodes(scope)) {
    if (insideComposed(text, picked)) continue;
    const value = (text.nodeValue ?? '').trim();
    if (!value || isFigure(value)) continue;
    // The whole element the text sits in ("Order Defect <b>Rate</b>"), unless that element holds the figure too.
    const parent = composedParent(text);
    const whole = parent && !insideComposed(picked, parent) ? visibleText(parent) : value;
    return whole || value;
  }
  return undefined;
}

function* textNodes(node: Node): Generator<Text> {
  if (node.nodeType === 3) {
    yield node as Text;
    return;
  }
  if (node.nodeType === 1) {
    const el = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName) || isOverlayHost(el)) return;
    if (el.shadowRoot) yield* textNodes(el.shadowRoot);
  }
  for (let child = node.firstChild; child; child = child.nextSibling) yield* textNodes(child);
}

function insideComposed(node: Node, container: Node): boolean {
  for (let at: Node | undefined = node; at; at = at.parentNode ?? (isShadowRoot(at) ? at.host : undefined)) {
    if (at === container) return true;
  }
  return false;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
