/**
 * The guided entry of a traffic drop (issue 16, `sessionsChange`): the seed playbook's order — account
 * health, then ads, then inventory — each step filled from the stored history, with the page to look at
 * now (`checklistUrl`). Facts are structured; the log panel words them in the assistant's language.
 */
import type { SellerOpsDb } from '../store/db';
import { loadSkuAsin, skusOf } from '../store/links';
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

/**
 * The campaigns advertising an ASIN's SKUs, where a page told (the Advertised products pages, issue 16's
 * ads-products adapter): none is known to this module yet, so the ads step says so and links the campaign
 * manager. `campaignsAdvertising` is the one place to fill in when the links are stored.
 */
export async function campaignsAdvertising(_db: SellerOpsDb, _marketplace: Marketplace, _skus: readonly string[], _asin: string): Promise<string[]> {
  return [];
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
      const campaigns = await campaignsAdvertising(db, marketplace, skus, asin);
      const facts = campaigns.length ? (await latestValues(db, marketplace, 'campaign', campaigns, ADS_METRICS)).map((r) => factOf(r, settings)) : [];
      steps.push({ module, page, url, facts, ...(facts.length ? {} : { gap: campaigns.length ? ('noData' as const) : ('adsUnknown' as const) }) });
    } else {
      const facts = skus.length ? (await latestValues(db, marketplace, 'sku', skus, INVENTORY_METRICS)).map((r) => factOf(r, settings)) : [];
      steps.push({ module, page, url, facts, ...(facts.length ? {} : { gap: skus.length ? ('noData' as const) : ('skuUnknown' as const) }) });
    }
  }
  return steps;
}
