/** Metric ids, their scope and stored unit (contract §2). */

export const SCOPES = ['account', 'sku', 'asin', 'campaign', 'adGroup', 'target', 'searchTerm'] as const;
export type Scope = (typeof SCOPES)[number];

export const UNITS = ['percent', 'money', 'count', 'units', 'score', 'ratio', 'stars'] as const;
export type Unit = (typeof UNITS)[number];

export const AD_SCOPES = ['campaign', 'adGroup', 'target', 'searchTerm'] as const satisfies readonly Scope[];

interface MetricDef {
  unit: Unit;
  scopes: readonly Scope[];
}

const ACCOUNT = ['account'] as const;

export const METRICS = {
  accountHealthRating: { unit: 'score', scopes: ACCOUNT },
  orderDefectRate: { unit: 'percent', scopes: ACCOUNT },
  negativeFeedbackRate: { unit: 'percent', scopes: ACCOUNT },
  atozClaimRate: { unit: 'percent', scopes: ACCOUNT },
  chargebackRate: { unit: 'percent', scopes: ACCOUNT },
  lateShipmentRate: { unit: 'percent', scopes: ACCOUNT },
  preFulfillmentCancelRate: { unit: 'percent', scopes: ACCOUNT },
  validTrackingRate: { unit: 'percent', scopes: ACCOUNT },
  onTimeDeliveryRate: { unit: 'percent', scopes: ACCOUNT },
  ipiScore: { unit: 'score', scopes: ACCOUNT },
  excessInventoryPct: { unit: 'percent', scopes: ACCOUNT },
  strandedInventoryPct: { unit: 'percent', scopes: ACCOUNT },
  inStockRate: { unit: 'percent', scopes: ACCOUNT },
  sellThroughRate: { unit: 'ratio', scopes: ACCOUNT },
  agedOver365Pct: { unit: 'percent', scopes: ACCOUNT },
  available: { unit: 'units', scopes: ['sku'] },
  inbound: { unit: 'units', scopes: ['sku'] },
  reserved: { unit: 'units', scopes: ['sku'] },
  price: { unit: 'money', scopes: ['sku'] },
  titleLength: { unit: 'count', scopes: ['sku'] },
  sessions: { unit: 'count', scopes: ['asin'] },
  pageViews: { unit: 'count', scopes: ['asin'] },
  buyBoxPct: { unit: 'percent', scopes: ['asin'] },
  unitSessionPct: { unit: 'percent', scopes: ['asin'] },
  unitsOrdered: { unit: 'count', scopes: ['asin'] },
  orderedProductSales: { unit: 'money', scopes: ['asin'] },
  feedbackRating: { unit: 'stars', scopes: ACCOUNT },
  negativeFeedbackPct: { unit: 'percent', scopes: ACCOUNT },
  impressions: { unit: 'count', scopes: AD_SCOPES },
  clicks: { unit: 'count', scopes: AD_SCOPES },
  orders: { unit: 'count', scopes: AD_SCOPES },
  ctr: { unit: 'percent', scopes: AD_SCOPES },
  spend: { unit: 'money', scopes: AD_SCOPES },
  sales: { unit: 'money', scopes: AD_SCOPES },
  cpc: { unit: 'money', scopes: AD_SCOPES },
  budget: { unit: 'money', scopes: AD_SCOPES },
  acos: { unit: 'percent', scopes: AD_SCOPES },
  roas: { unit: 'ratio', scopes: AD_SCOPES },
} as const satisfies Record<string, MetricDef>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

export function unitOf(metric: MetricId): Unit {
  return METRICS[metric].unit;
}

/** Whole-number units: the parser refuses fractions for these. */
export function isIntegerUnit(unit: Unit): boolean {
  return unit === 'count' || unit === 'units';
}
