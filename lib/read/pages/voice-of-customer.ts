/**
 * Voice of the Customer (contract §1 `voice-of-customer`): one row per offer (SKU) with its NCX rate,
 * NCX orders, total orders, star rating, return rate and CX Health (contract §2 `cxHealth`, a status).
 *
 * The table carries no column ids, so columns are found by their header words; within a cell, what a
 * component states in an attribute comes first (the star rating's `value`, the CX badge's `label`).
 * The NCX rate and the return rate are both percentages of the same row: only their headers tell them
 * apart, so a header two metrics could fit is read as neither. The top NCX reason is not stored; a
 * product-quality reason goes with the row's customer-experience values to the playbook.
 */
import { deepQueryAll, visibleText } from '../dom';
import { CX_HEALTH_WORDS, findLabel, labelScore, QUALITY_REASONS, VOICE_OF_CUSTOMER_LABELS } from '../labels';
import { labelKey } from '../label-key';
import type { MetricId } from '../metrics';
import { isMissingText } from '../parse-number';
import { findTables, type Table } from '../table-reader';
import { dropConflicts, emptyResult, readMetric } from './read-metric';
import { readStatus, statusWordOfText } from './read-status';
import type { AdapterResult, PageAdapter, PageContext, ValueContext } from './types';

type Column = keyof typeof VOICE_OF_CUSTOMER_LABELS;
type NumberMetric = Extract<MetricId, 'ncxRate' | 'ncxOrders' | 'totalOrders' | 'starRating' | 'returnRate'>;
const NUMBER_METRICS: readonly NumberMetric[] = ['ncxRate', 'ncxOrders', 'totalOrders', 'starRating', 'returnRate'];
/** The values a product-quality reason concerns: their entries go to the product owner. */
const QUALITY_METRICS: ReadonlySet<MetricId> = new Set<MetricId>(['ncxRate', 'returnRate', 'starRating', 'cxHealth']);

export const voiceOfCustomerAdapter: PageAdapter = {
  id: 'voice-of-customer',
  source: 'sellercentral',
  metrics: [...NUMBER_METRICS, 'cxHealth'],
  matches(url) {
    const first = url.pathname.toLowerCase().split('/').filter(Boolean)[0];
    return first === 'voice-of-the-customer';
  },
  read(doc, ctx) {
    const out = emptyResult();
    try {
      readOffers(doc, ctx, out);
    } catch (error) {
      out.problems.push(`offers table could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return dropConflicts(out);
  },
};

function readOffers(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const tables = findTables(doc).filter((t) => columnsOf(t, 'sku').length > 0 && NUMBER_METRICS.some((m) => columnsOf(t, m).length > 0));
  const withRows = tables.filter((t) => t.rows.length > 0);
  const onOverview = ctx.url.pathname.toLowerCase().replace(/\/+$/, '') === '/voice-of-the-customer';
  if (tables.length === 0) {
    // The overview lists the offers; a page under it (one product's details) may show no such table.
    if (onOverview) out.problems.push('offers table not found (no SKU column beside NCX or return figures)');
    return;
  }
  if (withRows.length > 1) {
    out.problems.push(`${withRows.length} offers tables; none read`);
    return;
  }
  const table = withRows[0] ?? tables[0]!;
  const skuKeys = columnsOf(table, 'sku');
  if (skuKeys.length > 1) {
    out.problems.push('two SKU columns; none read');
    return;
  }
  const skuKey = skuKeys[0]!;

  const columns = new Map<NumberMetric | 'cxHealth' | 'topReason', string>();
  for (const column of [...NUMBER_METRICS, 'cxHealth', 'topReason'] as const) {
    const keys = columnsOf(table, column);
    const key = keys.length === 1 ? keys[0] : keys.length === 0 && column !== 'topReason' ? taughtColumn(table, column, ctx) : undefined;
    if (keys.length > 1) out.problems.push(`column for ${column} is ambiguous (${keys.length} headers match); not read`);
    else if (key === undefined && column !== 'topReason') out.problems.push(`column for ${column} not found`);
    if (key !== undefined) columns.set(column, key);
  }
  const used = new Set([skuKey, ...columns.values()]);
  const unplaced = [...table.columns].filter(([key, c]) => !used.has(key) && c.header && findLabel(c.header, VOICE_OF_CUSTOMER_LABELS) === undefined).map(([, c]) => c.header!);
  if (unplaced.length) out.unplaced = unplaced;

  table.rows.forEach((row, index) => {
    const skuCell = row.cells.get(skuKey);
    const sku = skuCell ? visibleText(skuCell) : '';
    if (!sku || isMissingText(sku)) {
      out.problems.push(`row ${index + 1}: SKU unreadable: "${sku}"; row skipped`);
      return;
    }
    const first = out.readings.length;
    for (const metric of NUMBER_METRICS) {
      const key = columns.get(metric);
      const cell = key !== undefined ? row.cells.get(key) : undefined;
      if (!cell) continue;
      const label = table.columns.get(key!)?.header;
      readMetric(out, { scope: 'sku', entity: sku, metric, text: metric === 'starRating' ? starText(cell) : visibleText(cell), element: cell, ...(label ? { label } : {}) }, ctx);
    }
    const cxKey = columns.get('cxHealth');
    const cxCell = cxKey !== undefined ? row.cells.get(cxKey) : undefined;
    if (cxCell) {
      const shown = badgeText(cxCell);
      // A CX Health not shown (no badge, "—") is missing, not a word off the list.
      if (shown && !isMissingText(shown)) {
        const label = table.columns.get(cxKey!)?.header;
        readStatus(out, { entity: sku, metric: 'cxHealth', word: statusWordOfText('cxHealth', shown, CX_HEALTH_WORDS, ctx), shown, element: cxCell, ...(label ? { label } : {}) });
      }
    }
    const reasonKey = columns.get('topReason');
    const reasonCell = reasonKey !== undefined ? row.cells.get(reasonKey) : undefined;
    const reasonText = reasonCell ? visibleText(reasonCell) : '';
    if (reasonText && labelScore(reasonText, QUALITY_REASONS) > 0) {
      const context: ValueContext = { reason: 'quality', reasonText };
      for (const reading of out.readings.slice(first)) if (QUALITY_METRICS.has(reading.record.metric)) reading.context = context;
    }
  });
}

/** A star rating: the component's own `value` when it states one, else the text beside the stars. */
function starText(cell: Element): string {
  const stated = deepQueryAll(cell, 'kat-star-rating[value], [data-rating], [aria-valuenow]')[0];
  const value = stated?.getAttribute('value') ?? stated?.getAttribute('data-rating') ?? stated?.getAttribute('aria-valuenow');
  if (value && value.trim()) return value.trim();
  return visibleText(cell).replace(/[★☆]/g, '').trim();
}

/** A badge's word: its `label` attribute (the text is drawn in its shadow root), else the cell's text. */
function badgeText(cell: Element): string {
  const badge = deepQueryAll(cell, 'kat-badge[label], kat-label[text]')[0];
  return (badge?.getAttribute('label') ?? badge?.getAttribute('text') ?? visibleText(cell)).trim();
}

/** Keys of the columns whose header names `column` best of all this page's labels. */
function columnsOf(table: Table, column: Column): string[] {
  return [...table.columns].filter(([, c]) => c.header !== undefined && labelScore(c.header, VOICE_OF_CUSTOMER_LABELS[column]) > 0 && findLabel(c.header, VOICE_OF_CUSTOMER_LABELS) === column).map(([key]) => key);
}

/** A header the assistant taught as this metric, where the page's own words found none. */
function taughtColumn(table: Table, metric: NumberMetric | 'cxHealth', ctx: PageContext): string | undefined {
  const taught = new Set((ctx.taught ?? []).filter((l) => l.metric === metric).map((l) => l.label));
  const keys = [...table.columns].filter(([, c]) => c.header && taught.has(labelKey(c.header))).map(([key]) => key);
  return keys.length === 1 ? keys[0] : undefined;
}
