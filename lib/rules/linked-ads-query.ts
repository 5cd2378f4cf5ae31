/**
 * The background's side of the linked ads signals (issue 16): reads the stored links and the snapshots
 * they need, and hands them to the pure rules of lib/rules/linked-ads.ts. The overlay asks for the
 * entities on screen (campaign and ad group rows, inventory SKUs) and draws what comes back as badges.
 */
import * as z from 'zod/mini';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import { periodSchema } from '../read/record';
import { linksOf } from '../store/links';
import type { SellerOpsDb } from '../store/db';
import { DAY_INDEX, type Snapshot } from '../store/schema';
import type { Settings } from '../store/settings';
import { keyRange, seriesPrefix } from '../store/snapshot-key';
import {
  AD_GROUP_SEPARATOR,
  advertisedOutOfStock,
  advertisedProducts,
  campaignIds,
  campaignProfile,
  campaignsSpendingOn,
  latestStock,
  skusOfAsin,
  spendShares,
  type OutOfStockFinding,
  type SpendShares,
  type StockRow,
} from './linked-ads';
import { latestRestockBreaches, RESTOCK_LOOKBACK_DAYS, RESTOCK_METRICS, type RestockBreach, type RestockRow } from './restock-link';
import { shiftDay } from '../read/day';

const name = z.string().check(z.minLength(1), z.maxLength(500));

export const linkedRequestFields = {
  marketplace: z.enum(MARKETPLACES),
  /** The campaign manager's period, for the spend shares (absent elsewhere). */
  period: z.optional(periodSchema),
  campaigns: z.array(name).check(z.maxLength(5_000)),
  adGroups: z.array(z.object({ campaign: name, adGroup: name })).check(z.maxLength(5_000)),
  skus: z.array(name).check(z.maxLength(5_000)),
  split: z.object({ auto: z.number().check(z.gte(0), z.lte(100)), manual: z.number().check(z.gte(0), z.lte(100)), brand: z.number().check(z.gte(0), z.lte(100)), tolerance: z.number().check(z.gte(0), z.lte(100)) }),
  today: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** The IPI is below its breach bound: the SKUs in restock breach are wanted (issue 15). */
  restock: z.optional(z.boolean()),
};
const linkedRequestSchema = z.object(linkedRequestFields);
export type LinkedRequest = z.infer<typeof linkedRequestSchema>;

export interface LinkedReply {
  ok: true;
  /** By entity: a campaign name, or `campaign › ad group`. */
  outOfStock: Record<string, OutOfStockFinding>;
  shares?: SpendShares & { period: string; currency?: string };
  /** By SKU: the campaigns still spending on it. */
  spendingOn: Record<string, string[]>;
  /** When asked (`restock`): the SKUs whose latest restock values breach (lib/rules/restock-link.ts). */
  restock?: RestockBreach[];
}

/** Days back the spend of "still spending" is looked for. */
const SPENDING_DAYS = 14;
/** At most this many capture days are read for one period's spend. */
const MAX_PERIOD_DAYS = 120;

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < MAX_PERIOD_DAYS; day = shiftDay(day, 1)) days.push(day);
  return days;
}

/** Campaign spend rows captured on the days given (campaign manager, campaign scope). */
async function spendRows(db: SellerOpsDb, marketplace: Marketplace, days: readonly string[]): Promise<Snapshot[]> {
  const rows = await Promise.all(days.map((day) => db.snapshots.where(DAY_INDEX).equals([day, 'ads-campaigns', marketplace, 'spend']).toArray()));
  return rows.flat().filter((r) => r.scope === 'campaign');
}

/** The latest captured spend of each campaign among `rows`. */
function latestSpend(rows: readonly Snapshot[]): { spend: Map<string, number>; currency?: string } {
  const latest = new Map<string, Snapshot>();
  for (const row of rows) {
    const seen = latest.get(row.entity);
    if (!seen || row.capturedAt > seen.capturedAt) latest.set(row.entity, row);
  }
  const currency = [...latest.values()].find((r) => r.currency)?.currency;
  return { spend: new Map([...latest].map(([k, r]) => [k, r.value])), ...(currency ? { currency } : {}) };
}

/** Every captured `available` and `listingStatus` of the SKUs (point-in-time rows). */
async function stockRows(db: SellerOpsDb, marketplace: Marketplace, skus: Iterable<string>): Promise<StockRow[]> {
  const reads: Promise<Snapshot[]>[] = [];
  for (const sku of skus) {
    for (const metric of ['available', 'listingStatus'] as const) {
      reads.push(db.snapshots.where(':id').between(...keyRange.prefix(seriesPrefix(marketplace, 'sku', sku, metric)), true, true).toArray());
    }
  }
  return (await Promise.all(reads)).flat().flatMap((r) =>
    r.period === '' && (r.metric === 'available' || r.metric === 'listingStatus')
      ? [{ entity: r.entity, metric: r.metric, value: r.value, status: r.status, day: r.day, capturedAt: r.capturedAt }]
      : [],
  );
}

/** The restock values (restock page and Restock report files) stored in the `RESTOCK_LOOKBACK_DAYS` up to `today`. */
async function restockRows(db: SellerOpsDb, marketplace: Marketplace, today: string): Promise<RestockRow[]> {
  const reads: Promise<Snapshot[]>[] = [];
  for (let back = 0; back <= RESTOCK_LOOKBACK_DAYS; back++) {
    const day = shiftDay(today, -back);
    for (const metric of RESTOCK_METRICS) reads.push(db.snapshots.where(DAY_INDEX).equals([day, 'restock', marketplace, metric]).toArray());
  }
  return (await Promise.all(reads)).flat().flatMap((r) =>
    r.scope === 'sku' && r.period === '' ? [{ entity: r.entity, metric: r.metric as RestockRow['metric'], value: r.value, status: r.status, day: r.day, capturedAt: r.capturedAt }] : [],
  );
}

export function parseLinkedRequest(raw: unknown): LinkedRequest | undefined {
  const parsed = linkedRequestSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** `settings`: the assistant's rules, for judging the restock values as the pages do. */
export async function linkedSignals(db: SellerOpsDb, request: LinkedRequest, settings?: Settings): Promise<LinkedReply> {
  const { marketplace } = request;
  const links = await linksOf(db, marketplace);
  const ids = campaignIds(links);
  const asinSkus = skusOfAsin(links);

  // Which SKUs' stock the campaigns on screen need, and the inventory rows on screen.
  const skus = new Set(request.skus);
  const entities: { entity: string; campaign: string; adGroup?: string }[] = [
    ...request.campaigns.map((campaign) => ({ entity: campaign, campaign })),
    ...request.adGroups.map(({ campaign, adGroup }) => ({ entity: `${campaign}${AD_GROUP_SEPARATOR}${adGroup}`, campaign, adGroup })),
  ];
  for (const { campaign, adGroup } of entities) {
    for (const p of advertisedProducts(campaign, adGroup, links, ids)) {
      if (p.sku) skus.add(p.sku);
      if (p.asin) for (const sku of asinSkus.get(p.asin) ?? []) skus.add(sku);
    }
  }
  const stock = latestStock(await stockRows(db, marketplace, skus));

  const outOfStock: Record<string, OutOfStockFinding> = {};
  for (const { entity, campaign, adGroup } of entities) {
    const finding = advertisedOutOfStock(campaign, adGroup, links, stock, ids, asinSkus);
    if (finding) outOfStock[entity] = finding;
  }

  const reply: LinkedReply = { ok: true, outOfStock, spendingOn: {} };
  if (request.period) {
    const from = request.period.slice(0, 10);
    const { spend, currency } = latestSpend((await spendRows(db, marketplace, daysBetween(from, request.today))).filter((r) => r.period === request.period));
    const shares = spendShares(spend, (campaign) => campaignProfile(campaign, links, ids), request.split);
    if (shares) reply.shares = { ...shares, period: request.period, ...(currency ? { currency } : {}) };
  }
  const outSkus = request.skus.filter((sku) => stock.get(sku)?.out);
  if (outSkus.length) {
    const { spend } = latestSpend(await spendRows(db, marketplace, daysBetween(shiftDay(request.today, -SPENDING_DAYS), request.today)));
    for (const sku of outSkus) {
      const campaigns = campaignsSpendingOn(sku, links, spend, ids);
      if (campaigns.length) reply.spendingOn[sku] = campaigns;
    }
  }
  if (request.restock) reply.restock = latestRestockBreaches(await restockRows(db, marketplace, request.today), marketplace, settings);
  return reply;
}
