/**
 * Restock Inventory report (TXT, tab-separated, or CSV; Inventory Planning › Restock Inventory ›
 * Download): one row per SKU with its days of supply, recommended replenishment quantity and alert, as
 * the Restock page shows them (lib/read/pages/restock.ts, same words). Point-in-time values. A
 * `Country` column names each row's marketplace.
 */
import { REPORT_LABELS, RESTOCK_ALERT_WORDS, RESTOCK_LABELS } from '../labels';
import { isMissingText } from '../parse-number';
import { emptyResult } from '../pages/read-metric';
import { readStatus, statusWordOfText } from '../pages/read-status';
import { findColumns, firstMarketplace, headerLanguage, readRowMetrics, readSkuRows, rowContext, text, type ReportReader } from './report-core';

const COLUMNS = {
  sku: RESTOCK_LABELS.sku,
  daysOfSupply: RESTOCK_LABELS.daysOfSupply,
  recommendedQty: RESTOCK_LABELS.recommendedQty,
  alert: RESTOCK_LABELS.alert,
  country: REPORT_LABELS.country,
};

export const restockReport: ReportReader = {
  kind: 'restockReport',
  page: 'restock',
  recognizes(headers) {
    const cols = findColumns(headers, COLUMNS);
    return cols.sku !== undefined && [cols.daysOfSupply, cols.recommendedQty, cols.alert].filter((c) => c !== undefined).length >= 2;
  },
  read(table, options) {
    const cols = findColumns(table.headers, COLUMNS);
    const numeric = (['daysOfSupply', 'recommendedQty'] as const).filter((k) => cols[k] !== undefined).map((metric) => ({ metric, index: cols[metric]! }));
    const context = rowContext(table, headerLanguage(table.headers, COLUMNS), firstMarketplace(table, cols.country) ?? options.marketplace, numeric.map((c) => c.index));
    if ('code' in context) return { ok: false, error: context };
    // A file repeats a handful of alert texts over thousands of rows: each is matched to its word once.
    const alertWords = new Map<string, ReturnType<typeof statusWordOfText>>();
    const { values, badRows } = readSkuRows(table, { sku: cols.sku, marketplace: cols.country, word: 'country' }, ({ row, sku }) => {
      const read = readRowMetrics(row, numeric, { scope: 'sku', entity: sku, period: '' }, context);
      const problems = [...read.problems];
      const records = [...read.records];
      if (cols.alert !== undefined) {
        // As on the page: an empty alert is "none"; a word off the list is not stored.
        const shown = (text(row, cols.alert) ?? '').replace(/_/g, ' ');
        let word = alertWords.get(shown);
        if (word === undefined && !alertWords.has(shown)) {
          word = shown.trim() === '' || isMissingText(shown) ? 'none' : statusWordOfText('restockAlert', shown, RESTOCK_ALERT_WORDS, context.ctx);
          alertWords.set(shown, word);
        }
        const out = emptyResult();
        readStatus(out, { entity: sku, metric: 'restockAlert', word, shown });
        problems.push(...out.problems);
        records.push(...out.readings.map((r) => r.record));
      }
      return { records, problems };
    });
    return { ok: true, reading: { kind: 'restockReport', page: 'restock', pointInTime: true, values, rowsRead: table.rows.length, badRows } };
  },
};
