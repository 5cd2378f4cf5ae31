/**
 * IPI below its breach bound → the restock plan, in words (issue 15): the Restock page of the marketplace
 * and the SKUs in restock breach by their latest stored values (lib/rules/restock-link.ts). The IPI badge's
 * tooltip shows these lines; the entry logged from it carries them in its action.
 */
import { t, type PageMessageKey } from '../i18n/page';
import type { Marketplace } from '../read/marketplaces';
import { thresholdFor } from '../rules';
import { RESTOCK_LOOKBACK_DAYS, restockPageUrl, type RestockBreach } from '../rules/restock-link';
import type { Settings } from '../store/settings';

const number = (n: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n);

/** One SKU's line: "SKU-1: Out of stock · send 120 units · 9 days of supply". */
export function restockBreachLine(breach: RestockBreach): string {
  const parts: string[] = [];
  if (breach.alert) parts.push(t(`metricStatus.restockAlert.${breach.alert}` as PageMessageKey));
  if (breach.recommendedQty !== undefined) parts.push(t('restock.qty', { quantity: number(breach.recommendedQty) }));
  if (breach.daysOfSupply !== undefined) parts.push(t('restock.days', { days: number(breach.daysOfSupply) }));
  return t('restock.sku', { sku: breach.sku, parts: parts.join(' · '), day: breach.day });
}

/**
 * The lines for an IPI below its bound: the Restock page's URL, then at most `max` SKUs in breach (or that
 * none is stored). `breaches` undefined: not known yet (the background has not answered), no SKU line.
 */
export function restockPlanLines(marketplace: Marketplace, breaches: readonly RestockBreach[] | undefined, settings?: Settings, max = 5): string[] {
  const bound = thresholdFor('ipiScore', marketplace, settings)?.breach ?? 400;
  const lines = [t('restock.ipiHead', { bound, url: restockPageUrl(marketplace) })];
  if (!breaches) return lines;
  if (!breaches.length) return [...lines, t('restock.none', { days: RESTOCK_LOOKBACK_DAYS })];
  lines.push(...breaches.slice(0, max).map(restockBreachLine));
  if (breaches.length > max) lines.push(t('restock.more', { count: breaches.length - max }));
  return lines;
}
