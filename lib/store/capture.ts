/**
 * From an adapter's readings to the rows the background stores: adds where and when, and keeps track
 * of what was already sent so that a re-render sends nothing and a virtualized grid accumulates what
 * the user has scrolled past.
 */
import { isoWithOffset, localDay } from '../read/day';
import type { Marketplace, Source } from '../read/marketplaces';
import type { Reading } from '../read/pages/types';
import type { Snapshot } from './schema';
import { type AdapterId, type MetricRecord } from '../read/record';

export interface CaptureWhere {
  marketplace: Marketplace;
  source: Source;
  page: AdapterId;
}

export function toSnapshots(readings: readonly Reading[], where: CaptureWhere, at: Date = new Date()): Snapshot[] {
  const day = localDay(at);
  const capturedAt = isoWithOffset(at);
  return readings.map(({ record }) => snapshotOf(record, where, day, capturedAt));
}

/** One record as the row the background stores: where it was read (page or file), on which day, when. */
export function snapshotOf(
  record: MetricRecord,
  where: { marketplace: Marketplace; source: Snapshot['source']; page: AdapterId },
  day: string,
  capturedAt: string,
): Snapshot {
  return {
    marketplace: where.marketplace,
    source: where.source,
    page: where.page,
    scope: record.scope,
    entity: record.entity,
    metric: record.metric,
    value: record.value,
    unit: record.unit,
    ...(record.currency ? { currency: record.currency } : {}),
    ...(record.status !== undefined ? { status: record.status } : {}),
    period: record.period,
    day,
    capturedAt,
  };
}

/**
 * A snapshot's key (`snapshotKey` in ./schema.ts) as one string, for the ledger's maps: made for every value of every
 * read, so a template rather than an array and its JSON. Every field but the entity has a fixed form
 * without U+0001, and the entity (page text) comes last, so no two keys can run together.
 */
function snapshotKeyString(s: Snapshot): string {
  return `${s.marketplace}\u0001${s.scope}\u0001${s.metric}\u0001${s.period}\u0001${s.day}\u0001${s.entity}`;
}

/**
 * Remembers the value last acknowledged (or in flight) per snapshot key. `pending` returns only rows
 * that are new or changed; rows leave "in flight" when the background acknowledges them, and go back
 * to pending when a send fails, so nothing is lost and nothing is sent twice.
 */
export class CaptureLedger {
  private readonly acked = new Map<string, string>();
  private readonly queued = new Map<string, Snapshot>();

  /** Adds the rows that differ from what was acknowledged; returns how many were queued. */
  offer(rows: readonly Snapshot[]): number {
    let added = 0;
    for (const row of rows) {
      const key = snapshotKeyString(row);
      const fingerprint = `${row.value}|${row.currency ?? ''}|${row.unit}|${row.page}`;
      if (this.acked.get(key) === fingerprint) continue;
      const queued = this.queued.get(key);
      if (queued && queued.value === row.value && queued.currency === row.currency) continue;
      this.queued.set(key, row);
      added++;
    }
    return added;
  }

  /** Takes the queued rows to send; call `ack` or `fail` with them afterwards. */
  take(): Snapshot[] {
    const rows = [...this.queued.values()];
    this.queued.clear();
    return rows;
  }

  ack(rows: readonly Snapshot[]): void {
    for (const row of rows) this.acked.set(snapshotKeyString(row), `${row.value}|${row.currency ?? ''}|${row.unit}|${row.page}`);
  }

  /** Puts rows back unless a newer value for the same key was queued meanwhile. */
  fail(rows: readonly Snapshot[]): void {
    for (const row of rows) {
      const key = snapshotKeyString(row);
      if (!this.queued.has(key)) this.queued.set(key, row);
    }
  }

  get pendingCount(): number {
    return this.queued.size;
  }
}

/** At most this many fields are shared by a capture message's rows (a snapshot has a dozen). */
export const MAX_SHARED_FIELDS = 16;

/**
 * A capture's rows for the message to the background: the fields every row has with the same value
 * (the marketplace, site, page, day and time of one read) are sent once, beside rows that keep only
 * their own. A 2,000-row grid's 19,550 values are ~40 % fewer bytes to serialize, copy and parse
 * (bench/README.md, writeVsRawIdb). `unpackRows` gives back the rows as they were.
 */
export function packRows(rows: readonly Snapshot[]): { shared: Record<string, unknown>; rows: Record<string, unknown>[] } {
  const first = rows[0] as Readonly<Record<string, unknown>> | undefined;
  const sharedKeys = new Set(
    rows.length < 2 || !first ? [] : Object.keys(first).filter((key) => rows.every((r) => key in r && (r as Readonly<Record<string, unknown>>)[key] === first[key])),
  );
  const rest = (row: Snapshot): Record<string, unknown> => {
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (!sharedKeys.has(key)) own[key] = value;
    return own;
  };
  return { shared: Object.fromEntries([...sharedKeys].map((key) => [key, first![key]])), rows: rows.map(rest) };
}

/**
 * The rows of a capture message with its shared fields put back, for validation row by row. A row that
 * is not an object stays as it is (and is refused as a row); a row's own field is never overwritten.
 */
export function unpackRows(shared: Readonly<Record<string, unknown>> | undefined, rows: readonly unknown[]): unknown[] {
  if (!shared || Object.keys(shared).length === 0) return [...rows];
  return rows.map((row) => (row !== null && typeof row === 'object' && !Array.isArray(row) ? { ...shared, ...row } : row));
}
