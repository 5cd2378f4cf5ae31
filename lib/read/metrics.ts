/** Metric ids, their scope and stored unit (contract §2). */

// `ad`: one advertised product (entity: its SKU) on an ad group's Ads tab (issue 16, ads-products).
export const SCOPES = ['account', 'sku', 'asin', 'campaign', 'adGroup', 'target', 'searchTerm', 'ad'] as const;
export type Scope = (typeof SCOPES)[number];

export const UNITS = ['percent', 'money', 'count', 'units', 'score', 'ratio', 'stars', 'status', 'days'] as const;
export type Unit = (typeof UNITS)[number];

export const AD_SCOPES = ['campaign', 'adGroup', 'target', 'searchTerm', 'ad'] as const satisfies readonly Scope[];

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
  // Account scope too: the whole account's day, from the Business Report by date file (lib/read/reports).
  sessions: { unit: 'count', scopes: ['asin', 'account'] },
  pageViews: { unit: 'count', scopes: ['asin', 'account'] },
  buyBoxPct: { unit: 'percent', scopes: ['asin', 'account'] },
  unitSessionPct: { unit: 'percent', scopes: ['asin', 'account'] },
  unitsOrdered: { unit: 'count', scopes: ['asin'] },
  orderedProductSales: { unit: 'money', scopes: ['asin'] },
  feedbackRating: { unit: 'stars', scopes: ACCOUNT },
  negativeFeedbackPct: { unit: 'percent', scopes: ACCOUNT },
  listingStatus: { unit: 'status', scopes: ['sku'] },
  cxHealth: { unit: 'status', scopes: ['sku'] },
  ncxRate: { unit: 'percent', scopes: ['sku'] },
  ncxOrders: { unit: 'count', scopes: ['sku'] },
  totalOrders: { unit: 'count', scopes: ['sku'] },
  returnRate: { unit: 'percent', scopes: ['sku'] },
  starRating: { unit: 'stars', scopes: ['sku'] },
  daysOfSupply: { unit: 'days', scopes: ['sku'] },
  recommendedQty: { unit: 'units', scopes: ['sku'] },
  restockAlert: { unit: 'status', scopes: ['sku'] },
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
  // Linked signals from stored history (contract §8, issue 16; lib/rules/linked-history.ts): computed, never read from one page.
  inventoryTurnover: { unit: 'ratio', scopes: ['sku'] },
  sessionsChange: { unit: 'percent', scopes: ['asin'] },
  salesConcentration: { unit: 'percent', scopes: ACCOUNT },
  // Linked signals (contract §8, issue 16): computed from the stored history of several pages, never read from one.
  advertisedOutOfStock: { unit: 'count', scopes: ['campaign', 'adGroup'] },
  autoSpendShare: { unit: 'percent', scopes: ACCOUNT },
  manualSpendShare: { unit: 'percent', scopes: ACCOUNT },
  brandSpendShare: { unit: 'percent', scopes: ACCOUNT },
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

/**
 * The fixed words of each status metric (contract §2) and the number each is stored as. A status metric
 * stores the number in `value` and the word in `status`; a page word that maps to none of these is not stored.
 */
export const STATUS_WORDS = {
  listingStatus: { active: 0, inactive: 1, outOfStock: 2, searchSuppressed: 3, incomplete: 4 },
  restockAlert: { none: 0, reorderSoon: 1, reorderNow: 2, outOfStock: 3 },
  cxHealth: { veryPoor: 1, poor: 2, fair: 3, good: 4, excellent: 5 },
} as const satisfies Partial<Record<MetricId, Readonly<Record<string, number>>>>;

export type StatusMetric = keyof typeof STATUS_WORDS;
export type StatusWord<M extends StatusMetric = StatusMetric> = keyof (typeof STATUS_WORDS)[M] & string;

export function isStatusMetric(metric: MetricId): metric is StatusMetric {
  return metric in STATUS_WORDS;
}

/** The number a status word is stored as, or undefined when the word is not on the metric's list. */
export function statusValue(metric: StatusMetric, word: string): number | undefined {
  const words: Readonly<Record<string, number>> = STATUS_WORDS[metric];
  return Object.hasOwn(words, word) ? words[word] : undefined;
}

/** The word a stored status number stands for. */
export function statusWordOf(metric: StatusMetric, value: number): string | undefined {
  return Object.entries(STATUS_WORDS[metric]).find(([, n]) => n === value)?.[0];
}
