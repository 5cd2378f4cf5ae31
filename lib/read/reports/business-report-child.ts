/**
 * Business Report, Detail Page Sales and Traffic by Child Item (CSV): one row per child ASIN, for the
 * dates chosen on the page. The file does not say those dates, so the assistant gives them
 * (`options.period`); without them nothing is read (a value without its period would be stored as
 * the wrong day's).
 */
import { BUSINESS_REPORTS_LABELS } from '../labels';
import type { MetricId } from '../metrics';
import { periodSchema } from '../record';
import {
  dropConflicts, findColumns, headerLanguage, metricColumns, readRowMetrics, rowContext, rowNumber, text,
  type ReportReader, type ReportValue, type RowProblem,
} from './report-core';

const L = BUSINESS_REPORTS_LABELS;
export const CHILD_COLUMNS = {
  childAsin: L.childAsin,
  sessionsTotal: L.sessionsTotal,
  sessions: L.sessions,
  pageViewsTotal: L.pageViewsTotal,
  pageViews: L.pageViews,
  buyBoxPct: L.buyBoxPct,
  unitSessionPct: L.unitSessionPct,
  unitsOrdered: L.unitsOrdered,
  orderedProductSales: L.orderedProductSales,
};
type Key = keyof typeof CHILD_COLUMNS;

/** Each metric and the columns it is read from, the first one found ("Sessions - Total" before "Sessions"). */
export const BUSINESS_METRIC_COLUMNS: readonly [MetricId, readonly Key[]][] = [
  ['sessions', ['sessionsTotal', 'sessions']],
  ['pageViews', ['pageViewsTotal', 'pageViews']],
  ['buyBoxPct', ['buyBoxPct']],
  ['unitSessionPct', ['unitSessionPct']],
  ['unitsOrdered', ['unitsOrdered']],
  ['orderedProductSales', ['orderedProductSales']],
];

const ASIN = /^[A-Z0-9]{10}$/;

export const businessReportByChild: ReportReader = {
  kind: 'businessReportByChild',
  page: 'business-reports',
  recognizes(headers) {
    const cols = findColumns(headers, CHILD_COLUMNS);
    return cols.childAsin !== undefined && BUSINESS_METRIC_COLUMNS.some(([, keys]) => keys.some((k) => cols[k] !== undefined));
  },
  read(table, options) {
    const period = options.period ?? '';
    if (!period || !periodSchema.safeParse(period).success) return { ok: false, error: { code: 'noPeriod', detail: 'the Business Report by child item does not say its dates: give them' } };
    const cols = findColumns(table.headers, CHILD_COLUMNS);
    const metricCols = metricColumns(cols, BUSINESS_METRIC_COLUMNS);
    const context = rowContext(table, headerLanguage(table.headers, CHILD_COLUMNS), options.marketplace, metricCols.map((c) => c.index));
    if ('code' in context) return { ok: false, error: context };
    const values: ReportValue[] = [];
    const badRows: RowProblem[] = [];
    table.rows.forEach((row, i) => {
      const asin = (text(row, cols.childAsin) ?? '').trim().toUpperCase();
      if (!ASIN.test(asin)) {
        badRows.push({ row: rowNumber(i), reason: `no child ASIN ('${(text(row, cols.childAsin) ?? '').slice(0, 40)}')` });
        return;
      }
      const read = readRowMetrics(row, metricCols, { scope: 'asin', entity: asin, period }, context);
      if (read.problems.length) {
        badRows.push({ row: rowNumber(i), reason: read.problems.join('; ') });
        return;
      }
      for (const record of read.records) values.push({ record, row: rowNumber(i) });
    });
    return { ok: true, reading: { kind: 'businessReportByChild', page: 'business-reports', pointInTime: false, values: dropConflicts(values, badRows), rowsRead: table.rows.length, badRows } };
  },
};
