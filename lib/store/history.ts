/**
 * Daily series from the snapshots table: what rules that read history (Buy Box three days running)
 * and the badge tooltips (last 7 days) need. A value's day is its single-day period's day, or the
 * capture day for point-in-time values; values for multi-day ranges are not daily values.
 */
import type { SellerOpsDb } from './db';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import { historyKey } from './messages';
import type { Snapshot } from './schema';
import { keyRange, seriesPrefix } from './snapshot-key';

export function dailyDayOf(s: Pick<Snapshot, 'period' | 'day'>): string | undefined {
  if (!s.period) return s.day;
  const from = s.period.slice(0, 10);
  return from === s.period.slice(12) ? from : undefined;
}

function shiftDay(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

/**
 * The rows of one series (marketplace, scope, entity, metric) that may hold a daily value for a day in
 * [from, until], read by the primary key (which starts with those four): point-in-time values captured
 * from `from` to the day after `until`, and values for periods that start in [from, until].
 */
export async function seriesRows(
  db: SellerOpsDb,
  marketplace: Marketplace,
  key: { scope: Scope; entity: string; metric: MetricId },
  from: string,
  until: string,
): Promise<Snapshot[]> {
  const series = seriesPrefix(marketplace, key.scope, key.entity, key.metric);
  const [pointInTime, ofPeriods] = await Promise.all([
    db.snapshots.where(':id').between(...keyRange.pointInTime(series, from, shiftDay(until, 1)), true, true).toArray(),
    db.snapshots.where(':id').between(...keyRange.periodsStarting(series, from, until), true, true).toArray(),
  ]);
  return [...pointInTime, ...ofPeriods];
}

export async function dailySeries(
  db: SellerOpsDb,
  marketplace: Marketplace,
  keys: readonly { scope: Scope; entity: string; metric: MetricId }[],
  until: string,
  days: number,
): Promise<Record<string, { day: string; value: number }[]>> {
  const from = shiftDay(until, -days);
  const series: Record<string, { day: string; value: number }[]> = {};
  await Promise.all(
    keys.map(async (key) => {
      const rows = await seriesRows(db, marketplace, key, from, until);
      const byDay = new Map<string, { value: number; capturedAt: string }>();
      for (const row of rows) {
        // Capture days run up to a day after the period they show (yesterday's report read today).
        if (row.day < from || row.day > shiftDay(until, 1)) continue;
        const day = dailyDayOf(row);
        if (!day || day < from || day > until) continue;
        const seen = byDay.get(day);
        if (!seen || row.capturedAt > seen.capturedAt) byDay.set(day, { value: row.value, capturedAt: row.capturedAt });
      }
      series[historyKey(key)] = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, value: v.value }));
    }),
  );
  return series;
}
