/**
 * One reader for the tables of every form a page may draw (contract §1): AG Grid, the data table of the
 * newer ads pages (`dataTableWrapper`, `data-udt-column-id`, `data-e2e-index="cellIndex_r_c"`), ARIA
 * grids (`role=grid|treegrid|table` with `aria-rowindex` / `aria-colindex`), `kat-table`, and `<table>`.
 * Each comes out the same way: columns by a key, with the stable id the page gives the column (its
 * anchor) and the header text shown for it; rows by a key, each with its cells by column key. An adapter
 * then decides which columns it wants, by anchor first and by header words second; it never needs to
 * know which component drew the table. Open shadow roots are walked throughout.
 */
import { deepQueryAll, hasShadowRoots, visibleText } from './dom';
import { composedContains } from './pages/label-anchors';

export type TableForm = 'ag-grid' | 'data-table' | 'aria-grid' | 'kat-table' | 'html-table';

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
  for (const form of FORMS) {
    for (const el of deepQueryAll(root, form.selector)) {
      if (overlapsClaimed(el)) continue;
      const table = form.read(el);
      claimed.push(el);
      tables.push(table);
    }
  }
  return tables;
}

interface FormReader {
  form: TableForm;
  selector: string;
  read(root: Element): Table;
}

// Most specific first: AG Grid and the ads data table also carry ARIA roles, and a kat-table may draw a
// <table> inside its shadow root; each table is read by the most specific form that knows it.
const FORMS: FormReader[] = [
  { form: 'ag-grid', selector: '.ag-root', read: readAgGrid },
  { form: 'data-table', selector: '[class*="dataTableWrapper"]', read: readDataTable },
  { form: 'kat-table', selector: 'kat-table', read: readKatTable },
  // A <table> with a role is still a <table>: its rows and cells need no roles.
  { form: 'aria-grid', selector: '[role="grid"]:not(table), [role="treegrid"]:not(table), [role="table"]:not(table)', read: readAriaGrid },
  { form: 'html-table', selector: 'table', read: readHtmlTable },
];

// ---------------------------------------------------------------------------------------------
// AG Grid: header cells and body cells carry `col-id`; the pinned-left and centre containers hold the
// same row twice, joined by `row-id` (or `row-index`).
// ---------------------------------------------------------------------------------------------

const AG_GRID = '.ag-root';
/** Where pinned (totals) rows live: they are no entity. */
const AG_PINNED_ROW_CONTAINERS = '.ag-floating-bottom, .ag-floating-top';

function readAgGrid(grid: Element): Table {
  const columns = new Map<string, TableColumn>();
  for (const header of ownElements(grid, '.ag-header-cell[col-id]')) {
    const textEl = header.querySelector('.ag-header-cell-text') ?? header;
    const colId = header.getAttribute('col-id')!;
    columns.set(colId, { anchor: colId, header: visibleText(textEl) });
  }
  const nested = holdsOtherGrids(grid);
  const rowEls = ownElements(grid, '.ag-row').filter((r) => !isAgPinnedRow(r));
  // Join by row-id when every row carries one, else by row-index (both are stable per row while it is rendered).
  const attr = rowEls.every((r) => r.hasAttribute('row-id')) ? 'row-id' : 'row-index';
  const rows = new Map<string, TableRow>();
  for (const rowEl of rowEls) {
    const key = rowEl.getAttribute(attr);
    if (key === null) continue;
    const row = rowFor(rows, key);
    for (const cell of Array.from(rowEl.querySelectorAll('.ag-cell[col-id]'))) {
      if (nested && cell.closest('.ag-row') !== rowEl) continue; // a cell of a nested grid
      const colId = cell.getAttribute('col-id')!;
      if (!columns.has(colId)) columns.set(colId, { anchor: colId }); // its header is scrolled out of view
      if (!row.cells.has(colId)) row.cells.set(colId, cell);
    }
  }
  return { form: 'ag-grid', root: grid, columns, rows: [...rows.values()] };
}

function isAgPinnedRow(row: Element): boolean {
  if (row.classList.contains('ag-row-pinned') || row.closest(AG_PINNED_ROW_CONTAINERS)) return true;
  // AG Grid gives pinned rows ids `b-0` (bottom) and `t-0` (top).
  return [row.getAttribute('row-id'), row.getAttribute('row-index')].some((v) => v !== null && /^[bt]-\d+$/.test(v));
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
  const headRow = allRows.find((tr) => tr.closest('thead')) ?? allRows.find((tr) => tr.querySelector(':scope > th') && !tr.querySelector(':scope > td'));
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
