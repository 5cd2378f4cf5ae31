/**
 * Report files into the history (issue 15): a file read by lib/read/reports becomes snapshot rows like
 * a captured page's (same table, same key, same rules), with `source: 'file'` and the page kind the
 * report belongs to. The dashboard, an extension page, writes them itself, as it restores a backup.
 *
 * - Which day: a value for a period is stored on the period's last day (the day a capture of that
 *   report would be made at the earliest), a point-in-time value on the report's own date
 *   (`snapshot-date`) or else the day the file was saved (its last-modified time, never after today).
 *   So the same file taken in again, today or next week, gives the same keys.
 * - All or nothing: every row is validated first; one invalid row and nothing is written.
 * - Idempotent: a row whose stored value (and unit, currency, status, page, source) is the same is
 *   left as it is, so a file taken in twice changes nothing, not even the capture time.
 */
import type { SellerOpsDb } from './db';
import { isoWithOffset, localDay } from '../read/day';
import type { Marketplace } from '../read/marketplaces';
import { tableOfFile } from '../read/reports/file-table';
import { readReport } from '../read/reports';
import type { ReportError, ReportKind, ReportOptions, ReportReading, RowProblem } from '../read/reports/report-core';
import { snapshotOf } from './capture';
import { snapshotSchema, type Snapshot } from './schema';
import { snapshotStorageKey } from './snapshot-key';
import { storageErrorText } from './storage-error';

export interface ReportFile {
  name: string;
  data: ArrayBuffer | Uint8Array;
  /** `File.lastModified` (ms): when the file was saved, the day of its point-in-time values. */
  lastModified?: number;
}

export type ImportResult =
  | { ok: true; kind: ReportKind; rowsRead: number; values: number; stored: number; unchanged: number; badRows: RowProblem[]; marketplaces: Marketplace[] }
  | { ok: false; kind?: ReportKind; error: ReportError };

/** The day a file's point-in-time values are for: the day it was saved, never after today. */
export function fileDay(lastModified: number | undefined, now: Date): string {
  const today = localDay(now);
  if (lastModified === undefined || !Number.isFinite(lastModified)) return today;
  const saved = localDay(new Date(lastModified));
  return saved < today ? saved : today;
}

/** A reading's values as snapshot rows; an error when a value's marketplace is not known. */
export function reportSnapshots(reading: ReportReading, marketplace: Marketplace | undefined, day: string, now: Date): Snapshot[] | ReportError {
  const capturedAt = isoWithOffset(now);
  const rows: Snapshot[] = [];
  for (const { record, marketplace: own, day: ownDay } of reading.values) {
    const where = own ?? marketplace;
    if (!where) return { code: 'noMarketplace', detail: 'the file does not say its marketplace: choose one' };
    rows.push(snapshotOf(record, { marketplace: where, source: 'file', page: reading.page }, record.period ? record.period.slice(12) : (ownDay ?? day), capturedAt));
  }
  return rows;
}

const sameValue = (a: Snapshot, b: Snapshot) =>
  a.value === b.value && a.unit === b.unit && a.currency === b.currency && a.status === b.status && a.page === b.page && a.source === b.source;

/** Validates every row, then writes the new and changed ones in one transaction. */
export async function storeReportRows(db: SellerOpsDb, rows: readonly Snapshot[]): Promise<{ ok: true; stored: number; unchanged: number } | { ok: false; error: ReportError }> {
  const good: Snapshot[] = [];
  for (const [index, row] of rows.entries()) {
    const parsed = snapshotSchema.safeParse(row);
    if (!parsed.success) {
      return { ok: false, error: { code: 'unreadable', detail: `value ${index + 1} (${row.metric} of ${row.entity}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` } };
    }
    good.push(parsed.data);
  }
  try {
    return await db.transaction('rw', db.snapshots, async () => {
      const stored = await db.snapshots.bulkGet(good.map(snapshotStorageKey));
      const changed = good.filter((row, i) => !stored[i] || !sameValue(stored[i]!, row));
      if (changed.length) await db.snapshots.bulkPut(changed);
      return { ok: true as const, stored: changed.length, unchanged: good.length - changed.length };
    });
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', detail: storageErrorText(error) } };
  }
}

/** One file: recognised, read, and its values stored (or why not: nothing is written then). */
export async function importReportFile(db: SellerOpsDb, file: ReportFile, options: ReportOptions, now: Date = new Date()): Promise<ImportResult> {
  const table = await tableOfFile(file.name, file.data);
  if (!table.ok) return table;
  const outcome = readReport(table.table, options);
  if (!outcome.ok) return outcome;
  const { reading } = outcome;
  const rows = reportSnapshots(reading, options.marketplace, fileDay(file.lastModified, now), now);
  if (!Array.isArray(rows)) return { ok: false, kind: reading.kind, error: rows };
  const written = await storeReportRows(db, rows);
  if (!written.ok) return { ok: false, kind: reading.kind, error: written.error };
  return {
    ok: true,
    kind: reading.kind,
    rowsRead: reading.rowsRead,
    values: rows.length,
    stored: written.stored,
    unchanged: written.unchanged,
    badRows: reading.badRows,
    marketplaces: [...new Set(rows.map((r) => r.marketplace))].sort(),
  };
}
