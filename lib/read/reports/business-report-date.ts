/**
 * Business Report by date (Sales and Traffic, Detail Page Sales and Traffic; CSV): one row per day for
 * the whole account. Stored per day (period `d..d`) at account scope: sessions, page views, Buy Box
 * percentage and unit session percentage. Units and sales are not stored from it: the unit economics
 * sum `unitsOrdered` and `orderedProductSales` over entities, and the account's total beside the child
 * ASINs' would be counted twice.
 */
import { REPORT_LABELS } from '../labels';
import { CHILD_COLUMNS } from './business-report-child';
import type { MetricId } from '../metrics';
import { formatPeriod, parseDate } from '../parse-date';
import {
  dropConflicts, findColumns, headerLanguage, metricColumns, readRowMetrics, rowContext, rowNumber, text,
  type ReportReader, type ReportValue, type RowProblem,
} from './report-core';

/** The child-ASIN report's columns (a by-date report may carry the child ASIN too), after the day's. */
const DATE_COLUMNS = { date: REPORT_LABELS.date, ...CHILD_COLUMNS };
type Key = keyof typeof DATE_COLUMNS;

const STORED: readonly [MetricId, readonly Key[]][] = [
  ['sessions', ['sessionsTotal', 'sessions']],
  ['pageViews', ['pageViewsTotal', 'pageViews']],
  ['buyBoxPct', ['buyBoxPct']],
  ['unitSessionPct', ['unitSessionPct']],
];
/** Columns that make a file a Business Report by date (with a date column and no ASIN). */
const BUSINESS_KEYS: readonly Key[] = ['sessionsTotal', 'sessions', 'pageViewsTotal', 'pageViews', 'buyBoxPct', 'unitSessionPct', 'unitsOrdered', 'orderedProductSales'];

export const businessReportByDate: ReportReader = {
  kind: 'businessReportByDate',
  page: 'business-reports',
  recognizes(headers) {
    const cols = findColumns(headers, DATE_COLUMNS);
    return cols.date !== undefined && cols.childAsin === undefined && BUSINESS_KEYS.filter((k) => cols[k] !== undefined).length >= 2;
  },
  read(table, options) {
    const cols = findColumns(table.headers, DATE_COLUMNS);
    const metricCols = metricColumns(cols, STORED);
    const context = rowContext(table, headerLanguage(table.headers, DATE_COLUMNS), options.marketplace, metricCols.map((c) => c.index));
    if ('code' in context) return { ok: false, error: context };
    const values: ReportValue[] = [];
    const badRows: RowProblem[] = [];
    table.rows.forEach((row, i) => {
      const shown = text(row, cols.date) ?? '';
      const day = parseDate(shown, { lang: context.lang ?? null });
      if (!day) {
        badRows.push({ row: rowNumber(i), reason: `date unreadable: '${shown.slice(0, 40)}'` });
        return;
      }
      const read = readRowMetrics(row, metricCols, { scope: 'account', entity: 'account', period: formatPeriod({ from: day, to: day }) }, context);
      if (read.problems.length) {
        badRows.push({ row: rowNumber(i), reason: read.problems.join('; ') });
        return;
      }
      for (const record of read.records) values.push({ record, row: rowNumber(i) });
    });
    return { ok: true, reading: { kind: 'businessReportByDate', page: 'business-reports', pointInTime: false, values: dropConflicts(values, badRows), rowsRead: table.rows.length, badRows } };
  },
};
