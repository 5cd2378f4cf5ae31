/**
 * Linked signals computed from the stored history (contract §8, issue 16): inventory turnover and days
 * of cover per SKU, the change of an ASIN's sessions against the 14 days before, the top child ASIN's
 * share of the period's sales, and a new ASIN's launch plan. Pure functions of hand-given series: the
 * reads that feed them are in `linked-store.ts`. A figure the history cannot support is refused with its
 * reason, never guessed: a missing day is missing (not zero), and a SKU whose ASIN is not known has no
 * turnover.
 */

export interface DayValue {
  day: string;
  value: number;
}

/** A value shown for a chosen date range `YYYY-MM-DD..YYYY-MM-DD` (Business Reports). */
export interface PeriodValue {
  period: string;
  value: number;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

export function shiftDay(day: string, delta: number): string {
  return new Date((dayNumber(day) + delta) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------------
// Inventory turnover

/** At least this many days of history (first to last day with a value) on both sides of the ratio. */
export const TURNOVER_MIN_DAYS = 28;
/** Turnover reads at most this many days back. */
export const TURNOVER_WINDOW_DAYS = 365;
/**
 * A SKU absent from every inventory capture for longer than this was not listed: when it comes back
 * (relisted), its history starts again, so the days it was away count neither as zero stock nor as sales.
 */
export const RELIST_GAP_DAYS = 30;

export type TurnoverRefusal = 'asinUnknown' | 'shortHistory' | 'noStock';

export type TurnoverResult =
  | {
      ok: true;
      /** Units sold per year ÷ average available, 2 decimals. */
      turnover: number;
      /** Latest available ÷ units sold per day, whole days; undefined when nothing sold. */
      daysOfCover: number | undefined;
      unitsPerDay: number;
      averageAvailable: number;
      /** Days of history the figure stands on (the shorter of the two sides' spans). */
      days: number;
      from: string;
    }
  | { ok: false; reason: TurnoverRefusal; days?: number };

export interface TurnoverInput {
  /** The day the figure is for (the inventory capture's day). */
  day: string;
  /** The ASIN of the SKU, from the inventory pages' SKU ↔ ASIN link; undefined when not known. */
  asin: string | undefined;
  /**
   * Daily `available` of every SKU of that ASIN (usually one), keyed by SKU, the days they were captured.
   * Units are sold per ASIN, so several SKUs of one ASIN share the ASIN's turnover.
   */
  available: Readonly<Record<string, readonly DayValue[]>>;
  /** The ASIN's `unitsOrdered` shown for single days. */
  unitsDaily: readonly DayValue[];
  /** The ASIN's `unitsOrdered` shown for chosen date ranges (one value per range, the latest capture). */
  unitsPeriods?: readonly PeriodValue[];
}

/** The days since the SKU was last listed again after an absence longer than RELIST_GAP_DAYS. */
function sinceRelisted(days: readonly string[]): string | undefined {
  const sorted = [...days].sort();
  let start = sorted[0];
  for (let i = 1; i < sorted.length; i++) if (daysBetween(sorted[i - 1]!, sorted[i]!) > RELIST_GAP_DAYS) start = sorted[i];
  return start;
}

/**
 * Units sold over the window from intervals that do not overlap: ranges first (longest first), then the
 * single days they leave uncovered. Returns the units, the days covered and the first and last day.
 */
export function unitsCovered(daily: readonly DayValue[], periods: readonly PeriodValue[], from: string, until: string): { units: number; covered: number; first?: string; last?: string } {
  const intervals = [
    ...periods.map((p) => ({ from: p.period.slice(0, 10), to: p.period.slice(12), value: p.value })),
    ...daily.map((d) => ({ from: d.day, to: d.day, value: d.value })),
  ]
    .filter((i) => i.from >= from && i.to <= until)
    .sort((a, b) => daysBetween(b.from, b.to) - daysBetween(a.from, a.to) || a.from.localeCompare(b.from));
  const taken: { from: string; to: string; value: number }[] = [];
  for (const i of intervals) if (!taken.some((t) => i.from <= t.to && t.from <= i.to)) taken.push(i);
  if (!taken.length) return { units: 0, covered: 0 };
  return {
    units: taken.reduce((s, i) => s + i.value, 0),
    covered: taken.reduce((s, i) => s + daysBetween(i.from, i.to) + 1, 0),
    first: taken.reduce((m, i) => (i.from < m ? i.from : m), taken[0]!.from),
    last: taken.reduce((m, i) => (i.to > m ? i.to : m), taken[0]!.to),
  };
}

export function inventoryTurnover(input: TurnoverInput): TurnoverResult {
  if (!input.asin) return { ok: false, reason: 'asinUnknown' };
  const windowStart = shiftDay(input.day, -(TURNOVER_WINDOW_DAYS - 1));
  // Each SKU's captured days in the window, from its latest listing on.
  // Sales are read from the window's start, or from the SKU's return when it was relisted.
  let salesFrom = windowStart;
  const perSku = Object.values(input.available).map((series) => {
    const inWindow = series.filter((v) => v.day >= windowStart && v.day <= input.day);
    const start = sinceRelisted(inWindow.map((v) => v.day));
    if (start && inWindow.some((v) => v.day < start) && start > salesFrom) salesFrom = start;
    return start ? inWindow.filter((v) => v.day >= start) : [];
  });
  const withValues = perSku.filter((s) => s.length > 0);
  if (!withValues.length) return { ok: false, reason: 'shortHistory', days: 0 };
  const from = withValues.map((s) => s.reduce((m, v) => (v.day < m ? v.day : m), s[0]!.day)).sort()[0]!;
  const last = withValues.map((s) => s.reduce((m, v) => (v.day > m ? v.day : m), s[0]!.day)).sort().at(-1)!;
  const stockDays = daysBetween(from, last) + 1;
  const sold = unitsCovered(input.unitsDaily, input.unitsPeriods ?? [], salesFrom, input.day);
  const salesDays = sold.first && sold.last ? daysBetween(sold.first, sold.last) + 1 : 0;
  const days = Math.min(stockDays, salesDays);
  if (days < TURNOVER_MIN_DAYS) return { ok: false, reason: 'shortHistory', days };
  // Missing days are left out of both sides: the mean of the days that were seen.
  const averageAvailable = withValues.reduce((sum, s) => sum + s.reduce((a, v) => a + v.value, 0) / s.length, 0);
  if (averageAvailable <= 0) return { ok: false, reason: 'noStock', days };
  const unitsPerDay = sold.units / sold.covered;
  const latest = withValues.reduce((sum, s) => sum + [...s].sort((a, b) => a.day.localeCompare(b.day)).at(-1)!.value, 0);
  return {
    ok: true,
    turnover: round2((unitsPerDay * 365) / averageAvailable),
    daysOfCover: unitsPerDay > 0 ? Math.floor(latest / unitsPerDay) : undefined,
    unitsPerDay: round2(unitsPerDay),
    averageAvailable: round2(averageAvailable),
    days,
    from,
  };
}

// ---------------------------------------------------------------------------------------------------
// Sessions change (traffic drop)

/** Sessions are compared with this many days before the value's first day. */
export const SESSIONS_BASELINE_DAYS = 14;
/** At least this many of those days must have a value. */
export const SESSIONS_MIN_BASELINE_DAYS = 7;

export type SessionsChangeResult =
  | { ok: true; change: number; currentPerDay: number; baselinePerDay: number; baselineDays: number }
  | { ok: false; reason: 'shortHistory' | 'noBaseline'; baselineDays: number };

/**
 * Percent change of sessions per day over `period` (a single day or a chosen range) against the
 * sessions per day of the 14 days before it: from a stored range of exactly those 14 days, else from the
 * single days stored in them (at least 7; missing days are left out, not zero).
 */
export function sessionsChange(input: { period: string; value: number; daily: readonly DayValue[]; periods?: readonly PeriodValue[] }): SessionsChangeResult {
  const from = input.period.slice(0, 10);
  const to = input.period.slice(12);
  const baseFrom = shiftDay(from, -SESSIONS_BASELINE_DAYS);
  const baseTo = shiftDay(from, -1);
  const exact = input.periods?.find((p) => p.period === `${baseFrom}..${baseTo}`);
  let baselinePerDay: number;
  let baselineDays: number;
  if (exact) {
    baselinePerDay = exact.value / SESSIONS_BASELINE_DAYS;
    baselineDays = SESSIONS_BASELINE_DAYS;
  } else {
    const days = new Map(input.daily.filter((d) => d.day >= baseFrom && d.day <= baseTo).map((d) => [d.day, d.value]));
    baselineDays = days.size;
    if (baselineDays < SESSIONS_MIN_BASELINE_DAYS) return { ok: false, reason: 'shortHistory', baselineDays };
    baselinePerDay = [...days.values()].reduce((a, b) => a + b, 0) / baselineDays;
  }
  if (baselinePerDay <= 0) return { ok: false, reason: 'noBaseline', baselineDays };
  const currentPerDay = input.value / (daysBetween(from, to) + 1);
  return { ok: true, change: round2(((currentPerDay - baselinePerDay) / baselinePerDay) * 100), currentPerDay: round2(currentPerDay), baselinePerDay: round2(baselinePerDay), baselineDays };
}

// ---------------------------------------------------------------------------------------------------
// Sales concentration

export type ConcentrationResult = { ok: true; share: number; asin: string; total: number; asins: number } | { ok: false; reason: 'noSales' | 'mixedCurrencies' };

/** The top child ASIN's share of the period's ordered product sales, percent with 2 decimals. */
export function salesConcentration(sales: readonly { asin: string; value: number; currency?: string | undefined }[]): ConcentrationResult {
  if (new Set(sales.map((s) => s.currency)).size > 1) return { ok: false, reason: 'mixedCurrencies' };
  const total = sales.reduce((s, r) => s + r.value, 0);
  if (!(total > 0)) return { ok: false, reason: 'noSales' };
  const top = sales.reduce((best, r) => (r.value > best.value || (r.value === best.value && r.asin < best.asin) ? r : best), sales[0]!);
  return { ok: true, share: round2((top.value / total) * 100), asin: top.asin, total: round2(total), asins: sales.length };
}

// ---------------------------------------------------------------------------------------------------
// Launch window

export const LAUNCH_DAYS = 30;
export const LAUNCH_REVIEWS_GOAL = 50;
export const LAUNCH_BUDGET_START = 20;
export const LAUNCH_BUDGET_WEEKLY_RISE = 0.2;

export interface LaunchWeek {
  week: number;
  from: string;
  to: string;
  /** The plan's ad budget per day that week (marketplace currency). */
  budgetPerDay: number;
}

export interface LaunchPlan {
  start: string;
  end: string;
  /** Day of the launch, 1 on the start day; above 30 once the window is over. */
  dayOfLaunch: number;
  active: boolean;
  weeks: LaunchWeek[];
  /** This week's planned budget per day (the last week's once the window is over). */
  budgetToday: number;
  reviewsGoal: number;
}

/** The launch plan from `start`: 30 days; reviews toward 50; ad budget $20 a day, 20% more each week. */
export function launchPlan(start: string, today: string): LaunchPlan {
  const weeks: LaunchWeek[] = [];
  for (let w = 0; w * 7 < LAUNCH_DAYS; w++) {
    const to = shiftDay(start, Math.min(w * 7 + 6, LAUNCH_DAYS - 1));
    weeks.push({ week: w + 1, from: shiftDay(start, w * 7), to, budgetPerDay: round2(LAUNCH_BUDGET_START * (1 + LAUNCH_BUDGET_WEEKLY_RISE) ** w) });
  }
  const dayOfLaunch = daysBetween(start, today) + 1;
  const current = weeks.find((w) => today >= w.from && today <= w.to) ?? weeks.at(-1)!;
  return { start, end: shiftDay(start, LAUNCH_DAYS - 1), dayOfLaunch, active: dayOfLaunch >= 1 && dayOfLaunch <= LAUNCH_DAYS, weeks, budgetToday: current.budgetPerDay, reviewsGoal: LAUNCH_REVIEWS_GOAL };
}

export interface LaunchProgress {
  /** Sessions and units ordered over the launch days seen so far (single-day values). */
  sessions: number | undefined;
  unitsOrdered: number | undefined;
  daysSeen: number;
  /** Latest review count seen, where a page shows one (none does yet): undefined = not known. */
  reviews: number | undefined;
  /** Latest ad spend per day of the campaigns advertising it, where known. */
  spendPerDay: number | undefined;
}

/** What the history shows against the plan: sums of the launch days' single-day values. */
export function launchProgress(plan: LaunchPlan, history: { sessions?: readonly DayValue[]; unitsOrdered?: readonly DayValue[]; reviews?: readonly DayValue[]; spend?: readonly DayValue[] }): LaunchProgress {
  const inWindow = (s: readonly DayValue[] | undefined) => (s ?? []).filter((v) => v.day >= plan.start && v.day <= plan.end);
  const sum = (s: readonly DayValue[]) => (s.length ? s.reduce((a, v) => a + v.value, 0) : undefined);
  const latest = (s: readonly DayValue[]) => [...s].sort((a, b) => a.day.localeCompare(b.day)).at(-1)?.value;
  const sessions = inWindow(history.sessions);
  const units = inWindow(history.unitsOrdered);
  return {
    sessions: sum(sessions),
    unitsOrdered: sum(units),
    daysSeen: new Set([...sessions, ...units].map((v) => v.day)).size,
    reviews: latest(inWindow(history.reviews)),
    spendPerDay: latest(inWindow(history.spend)),
  };
}

/**
 * What the history says of an ASIN's reviews in its launch window, while no page read shows its review
 * count: the reviews below 4 stars seen on Customer Reviews pages (they are kept as due items, contract
 * §7; 4 and 5 stars are not kept, so this is no count toward the goal) from the launch's first day, and
 * the last day such a page was read. Undefined when no Customer Reviews page was read since the launch.
 */
export function launchReviewsSeen(
  plan: Pick<LaunchPlan, 'start' | 'end'>,
  asin: string,
  reviews: readonly { kind: string; entity: string; date: string }[],
  visits: readonly string[],
): { below4: number; lastRead: string } | undefined {
  const read = visits.filter((d) => d >= plan.start).sort();
  if (!read.length) return undefined;
  const below4 = reviews.filter((r) => r.kind === 'review' && r.entity === asin && r.date >= plan.start && r.date <= plan.end).length;
  return { below4, lastRead: read.at(-1)! };
}

/**
 * When an ASIN's launch starts: the day it was marked new, else the day it was first seen, provided that
 * was after the marketplace's first capture of such pages (an ASIN there from the first day is not new:
 * the extension simply started watching).
 */
export function launchStart(asin: { firstSeen: string; marked?: string | undefined }, marketplaceFirstCapture: string): string | undefined {
  if (asin.marked) return asin.marked;
  return asin.firstSeen > marketplaceFirstCapture ? asin.firstSeen : undefined;
}
