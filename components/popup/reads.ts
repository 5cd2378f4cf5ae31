/**
 * The popup's reads of one day, started together: by `entrypoints/popup/main.tsx` as its script starts
 * (before the settings are read and before React draws), and again by the popup when the day changes.
 * Each is live (components/popup/live.ts). Today's checklist and breaches need the settings: they are
 * worked out from the day's captured page kinds and ruled values (the live part, read before the settings
 * are in) with the settings of the moment (`dayChecksLive`).
 */
import { breachesAmong, ruledValuesOfDay, type EvaluatedSnapshot, type RuledValuesOfDay } from '@/lib/rules/breaches';
import { loadChecklist, seenMarketplaces, type ChecklistRow } from '@/lib/review/checklist';
import { capturedOnDay, type CapturedPages } from '@/lib/store/day-index';
import type { SellerOpsDb } from '@/lib/store/db';
import { openEntriesDue } from '@/lib/store/due';
import { byDeadline, openDueItems, type DueItem } from '@/lib/store/due-items';
import type { Entry } from '@/lib/store/schema';
import type { Settings } from '@/lib/store/settings';
import { derivedLive, startLive, type LiveValue } from './live';

export interface DayChecks {
  checklist: ChecklistRow[];
  breaches: EvaluatedSnapshot[];
}

/** What today's checklist and breaches are worked out from; none of it depends on the settings. */
export interface DayValues {
  /** The page kinds and marketplaces captured today. */
  captured: CapturedPages;
  /** Today's ruled values and the Buy Box days before them (lib/rules/breaches.ts). */
  ruled: RuledValuesOfDay;
}

export interface PopupReads {
  day: string;
  /** Today's entries, newest first. */
  todays: LiveValue<Entry[]>;
  /** Open entries due by the end of the day (overdue ones included), earliest deadline first. */
  due: LiveValue<Entry[]>;
  /** Reviews and feedback waiting for an answer (contract §7): by deadline, overdue first. */
  dueItems: LiveValue<DueItem[]>;
  /** The page kinds and marketplaces captured today and the day's ruled values: any write of today's values changes it. */
  dayValues: LiveValue<DayValues>;
  close(): void;
}

/** The reads whose first result was marked. */
const markedReads = new Set<string>();
/**
 * `value`, with a User Timing mark `sol:popup-<name>` when the first such read comes in (bench/README.md:
 * where the popup's opening goes).
 */
async function marked<T>(name: string, value: T | Promise<T>): Promise<T> {
  const result = await value;
  if (!markedReads.has(name)) {
    markedReads.add(name);
    performance.mark(`sol:popup-${name}`);
  }
  return result;
}

export function startPopupReads(db: SellerOpsDb, day: string): PopupReads {
  const reads = {
    day,
    // One live query: the day's ruled values come from its digests beside the captured pages, not after them
    // (they wait for those only on a day without digests, read from the day index).
    dayValues: startLive(async () => {
      const captured = marked('captured', capturedOnDay(db, day));
      const [value, ruled] = await Promise.all([captured, marked('ruled', ruledValuesOfDay(db, day, captured))]);
      return { captured: value, ruled };
    }),
    todays: startLive(async () => marked('todays', (await db.entries.where('day').equals(day).toArray()).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)))),
    due: startLive(() => marked('due', openEntriesDue(db, new Date()))),
    dueItems: startLive(async () => marked('dueItems', (await openDueItems(db)).sort(byDeadline))),
  };
  return { ...reads, close: () => [reads.dayValues, reads.todays, reads.due, reads.dueItems].forEach((live) => live.close()) };
}

/** Today's checklist and breaches under `settings`, read again whenever a value of today is written. */
export function dayChecksLive(db: SellerOpsDb, reads: PopupReads, settings: Settings): LiveValue<DayChecks> {
  // The marketplaces seen in the snapshots (the checklist's rows when the settings name none) do not
  // depend on today's captured pages: the first read of them starts now, beside those.
  let seen = settings.marketplaces.length ? undefined : seenMarketplaces(db);
  seen?.catch(() => undefined); // awaited by the first read below; a failure is reported there
  return derivedLive(reads.dayValues, async ({ captured, ruled }) => {
    const early = seen;
    seen = undefined;
    const checklist = await marked('checklist', loadChecklist(db, reads.day, settings, captured, early));
    return { checklist, breaches: await marked('breaches', breachesAmong(ruled, settings)) };
  });
}
