/**
 * The weekly review's part for the rest of the assistant's day (issue 15): listings that changed status,
 * due items (reviews, feedback) handled on time, late or still open, the return-rate and CX-health movers
 * week over week, and the SKUs in restock breach with whether an entry was logged for them. Pure: the
 * caller loads the week's snapshots and entries (`loadWeek`), the due items and their entries
 * (`loadWeekDueItems` in queries.ts), and passes the clock.
 */
import type { Marketplace } from '../read/marketplaces';
import { statusWordOf, type MetricId } from '../read/metrics';
import { dueDeadline } from '../log/due-form-values';
import { evaluate } from '../rules';
import type { DueItem } from '../store/due-items';
import { dailyDayOf } from '../store/history';
import type { Entry, Snapshot } from '../store/schema';
import type { Settings } from '../store/settings';
import type { DayRange } from './days';

/** Listing statuses that take a listing off sale or out of search (contract §2 `listingStatus` breaches). */
const DOWN_STATUSES: ReadonlySet<string> = new Set(['inactive', 'searchSuppressed']);

export interface StatusChange {
  marketplace: Marketplace;
  sku: string;
  /** The word before (the last capture before this one), or undefined for a first capture in the week. */
  from?: string;
  to: string;
  day: string;
  /** `down`: went suppressed or inactive; `back`: came back to active from those; `other`: any other change. */
  direction: 'down' | 'back' | 'other';
}

export type DueOutcome = 'onTime' | 'late' | 'handled' | 'open' | 'overdue';

export interface DueOutcomeRow {
  kind: DueItem['kind'];
  id: string;
  marketplace: Marketplace;
  entity: string;
  rating: number;
  date: string;
  due: string;
  /** onTime / late: its entry was marked done before / after the deadline; handled: no entry to date it; open / overdue: not handled. */
  outcome: DueOutcome;
  /** When its entry was marked done (its last update), if it was. */
  doneAt?: string;
}

export type DueCounts = Record<DueOutcome, number> & { total: number };

export interface CxMover {
  marketplace: Marketplace;
  metric: Extract<MetricId, 'returnRate' | 'cxHealth'>;
  entity: string;
  before: { day: string; value: number };
  after: { day: string; value: number };
  change: number;
}

export interface RestockAction {
  marketplace: Marketplace;
  sku: string;
  /** First and last day in the week its restock values breached. */
  from: string;
  to: string;
  /** Its worst alert word in the week (`outOfStock` over `reorderNow`), if an alert breached. */
  alert?: string;
  /** The lowest days of supply read in the week. */
  daysOfSupply?: number;
  /** An entry for the SKU (inventory module) was logged from the first breach day to the end of the week. */
  logged: boolean;
  /** That entry is done. */
  done: boolean;
}

export interface WeeklyOps {
  statusChanges: StatusChange[];
  due: { counts: DueCounts; items: DueOutcomeRow[] };
  cxMovers: CxMover[];
  restock: RestockAction[];
}

export interface WeeklyOpsInput {
  week: DayRange;
  /** The week's snapshots and the look-back days before it (as `loadWeek` reads them). */
  snapshots: readonly Snapshot[];
  /** Entries: the week's, and those due items were handled by. */
  entries: readonly Entry[];
  /** Due items whose window is open in the week or closes in it (the deadline on or after its first day). */
  dueItems: readonly DueItem[];
  settings?: Settings;
  asOf: Date;
  /** Movers per metric (10). */
  moverCount?: number;
}

type Series = Map<string, Snapshot>;

/** Point-in-time (or single-day) values by series and day, the latest capture of a day kept. */
function seriesOf(rows: readonly Snapshot[], metrics: ReadonlySet<MetricId>, to: string): Map<string, Series> {
  const out = new Map<string, Series>();
  for (const row of rows) {
    if (!metrics.has(row.metric)) continue;
    const day = dailyDayOf(row);
    if (!day || day > to) continue;
    const key = `${row.marketplace}|${row.metric}|${row.entity}`;
    let byDay = out.get(key);
    if (!byDay) out.set(key, (byDay = new Map()));
    const seen = byDay.get(day);
    if (!seen || row.capturedAt > seen.capturedAt) byDay.set(day, row);
  }
  return out;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function listingStatusChanges(rows: readonly Snapshot[], week: DayRange): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const byDay of seriesOf(rows, new Set<MetricId>(['listingStatus']), week.to).values()) {
    let before: string | undefined;
    for (const day of [...byDay.keys()].sort()) {
      const row = byDay.get(day)!;
      const word = row.status ?? statusWordOf('listingStatus', row.value);
      if (!word) continue;
      if (day >= week.from && word !== before && (before !== undefined || DOWN_STATUSES.has(word))) {
        const direction = DOWN_STATUSES.has(word) ? 'down' : before && DOWN_STATUSES.has(before) && word === 'active' ? 'back' : 'other';
        changes.push({ marketplace: row.marketplace, sku: row.entity, ...(before !== undefined ? { from: before } : {}), to: word, day, direction });
      }
      before = word;
    }
  }
  const rank = { down: 0, back: 1, other: 2 } as const;
  return changes.sort((a, b) => rank[a.direction] - rank[b.direction] || compareText(a.day, b.day) || compareText(a.marketplace, b.marketplace) || compareText(a.sku, b.sku));
}

export function dueOutcomes(items: readonly DueItem[], entries: readonly Entry[], week: DayRange, asOf: Date): { counts: DueCounts; items: DueOutcomeRow[] } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows: DueOutcomeRow[] = [];
  for (const item of items) {
    // In the week: its window was open on some day of it (opened by the week's end, closing on or after its start).
    if (item.due < week.from || item.date > week.to) continue;
    const deadline = dueDeadline(item.due).getTime();
    const entry = item.entryId ? byId.get(item.entryId) : undefined;
    const doneAt = entry?.status === 'done' ? entry.updatedAt : undefined;
    let outcome: DueOutcome;
    if (doneAt) outcome = Date.parse(doneAt) <= deadline ? 'onTime' : 'late';
    else if (item.state === 'handled') outcome = 'handled';
    else outcome = asOf.getTime() > deadline ? 'overdue' : 'open';
    rows.push({ kind: item.kind, id: item.id, marketplace: item.marketplace, entity: item.entity, rating: item.rating, date: item.date, due: item.due, outcome, ...(doneAt ? { doneAt } : {}) });
  }
  rows.sort((a, b) => compareText(a.due, b.due) || compareText(a.kind, b.kind) || compareText(a.id, b.id));
  const counts: DueCounts = { total: rows.length, onTime: 0, late: 0, handled: 0, open: 0, overdue: 0 };
  for (const row of rows) counts[row.outcome]++;
  return { counts, items: rows };
}

/**
 * Return rate and CX health, week over week: per SKU and metric its last value of the week against its
 * last value before the week (in the look-back days); the biggest changes first, `count` per metric.
 */
export function cxMovers(rows: readonly Snapshot[], week: DayRange, count = 10): CxMover[] {
  const out: CxMover[] = [];
  for (const byDay of seriesOf(rows, new Set<MetricId>(['returnRate', 'cxHealth']), week.to).values()) {
    const days = [...byDay.keys()].sort();
    const lastDay = days.filter((d) => d >= week.from).at(-1);
    const beforeDay = days.filter((d) => d < week.from).at(-1);
    if (!lastDay || !beforeDay) continue;
    const before = byDay.get(beforeDay)!;
    const after = byDay.get(lastDay)!;
    const change = after.value - before.value;
    if (Math.abs(change) < 1e-9) continue;
    out.push({
      marketplace: after.marketplace,
      metric: after.metric as CxMover['metric'],
      entity: after.entity,
      before: { day: beforeDay, value: before.value },
      after: { day: lastDay, value: after.value },
      change,
    });
  }
  const sorted = out.sort((a, b) => compareText(a.metric, b.metric) || Math.abs(b.change) - Math.abs(a.change) || compareText(a.marketplace, b.marketplace) || compareText(a.entity, b.entity));
  const kept = new Map<string, number>();
  return sorted.filter((m) => {
    const n = kept.get(m.metric) ?? 0;
    kept.set(m.metric, n + 1);
    return n < count;
  });
}

const ALERT_RANK: Readonly<Record<string, number>> = { outOfStock: 2, reorderNow: 1 };

/** The SKUs whose restock values (alert or days of supply) breached on a day of the week, and whether an entry followed. */
export function restockActions(rows: readonly Snapshot[], entries: readonly Entry[], week: DayRange, settings?: Settings): RestockAction[] {
  const bySku = new Map<string, RestockAction>();
  for (const byDay of seriesOf(rows, new Set<MetricId>(['restockAlert', 'daysOfSupply']), week.to).values()) {
    for (const [day, row] of byDay) {
      if (day < week.from) continue;
      const evaluation = evaluate({ marketplace: row.marketplace, scope: row.scope, entity: row.entity, metric: row.metric, value: row.value, day }, [], settings);
      if (evaluation?.level !== 'breach') continue;
      const key = `${row.marketplace}|${row.entity}`;
      const action = bySku.get(key) ?? { marketplace: row.marketplace, sku: row.entity, from: day, to: day, logged: false, done: false };
      bySku.set(key, action);
      if (day < action.from) action.from = day;
      if (day > action.to) action.to = day;
      if (row.metric === 'restockAlert') {
        const word = row.status ?? statusWordOf('restockAlert', row.value);
        if (word && (ALERT_RANK[word] ?? 0) > (action.alert ? (ALERT_RANK[action.alert] ?? 0) : -1)) action.alert = word;
      } else if (action.daysOfSupply === undefined || row.value < action.daysOfSupply) action.daysOfSupply = row.value;
    }
  }
  for (const action of bySku.values()) {
    const logged = entries.filter(
      (e) => e.entity === action.sku && e.marketplace === action.marketplace && e.module === 'inventory' && e.day >= action.from && e.day <= week.to,
    );
    action.logged = logged.length > 0;
    action.done = logged.some((e) => e.status === 'done');
  }
  return [...bySku.values()].sort((a, b) => Number(a.logged) - Number(b.logged) || compareText(a.from, b.from) || compareText(a.marketplace, b.marketplace) || compareText(a.sku, b.sku));
}

export function computeWeeklyOps(input: WeeklyOpsInput): WeeklyOps {
  const { week, snapshots, entries } = input;
  return {
    statusChanges: listingStatusChanges(snapshots, week),
    due: dueOutcomes(input.dueItems, entries, week, input.asOf),
    cxMovers: cxMovers(snapshots, week, input.moverCount ?? 10),
    restock: restockActions(snapshots, entries, week, input.settings),
  };
}
