/**
 * The metrics each page kind can show (contract §1, §2): what the diagnostic offers a missed label as,
 * and what it reports as expected but not read. An adapter that declares `metrics` itself is taken at
 * its word; this list covers those that do not (yet).
 */
import type { MetricId } from '../read/metrics';
import type { PageAdapter } from '../read/pages/types';
import type { AdapterId } from '../read/record';

const AD_METRICS: readonly MetricId[] = ['impressions', 'clicks', 'orders', 'ctr', 'spend', 'sales', 'cpc', 'budget', 'acos', 'roas'];

const PAGE_KIND_METRICS: Record<AdapterId, readonly MetricId[]> = {
  'account-health': [
    'accountHealthRating',
    'orderDefectRate',
    'negativeFeedbackRate',
    'atozClaimRate',
    'chargebackRate',
    'lateShipmentRate',
    'preFulfillmentCancelRate',
    'validTrackingRate',
    'onTimeDeliveryRate',
  ],
  inventory: ['available', 'inbound', 'reserved', 'price', 'titleLength', 'listingStatus'],
  'inventory-performance': ['ipiScore', 'excessInventoryPct', 'strandedInventoryPct', 'inStockRate', 'sellThroughRate', 'agedOver365Pct'],
  'business-reports': ['sessions', 'pageViews', 'buyBoxPct', 'unitSessionPct', 'unitsOrdered', 'orderedProductSales'],
  feedback: ['feedbackRating', 'negativeFeedbackPct'],
  'ads-campaigns': AD_METRICS,
  restock: ['daysOfSupply', 'recommendedQty', 'restockAlert'],
  'ads-products': AD_METRICS.filter((m) => m !== 'budget'),
  'voice-of-customer': ['ncxRate', 'ncxOrders', 'totalOrders', 'returnRate', 'starRating', 'cxHealth'],
  // Reviews are due items (contract §7), not metrics.
  reviews: [],
};

export function pageKindMetrics(adapter: Pick<PageAdapter, 'id' | 'metrics'>): readonly MetricId[] {
  return adapter.metrics?.length ? adapter.metrics : (PAGE_KIND_METRICS[adapter.id] ?? []);
}
