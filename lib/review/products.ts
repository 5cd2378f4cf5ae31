/**
 * The dashboard's Products tab (issue 16): each SKU's inventory turnover and days of cover from the
 * stored history (or why there is none: its ASIN unknown, too few days), and each child ASIN in its
 * launch window with the plan and what the history shows against it.
 */
import type { SellerOpsDb } from '../store/db';
import { loadAsins, loadSkuAsin, skusOf } from '../store/links';
import type { Marketplace } from '../read/marketplaces';
import { readSeries } from '../rules/linked-store';
import {
  inventoryTurnover,
  launchPlan,
  launchProgress,
  launchReviewsSeen,
  launchStart,
  shiftDay,
  TURNOVER_WINDOW_DAYS,
  type DayValue,
  type LaunchPlan,
  type LaunchProgress,
  type TurnoverResult,
} from '../rules/linked-history';
import { entitiesOf } from './queries';

export interface TurnoverRow {
  sku: string;
  asin?: string;
  result: TurnoverResult;
}

/** Turnover of every SKU with stock values in the marketplace, on `day`. */
export async function turnoverRows(db: SellerOpsDb, marketplace: Marketplace, day: string): Promise<TurnoverRow[]> {
  const links = await loadSkuAsin(db, marketplace);
  const skus = (await entitiesOf(db, marketplace, 'available')).map((e) => e.entity);
  const from = shiftDay(day, -(TURNOVER_WINDOW_DAYS - 1));
  const available = new Map<string, DayValue[]>();
  const stockOf = async (sku: string) => {
    if (!available.has(sku)) available.set(sku, (await readSeries(db, marketplace, { scope: 'sku', entity: sku, metric: 'available' }, from, day)).daily);
    return available.get(sku)!;
  };
  const rows: TurnoverRow[] = [];
  for (const sku of skus) {
    const asin = links[sku]?.asin;
    if (!asin) {
      rows.push({ sku, result: { ok: false, reason: 'asinUnknown' } });
      continue;
    }
    const stock: Record<string, DayValue[]> = {};
    for (const s of skusOf(links, asin)) stock[s] = await stockOf(s);
    const units = await readSeries(db, marketplace, { scope: 'asin', entity: asin, metric: 'unitsOrdered' }, from, day);
    rows.push({ sku, asin, result: inventoryTurnover({ day, asin, available: stock, unitsDaily: units.daily, unitsPeriods: units.periods }) });
  }
  return rows;
}

export interface LaunchRow {
  asin: string;
  marked: boolean;
  plan: LaunchPlan;
  progress: LaunchProgress;
  /** Reviews below 4 stars seen on Customer Reviews pages since the launch (undefined: no such page read since). */
  reviewsSeen?: { below4: number; lastRead: string };
  /** The latest star rating of its SKUs (Voice of the Customer), where read. */
  starRating?: { value: number; day: string; sku: string };
}

/** The child ASINs in their first 30 days: marked new, or first seen after the marketplace's first capture. */
export async function launchRows(db: SellerOpsDb, marketplace: Marketplace, today: string): Promise<LaunchRow[]> {
  const asins = await loadAsins(db, marketplace);
  const firstCapture = Object.values(asins).reduce<string | undefined>((m, a) => (!m || a.firstSeen < m ? a.firstSeen : m), undefined);
  if (!firstCapture) return [];
  const links = await loadSkuAsin(db, marketplace);
  const reviews = (await db.dueItems.toArray()).filter((d) => d.kind === 'review' && d.marketplace === marketplace);
  const visits = (await db.pageVisits.toArray()).filter((v) => v.page === 'reviews' && v.marketplace === marketplace).map((v) => v.day);
  const rows: LaunchRow[] = [];
  for (const [asin, seen] of Object.entries(asins)) {
    if (seen.notNew && !seen.marked) continue;
    const start = launchStart(seen, firstCapture);
    if (!start) continue;
    const plan = launchPlan(start, today);
    if (!plan.active) continue;
    const [sessions, units] = await Promise.all(
      (['sessions', 'unitsOrdered'] as const).map((metric) => readSeries(db, marketplace, { scope: 'asin', entity: asin, metric }, plan.start, plan.end)),
    );
    const reviewsSeen = launchReviewsSeen(plan, asin, reviews, visits);
    let starRating: LaunchRow['starRating'];
    for (const sku of skusOf(links, asin)) {
      const stars = (await readSeries(db, marketplace, { scope: 'sku', entity: sku, metric: 'starRating' }, shiftDay(today, -90), today)).daily.at(-1);
      if (stars && (!starRating || stars.day > starRating.day)) starRating = { value: stars.value, day: stars.day, sku };
    }
    rows.push({
      asin,
      marked: !!seen.marked,
      plan,
      progress: launchProgress(plan, { sessions: sessions!.daily, unitsOrdered: units!.daily }),
      ...(reviewsSeen ? { reviewsSeen } : {}),
      ...(starRating ? { starRating } : {}),
    });
  }
  return rows.sort((a, b) => a.plan.start.localeCompare(b.plan.start) || a.asin.localeCompare(b.asin));
}

