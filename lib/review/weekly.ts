/**
 * The weekly review (the daily log's look back): for one Monday-to-Sunday week, which rules were
 * breached and for how long, what was logged and by whom, what got resolved, and which metrics moved
 * most. Pure: the caller loads the rows (see `loadWeek` in queries.ts) and passes the clock.
 */
import { evaluateSnapshots } from '../rules/breaches';
import { isoWithOffset } from '../read/day';
import { dailyDayOf } from '../store/history';
import type { Marketplace } from '../read/marketplaces';
import { METRICS, type MetricId, type Scope, type Unit } from '../read/metrics';
import { CATEGORIES, MODULES, type Category, type Entry, type Module, type Snapshot } from '../store/schema';
import { directionOf, type Settings } from '../store/settings';
import { daysInclusive, shiftDay, type DayRange } from './days';

/** Days before the week that are read to find when a breach began and where a metric stood. */
export const LOOKBACK_DAYS = 28;

/** The scopes whose metrics can be "movers": the entities a lead follows, not every search term. */
export const MOVER_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['account', 'sku', 'asin', 'campaign']);

export interface BreachEpisode {
  marketplace: Marketplace;
  module: Module;
  scope: Scope;
  entity: string;
  metric: MetricId;
  /** First and last day in breach (the value's day), with no in-bounds value between them. */
  from: string;
  to: string;
  /** Calendar days from `from` to `to`, counting both: how long it lasted. */
  days: number;
  /** The part of those days inside the reviewed week. */
  daysInWeek: number;
  /** Began before the week (found in the look-back days). */
  startedBefore: boolean;
  /** The last value of the week was still in breach. */
  ongoing: boolean;
  /** The worst value of the episode (lowest for lower-is-worse metrics). */
  worst: number;
  /** The bound crossed, as the rule states it ("< 95"). */
  threshold: string;
}

export interface ModuleBreaches {
  module: Module;
  episodes: number;
  /** Breach days inside the week, summed over the module's episodes. */
  breachDays: number;
  longestDays: number;
}

export interface StatusCounts {
  total: number;
  done: number;
  open: number;
  overdue: number;
}

export interface Mover {
  marketplace: Marketplace;
  scope: Scope;
  entity: string;
  metric: MetricId;
  unit: Unit;
  currency?: string;
  /** The value going into the week (the last one before it), else the week's first. */
  before: { day: string; value: number };
  /** The week's last value. */
  after: { day: string; value: number };
  change: number;
  /** change / |before|; undefined when `before` is 0. */
  relativeChange?: number;
}

export interface WeeklyReview {
  week: DayRange;
  /** When the review was run, in the assistant's local time with its offset. */
  asOf: string;
  episodes: BreachEpisode[];
  byModule: ModuleBreaches[];
  entries: StatusCounts & {
    byCategory: (StatusCounts & { category: Category })[];
    byOwner: (StatusCounts & { owner: string })[];
    /** Median hours from logging to done, over the week's done entries. */
    medianHoursToResolve?: number;
    /** Entries logged before the week and still open at `asOf`. */
    carriedOver: number;
  };
  movers: Mover[];
}

export interface WeeklyReviewInput {
  week: DayRange;
  /** Snapshots whose day falls in the look-back days or the week (more is ignored). */
  snapshots: readonly Snapshot[];
  /** Entries (any days: the week's are picked out, earlier open ones counted as carried over). */
  entries: readonly Entry[];
  settings?: Settings;
  /** When the review is run: what is overdue is judged at this moment. */
  asOf: Date;
  moverCount?: number;
}

export type EntryState = 'done' | 'open' | 'overdue';

/** Done, or open and past its due time at `asOf`, or open. */
export function entryState(entry: Pick<Entry, 'status' | 'due'>, asOf: Date): EntryState {
  if (entry.status === 'done') return 'done';
  if (entry.due && Date.parse(entry.due) < asOf.getTime()) return 'overdue';
  return 'open';
}

/** The day a value describes: a single-day period's day, a range's last day, or the capture day. */
function valueDay(s: Snapshot): string {
  return dailyDayOf(s) ?? s.period.slice(12);
}

function seriesKey(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric'>): string {
  return `${s.marketplace}|${s.scope}|${s.entity}|${s.metric}`;
}

function bySeries(a: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric'>, b: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric'>): number {
  const x = seriesKey(a);
  const y = seriesKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One observation per series and day: a single-day value over a range ending that day, then the latest capture. */
function preferred(a: Snapshot, b: Snapshot): Snapshot {
  const aDaily = dailyDayOf(a) !== undefined;
  const bDaily = dailyDayOf(b) !== undefined;
  if (aDaily !== bDaily) return aDaily ? a : b;
  return a.capturedAt >= b.capturedAt ? a : b;
}

function breachEpisodes(rows: readonly Snapshot[], week: DayRange, settings?: Settings): BreachEpisode[] {
  const evaluated = evaluateSnapshots(rows, [], settings);
  const series = new Map<string, Map<string, (typeof evaluated)[number]>>();
  for (const e of evaluated) {
    const day = valueDay(e.snapshot);
    const key = seriesKey(e.snapshot);
    const byDay = series.get(key) ?? new Map();
    series.set(key, byDay);
    const seen = byDay.get(day);
    if (!seen || preferred(seen.snapshot, e.snapshot) === e.snapshot) byDay.set(day, e);
  }

  const episodes: BreachEpisode[] = [];
  for (const byDay of series.values()) {
    const days = [...byDay.keys()].sort();
    let open: BreachEpisode | undefined;
    const close = (ongoing: boolean) => {
      if (open && open.to >= week.from) {
        open.days = daysInclusive(open.from, open.to);
        open.daysInWeek = daysInclusive(open.from < week.from ? week.from : open.from, open.to);
        open.startedBefore = open.from < week.from;
        open.ongoing = ongoing;
        episodes.push(open);
      }
      open = undefined;
    };
    for (const day of days) {
      const { snapshot, evaluation } = byDay.get(day)!;
      if (evaluation.level !== 'breach') {
        close(false);
        continue;
      }
      if (!open) {
        open = {
          marketplace: snapshot.marketplace, module: evaluation.module, scope: snapshot.scope, entity: snapshot.entity,
          metric: snapshot.metric, from: day, to: day, days: 1, daysInWeek: 0, startedBefore: false, ongoing: false,
          worst: snapshot.value, threshold: evaluation.threshold,
        };
      } else {
        open.to = day;
        const lowerIsWorse = directionOf(snapshot.metric) === 'below';
        if (lowerIsWorse ? snapshot.value < open.worst : snapshot.value > open.worst) {
          open.worst = snapshot.value;
          open.threshold = evaluation.threshold;
        }
      }
    }
    close(true);
  }
  return episodes.sort((a, b) => b.daysInWeek - a.daysInWeek || a.metric.localeCompare(b.metric) || a.entity.localeCompare(b.entity) || bySeries(a, b) || a.from.localeCompare(b.from));
}

function counts(states: readonly EntryState[]): StatusCounts {
  return {
    total: states.length,
    done: states.filter((s) => s === 'done').length,
    open: states.filter((s) => s === 'open').length,
    overdue: states.filter((s) => s === 'overdue').length,
  };
}

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function entrySection(entries: readonly Entry[], week: DayRange, asOf: Date): WeeklyReview['entries'] {
  const inWeek = entries.filter((e) => e.day >= week.from && e.day <= week.to);
  const stated = inWeek.map((entry) => ({ entry, state: entryState(entry, asOf) }));
  const owners = new Map<string, EntryState[]>();
  for (const { entry, state } of stated) {
    const owner = entry.owner.trim();
    owners.set(owner, [...(owners.get(owner) ?? []), state]);
  }
  // Entries carry no "done at" field: the last update of a done entry is when it was marked done
  // (an edit after that would lengthen it, which errs towards "slow", never towards "fast").
  const hoursToResolve = stated
    .filter((s) => s.state === 'done')
    .map(({ entry }) => (Date.parse(entry.updatedAt) - Date.parse(entry.createdAt)) / 3_600_000)
    .filter((h) => Number.isFinite(h) && h >= 0);
  const medianHours = median(hoursToResolve);
  return {
    ...counts(stated.map((s) => s.state)),
    byCategory: CATEGORIES.map((category) => ({ category, ...counts(stated.filter((s) => s.entry.category === category).map((s) => s.state)) })),
    byOwner: [...owners].map(([owner, states]) => ({ owner, ...counts(states) })).sort((a, b) => b.total - a.total || a.owner.localeCompare(b.owner)),
    ...(medianHours !== undefined ? { medianHoursToResolve: medianHours } : {}),
    carriedOver: entries.filter((e) => e.day < week.from && entryState(e, asOf) !== 'done').length,
  };
}

function movers(rows: readonly Snapshot[], week: DayRange, count: number): Mover[] {
  const series = new Map<string, Map<string, Snapshot>>();
  for (const row of rows) {
    if (!MOVER_SCOPES.has(row.scope)) continue;
    const day = dailyDayOf(row);
    if (!day || day > week.to) continue;
    const key = seriesKey(row);
    const byDay = series.get(key) ?? new Map<string, Snapshot>();
    series.set(key, byDay);
    const seen = byDay.get(day);
    if (!seen || row.capturedAt > seen.capturedAt) byDay.set(day, row);
  }
  const out: Mover[] = [];
  for (const byDay of series.values()) {
    const days = [...byDay.keys()].sort();
    const inWeek = days.filter((d) => d >= week.from);
    const lastDay = inWeek.at(-1);
    if (!lastDay) continue;
    const firstDay = days.filter((d) => d < week.from).at(-1) ?? inWeek[0]!;
    if (firstDay >= lastDay) continue;
    const first = byDay.get(firstDay)!;
    const last = byDay.get(lastDay)!;
    const change = last.value - first.value;
    if (Math.abs(change) < 1e-9) continue;
    out.push({
      marketplace: last.marketplace, scope: last.scope, entity: last.entity, metric: last.metric, unit: METRICS[last.metric].unit,
      ...(last.currency ? { currency: last.currency } : {}),
      before: { day: firstDay, value: first.value },
      after: { day: lastDay, value: last.value },
      change,
      ...(first.value !== 0 ? { relativeChange: change / Math.abs(first.value) } : {}),
    });
  }
  // Relative change ranks across units; a move from zero has none and ranks after, by size. Ties go by
  // series, so the order does not depend on the order the rows were read in.
  const rank = (a: Mover, b: Mover) => {
    if (a.relativeChange !== undefined && b.relativeChange !== undefined) return Math.abs(b.relativeChange) - Math.abs(a.relativeChange);
    if (a.relativeChange !== undefined) return -1;
    if (b.relativeChange !== undefined) return 1;
    return Math.abs(b.change) - Math.abs(a.change);
  };
  return out
    .sort((a, b) => rank(a, b) || bySeries(a, b))
    .slice(0, count);
}

export function computeWeeklyReview(input: WeeklyReviewInput): WeeklyReview {
  const { week } = input;
  const earliest = shiftDay(week.from, -LOOKBACK_DAYS);
  const rows = input.snapshots.filter((s) => {
    const day = valueDay(s);
    return day >= earliest && day <= week.to;
  });
  const episodes = breachEpisodes(rows, week, input.settings);
  const byModule = MODULES.map((module) => {
    const own = episodes.filter((e) => e.module === module);
    return {
      module,
      episodes: own.length,
      breachDays: own.reduce((sum, e) => sum + e.daysInWeek, 0),
      longestDays: own.reduce((max, e) => Math.max(max, e.days), 0),
    };
  });
  return {
    week,
    asOf: isoWithOffset(input.asOf),
    episodes,
    byModule,
    entries: entrySection(input.entries, week, input.asOf),
    movers: movers(rows, week, input.moverCount ?? 10),
  };
}
