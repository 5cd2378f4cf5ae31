/**
 * How fast problems get answered (issue 16): for every breach, when it was first seen, when an entry was
 * logged for it and when that entry was done; the median time to answer per owner and per category, and
 * the breaches still without an entry. Pure, apart from `responseEntries` (the entries it needs).
 *
 * An entry answers a breach when it names the same metric and entity (as an entry logged from the badge
 * does), in the same marketplace where the entry says one, and was logged on or after the breach's first
 * capture day. "First seen" is the capture time of the breach's first day: same-day captures replace
 * each other, so it is that day's latest capture, or the entry's own time when the entry came first.
 * Entries carry no "done at": a done entry's last update is when it was done (as the weekly review reads it).
 */
import type { SellerOpsDb } from '../store/db';
import type { EvaluatedSnapshot } from '../rules/breaches';
import type { Category, Entry, Snapshot } from '../store/schema';
import { dailyDayOf } from '../store/history';
import { shiftDay, type DayRange } from './days';
import { LOOKBACK_DAYS, median, type BreachEpisode } from './weekly';

/** Which breach it is: the fields of a breach episode (lib/review/weekly.ts) that name it, and its first day. */
export type BreachKey = Pick<BreachEpisode, 'marketplace' | 'module' | 'scope' | 'entity' | 'metric' | 'from'>;

export interface BreachResponse extends BreachKey {
  /** When the breach's first day was first captured (ISO); `from` is that day (the value's day). */
  firstSeen: string;
  /** The answering entry, when there is one. */
  entryId?: string;
  owner?: string;
  category?: Category;
  logged?: string;
  done?: string;
  hoursToLog?: number;
  hoursToDone?: number;
}

export interface ResponseGroup {
  key: string;
  breaches: number;
  answered: number;
  medianHoursToLog?: number;
  medianHoursToDone?: number;
}

export interface ResponseTimes {
  responses: BreachResponse[];
  byOwner: ResponseGroup[];
  byCategory: ResponseGroup[];
  /** Breaches with no entry yet, oldest first. */
  unanswered: BreachResponse[];
}

const HOUR = 3_600_000;

function valueDay(s: Snapshot): string {
  return dailyDayOf(s) ?? s.period.slice(12);
}

/** Whether an entry is about this breach (same metric, entity and marketplace where it says one). */
export function answers(entry: Pick<Entry, 'metric' | 'entity' | 'marketplace' | 'day'>, breach: { marketplace: string; metric: string; entity: string }, fromDay: string): boolean {
  return entry.metric === breach.metric && (entry.entity ?? '').trim() === breach.entity && (!entry.marketplace || entry.marketplace === breach.marketplace) && entry.day >= fromDay;
}

function hoursBetween(a: string, b: string): number | undefined {
  const h = (Date.parse(b) - Date.parse(a)) / HOUR;
  return Number.isFinite(h) ? Math.max(0, Math.round(h * 10) / 10) : undefined;
}

/** Ties a breach (first seen at `firstSeen`, first capture day `fromDay`) to its earliest answering entry. */
export function responseOf(breach: BreachKey & { firstSeen: string }, entries: readonly Entry[], fromDay: string): BreachResponse {
  const entry = entries
    .filter((e) => answers(e, breach, fromDay))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (!entry) return breach;
  // The entry may come before the day's last capture (same-day captures replace each other): then it is first.
  const firstSeen = Date.parse(entry.createdAt) < Date.parse(breach.firstSeen) ? entry.createdAt : breach.firstSeen;
  const done = entry.status === 'done' ? entry.updatedAt : undefined;
  const hoursToLog = hoursBetween(firstSeen, entry.createdAt);
  const hoursToDone = done ? hoursBetween(firstSeen, done) : undefined;
  return {
    ...breach,
    firstSeen,
    entryId: entry.id,
    owner: entry.owner.trim(),
    category: entry.category,
    logged: entry.createdAt,
    ...(done ? { done } : {}),
    ...(hoursToLog !== undefined ? { hoursToLog } : {}),
    ...(hoursToDone !== undefined ? { hoursToDone } : {}),
  };
}

function group(responses: readonly BreachResponse[], keyOf: (r: BreachResponse) => string | undefined): ResponseGroup[] {
  const groups = new Map<string, BreachResponse[]>();
  for (const r of responses) {
    const key = keyOf(r);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .map(([key, rs]) => {
      const toLog = median(rs.flatMap((r) => (r.hoursToLog !== undefined ? [r.hoursToLog] : [])));
      const toDone = median(rs.flatMap((r) => (r.hoursToDone !== undefined ? [r.hoursToDone] : [])));
      return { key, breaches: rs.length, answered: rs.filter((r) => r.entryId).length, ...(toLog !== undefined ? { medianHoursToLog: toLog } : {}), ...(toDone !== undefined ? { medianHoursToDone: toDone } : {}) };
    })
    .sort((a, b) => b.breaches - a.breaches || a.key.localeCompare(b.key));
}

/**
 * The weekly review's response times: each breach episode (lib/review/weekly.ts) with its first
 * capture and answering entry; medians per owner and category over the answered ones.
 */
export function responseTimes(episodes: readonly BreachEpisode[], snapshots: readonly Snapshot[], entries: readonly Entry[]): ResponseTimes {
  const responses = episodes.map((episode) => {
    const firstRows = snapshots.filter((s) => s.marketplace === episode.marketplace && s.scope === episode.scope && s.entity === episode.entity && s.metric === episode.metric && valueDay(s) === episode.from);
    const first = firstRows.reduce<Snapshot | undefined>((m, s) => (!m || s.capturedAt < m.capturedAt ? s : m), undefined);
    const firstSeen = first?.capturedAt ?? `${episode.from}T00:00:00.000Z`;
    const fromDay = first?.day ?? episode.from;
    const { marketplace, module, scope, entity, metric, from } = episode;
    return responseOf({ marketplace, module, scope, entity, metric, from, firstSeen }, entries, fromDay);
  });
  return {
    responses,
    byOwner: group(responses, (r) => (r.entryId ? r.owner ?? '' : undefined)),
    byCategory: group(responses, (r) => r.category),
    unanswered: responses.filter((r) => !r.entryId).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen)),
  };
}

/** Today's breaches (the popup's list) that no entry answers yet: their series keys `marketplace|scope|entity|metric`. */
export function unansweredToday(breaches: readonly EvaluatedSnapshot[], entries: readonly Entry[], today: string): Set<string> {
  const out = new Set<string>();
  const since = shiftDay(today, -LOOKBACK_DAYS);
  for (const { snapshot } of breaches) {
    if (!entries.some((e) => answers(e, snapshot, since))) out.add(`${snapshot.marketplace}|${snapshot.scope}|${snapshot.entity}|${snapshot.metric}`);
  }
  return out;
}

/** The entries that may answer the breaches of `range`: logged from the look-back days before it to its end. */
export function responseEntries(db: SellerOpsDb, range: DayRange): Promise<Entry[]> {
  return db.entries.where('day').between(shiftDay(range.from, -LOOKBACK_DAYS), range.to, true, true).toArray();
}
