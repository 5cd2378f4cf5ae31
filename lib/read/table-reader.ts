/**
 * One reader for the tables of every form a page may draw (contract §1): AG Grid, the data table of the
 * newer ads pages (`dataTableWrapper`, `data-udt-column-id`, `data-e2e-index="cellIndex_r_c"`), ARIA
 * grids (`role=grid|treegrid|table` with `aria-rowindex` / `aria-colindex`), `kat-table`, and `<table>`.
 * Each comes out the same way: columns by a key, with the stable id the page gives the column (its
 * anchor) and the header text shown for it; rows by a key, each with its cells by column key. Cards of
 * label/value pairs (`readCardRows`) come out the same way. An adapter then says which columns it wants
 * (`ColumnDef`: anchors and header words) and `placeColumns` finds them, by anchor first and by header
 * words second; it never needs to know which component drew the table. Open shadow roots are walked
 * throughout.
 */
import { composedContains, deepQueryAll, deepQueryAllOutside, hasShadowRoots, visibleText } from './dom';
import { labelKey, labelScore, wordsFit, type LabelSet } from './labels';
import type { TaughtLabel } from './pages/types';
import type { AdapterId } from './record';

export type TableForm = 'ag-grid' | 'data-table' | 'aria-grid' | 'kat-table' | 'html-table' | 'card-rows';

export interface TableColumn {
  /** The stable id the page gives the column (`col-id`, `data-udt-column-id`, `data-testid`, ...), if any. */
  anchor?: string;
  /** The header text shown for the column; absent when its header is out of view (column virtualization). */
  header?: string;
}

export interface TableRow {
  /** What identifies the row while it is drawn: `row-id`, `aria-rowindex`, the data table's row number, or its position. */
  key: string;
  cells: Map<string, Element>;
  /** Columns a row shows more than once (a card with one label twice), with every cell shown: `cells` holds the first. */
  repeated?: Map<string, Element[]>;
}

export interface Table {
  form: TableForm;
  root: Element;
  /** Columns by key, in the order the page shows them. */
  columns: Map<string, TableColumn>;
  rows: TableRow[];
}

/** Every table on the page, each read once, in document order of the forms below. */
export function findTables(root: Document | Element): Table[] {
  const tables: Table[] = [];
  const claimed: Element[] = [];
  // A table inside one already read (a <table> a kat-table draws), or around one (AG Grid's wrapper with
  // role=grid), is the same table.
  const overlapsClaimed = (el: Element) => claimed.some((c) => c === el || composedContains(c, el) || composedContains(el, c));
  const claim = (form: FormReader, candidates: readonly Element[]) => {
    for (const el of candidates) {
      if (!el.matches(form.selector) || overlapsClaimed(el)) continue;
      const table = form.read(el);
      claimed.push(el);
      tables.push(table);
    }
  };
  // AG Grid first, by its class (a cheap query). Every other form is looked for outside the grids found,
  // in one query for all of them, then each form's elements in document order: nothing inside a grid can
  // be another table, and a grid of 2,000 rows holds 80,000 elements that a native query of the other
  // forms (roles, a class substring) would test one by one, at every read.
  claim(AG_GRID_FORM, deepQueryAll(root, AG_GRID_FORM.selector));
  const found = deepQueryAllOutside(root, OTHER_FORMS_SELECTOR, claimed);
  for (const form of OTHER_FORMS) claim(form, found);
  return tables;
}

interface FormReader {
  form: TableForm;
  selector: string;
  read(root: Element): Table;
}

// Most specific first: AG Grid and the ads data table also carry ARIA roles, and a kat-table may draw a
// <table> inside its shadow root; each table is read by the most specific form that knows it.
const AG_GRID_FORM: FormReader = { form: 'ag-grid', selector: '.ag-root', read: readAgGrid };
const OTHER_FORMS: FormReader[] = [
  { form: 'data-table', selector: '[class*="dataTableWrapper"]', read: readDataTable },
  { form: 'kat-table', selector: 'kat-table', read: readKatTable },
  // A <table> with a role is still a <table>: its rows and cells need no roles.
  { form: 'aria-grid', selector: '[role="grid"]:not(table), [role="treegrid"]:not(table), [role="table"]:not(table)', read: readAriaGrid },
  { form: 'html-table', selector: 'table', read: readHtmlTable },
];
const OTHER_FORMS_SELECTOR = OTHER_FORMS.map((f) => f.selector).join(', ');

// ---------------------------------------------------------------------------------------------
// AG Grid: header cells and body cells carry `col-id`; the pinned-left and centre containers hold the
// same row twice, joined by `row-id` (or `row-index`).
// ---------------------------------------------------------------------------------------------

const AG_GRID = '.ag-root';
/**
 * Where pinned (totals) rows live: they are no entity. A row is one when it is one of those containers or
 * lies inside one. The containers are found first and their rows in them: a query of `container row`
 * would test every element of a 2,000-row grid against four selectors.
 */
const AG_PINNED_CONTAINERS = '.ag-floating-bottom, .ag-floating-top';

function readAgGrid(grid: Element): Table {
  const columns = new Map<string, TableColumn>();
  for (const header of ownElements(grid, '.ag-header-cell[col-id]')) {
    const textEl = header.querySelector('.ag-header-cell-text') ?? header;
    const colId = header.getAttribute('col-id')!;
    columns.set(colId, { anchor: colId, header: visibleText(textEl) });
  }
  const nested = holdsOtherGrids(grid);
  // The rows inside a pinned row container, found by a query rather than by a walk up from each row.
  const inPinnedContainer = new Set(deepQueryAll(grid, AG_PINNED_CONTAINERS).flatMap((container) => deepQueryAll(container, '.ag-row')));
  const rowEls: { el: Element; id: string | null; index: string | null }[] = [];
  let everyRowId = true;
  for (const el of ownElements(grid, '.ag-row')) {
    const id = el.getAttribute('row-id');
    const index = el.getAttribute('row-index');
    if (inPinnedContainer.has(el) || isAgPinnedRow(el, id, index)) continue;
    if (id === null) everyRowId = false;
    rowEls.push({ el, id, index });
  }
  // Join by row-id when every row carries one, else by row-index (both are stable per row while it is rendered).
  const rows = new Map<string, TableRow>();
  for (const { el: rowEl, id, index } of rowEls) {
    const key = everyRowId ? id : index;
    if (key === null) continue;
    const row = rowFor(rows, key);
    const cells = rowEl.querySelectorAll('.ag-cell[col-id]');
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (nested && cell.closest('.ag-row') !== rowEl) continue; // a cell of a nested grid
      const colId = cell.getAttribute('col-id')!;
      if (!columns.has(colId)) columns.set(colId, { anchor: colId }); // its header is scrolled out of view
      if (!row.cells.has(colId)) row.cells.set(colId, cell);
    }
  }
  return { form: 'ag-grid', root: grid, columns, rows: [...rows.values()] };
}

/** A row of AG Grid's pinned (totals) rows, by its own marks: its classes, or the ids `b-0` (bottom) and `t-0` (top). */
function isAgPinnedRow(row: Element, id: string | null, index: string | null): boolean {
  const classes = row.classList;
  return classes.contains('ag-row-pinned') || classes.contains('ag-floating-bottom') || classes.contains('ag-floating-top') || isPinnedRowId(id) || isPinnedRowId(index);
}

function isPinnedRowId(value: string | null): boolean {
  if (value === null) return false;
  const first = value.charCodeAt(0);
  return (first === 0x62 || first === 0x74) && /^[bt]-\d+$/.test(value);
}

/**
 * Whether a grid may hold another grid (a nested detail grid, or one in a shadow root): only then must
 * each row and cell be checked for which grid it belongs to, which costs a walk up from each of thousands.
 */
function holdsOtherGrids(grid: Element): boolean {
  return grid.querySelector(AG_GRID) !== null || hasShadowRoots(grid);
}

/** Elements under the grid (shadow roots included) that belong to it rather than to a grid nested in it. */
function ownElements(grid: Element, selector: string): Element[] {
  const found = deepQueryAll(grid, selector);
  if (!holdsOtherGrids(grid)) return found;
  return found.filter((el) => closestAcrossShadow(el, AG_GRID) === grid);
}

// ---------------------------------------------------------------------------------------------
// The ads data table: every cell names its column (`data-udt-column-id`) and body cells their place
// (`data-e2e-index="cellIndex_<row>_<column>"`); a cell without the column id takes it from another cell
// of its column index.
// ---------------------------------------------------------------------------------------------

const CELL_INDEX = /^cellIndex_(\d+)_(\d+)$/;

function readDataTable(wrapper: Element): Table {
  const columns = new Map<string, TableColumn>();
  const columnOfIndex = new Map<string, string>();
  const bodyCells: { row: string; col: string; columnId: string | null; el: Element }[] = [];
  for (const el of deepQueryAll(wrapper, '[data-udt-column-id], [data-e2e-index^="cellIndex_"]')) {
    const place = CELL_INDEX.exec(el.getAttribute('data-e2e-index') ?? '');
    const columnId = el.getAttribute('data-udt-column-id');
    if (place) {
      bodyCells.push({ row: place[1]!, col: place[2]!, columnId, el });
      if (columnId) columnOfIndex.set(place[2]!, columnId);
    } else if (columnId && isHeaderCell(el)) {
      columns.set(columnId, { anchor: columnId, header: headerText(el) });
    }
  }
  const rows = new Map<string, TableRow>();
  for (const cell of bodyCells) {
    const columnId = cell.columnId ?? columnOfIndex.get(cell.col);
    if (!columnId) continue;
    if (!columns.has(columnId)) columns.set(columnId, { anchor: columnId });
    const row = rowFor(rows, cell.row);
    if (!row.cells.has(columnId)) row.cells.set(columnId, cell.el);
  }
  return { form: 'data-table', root: wrapper, columns, rows: [...rows.values()] };
}

/** A header cell: a `th`, a column header by role, or a cell inside a table head. */
function isHeaderCell(el: Element): boolean {
  if (el.tagName === 'TH' || el.getAttribute('role') === 'columnheader') return true;
  return el.closest('thead, [role="rowgroup"][class*="header" i], [class*="header" i]') !== null;
}

// ---------------------------------------------------------------------------------------------
// ARIA grids: columns by `aria-colindex` (else their place in the header row), rows by `aria-rowindex`
// (else their place). A virtualized grid recycles row elements while scrolling; the row index moves
// with the data, so a row read twice under one index is the same row.
// ---------------------------------------------------------------------------------------------

const ARIA_ROW = '[role="row"]';
const ARIA_HEADER = '[role="columnheader"]';
const ARIA_CELL = '[role="gridcell"], [role="cell"], [role="rowheader"]';
const ARIA_TABLES = '[role="grid"], [role="treegrid"], [role="table"]';

function readAriaGrid(grid: Element): Table {
  const columns = new Map<string, TableColumn>();
  const rows = new Map<string, TableRow>();
  const own = (el: Element) => closestAcrossShadow(el, ARIA_TABLES) === grid;
  let position = 0;
  for (const rowEl of deepQueryAll(grid, ARIA_ROW).filter(own)) {
    const headers = childCells(rowEl, ARIA_HEADER);
    if (headers.length) {
      headers.forEach((header, i) => {
        const key = columnKey(header, i);
        columns.set(key, { ...anchorOf(header), header: headerText(header) });
      });
      continue;
    }
    const cells = childCells(rowEl, ARIA_CELL);
    if (!cells.length) continue;
    const key = rowEl.getAttribute('aria-rowindex') ?? `#${position}`;
    position++;
    const row = rowFor(rows, key);
    cells.forEach((cell, i) => {
      const col = columnKey(cell, i);
      if (!columns.has(col)) columns.set(col, anchorOf(cell));
      row.cells.set(col, cell);
    });
  }
  return { form: 'aria-grid', root: grid, columns, rows: [...rows.values()] };
}

/** The cells of a row that belong to it (not to a row nested inside a cell). */
function childCells(rowEl: Element, selector: string): Element[] {
  return deepQueryAll(rowEl, selector).filter((cell) => closestAcrossShadow(cell, ARIA_ROW) === rowEl);
}

/** A column's key: its `aria-colindex` when the grid gives one, else its place in the row (from 1, as ARIA counts). */
function columnKey(cell: Element, index: number): string {
  return cell.getAttribute('aria-colindex') ?? String(index + 1);
}

// ---------------------------------------------------------------------------------------------
// kat-table and <table>: columns by place, headers from the head row.
// ---------------------------------------------------------------------------------------------

function readKatTable(table: Element): Table {
  const head = deepQueryAll(table, 'kat-table-head kat-table-row, kat-table-head')[0];
  const headerCells = head ? deepQueryAll(head, 'kat-table-cell') : [];
  const bodyRows = deepQueryAll(table, 'kat-table-body kat-table-row');
  return placedTable('kat-table', table, headerCells, bodyRows.map((r) => deepQueryAll(r, 'kat-table-cell')), bodyRows);
}

function readHtmlTable(table: Element): Table {
  const allRows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  // A head of several rows groups its columns above the row that names each one ("Performance" over
  // Clicks and Spend): the last head row is the one whose cells stand over the body's cells.
  const headerOnly = (tr: Element) => tr.querySelector(':scope > th') !== null && !tr.querySelector(':scope > td');
  const headRows = allRows.filter((tr) => tr.closest('thead'));
  const leadingHeaderRows = allRows.slice(0, Math.max(0, allRows.findIndex((tr) => !headerOnly(tr)))).filter(headerOnly);
  const headRow = headRows[headRows.length - 1] ?? leadingHeaderRows[leadingHeaderRows.length - 1] ?? allRows.find(headerOnly);
  const bodyRows = allRows.filter((tr) => tr !== headRow && !tr.closest('thead, tfoot') && tr.querySelector(':scope > td'));
  const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  return placedTable('html-table', table, headRow ? cellsOf(headRow) : [], bodyRows.map(cellsOf), bodyRows);
}

/** A table whose cells are placed by position: a cell spanning columns takes all their places. */
function placedTable(form: TableForm, root: Element, headerCells: Element[], rowCells: Element[][], rowEls: Element[]): Table {
  const columns = new Map<string, TableColumn>();
  placeCells(headerCells, (key, cell) => columns.set(key, { ...anchorOf(cell), header: headerText(cell) }));
  const rows: TableRow[] = rowCells.map((cells, i) => {
    const row: TableRow = { key: rowEls[i]!.getAttribute('data-row-key') ?? rowEls[i]!.getAttribute('data-id') ?? `#${i}`, cells: new Map() };
    placeCells(cells, (key, cell) => {
      if (!columns.has(key)) columns.set(key, anchorOf(cell));
      row.cells.set(key, cell);
    });
    return row;
  });
  return { form, root, columns, rows };
}

function placeCells(cells: Element[], put: (key: string, cell: Element) => void): void {
  let place = 1;
  for (const cell of cells) {
    const span = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
    put(String(place), cell);
    place += span;
  }
}

// ---------------------------------------------------------------------------------------------
// Rows of cards: no header row; each card is a row, and each value sits beside its own label (the
// row-card layout of Manage All Inventory). A pair is an element the page marks as one (a class it
// keeps, or a stable field id on it) holding the label first and the value last; where the page marks
// none, a leaf showing a label some wanted column knows, and the element right after it.
// ---------------------------------------------------------------------------------------------

export interface CardOptions {
  /** Elements holding one label and its value, where the page marks them (tried in order; the first that finds pairs wins). */
  pairSelectors?: readonly string[];
  /** Whether a text is a label a wanted column knows: how pairs are found in a card that marks none. */
  isLabel?: (text: string) => boolean;
}

/** Reads cards as a table: one row per card, columns by the pair's stable id or, failing that, its label. */
export function readCardRows(cards: readonly Element[], options: CardOptions = {}): Table {
  const columns = new Map<string, TableColumn>();
  const rows: TableRow[] = cards.map((card, i) => {
    const row: TableRow = { key: card.getAttribute('data-row-key') ?? card.getAttribute('data-id') ?? `#${i}`, cells: new Map() };
    for (const { label, value, anchor } of cardPairs(card, options)) {
      const header = visibleText(label);
      const key = anchor ?? `label:${labelKey(header)}`;
      if (!columns.has(key)) columns.set(key, { ...(anchor ? { anchor } : {}), header });
      if (!row.cells.has(key)) row.cells.set(key, value);
      // A card showing one label twice: the adapter decides whether the two values agree.
      const shown = (row.repeated ??= new Map()).get(key);
      if (shown) shown.push(value);
      else row.repeated.set(key, [value]);
    }
    for (const [key, shown] of row.repeated ?? []) if (shown.length < 2) row.repeated!.delete(key);
    if (!row.repeated?.size) delete row.repeated;
    return row;
  });
  return { form: 'card-rows', root: cards[0]?.parentElement ?? cards[0]!, columns, rows };
}

interface CardPair {
  label: Element;
  value: Element;
  anchor?: string;
}

function cardPairs(card: Element, options: CardOptions): CardPair[] {
  for (const selector of options.pairSelectors ?? []) {
    const pairs: CardPair[] = [];
    for (const box of deepQueryAll(card, selector)) {
      const parts = Array.from(box.children);
      if (parts.length < 2) continue;
      const anchor = anchorOf(box).anchor;
      pairs.push({ label: parts[0]!, value: parts[parts.length - 1]!, ...(anchor ? { anchor } : {}) });
    }
    if (pairs.length) return pairs;
  }
  const isLabel = options.isLabel;
  if (!isLabel) return [];
  const pairs: CardPair[] = [];
  for (const leaf of deepQueryAll(card, '*')) {
    if (leaf.children.length) continue;
    const text = visibleText(leaf);
    if (!text || !isLabel(text)) continue;
    // The label may sit in a wrapper that holds nothing else: <div><span>Available</span></div><div>240</div>.
    let label: Element = leaf;
    while (!label.nextElementSibling && label.parentElement && label.parentElement !== card && visibleText(label.parentElement) === text) {
      label = label.parentElement;
    }
    if (label.nextElementSibling) pairs.push({ label, value: label.nextElementSibling });
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Wanted columns: an adapter says which columns it reads, as definitions (what TanStack Table calls
// column definitions, turned round: not how to draw a column but how to recognise one), and
// `placeColumns` finds each in a table read above, whatever form drew it.
// ---------------------------------------------------------------------------------------------

export interface ColumnDef<K extends string = string> {
  /** What the adapter calls the column: a metric id, or `name`, `asin`, `sku`. */
  key: K;
  /** The metric a taught header stands for, when it is this column's (defaults to `key`). */
  metric?: string;
  /** Stable ids that name this column (`col-id`, `data-udt-column-id`, `data-testid`, `data-field`), compared without case or punctuation. */
  anchors?: readonly string[];
  /** Generic ids that name it where nothing more specific does (`name` for a name column): a weaker anchor. */
  looseAnchors?: readonly string[];
  /** The words of its header, in every language. */
  labels?: LabelSet;
  /**
   * `exact`: only a header that is one of the phrases ("Sales", never "Sales (same SKU)", which is
   * another figure); `label` (the default): as `findLabel` reads a label, a phrase with a qualifier,
   * else the set's words.
   */
  headerMatch?: 'exact' | 'label';
}

export interface PlaceOptions {
  /** Labels the assistant taught; those of another page are left out when `page` is given. */
  taught?: readonly TaughtLabel[];
  page?: AdapterId;
  /** Header words of columns the adapter knows and does not read (Status, Match type): not unplaced. */
  known?: readonly LabelSet[];
}

export interface PlacedColumns<K extends string> {
  /** For each wanted column found, the key of the table's column. */
  found: Map<K, string>;
  /** Wanted columns that more than one of the table's columns fit equally well: read from none. */
  unclear: Map<K, { columns: string[]; taught: boolean }>;
  /** Headers that two wanted columns fit equally well: read as neither. */
  ambiguous: { header: string; keys: K[] }[];
  /** Headers no wanted or known column fits: what the assistant may teach. */
  unplaced: string[];
}

/** How surely a table column is a wanted one. */
const BY_ANCHOR = 4;
const BY_LOOSE_ANCHOR = 3;
const BY_EXACT_HEADER = 2;
const BY_QUALIFIED_HEADER = 1;
const BY_WORDS = 0.5;
const BY_TAUGHT = 0.25;

/**
 * Finds the wanted columns in `table`: by stable anchor first, by header words second, and, for a wanted
 * column neither finds, by a header the assistant taught (never over a column an anchor names). A
 * column fits the wanted column(s) it fits best; a header two fit equally is read as neither.
 */
export function placeColumns<K extends string>(table: Table, defs: readonly ColumnDef<K>[], options: PlaceOptions = {}): PlacedColumns<K> {
  const candidates = new Map<K, { column: string; strength: number }[]>();
  const ambiguous: PlacedColumns<K>['ambiguous'] = [];
  const unmatched: [string, TableColumn][] = [];
  const add = (key: K, column: string, strength: number) => candidates.set(key, [...(candidates.get(key) ?? []), { column, strength }]);

  for (const [column, { anchor, header }] of table.columns) {
    const byAnchor = fitsByAnchor(anchor, defs);
    const fits = byAnchor.keys.length ? byAnchor : header ? fitsByHeader(header, defs) : { keys: [], strength: 0 };
    if (fits.keys.length === 1) add(fits.keys[0]!, column, fits.strength);
    else if (fits.keys.length > 1) ambiguous.push({ header: header ?? anchor ?? column, keys: fits.keys });
    else unmatched.push([column, { ...(anchor ? { anchor } : {}), ...(header ? { header } : {}) }]);
  }

  // Taught headers, for the wanted columns nothing above found.
  const taught = (options.taught ?? []).filter((t) => !options.page || t.page === options.page);
  const taughtColumns = new Set<string>();
  if (taught.length) {
    const foundMetrics = new Set([...candidates.keys()].map((key) => metricOf(defs, key)));
    for (const [column, { header }] of unmatched) {
      if (!header) continue;
      const key = labelKey(header);
      const metrics = new Set(taught.filter((t) => t.label === key).map((t) => t.metric as string));
      if (metrics.size !== 1) continue;
      const [metric] = metrics;
      if (foundMetrics.has(metric!)) continue;
      const def = defs.find((d) => (d.metric ?? d.key) === metric);
      if (!def) continue;
      add(def.key, column, BY_TAUGHT);
      taughtColumns.add(column);
    }
  }

  const found = new Map<K, string>();
  const unclear: PlacedColumns<K>['unclear'] = new Map();
  for (const [key, list] of candidates) {
    const best = Math.max(...list.map((c) => c.strength));
    const columns = list.filter((c) => c.strength === best).map((c) => c.column);
    if (columns.length === 1) found.set(key, columns[0]!);
    else unclear.set(key, { columns, taught: best === BY_TAUGHT });
  }

  const unplaced = new Set<string>();
  for (const [column, { header }] of unmatched) {
    if (!header || taughtColumns.has(column)) continue;
    const looselyKnown = defs.some((d) => d.labels && labelScore(header, d.labels) > 0) || (options.known ?? []).some((set) => labelScore(header, set) > 0);
    if (!looselyKnown) unplaced.add(header);
  }
  return { found, unclear, ambiguous, unplaced: [...unplaced] };
}

function metricOf<K extends string>(defs: readonly ColumnDef<K>[], key: K): string {
  const def = defs.find((d) => d.key === key);
  return def?.metric ?? key;
}

/** An id compared as the page may spell it: `campaignName`, `campaign-name`, `metrics.spend` (namespaced: its last part too). */
export function anchorForms(anchor: string): string[] {
  const whole = anchor.toLowerCase().replace(/[^a-z0-9]/g, '');
  const last = anchor.split(/[.:/]/).pop()!.toLowerCase().replace(/[^a-z0-9]/g, '');
  return whole === last ? [whole] : [whole, last];
}

function anchorIn(anchor: string, names: readonly string[] | undefined): boolean {
  if (!names?.length) return false;
  const wanted = names.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return anchorForms(anchor).some((form) => wanted.includes(form));
}

function fitsByAnchor<K extends string>(anchor: string | undefined, defs: readonly ColumnDef<K>[]): { keys: K[]; strength: number } {
  if (!anchor) return { keys: [], strength: 0 };
  const specific = defs.filter((d) => anchorIn(anchor, d.anchors)).map((d) => d.key);
  if (specific.length) return { keys: specific, strength: BY_ANCHOR };
  return { keys: defs.filter((d) => anchorIn(anchor, d.looseAnchors)).map((d) => d.key), strength: BY_LOOSE_ANCHOR };
}

/** The wanted columns a header fits best: exact phrases, then phrases with a qualifier, then words. */
function fitsByHeader<K extends string>(header: string, defs: readonly ColumnDef<K>[]): { keys: K[]; strength: number } {
  const withLabels = defs.filter((d) => d.labels);
  const exact = withLabels.filter((d) => labelScore(header, d.labels!) === 2).map((d) => d.key);
  if (exact.length) return { keys: exact, strength: BY_EXACT_HEADER };
  const loose = withLabels.filter((d) => (d.headerMatch ?? 'label') === 'label');
  const qualified = loose.filter((d) => labelScore(header, d.labels!) === 1).map((d) => d.key);
  if (qualified.length) return { keys: qualified, strength: BY_QUALIFIED_HEADER };
  return { keys: loose.filter((d) => wordsFit(header, d.labels!)).map((d) => d.key), strength: BY_WORDS };
}

// ---------------------------------------------------------------------------------------------

/** The stable id a header or cell gives its column, where the page gives one. */
const COLUMN_ANCHOR_ATTRIBUTES = ['col-id', 'data-col-id', 'data-column-id', 'data-udt-column-id', 'data-column', 'data-field', 'data-testid'];

function anchorOf(el: Element): TableColumn {
  for (const attr of COLUMN_ANCHOR_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value) return { anchor: value };
  }
  return {};
}

/** A header's text without the sort arrows and info icons drawn beside it. */
function headerText(el: Element): string {
  const textEl = el.querySelector('[class*="header-text" i], [class*="headerText" i], [class*="header-label" i]') ?? el;
  return visibleText(textEl);
}

function rowFor(rows: Map<string, TableRow>, key: string): TableRow {
  let row = rows.get(key);
  if (!row) {
    row = { key, cells: new Map() };
    rows.set(key, row);
  }
  return row;
}

function closestAcrossShadow(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; ) {
    const found = cur.closest(selector);
    if (found) return found;
    const root = cur.getRootNode();
    cur = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}
