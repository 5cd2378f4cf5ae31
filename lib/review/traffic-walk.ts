/**
 * The guided entry of a traffic drop (issue 16, `sessionsChange`): the seed playbook's order — account
 * health, then ads, then inventory — each step filled from the stored history, with the page to look at
 * now (`checklistUrl`). Facts are structured; the log panel words them in the assistant's language.
 */
import type { SellerOpsDb } from '../store/db';
import { linksOf, loadSkuAsin, skusOf, type AdLinkRow as StoredLink } from '../store/links';
import { campaignIds } from '../rules/linked-ads';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import { keyRange, seriesPrefix } from '../store/snapshot-key';
import type { Module, Snapshot } from '../store/schema';
import type { AdapterId } from '../read/record';
import type { Settings } from '../store/settings';
import { evaluate, TRAFFIC_DROP_ORDER, type Level } from '../rules';
import { checklistUrl } from './checklist';

export interface WalkFact {
  metric: MetricId;
  scope: Scope;
  entity: string;
  value: number;
  unit: Snapshot['unit'];
  currency?: string;
  status?: string;
  /** The day it was captured on. */
  day: string;
  level?: Level;
}

export interface WalkStep {
  module: Module;
  /** The page kind to look at now, and its address for the marketplace. */
  page: AdapterId;
  url: string;
  facts: WalkFact[];
  /** The ads step: the campaigns (and their ad groups) an Advertised products page showed advertising the ASIN or its SKUs. */
  campaigns?: AdvertisingCampaign[];
  /** Why the step has no facts: nothing captured yet, the ASIN's SKUs unknown, the campaigns advertising it unknown. */
  gap?: 'noData' | 'skuUnknown' | 'adsUnknown';
}

const STEP_PAGE: Record<string, AdapterId> = { account: 'account-health', ads: 'ads-campaigns', inventory: 'inventory' };

/** Metrics each step shows for one entity, in this order. */
const ACCOUNT_METRICS: readonly MetricId[] = [
  'accountHealthRating',
  'orderDefectRate',
  'lateShipmentRate',
  'preFulfillmentCancelRate',
  'validTrackingRate',
  'onTimeDeliveryRate',
];
const INVENTORY_METRICS: readonly MetricId[] = ['available', 'inbound', 'listingStatus', 'restockAlert', 'daysOfSupply'];
const ADS_METRICS: readonly MetricId[] = ['spend', 'impressions', 'acos'];

/** A campaign advertising the ASIN (its latest name, where its id says it was renamed) and the ad groups that do. */
export interface AdvertisingCampaign {
  campaign: string;
  adGroups: string[];
}

/**
 * The latest value of each (entity, metric), read by the series' primary-key range (its last key: point-in-time
 * values sort by day; values for ranges after them, by the range's start).
 */
async function latestValues(db: SellerOpsDb, marketplace: Marketplace, scope: Scope, entities: readonly string[], metrics: readonly MetricId[]): Promise<Snapshot[]> {
  const found = await Promise.all(
    entities.flatMap((entity) => metrics.map((metric) => db.snapshots.where(':id').between(...keyRange.prefix(seriesPrefix(marketplace, scope, entity, metric)), true, true).last())),
  );
  return found.filter((r): r is Snapshot => !!r);
}

function factOf(row: Snapshot, settings?: Settings): WalkFact {
  const evaluation = evaluate({ marketplace: row.marketplace, scope: row.scope, entity: row.entity, metric: row.metric, value: row.value, day: row.day, multiDay: !!row.period && row.period.slice(0, 10) !== row.period.slice(12) }, [], settings);
  return {
    metric: row.metric,
    scope: row.scope,
    entity: row.entity,
    value: row.value,
    unit: row.unit,
    day: row.day,
    ...(row.currency ? { currency: row.currency } : {}),
    ...(row.status !== undefined ? { status: row.status } : {}),
    ...(evaluation ? { level: evaluation.level } : {}),
  };
}

/** The ASIN's SKUs: those given, and those an Advertised products page showed beside the ASIN. */
function advertisedSkus(links: readonly StoredLink[], skus: readonly string[], asin: string): Set<string> {
  const out = new Set(skus);
  for (const link of links) if (link.kind === 'ad' && link.asin === asin && link.sku) out.add(link.sku);
  return out;
}

/**
 * The campaigns advertising an ASIN or any of its SKUs, from the links store (lib/store/links.ts: the
 * Advertised products pages' `ad` links, issue 16's ads-products adapter): a link names the product by
 * SKU, by ASIN or both, and a link naming both tells one more SKU of the ASIN. A campaign shown under two names (its id says so) is named by its latest one.
 * Sorted by name; empty when no Advertised products page showed the product yet.
 */
export async function campaignsAdvertising(db: SellerOpsDb, marketplace: Marketplace, skus: readonly string[], asin: string): Promise<AdvertisingCampaign[]> {
  const links = await linksOf(db, marketplace);
  const ids = campaignIds(links);
  const wanted = advertisedSkus(links, skus, asin);
  const byName = new Map<string, Set<string>>();
  for (const link of links) {
    if (link.kind !== 'ad') continue;
    if (!(link.asin === asin || (link.sku !== undefined && wanted.has(link.sku)))) continue;
    const name = (link.campaignId && ids.nameOf.get(link.campaignId)) || link.campaign;
    const groups = byName.get(name) ?? new Set<string>();
    if (link.adGroup) groups.add(link.adGroup);
    byName.set(name, groups);
  }
  return [...byName]
    .map(([campaign, groups]) => ({ campaign, adGroups: [...groups].sort() }))
    .sort((a, b) => a.campaign.localeCompare(b.campaign));
}

export async function trafficWalk(db: SellerOpsDb, marketplace: Marketplace, asin: string, settings?: Settings): Promise<WalkStep[]> {
  const skus = skusOf(await loadSkuAsin(db, marketplace), asin);
  const steps: WalkStep[] = [];
  for (const module of TRAFFIC_DROP_ORDER) {
    const page = STEP_PAGE[module]!;
    const url = checklistUrl(page, marketplace);
    if (module === 'account') {
      const facts = (await latestValues(db, marketplace, 'account', ['account'], ACCOUNT_METRICS)).map((r) => factOf(r, settings));
      steps.push({ module, page, url, facts, ...(facts.length ? {} : { gap: 'noData' as const }) });
    } else if (module === 'ads') {
      // Each campaign's latest spend, impressions and ACOS (campaign manager captures), then the product's own
      // (its latest Advertised products capture, scope `ad`, by SKU).
      const campaigns = await campaignsAdvertising(db, marketplace, skus, asin);
      const advertised = campaigns.length ? advertisedSkus(await linksOf(db, marketplace), skus, asin) : new Set<string>();
      const facts = campaigns.length
        ? [
            ...(await latestValues(db, marketplace, 'campaign', campaigns.map((c) => c.campaign), ADS_METRICS)),
            ...(await latestValues(db, marketplace, 'ad', [...advertised].sort(), ADS_METRICS)),
          ].map((r) => factOf(r, settings))
        : [];
      steps.push({ module, page, url, facts, ...(campaigns.length ? { campaigns } : {}), ...(facts.length ? {} : { gap: campaigns.length ? ('noData' as const) : ('adsUnknown' as const) }) });
    } else {
      const facts = skus.length ? (await latestValues(db, marketplace, 'sku', skus, INVENTORY_METRICS)).map((r) => factOf(r, settings)) : [];
      steps.push({ module, page, url, facts, ...(facts.length ? {} : { gap: skus.length ? ('noData' as const) : ('skuUnknown' as const) }) });
    }
  }
  return steps;
}
