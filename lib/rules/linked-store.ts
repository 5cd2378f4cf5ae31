/**
 * The linked signals from history (contract §8, issue 16), computed by the background right after it
 * stores a capture: each inventory `available` value gets its SKU's `inventoryTurnover`, each Business
 * Reports `sessions` value its ASIN's `sessionsChange`, each Business Reports period its
 * `salesConcentration`. They are stored as snapshots like any read value (so badges, breaches, the day's
 * report and history charts take them up) and handed back to the page for its badges, together with
 * the figures the history could not support and why (an unknown ASIN is said, never guessed).
 */
import { getDb, type SellerOpsDb } from '../store/db';
import type { CaptureReply } from '../store/messages';
import { dailyDayOf, seriesRows } from '../store/history';
import { ASIN_PATTERN, loadSkuAsin, rememberAsins, rememberSkuAsin, skusOf, type LinkedReply, type SkuAsinLinks } from '../store/links';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import { DAY_INDEX, snapshotSchema, type Snapshot } from '../store/schema';
import {
  inventoryTurnover,
  SESSIONS_BASELINE_DAYS,
  salesConcentration,
  sessionsChange,
  shiftDay,
  TURNOVER_WINDOW_DAYS,
  type DayValue,
  type PeriodValue,
} from './linked-history';

export type LinkedResult = LinkedReply;

/** The key a linked value's detail is filed under: `marketplace|scope|entity|metric|period`. */
export function linkedKey(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric' | 'period'>): string {
  return `${s.marketplace}|${s.scope}|${s.entity}|${s.metric}|${s.period}`;
}

type SeriesKey = { scope: Scope; entity: string; metric: MetricId };

/** One series' values in [from, until]: single days (latest capture per day) and ranges (latest per range). */
export async function readSeries(db: SellerOpsDb, marketplace: Marketplace, key: SeriesKey, from: string, until: string): Promise<{ daily: DayValue[]; periods: PeriodValue[] }> {
  const rows = await seriesRows(db, marketplace, key, from, until);
  const byDay = new Map<string, Snapshot>();
  const byPeriod = new Map<string, Snapshot>();
  for (const row of rows) {
    const day = dailyDayOf(row);
    if (day) {
      if (day < from || day > until) continue;
      const seen = byDay.get(day);
      if (!seen || row.capturedAt > seen.capturedAt) byDay.set(day, row);
    } else {
      if (row.period.slice(12) > until) continue;
      const seen = byPeriod.get(row.period);
      if (!seen || row.capturedAt > seen.capturedAt) byPeriod.set(row.period, row);
    }
  }
  return {
    daily: [...byDay].map(([day, r]) => ({ day, value: r.value })).sort((a, b) => a.day.localeCompare(b.day)),
    periods: [...byPeriod].map(([period, r]) => ({ period, value: r.value })),
  };
}

function derived(base: Snapshot, fields: Pick<Snapshot, 'scope' | 'entity' | 'metric' | 'value' | 'unit'>, at: string): Snapshot {
  return { marketplace: base.marketplace, source: base.source, page: base.page, period: base.period, day: base.day, capturedAt: at, ...fields };
}

async function turnoverOf(db: SellerOpsDb, row: Snapshot, links: SkuAsinLinks, at: string, out: LinkedResult): Promise<void> {
  const asin = links[row.entity]?.asin;
  const from = shiftDay(row.day, -(TURNOVER_WINDOW_DAYS - 1));
  if (!asin) {
    out.gaps.push({ marketplace: row.marketplace, scope: 'sku', entity: row.entity, metric: 'inventoryTurnover', reason: 'asinUnknown' });
    return;
  }
  const skus = skusOf(links, asin);
  const available: Record<string, DayValue[]> = {};
  await Promise.all(
    skus.map(async (sku) => {
      available[sku] = (await readSeries(db, row.marketplace, { scope: 'sku', entity: sku, metric: 'available' }, from, row.day)).daily;
    }),
  );
  const units = await readSeries(db, row.marketplace, { scope: 'asin', entity: asin, metric: 'unitsOrdered' }, from, row.day);
  const result = inventoryTurnover({ day: row.day, asin, available, unitsDaily: units.daily, unitsPeriods: units.periods });
  if (!result.ok) {
    out.gaps.push({ marketplace: row.marketplace, scope: 'sku', entity: row.entity, metric: 'inventoryTurnover', reason: result.reason, ...(result.days !== undefined ? { days: result.days } : {}) });
    return;
  }
  const snapshot = derived(row, { scope: 'sku', entity: row.entity, metric: 'inventoryTurnover', value: result.turnover, unit: 'ratio' }, at);
  out.rows.push(snapshot);
  out.details[linkedKey(snapshot)] = { asin, days: result.days, ...(result.daysOfCover !== undefined ? { daysOfCover: result.daysOfCover } : {}) };
}

async function sessionsChangeOf(db: SellerOpsDb, row: Snapshot, at: string, out: LinkedResult): Promise<void> {
  const period = row.period || `${row.day}..${row.day}`;
  const first = period.slice(0, 10);
  const before = await readSeries(db, row.marketplace, { scope: 'asin', entity: row.entity, metric: 'sessions' }, shiftDay(first, -SESSIONS_BASELINE_DAYS), shiftDay(first, -1));
  const result = sessionsChange({ period, value: row.value, daily: before.daily, periods: before.periods });
  if (!result.ok) {
    out.gaps.push({ marketplace: row.marketplace, scope: 'asin', entity: row.entity, metric: 'sessionsChange', reason: result.reason, days: result.baselineDays });
    return;
  }
  const snapshot = derived(row, { scope: 'asin', entity: row.entity, metric: 'sessionsChange', value: result.change, unit: 'percent' }, at);
  out.rows.push(snapshot);
  out.details[linkedKey(snapshot)] = { days: result.baselineDays };
}

async function concentrationOf(db: SellerOpsDb, row: Snapshot, at: string, out: LinkedResult): Promise<void> {
  // Every child ASIN of this period seen today (the pages of a long report add up).
  const sales = (await db.snapshots.where(DAY_INDEX).equals([row.day, 'business-reports', row.marketplace, 'orderedProductSales']).toArray()).filter(
    (r) => r.scope === 'asin' && r.period === row.period,
  );
  const result = salesConcentration(sales.map((r) => ({ asin: r.entity, value: r.value, currency: r.currency })));
  if (!result.ok) {
    out.gaps.push({ marketplace: row.marketplace, scope: 'account', entity: 'account', metric: 'salesConcentration', reason: result.reason });
    return;
  }
  const snapshot = derived(row, { scope: 'account', entity: 'account', metric: 'salesConcentration', value: result.share, unit: 'percent' }, at);
  out.rows.push(snapshot);
  out.details[linkedKey(snapshot)] = { asin: result.asin };
}

/**
 * After a capture is stored: remembers the SKU ↔ ASIN links and the ASINs seen, computes the linked
 * signals the stored rows call for, and stores them. Pure of the page: reads only the database.
 */
export async function deriveLinked(db: SellerOpsDb, stored: readonly Snapshot[], links: readonly { sku: string; asin: string }[] = [], now: Date = new Date()): Promise<LinkedResult> {
  const out: LinkedResult = { rows: [], details: {}, gaps: [] };
  if (!stored.length) return out;
  const at = now.toISOString();
  const byMarketplace = new Map<Marketplace, Snapshot[]>();
  for (const row of stored) byMarketplace.set(row.marketplace, [...(byMarketplace.get(row.marketplace) ?? []), row]);
  for (const [marketplace, rows] of byMarketplace) {
    const day = rows[0]!.day;
    const skuAsin = links.length && rows.some((r) => r.page === 'inventory') ? await rememberSkuAsin(db, marketplace, links, day) : await loadSkuAsin(db, marketplace);
    const asins = new Set([...rows.filter((r) => r.scope === 'asin').map((r) => r.entity), ...links.map((l) => l.asin)].filter((a) => ASIN_PATTERN.test(a)));
    if (asins.size) await rememberAsins(db, marketplace, asins, day);
    const periods = new Map<string, Snapshot>();
    const work: Promise<void>[] = [];
    for (const row of rows) {
      if (row.page === 'inventory' && row.metric === 'available') work.push(turnoverOf(db, row, skuAsin, at, out));
      if (row.page === 'business-reports' && row.metric === 'sessions' && row.scope === 'asin') work.push(sessionsChangeOf(db, row, at, out));
      if (row.page === 'business-reports' && row.metric === 'orderedProductSales' && row.scope === 'asin') periods.set(row.period, row);
    }
    for (const row of periods.values()) work.push(concentrationOf(db, row, at, out));
    await Promise.all(work);
  }
  if (out.rows.length) await db.snapshots.bulkPut(out.rows);
  return out;
}

/**
 * The background's capture reply with the linked signals of the rows it stored (the rows that passed
 * validation, re-checked here). A failure here never fails the capture: the values are stored.
 */
export async function withLinked(reply: CaptureReply, rows: readonly unknown[], links?: readonly { sku: string; asin: string }[], db: SellerOpsDb = getDb()): Promise<CaptureReply> {
  if (!reply.ok || !reply.stored) return reply;
  const rejected = new Set(reply.rejected.map((r) => r.index));
  const stored = rows.flatMap((row, index) => {
    const page = (row as { page?: unknown } | null)?.page;
    if (rejected.has(index) || (page !== 'inventory' && page !== 'business-reports')) return [];
    const parsed = snapshotSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  try {
    const linked = await deriveLinked(db, stored, links);
    return linked.rows.length || linked.gaps.length ? { ...reply, linked } : reply;
  } catch {
    return reply;
  }
}
