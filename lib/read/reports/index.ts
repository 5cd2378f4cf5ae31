/**
 * The report files the dashboard takes in (issue 15): one reader per kind, one file each in this
 * folder. `readReport` recognises a table by its headers and reads it; a table no reader, or more
 * than one, recognises is refused whole.
 */
import { businessReportByChild } from './business-report-child';
import { businessReportByDate } from './business-report-date';
import { fbaInventoryReport } from './fba-inventory-report';
import type { ReportOptions, ReportOutcome, ReportReader, ReportTable } from './report-core';
import { restockReport } from './restock-report';
import { searchTermReport } from './search-term-report';

export const REPORT_READERS: readonly ReportReader[] = [businessReportByChild, businessReportByDate, searchTermReport, restockReport, fbaInventoryReport];

/** The reader whose report these headers are, or why none is. */
export function recognizeReport(headers: readonly string[]): ReportReader | 'unknown' | 'ambiguous' {
  const fitting = REPORT_READERS.filter((r) => r.recognizes(headers));
  return fitting.length === 1 ? fitting[0]! : fitting.length ? 'ambiguous' : 'unknown';
}

export function readReport(table: ReportTable, options: ReportOptions): ReportOutcome {
  if (!table.rows.length) return { ok: false, error: { code: 'empty', detail: 'no rows under the header' } };
  const reader = recognizeReport(table.headers);
  if (reader === 'unknown') return { ok: false, error: { code: 'unknownFile', detail: `headers not of a known report: ${table.headers.slice(0, 8).join(' | ').slice(0, 200)}` } };
  if (reader === 'ambiguous') return { ok: false, error: { code: 'ambiguousFile', detail: 'the headers fit more than one kind of report' } };
  const outcome = reader.read(table, options);
  return outcome.ok ? outcome : { ...outcome, kind: reader.kind };
}

export type * from './report-core';
export { REPORT_KINDS } from './report-core';
