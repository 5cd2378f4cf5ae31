/**
 * Restock Inventory recommendations (contract §1 `restock`): per SKU the total days of supply, the
 * recommended replenishment quantity and ship date, and the alert (contract §2 `restockAlert`).
 *
 * Anchors first: each row may carry its data as JSON (`data-row-data`, keys that do not change with the
 * UI language). The SKU is taken from there; the values are read from the cells under their headers'
 * words (what the badge stands beside is what the assistant sees) and checked against the row data: a
 * cell that says otherwise than its row's data (a re-render caught half-way) is not read, and reported.
 */
import { visibleText } from '../dom';
import { findLabel, labelScore, RESTOCK_ALERT_WORDS, RESTOCK_LABELS } from '../labels';
import { labelKey } from '../label-key';
import type { MetricId } from '../metrics';
import { parseDate } from '../parse-date';
import { isMissingText } from '../parse-number';
import { findTables, type Table, type TableRow } from '../table-reader';
import { lightHost } from './label-anchors';
import { dropConflicts, emptyResult, everyMetric, readMetric } from './read-metric';
import { readStatus, statusWordOfText } from './read-status';
import type { AdapterResult, PageAdapter, PageContext, ValueContext } from './types';

type Column = keyof typeof RESTOCK_LABELS;
type RestockMetric = Extract<MetricId, 'daysOfSupply' | 'recommendedQty'>;

/** The keys of the row JSON, per metric, in the order they are tried (anchors that never change language). */
const JSON_KEYS = {
  sku: ['sku', 'merchantSku', 'sellerSku'],
  daysOfSupply: ['totalDaysOfSupply', 'daysOfSupply'],
  recommendedQty: ['recommendedReplenishmentQty', 'recommendedQty', 'recommendedQuantity'],
  shipDate: ['recommendedShipDate', 'shipDate'],
} as const;

const NUMBER_METRICS: readonly RestockMetric[] = ['daysOfSupply', 'recommendedQty'];
/** "SKU: NW-HARNESS-M-BLU" in the product cell, in any language the label dictionary knows SKU in. */
const SKU_IN_TEXT = /(?:^|\s)(?:SKU|[^\s:：]*SKU)\s*[:：]\s*(\S+)/i;

export const restockAdapter: PageAdapter = {
  id: 'restock',
  source: 'sellercentral',
  metrics: ['daysOfSupply', 'recommendedQty', 'restockAlert'],
  matches(url) {
    const path = url.pathname
      .toLowerCase()
      .split('/')
      .filter((s) => s && !s.startsWith('ref='))
      .join('/');
    return path.startsWith('restockinventory/recommendations') || path.startsWith('inventoryplanning/restockinventory');
  },
  read(doc, ctx) {
    const out = emptyResult();
    try {
      // Every value of a row, also on a first read for the badges: the alert's playbook context is made of
      // the row's quantities (`ValueContext`).
      readRestock(doc, everyMetric(ctx), out);
    } catch (error) {
      out.problems.push(`restock table could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return dropConflicts(out);
  },
};

function readRestock(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const tables = findTables(doc).filter((t) => t.rows.length > 0 && (hasRowData(t) || columnOf(t, 'daysOfSupply', out, false) !== undefined || columnOf(t, 'alert', out, false) !== undefined));
  if (tables.length === 0) {
    out.problems.push('restock table not found (no rows with days of supply, recommended quantity or alert)');
    return;
  }
  if (tables.length > 1) {
    out.problems.push(`${tables.length} restock tables; none read`);
    return;
  }
  const table = tables[0]!;
  const columns = {} as Partial<Record<Column, string>>;
  for (const column of Object.keys(RESTOCK_LABELS) as Column[]) {
    const key = columnOf(table, column, out, true) ?? taughtColumn(table, column, ctx);
    if (key !== undefined) columns[column] = key;
  }
  const used = new Set(Object.values(columns));
  const unplaced = [...table.columns].filter(([key, c]) => !used.has(key) && c.header && findLabel(c.header, RESTOCK_LABELS) === undefined).map(([, c]) => c.header!);
  if (unplaced.length) out.unplaced = unplaced;

  const lang = doc.documentElement.getAttribute('lang');
  table.rows.forEach((row, index) => readRow(table, row, index, columns, ctx, lang, out));
}

function readRow(table: Table, row: TableRow, index: number, columns: Partial<Record<Column, string>>, ctx: PageContext, lang: string | null, out: AdapterResult): void {
  const cellOf = (column: Column) => (columns[column] !== undefined ? row.cells.get(columns[column]!) : undefined);
  const headerOf = (column: Column) => (columns[column] !== undefined ? table.columns.get(columns[column]!)?.header : undefined);
  const firstCell = row.cells.values().next().value as Element | undefined;
  const data = rowData(firstCell);

  const sku = skuOf(data, cellOf('sku'), row);
  if (!sku) {
    out.problems.push(`row ${index + 1}: SKU not found; row skipped`);
    return;
  }

  const context: ValueContext = {};
  for (const metric of NUMBER_METRICS) {
    const cell = cellOf(metric);
    if (!cell) {
      out.problems.push(`${metric} of ${sku}: no column for it`);
      continue;
    }
    const label = headerOf(metric);
    const text = visibleText(cell);
    const read = emptyResult();
    const outcome = readMetric(read, { scope: 'sku', entity: sku, metric, text, element: cell, ...(label ? { label } : {}) }, ctx);
    out.problems.push(...read.problems);
    if (outcome === 'problem') continue;
    // The row data (null: no value) must say what the cell shows.
    const fromJson = jsonField(data, JSON_KEYS[metric]);
    const shown = read.readings[0]?.record.value;
    if (fromJson !== undefined && !(fromJson === null ? shown === undefined : typeof fromJson === 'number' && shown !== undefined && Math.abs(fromJson - shown) < 1e-9)) {
      out.problems.push(`${metric} of ${sku}: the page shows "${text}" but its row data says ${JSON.stringify(fromJson)}; not read`);
      continue;
    }
    out.readings.push(...read.readings);
    if (shown !== undefined && metric === 'recommendedQty') context.recommendedQty = shown;
  }

  const shipText = jsonField(data, JSON_KEYS.shipDate);
  const shipCell = cellOf('shipDate');
  const shipShown = typeof shipText === 'string' ? shipText : shipText === undefined && shipCell ? visibleText(shipCell) : '';
  const shipDate = shipShown && !isMissingText(shipShown) ? parseDate(shipShown, { lang }) : undefined;
  if (shipDate) context.shipDate = shipDate;

  // The alert: an empty cell (or null in the row data) is "none"; a word off the list is not stored.
  const alertCell = cellOf('alert');
  if (!alertCell) out.problems.push(`restockAlert of ${sku}: no column for it`);
  else {
    const alertText = alertTextOf(alertCell);
    const word = alertText.trim() === '' || isMissingText(alertText) ? 'none' : statusWordOfText('restockAlert', alertText, RESTOCK_ALERT_WORDS, ctx);
    const label = headerOf('alert');
    readStatus(out, { entity: sku, metric: 'restockAlert', word, shown: alertText, element: alertCell, ...(label ? { label } : {}) });
  }

  // The playbook's restock plan needs the row's quantity and ship date beside the alert and the days of supply.
  if (Object.keys(context).length) {
    for (const reading of out.readings) {
      if (reading.record.entity === sku && (reading.record.metric === 'restockAlert' || reading.record.metric === 'daysOfSupply')) reading.context = context;
    }
  }
}

/** The row's JSON (`data-row-data` on the row), or undefined when the row carries none that parses. */
function rowData(cell: Element | undefined): Record<string, unknown> | undefined {
  const rowEl = cell ? lightHost(cell).closest('[data-row-data]') : null;
  const raw = rowEl?.getAttribute('data-row-data');
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function hasRowData(table: Table): boolean {
  return table.rows.some((row) => rowData(row.cells.values().next().value as Element | undefined) !== undefined);
}

/** A field of the row JSON: undefined when absent, null when the page has no value. */
function jsonField(data: Record<string, unknown> | undefined, keys: readonly string[]): unknown {
  if (!data) return undefined;
  for (const key of keys) if (Object.hasOwn(data, key)) return data[key];
  return undefined;
}

function skuOf(data: Record<string, unknown> | undefined, skuCell: Element | undefined, row: TableRow): string | undefined {
  const fromJson = jsonField(data, JSON_KEYS.sku);
  if (typeof fromJson === 'string' && fromJson.trim()) return fromJson.trim();
  if (skuCell) {
    const text = visibleText(skuCell);
    if (text && !isMissingText(text)) return text;
  }
  for (const cell of row.cells.values()) {
    const match = SKU_IN_TEXT.exec(visibleText(cell));
    if (match) return match[1];
  }
  return undefined;
}

/** The alert a cell shows: a badge component's label (its text is in its shadow root), else the text. */
function alertTextOf(cell: Element): string {
  const badge = cell.querySelector('kat-badge[label], kat-label[text]');
  return badge?.getAttribute('label') ?? badge?.getAttribute('text') ?? visibleText(cell);
}

/** The key of the column whose header names `column`; two such columns are reported and neither read. */
function columnOf(table: Table, column: Column, out: AdapterResult, report: boolean): string | undefined {
  const keys = [...table.columns].filter(([, c]) => c.header !== undefined && labelScore(c.header, RESTOCK_LABELS[column]) > 0 && findLabel(c.header, RESTOCK_LABELS) === column).map(([key]) => key);
  if (keys.length > 1 && report) out.problems.push(`column for ${column} is ambiguous (${keys.length} headers match); not read`);
  return keys.length === 1 ? keys[0] : undefined;
}

/** A header the assistant taught as one of this page's metrics, where the page's own words found none. */
function taughtColumn(table: Table, column: Column, ctx: PageContext): string | undefined {
  const metric = column === 'alert' ? 'restockAlert' : column;
  if (!(metric === 'restockAlert' || NUMBER_METRICS.includes(metric as RestockMetric))) return undefined;
  const taught = new Set((ctx.taught ?? []).filter((l) => l.metric === metric).map((l) => l.label));
  const keys = [...table.columns].filter(([, c]) => c.header && taught.has(labelKey(c.header))).map(([key]) => key);
  return keys.length === 1 ? keys[0] : undefined;
}
