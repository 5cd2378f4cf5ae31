/**
 * Daily series from the snapshots table: what rules that read history (Buy Box three days running)
 * and the badge tooltips (last 7 days) need. A value's day is its single-day period's day, or the
 * capture day for point-in-time values; values for multi-day ranges are not daily values.
 */
import type { SellerOpsDb } from './db';
import type { Marketplace } from './marketplaces';
import type { MetricId, Scope } from './metrics';
import { historyKey } from './messages';
import type { Snapshot } from './schema';

export function dailyDayOf(s: Pick<Snapshot, 'period' | 'day'>): string | undefined {
  if (!s.period) return s.day;
  const from = s.period.slice(0, 10);
  return from === s.period.slice(12) ? from : undefined;
}

function shiftDay(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
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
      // Capture days run up to a day after the period they show (yesterday's report read today).
      const rows = await db.snapshots
        .where('[marketplace+metric+entity+day]')
        .between([marketplace, key.metric, key.entity, from], [marketplace, key.metric, key.entity, shiftDay(until, 1)], true, true)
        .toArray();
      const byDay = new Map<string, { value: number; capturedAt: string }>();
      for (const row of rows) {
        if (row.scope !== key.scope) continue;
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
