/**
 * IPI below its breach bound → the restock plan (issue 15, contract §2 `restockAlert` "IPI < 400 → restock
 * plan"): the Restock page of the marketplace and the SKUs whose latest stored restock values breach.
 * Pure functions of the stored rows (the background reads them, lib/rules/linked-ads-query.ts).
 */
import { sellerCentralUrl, type Marketplace } from '../read/marketplaces';
import { statusWordOf } from '../read/metrics';
import type { Settings } from '../store/settings';
import { levelOf, statusRule, statusRuleFor, thresholdFor, type Level } from './index';

/** The Restock Inventory recommendations page (contract §1 `restock`). */
export const RESTOCK_PATH = '/restockinventory/recommendations';

/** Days back the restock values are looked for. */
export const RESTOCK_LOOKBACK_DAYS = 14;

/** The restock metrics a breach is read from. */
export const RESTOCK_METRICS = ['restockAlert', 'recommendedQty', 'daysOfSupply'] as const;
export type RestockMetric = (typeof RESTOCK_METRICS)[number];

/** A stored point-in-time restock value (a snapshot's fields the rule needs). */
export interface RestockRow {
  entity: string;
  metric: RestockMetric;
  value: number;
  status?: string | undefined;
  day: string;
  capturedAt: string;
}

/** A SKU whose latest restock values breach: its alert word, what to send, its days of supply. */
export interface RestockBreach {
  sku: string;
  /** The day its latest restock values were captured. */
  day: string;
  alert?: string;
  recommendedQty?: number;
  daysOfSupply?: number;
}

/** The Restock page's URL for a marketplace. */
export function restockPageUrl(marketplace: Marketplace): string {
  return sellerCentralUrl(marketplace, RESTOCK_PATH);
}

/** Whether an IPI score is below its breach bound (400 by default, editable per marketplace). */
export function ipiNeedsRestock(ipi: number, marketplace: Marketplace, settings?: Settings): boolean {
  const rule = thresholdFor('ipiScore', marketplace, settings);
  return !!rule && levelOf(rule, 'below', ipi) === 'breach';
}

const later = (a: RestockRow, b: RestockRow) => (a.day !== b.day ? a.day > b.day : a.capturedAt > b.capturedAt);

/**
 * The SKUs in restock breach by their latest stored values: the alert's word breaches (reorder now, out of
 * stock) or the days of supply are below the breach bound. A SKU whose latest values are fine is not one,
 * whatever it was before. Out of stock first, then fewest days of supply, then SKU; at most `limit`.
 */
export function latestRestockBreaches(rows: readonly RestockRow[], marketplace: Marketplace, settings?: Settings, limit = 50): RestockBreach[] {
  const latest = new Map<string, Map<RestockMetric, RestockRow>>();
  for (const row of rows) {
    let bySku = latest.get(row.entity);
    if (!bySku) latest.set(row.entity, (bySku = new Map()));
    const seen = bySku.get(row.metric);
    if (!seen || later(row, seen)) bySku.set(row.metric, row);
  }
  const alertRule = statusRuleFor('restockAlert', marketplace, settings);
  const supplyRule = thresholdFor('daysOfSupply', marketplace, settings);
  const breaches: RestockBreach[] = [];
  for (const [sku, bySku] of latest) {
    const alert = bySku.get('restockAlert');
    const supply = bySku.get('daysOfSupply');
    const qty = bySku.get('recommendedQty');
    const alertLevel: Level = alert && alertRule ? statusRule(alertRule, 'restockAlert', alert.value).level : 'ok';
    const supplyLevel: Level = supply && supplyRule ? levelOf(supplyRule, 'below', supply.value) : 'ok';
    if (alertLevel !== 'breach' && supplyLevel !== 'breach') continue;
    const word = alert ? (alert.status ?? statusWordOf('restockAlert', alert.value)) : undefined;
    const days = [alert, supply, qty].filter((r): r is RestockRow => !!r).map((r) => r.day);
    breaches.push({
      sku,
      day: days.sort().at(-1)!,
      ...(word ? { alert: word } : {}),
      ...(qty ? { recommendedQty: qty.value } : {}),
      ...(supply ? { daysOfSupply: supply.value } : {}),
    });
  }
  const rank = (b: RestockBreach) => (b.alert === 'outOfStock' ? 0 : b.alert === 'reorderNow' ? 1 : 2);
  breaches.sort((a, b) => rank(a) - rank(b) || (a.daysOfSupply ?? Infinity) - (b.daysOfSupply ?? Infinity) || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return breaches.slice(0, limit);
}
