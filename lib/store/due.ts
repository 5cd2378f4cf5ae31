/**
 * When open entries are due, in the assistant's own day. `due` is ISO 8601 with the offset of whoever
 * set it, so deadlines compare as instants, never as strings: "09:00+08:00" is the evening before for an
 * assistant in New York. "Due today" ends at the assistant's local midnight.
 */
import { endOfDay } from 'date-fns';
import type { SellerOpsDb } from './db';
import type { Entry } from './schema';

export type DueState = 'overdue' | 'today' | 'later' | 'none';

/** Where an entry's deadline stands at `now`: done entries and entries without a deadline are `none`. */
export function dueState(entry: Pick<Entry, 'status' | 'due'>, now: Date = new Date()): DueState {
  if (entry.status !== 'open' || !entry.due) return 'none';
  const due = Date.parse(entry.due);
  if (Number.isNaN(due)) return 'none';
  if (due < now.getTime()) return 'overdue';
  return due <= endOfDay(now).getTime() ? 'today' : 'later';
}

/** Open and due by the end of the assistant's day (overdue included). */
export function isDueByEndOfDay(entry: Pick<Entry, 'status' | 'due'>, now: Date = new Date()): boolean {
  const state = dueState(entry, now);
  return state === 'overdue' || state === 'today';
}

/** The most an offset can move a wall-clock time ahead of UTC (UTC+14, Kiribati). */
const MAX_OFFSET_MS = 14 * 3_600_000;

/**
 * Upper bound of the `[status+due]` index range that holds every deadline up to the end of `now`'s
 * day, whatever offset it was written with. A stored `due` starts with its wall-clock time, which is at
 * most 14 hours ahead of its instant; the few rows this lets in too early are filtered out by instant.
 */
export function dueIndexUpperBound(now: Date): string {
  const latestWallClock = new Date(endOfDay(now).getTime() + MAX_OFFSET_MS).toISOString().slice(0, 19);
  return `${latestWallClock}\uffff`;
}

function dueRange(db: SellerOpsDb, now: Date) {
  return db.entries.where('[status+due]').between(['open', ''], ['open', dueIndexUpperBound(now)], true, true);
}

/** Open entries due by the end of the assistant's day, earliest deadline first (one index range). */
export async function openEntriesDue(db: SellerOpsDb, now: Date = new Date()): Promise<Entry[]> {
  const rows = await dueRange(db, now).toArray();
  return rows.filter((e) => isDueByEndOfDay(e, now)).sort((a, b) => Date.parse(a.due!) - Date.parse(b.due!));
}

/** How many open entries are due by the end of the day, read from the index keys alone. */
export async function countOpenEntriesDue(db: SellerOpsDb, now: Date = new Date()): Promise<number> {
  const keys = (await dueRange(db, now).keys()) as unknown as [string, string][];
  return keys.filter(([, due]) => isDueByEndOfDay({ status: 'open', due }, now)).length;
}
