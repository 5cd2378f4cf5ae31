/**
 * FBA inventory reports (TXT, tab-separated, or CSV): Manage FBA Inventory (`sku`, `your-price`,
 * `afn-fulfillable-quantity`, `afn-reserved-quantity`, the three `afn-inbound-*-quantity`) and the FBA
 * Inventory report of Inventory Planning (`snapshot-date`, `sku`, `available`, `inbound-quantity`,
 * `Total Reserved Quantity`, `marketplace`). Their headers are machine names, the same in every UI
 * language. Per SKU, point in time: available, reserved, inbound (the sum of the three inbound
 * columns, or `inbound-quantity`) and price (`your-price`, in the marketplace's currency).
 */
import { REPORT_LABELS } from '../labels';
import { parseDate } from '../parse-date';
import { metricRecordSchema } from '../record';
import { findColumns, firstMarketplace, readRowMetrics, readSkuRows, rowContext, text, type ReportReader } from './report-core';

const R = REPORT_LABELS;
const COLUMNS = {
  sku: R.fbaSku,
  available: R.fbaAvailable,
  reserved: R.fbaReserved,
  inbound: R.fbaInbound,
  inboundWorking: R.fbaInboundWorking,
  inboundShipped: R.fbaInboundShipped,
  inboundReceiving: R.fbaInboundReceiving,
  price: R.fbaPrice,
  snapshotDate: R.fbaSnapshotDate,
  marketplace: R.fbaMarketplace,
};

export const fbaInventoryReport: ReportReader = {
  kind: 'fbaInventoryReport',
  page: 'inventory',
  recognizes(headers) {
    const cols = findColumns(headers, COLUMNS);
    // `available` alone is a word many reports use; an FBA inventory report also has its reserved or inbound columns.
    return cols.sku !== undefined && cols.available !== undefined && (cols.reserved !== undefined || cols.inbound !== undefined || cols.inboundWorking !== undefined);
  },
  read(table, options) {
    const cols = findColumns(table.headers, COLUMNS);
    const inboundParts = [cols.inboundWorking, cols.inboundShipped, cols.inboundReceiving];
    const direct = (['available', 'reserved', 'inbound', 'price'] as const).filter((k) => cols[k] !== undefined).map((metric) => ({ metric, index: cols[metric]! }));
    const numericCols = [...direct.map((c) => c.index), ...inboundParts.filter((c): c is number => c !== undefined)];
    const context = rowContext(table, 'en', firstMarketplace(table, cols.marketplace) ?? options.marketplace, numericCols);
    if ('code' in context) return { ok: false, error: context };
    const { values, badRows } = readSkuRows(table, { sku: cols.sku, marketplace: cols.marketplace, word: 'marketplace' }, ({ row, sku }) => {
      let day: string | undefined;
      if (cols.snapshotDate !== undefined) {
        day = parseDate(text(row, cols.snapshotDate) ?? '', { lang: 'en-US' });
        if (!day) return { records: [], problems: [`snapshot-date unreadable: '${(text(row, cols.snapshotDate) ?? '').slice(0, 30)}'`] };
      }
      const where = { scope: 'sku' as const, entity: sku, period: '' };
      const read = readRowMetrics(row, direct, where, context);
      const problems = [...read.problems];
      const records = [...read.records];
      if (cols.inbound === undefined && inboundParts.every((c) => c !== undefined)) {
        const parts = readRowMetrics(row, inboundParts.map((index) => ({ metric: 'inbound' as const, index: index! })), where, context);
        problems.push(...parts.problems);
        // Inbound is the three parts together: with one of them missing it is unknown.
        if (!parts.problems.length && parts.records.length === 3) {
          const sum = metricRecordSchema.safeParse({ ...where, metric: 'inbound', unit: 'units', value: parts.records.reduce((a, r) => a + r.value, 0) });
          if (sum.success) records.push(sum.data);
        }
      }
      return { records, problems, day };
    });
    return { ok: true, reading: { kind: 'fbaInventoryReport', page: 'inventory', pointInTime: true, values, rowsRead: table.rows.length, badRows } };
  },
};
