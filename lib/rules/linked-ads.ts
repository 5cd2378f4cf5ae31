/**
 * Linked ads signals (contract §8, issue 16) as pure functions of stored links and snapshots: no page
 * shows them, several pages together do.
 *
 * - `advertisedOutOfStock`: a campaign (or ad group) advertises products (Advertised products pages) that are
 *   out of stock on their latest inventory capture (`available` 0 or `listingStatus` `outOfStock`).
 * - `autoSpendShare` / `manualSpendShare` / `brandSpendShare`: the period's spend of SP automatic, SP manual
 *   and SB campaigns as percent of their sum, against 50 / 30 / 20, with what to move where.
 * - Negative keyword candidates: search terms with clicks and no order.
 *
 * A campaign is known by its id where a page showed one (a renamed campaign keeps its links), else by
 * its name. Type and targeting come from the campaign manager's columns (or the console's path for the
 * type); a name is only a hint, used where nothing else says.
 */
import type { AdLink, CampaignType, FactSource, Targeting } from '../read/ad-link';
import { campaignTypeHintOfName, targetingHintOfName } from '../read/ad-link';
import type { Level } from './index';

/** A link as the background keeps it: what a page showed, where, and the last day it was seen. */
export type StoredAdLink = AdLink & { marketplace: string; day: string };

/** A stock figure of a SKU as captured (snapshots of `available` and `listingStatus`). */
export interface StockRow {
  entity: string;
  metric: 'available' | 'listingStatus';
  value: number;
  status?: string | undefined;
  day: string;
  capturedAt: string;
}

/** The separator of an ad group's entity: `campaign › ad group` (contract §8). */
export const AD_GROUP_SEPARATOR = ' › ';

// ---------------------------------------------------------------------------------------------
// Campaigns: identity, type, targeting
// ---------------------------------------------------------------------------------------------

export interface CampaignProfile {
  type?: CampaignType;
  typeSource?: FactSource;
  targeting?: Targeting;
  targetingSource?: FactSource;
}

const SOURCE_RANK: Record<FactSource, number> = { column: 3, url: 2, name: 1 };

/** The latest id each campaign name was seen with, and the latest name of each id (renamed campaigns). */
export function campaignIds(links: readonly StoredAdLink[]): { idOf: Map<string, string>; nameOf: Map<string, string> } {
  const idOf = new Map<string, { id: string; day: string }>();
  const nameOf = new Map<string, { name: string; day: string }>();
  for (const link of links) {
    if (link.kind === 'skuAsin' || !link.campaignId) continue;
    const byName = idOf.get(link.campaign);
    if (!byName || link.day >= byName.day) idOf.set(link.campaign, { id: link.campaignId, day: link.day });
    const byId = nameOf.get(link.campaignId);
    if (!byId || link.day >= byId.day) nameOf.set(link.campaignId, { name: link.campaign, day: link.day });
  }
  return { idOf: new Map([...idOf].map(([k, v]) => [k, v.id])), nameOf: new Map([...nameOf].map(([k, v]) => [k, v.name])) };
}

/** What identifies a campaign across renames: `id:<id>` where one is known, else `name:<name>`. */
function campaignKey(name: string, id: string | undefined, ids: ReturnType<typeof campaignIds>): string {
  const known = id ?? ids.idOf.get(name);
  return known ? `id:${known}` : `name:${name}`;
}

/** Each campaign's type and targeting, the surest source winning (column > URL > name), the later day on a tie. */
export function campaignProfile(name: string, links: readonly StoredAdLink[], ids = campaignIds(links)): CampaignProfile {
  const key = campaignKey(name, undefined, ids);
  let type: { value: CampaignType; source: FactSource; day: string } | undefined;
  let targeting: { value: Targeting; source: FactSource; day: string } | undefined;
  const better = (have: { source: FactSource; day: string } | undefined, source: FactSource, day: string) =>
    !have || SOURCE_RANK[source] > SOURCE_RANK[have.source] || (SOURCE_RANK[source] === SOURCE_RANK[have.source] && day >= have.day);
  for (const link of links) {
    if (link.kind !== 'campaign' || campaignKey(link.campaign, link.campaignId, ids) !== key) continue;
    if (link.campaignType && link.typeSource && better(type, link.typeSource, link.day)) type = { value: link.campaignType, source: link.typeSource, day: link.day };
    if (link.targeting && link.targetingSource && better(targeting, link.targetingSource, link.day)) targeting = { value: link.targeting, source: link.targetingSource, day: link.day };
  }
  const profile: CampaignProfile = {};
  const typeHint = campaignTypeHintOfName(name);
  if (type) Object.assign(profile, { type: type.value, typeSource: type.source });
  else if (typeHint) Object.assign(profile, { type: typeHint, typeSource: 'name' as const });
  // Targeting is a Sponsored Products matter: SB and SD campaigns have none to split by.
  const targetingHint = targetingHintOfName(name);
  if (targeting) Object.assign(profile, { targeting: targeting.value, targetingSource: targeting.source });
  else if (targetingHint && profile.type === 'SP') Object.assign(profile, { targeting: targetingHint, targetingSource: 'name' as const });
  return profile;
}

// ---------------------------------------------------------------------------------------------
// Stock-out → ads
// ---------------------------------------------------------------------------------------------

export interface StockState {
  day: string;
  out: boolean;
  available?: number;
  status?: string;
}

/**
 * Each SKU's state on its latest inventory capture: the latest day either figure was captured, and on
 * that day `available` 0 or `listingStatus` `outOfStock` makes it out. An earlier stock-out of a SKU
 * relisted since does not count; a day without a capture changes nothing.
 */
export function latestStock(rows: readonly StockRow[]): Map<string, StockState> {
  const latestDay = new Map<string, string>();
  for (const row of rows) if ((latestDay.get(row.entity) ?? '') < row.day) latestDay.set(row.entity, row.day);
  const out = new Map<string, StockState>();
  const latestOf = new Map<string, StockRow>();
  for (const row of rows) {
    if (row.day !== latestDay.get(row.entity)) continue;
    const key = `${row.entity}\u0000${row.metric}`;
    const seen = latestOf.get(key);
    if (!seen || row.capturedAt >= seen.capturedAt) latestOf.set(key, row);
  }
  for (const [sku, day] of latestDay) {
    const available = latestOf.get(`${sku}\u0000available`);
    const status = latestOf.get(`${sku}\u0000listingStatus`);
    const state: StockState = { day, out: available?.value === 0 || status?.status === 'outOfStock' };
    if (available) state.available = available.value;
    if (status?.status) state.status = status.status;
    out.set(sku, state);
  }
  return out;
}

export interface AdvertisedProduct {
  sku?: string;
  asin?: string;
}

export interface OutOfStockFinding {
  /** How many of its known products are out (the badge's value). */
  value: number;
  level: Level;
  /** Its products that are out, by SKU (or ASIN where only the ASIN is known). */
  out: string[];
  /** How many products it is known to advertise. */
  known: number;
}

/** The products a campaign (or one of its ad groups) advertises, from every Advertised products capture. */
export function advertisedProducts(campaign: string, adGroup: string | undefined, links: readonly StoredAdLink[], ids = campaignIds(links)): AdvertisedProduct[] {
  const key = campaignKey(campaign, undefined, ids);
  const products = new Map<string, AdvertisedProduct>();
  for (const link of links) {
    if (link.kind !== 'ad' || campaignKey(link.campaign, link.campaignId, ids) !== key) continue;
    if (adGroup !== undefined && link.adGroup !== adGroup) continue;
    const id = link.sku ?? link.asin;
    if (!id) continue;
    products.set(id, { ...products.get(id), ...(link.sku ? { sku: link.sku } : {}), ...(link.asin ? { asin: link.asin } : {}) });
  }
  return [...products.values()];
}

/** The SKUs of each ASIN, from the inventory pages' (and Advertised products pages') SKU ↔ ASIN links. */
export function skusOfAsin(links: readonly StoredAdLink[]): Map<string, Set<string>> {
  const skus = new Map<string, Set<string>>();
  for (const link of links) {
    if (link.kind === 'skuAsin' || (link.kind === 'ad' && link.sku && link.asin)) {
      const asin = link.asin!;
      skus.set(asin, (skus.get(asin) ?? new Set()).add(link.sku!));
    }
  }
  return skus;
}

/**
 * Whether a product is out of stock: its SKU's latest capture; a product known by ASIN only is out when
 * every SKU of that ASIN with a capture is out. Undefined when no capture says.
 */
export function productOut(product: AdvertisedProduct, stock: ReadonlyMap<string, StockState>, asinSkus: ReadonlyMap<string, ReadonlySet<string>>): boolean | undefined {
  if (product.sku && stock.has(product.sku)) return stock.get(product.sku)!.out;
  if (!product.asin) return undefined;
  const states = [...(asinSkus.get(product.asin) ?? [])].flatMap((sku) => (stock.has(sku) ? [stock.get(sku)!] : []));
  if (!states.length) return undefined;
  return states.every((s) => s.out);
}

/** `advertisedOutOfStock` of a campaign (ad group: `adGroup` given): breach when any product it advertises is out. */
export function advertisedOutOfStock(
  campaign: string,
  adGroup: string | undefined,
  links: readonly StoredAdLink[],
  stock: ReadonlyMap<string, StockState>,
  ids = campaignIds(links),
  asinSkus = skusOfAsin(links),
): OutOfStockFinding | undefined {
  const products = advertisedProducts(campaign, adGroup, links, ids);
  if (!products.length) return undefined;
  const out = products.filter((p) => productOut(p, stock, asinSkus) === true).map((p) => (p.sku ?? p.asin)!);
  return { value: out.length, level: out.length ? 'breach' : 'ok', out: out.sort(), known: products.length };
}

/**
 * The campaigns still spending on a SKU that is out (the inventory badge's tooltip): those that
 * advertise it (by SKU, or by its ASIN) and whose latest captured spend is above zero.
 */
export function campaignsSpendingOn(sku: string, links: readonly StoredAdLink[], spendOf: ReadonlyMap<string, number>, ids = campaignIds(links)): string[] {
  const asins = new Set(links.flatMap((l) => ((l.kind === 'skuAsin' || l.kind === 'ad') && l.sku === sku && l.asin ? [l.asin] : [])));
  const names = new Set<string>();
  for (const link of links) {
    if (link.kind !== 'ad') continue;
    if (link.sku !== sku && !(link.sku === undefined && link.asin && asins.has(link.asin))) continue;
    // The campaign's current name, where its id says it was renamed.
    names.add((link.campaignId && ids.nameOf.get(link.campaignId)) || link.campaign);
  }
  return [...names].filter((name) => (spendOf.get(name) ?? 0) > 0).sort();
}

// ---------------------------------------------------------------------------------------------
// Budget structure 5 : 3 : 2
// ---------------------------------------------------------------------------------------------

export type ShareBucket = 'auto' | 'manual' | 'brand';
export const SHARE_METRIC: Record<ShareBucket, 'autoSpendShare' | 'manualSpendShare' | 'brandSpendShare'> = {
  auto: 'autoSpendShare',
  manual: 'manualSpendShare',
  brand: 'brandSpendShare',
};

export interface BudgetSplit {
  auto: number;
  manual: number;
  brand: number;
  /** Points a share may be away from its target before it warns (more than this warns). */
  tolerance: number;
}
export const DEFAULT_BUDGET_SPLIT: BudgetSplit = { auto: 50, manual: 30, brand: 20, tolerance: 10 };

export interface ShareFinding {
  bucket: ShareBucket;
  metric: (typeof SHARE_METRIC)[ShareBucket];
  /** Percent of the split's spend, 0–100, two decimals. */
  value: number;
  target: number;
  level: Level;
  spend: number;
}

export interface Move {
  from: ShareBucket;
  to: ShareBucket;
  /** Spend of the period to move, in the marketplace's currency, two decimals. */
  amount: number;
}

export interface SpendShares {
  shares: ShareFinding[];
  /** Spend the split leaves out because the campaign's type or targeting is unknown (not SD: that is left out by design). */
  unclassified: { campaigns: string[]; spend: number };
  total: number;
  moves: Move[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The bucket of a campaign by its profile: SP automatic, SP manual, SB; SD and unknown are none. */
export function bucketOf(profile: CampaignProfile): ShareBucket | 'display' | undefined {
  if (profile.type === 'SD') return 'display';
  if (profile.type === 'SB') return 'brand';
  if (profile.type === 'SP') return profile.targeting;
  return undefined;
}

/**
 * The spend shares over every campaign with spend in the period (whatever its state), each campaign's
 * spend as captured last for that period. Undefined when no campaign of the split spent anything.
 */
export function spendShares(spendOf: ReadonlyMap<string, number>, profileOf: (campaign: string) => CampaignProfile, split: BudgetSplit = DEFAULT_BUDGET_SPLIT): SpendShares | undefined {
  const spend: Record<ShareBucket, number> = { auto: 0, manual: 0, brand: 0 };
  const unclassified = { campaigns: [] as string[], spend: 0 };
  for (const [campaign, value] of spendOf) {
    if (!(value > 0)) continue;
    const bucket = bucketOf(profileOf(campaign));
    if (bucket === 'display') continue;
    if (!bucket) {
      unclassified.campaigns.push(campaign);
      unclassified.spend = round2(unclassified.spend + value);
      continue;
    }
    spend[bucket] += value;
  }
  const total = spend.auto + spend.manual + spend.brand;
  if (!(total > 0)) return undefined;
  const shares = (['auto', 'manual', 'brand'] as const).map((bucket): ShareFinding => {
    const value = round2((spend[bucket] / total) * 100);
    const target = split[bucket];
    // "More than 10 points away": exactly 10 away is ok.
    const level: Level = Math.abs(value - target) > split.tolerance + 1e-9 ? 'warn' : 'ok';
    return { bucket, metric: SHARE_METRIC[bucket], value, target, level, spend: round2(spend[bucket]) };
  });
  return { shares, unclassified: { ...unclassified, campaigns: unclassified.campaigns.sort() }, total: round2(total), moves: movesFor(shares, total) };
}

/** What to move where: each bucket over its target gives to those under theirs, largest gaps first. */
export function movesFor(shares: readonly ShareFinding[], total: number): Move[] {
  const over = shares.filter((s) => s.value > s.target).map((s) => ({ bucket: s.bucket, left: ((s.value - s.target) / 100) * total })).sort((a, b) => b.left - a.left);
  const under = shares.filter((s) => s.value < s.target).map((s) => ({ bucket: s.bucket, left: ((s.target - s.value) / 100) * total })).sort((a, b) => b.left - a.left);
  const moves: Move[] = [];
  for (const giver of over) {
    for (const taker of under) {
      const amount = Math.min(giver.left, taker.left);
      if (amount < 0.005) continue;
      moves.push({ from: giver.bucket, to: taker.bucket, amount: round2(amount) });
      giver.left -= amount;
      taker.left -= amount;
    }
  }
  return moves;
}

// ---------------------------------------------------------------------------------------------
// Negative keywords
// ---------------------------------------------------------------------------------------------

export interface SearchTermFigures {
  term: string;
  clicks?: number;
  orders?: number;
  spend?: number;
  sales?: number;
}

export interface NegativeRule {
  /** At least this many clicks without an order. */
  minClicks: number;
  /** Or spend above this multiple of the target cost per order, without an order. */
  spendFactor: number;
}
export const DEFAULT_NEGATIVE_RULE: NegativeRule = { minClicks: 10, spendFactor: 2 };

export interface NegativeCandidate {
  term: string;
  campaign?: string;
  campaignId?: string;
  adGroup?: string;
  clicks: number;
  spend?: number;
  reason: 'clicks' | 'spend';
}

/**
 * The target cost per order: the ACOS target (percent) of the average order's sales, from the sales and
 * orders given (a campaign's, or its search terms' together). Undefined without orders.
 */
export function targetCostPerOrder(acosTarget: number, sales: number | undefined, orders: number | undefined): number | undefined {
  if (!orders || !(sales !== undefined && sales > 0)) return undefined;
  return round2((acosTarget / 100) * (sales / orders));
}

/**
 * Search terms to negate: no order, and at least `minClicks` clicks or spend above `spendFactor` × the
 * target cost per order. A term with its orders unknown is not judged (missing is not zero).
 */
export function negativeCandidates(terms: readonly SearchTermFigures[], costPerOrder: number | undefined, rule: NegativeRule = DEFAULT_NEGATIVE_RULE): Omit<NegativeCandidate, 'campaign' | 'campaignId' | 'adGroup'>[] {
  const out: Omit<NegativeCandidate, 'campaign' | 'campaignId' | 'adGroup'>[] = [];
  for (const t of terms) {
    if (t.orders !== 0 || t.clicks === undefined) continue;
    const byClicks = t.clicks >= rule.minClicks;
    const bySpend = costPerOrder !== undefined && t.spend !== undefined && t.spend > rule.spendFactor * costPerOrder + 1e-9;
    if (!byClicks && !bySpend) continue;
    out.push({ term: t.term, clicks: t.clicks, ...(t.spend !== undefined ? { spend: t.spend } : {}), reason: byClicks ? 'clicks' : 'spend' });
  }
  return out.sort((a, b) => (b.spend ?? 0) - (a.spend ?? 0) || b.clicks - a.clicks || a.term.localeCompare(b.term));
}

/** The campaigns (and ad groups) each search term was seen under, from the Search terms pages' links. */
export function campaignsOfTerm(links: readonly StoredAdLink[], ids = campaignIds(links)): Map<string, { campaign: string; campaignId?: string; adGroup?: string }[]> {
  const out = new Map<string, Map<string, { campaign: string; campaignId?: string; adGroup?: string }>>();
  for (const link of links) {
    if (link.kind !== 'searchTerm') continue;
    const campaignId = link.campaignId ?? ids.idOf.get(link.campaign);
    const campaign = (campaignId && ids.nameOf.get(campaignId)) || link.campaign;
    const where = { campaign, ...(campaignId ? { campaignId } : {}), ...(link.adGroup ? { adGroup: link.adGroup } : {}) };
    const byTerm = out.get(link.term) ?? new Map();
    byTerm.set(`${campaignId ?? campaign}\u0000${link.adGroup ?? ''}`, where);
    out.set(link.term, byTerm);
  }
  return new Map([...out].map(([term, m]) => [term, [...m.values()]]));
}

/** Candidates grouped by campaign (`''`: a term whose campaign no page showed), campaigns by name. */
export function negativesByCampaign(candidates: readonly NegativeCandidate[]): Map<string, NegativeCandidate[]> {
  const groups = new Map<string, NegativeCandidate[]>();
  for (const c of candidates) groups.set(c.campaign ?? '', [...(groups.get(c.campaign ?? '') ?? []), c]);
  return new Map([...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))));
}
