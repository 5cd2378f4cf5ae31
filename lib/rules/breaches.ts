/**
 * Rules applied to stored snapshots: which values of a day (or a range of days) are out of bounds.
 * Shared by the popup (today's breaches by module), the toolbar badge count and the weekly review.
 */
import type { SellerOpsDb } from '../store/db';
import { valuesOfDay, type CapturedPages } from '../store/day-index';
import { digestsOfDays } from '../store/day-digest';
import { ADAPTER_IDS } from '../read/record';
import { shiftDay } from '../read/day';
import { SCOPES } from '../read/metrics';
import { dailyDayOf, seriesRows } from '../store/history';
import { BUY_BOX_FLOOR, RULED_METRICS, evaluate, type Evaluation } from './';
import type { Snapshot } from '../store/schema';
import type { Settings } from '../store/settings';

export interface EvaluatedSnapshot {
  snapshot: Snapshot;
  evaluation: Evaluation;
}

function seriesKey(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric'>): string {
  return `${s.marketplace}|${s.scope}|${s.entity}|${s.metric}`;
}

/**
 * Evaluates every ruled snapshot in `rows`, using `history` (any snapshots, e.g. the days before)
 * for rules that read earlier days. Pure: no database access.
 */
export function evaluateSnapshots(rows: readonly Snapshot[], history: readonly Snapshot[] = [], settings?: Settings): EvaluatedSnapshot[] {
  const daily = new Map<string, Map<string, number>>();
  for (const row of [...history, ...rows]) {
    if (row.metric !== 'buyBoxPct') continue;
    const day = dailyDayOf(row);
    if (!day) continue;
    const key = seriesKey(row);
    if (!daily.has(key)) daily.set(key, new Map());
    daily.get(key)!.set(day, row.value);
  }
  const out: EvaluatedSnapshot[] = [];
  for (const snapshot of rows) {
    if (!RULED_METRICS.has(snapshot.metric)) continue;
    const ownDay = dailyDayOf(snapshot);
    const day = ownDay ?? (snapshot.period ? snapshot.period.slice(12) : snapshot.day);
    const series = daily.get(seriesKey(snapshot));
    const earlier = series ? [...series].filter(([d]) => d < day).map(([d, value]) => ({ day: d, value })) : [];
    const evaluation = evaluate(
      { marketplace: snapshot.marketplace, scope: snapshot.scope, entity: snapshot.entity, metric: snapshot.metric, value: snapshot.value, day, multiDay: !ownDay },
      earlier,
      settings,
    );
    if (evaluation) out.push({ snapshot, evaluation });
  }
  return out;
}

/** What the breaches of a day are worked out from: the day's ruled values and, for the Buy Box rule, the days before. */
export interface RuledValuesOfDay {
  /** The day's values of ruled metrics. */
  today: Snapshot[];
  /** The Buy Box values of the three capture days before, of each ASIN below the floor that day. */
  before: Snapshot[];
}

/** Where a ruled value comes in a day's list: the day index's order (page kind, marketplace, metric, key). */
const PAGE_ORDER = new Map(ADAPTER_IDS.map((page, i) => [page, i]));
const METRIC_ORDER = new Map([...RULED_METRICS].map((metric, i) => [metric, i]));
const SCOPE_ORDER = new Map(SCOPES.map((scope, i) => [scope, i]));
function byDayOrder(a: Snapshot, b: Snapshot): number {
  return (
    PAGE_ORDER.get(a.page)! - PAGE_ORDER.get(b.page)! ||
    compareText(a.marketplace, b.marketplace) ||
    METRIC_ORDER.get(a.metric)! - METRIC_ORDER.get(b.metric)! ||
    SCOPE_ORDER.get(a.scope)! - SCOPE_ORDER.get(b.scope)! ||
    compareText(a.entity, b.entity) ||
    compareText(a.period ?? '', b.period ?? '')
  );
}
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The reads behind a day's breaches, which do not depend on the settings (the Buy Box floor is fixed):
 * the day's values that have a rule and the Buy Box values of the three days before, of each ASIN below
 * the floor that day. Both come from the days' digests (lib/store/day-digest.ts: a few rows, in one
 * read-only transaction, so a year of history costs nothing here; the popup and the toolbar badge run
 * this on every change); a day without digests (written before they were kept) is read from the day
 * index (`captured`, when the caller has `capturedOnDay` of the day, saves reading it again) and the Buy
 * Box days by their series' primary key. The values come in one order whichever way they were read.
 */
export async function ruledValuesOfDay(db: SellerOpsDb, day: string, captured?: CapturedPages | Promise<CapturedPages>): Promise<RuledValuesOfDay> {
  // The days are worked out once, not per ASIN or per row (a Date and an ISO string each time).
  const [from, until, first] = [shiftDay(day, -4), shiftDay(day, -1), shiftDay(day, -3)];
  const earlier = [first, shiftDay(day, -2), until];
  // The three days' Buy Box digests are read beside today's, not after them: a few keys, wanted whenever an
  // ASIN is below the floor today, and one wait fewer on the popup's way to its breaches.
  const [digested, before] = await Promise.all([digestsOfDays(db, [day]), digestsOfDays(db, earlier, ['buyBoxPct'])]);
  const today = (digested.get(day) ?? (await valuesOfDay(db, day, RULED_METRICS, captured))).sort(byDayOrder);
  const below = new Map<string, Snapshot>();
  for (const row of today) {
    if (row.metric === 'buyBoxPct' && row.value < BUY_BOX_FLOOR) below.set(`${row.marketplace}|${row.scope}|${row.entity}`, row);
  }
  if (!below.size) return { today, before: [] };
  if (earlier.every((d) => before.has(d))) {
    // Only the Buy Box rows were read; keep the ASINs below the floor today.
    const rows = earlier.flatMap((d) => before.get(d)!).filter((r) => below.has(`${r.marketplace}|${r.scope}|${r.entity}`));
    return { today, before: rows.sort(byDayOrder) };
  }
  // One read-only transaction for every ASIN's reads (two key ranges each): with a few hundred ASINs
  // below the floor, a transaction per read was most of the popup's wait for its breaches.
  const series = await db.transaction('r', db.snapshots, () =>
    Promise.all(
      [...below.values()].map(async (row) => {
        const rows = await seriesRows(db, row.marketplace, { scope: row.scope, entity: row.entity, metric: 'buyBoxPct' }, from, until);
        // The three capture days before this one (values shown for a day are read up to a day later).
        return rows.filter((r) => r.day >= first && r.day < day);
      }),
    ),
  );
  return { today, before: series.flat().sort(byDayOrder) };
}

/** The breaches among a day's ruled values under `settings`. Pure: no database access. */
export function breachesAmong(values: RuledValuesOfDay, settings?: Settings): EvaluatedSnapshot[] {
  return evaluateSnapshots(values.today, values.before, settings).filter((e) => e.evaluation.level === 'breach');
}

/** The values captured on `day` that breach their rule (`ruledValuesOfDay`, then `breachesAmong`). */
export async function breachesOfDay(db: SellerOpsDb, day: string, settings?: Settings, captured?: CapturedPages): Promise<EvaluatedSnapshot[]> {
  return breachesAmong(await ruledValuesOfDay(db, day, captured), settings);
}
