/**
 * Threshold rules (contract §2) as pure functions of a record, the stored history and the settings.
 * Each rule carries the seed playbook's suggested action, the category it routes to and, where the
 * playbook sets one, a deadline.
 */
import type { Marketplace } from '../read/marketplaces';
import { isStatusMetric, STATUS_WORDS, statusWordOf, type MetricId, type Scope, type StatusMetric } from '../read/metrics';
import type { ValueContext } from '../read/pages/types';
import type { Category, Module } from '../store/schema';
import { DEFAULT_ACOS_TARGETS, directionOf, type Settings } from '../store/settings';
import type { PageMessageKey } from '../i18n/page';
import { shiftDay } from '../read/day';

export type Level = 'ok' | 'warn' | 'breach';

export interface ThresholdRule {
  kind: 'threshold';
  warn: number;
  breach: number;
  /** `true`: the bound itself is out (≥ / ≤); `false`: only beyond it (> / <). */
  inclusive: boolean;
}

/** Default thresholds of contract §2 (warn / breach). */
export const DEFAULT_THRESHOLDS: Partial<Record<MetricId, ThresholdRule>> = {
  accountHealthRating: { kind: 'threshold', warn: 250, breach: 200, inclusive: false },
  orderDefectRate: { kind: 'threshold', warn: 0.8, breach: 1, inclusive: false },
  lateShipmentRate: { kind: 'threshold', warn: 3, breach: 4, inclusive: false },
  preFulfillmentCancelRate: { kind: 'threshold', warn: 2, breach: 2.5, inclusive: false },
  validTrackingRate: { kind: 'threshold', warn: 97, breach: 95, inclusive: false },
  onTimeDeliveryRate: { kind: 'threshold', warn: 92, breach: 90, inclusive: false },
  ipiScore: { kind: 'threshold', warn: 500, breach: 400, inclusive: false },
  agedOver365Pct: { kind: 'threshold', warn: 4, breach: 5, inclusive: true },
  available: { kind: 'threshold', warn: 50, breach: 30, inclusive: false },
  titleLength: { kind: 'threshold', warn: 180, breach: 200, inclusive: false },
  feedbackRating: { kind: 'threshold', warn: 4.7, breach: 4.5, inclusive: false },
  negativeFeedbackPct: { kind: 'threshold', warn: 1, breach: 2, inclusive: false },
  daysOfSupply: { kind: 'threshold', warn: 30, breach: 14, inclusive: false },
  returnRate: { kind: 'threshold', warn: 5, breach: 8, inclusive: false },
  // CX Health is stored 1 (very poor) to 5 (excellent): a bound on that scale, Fair (3) and below warn.
  cxHealth: { kind: 'threshold', warn: 3, breach: 2, inclusive: true },
  // Linked signals from history (contract §8).
  inventoryTurnover: { kind: 'threshold', warn: 6, breach: 4, inclusive: false },
  sessionsChange: { kind: 'threshold', warn: -20, breach: -40, inclusive: false },
  salesConcentration: { kind: 'threshold', warn: 50, breach: 100, inclusive: false },
};

/** A status metric's rule: the level each word draws; a word left out is ok. */
export interface StatusRule {
  kind: 'status';
  levels: Readonly<Partial<Record<string, Level>>>;
}

/** Default status rules of contract §2. */
export const DEFAULT_STATUS_RULES: Partial<Record<StatusMetric, StatusRule>> = {
  listingStatus: { kind: 'status', levels: { incomplete: 'warn', inactive: 'breach', searchSuppressed: 'breach' } },
  restockAlert: { kind: 'status', levels: { reorderSoon: 'warn', reorderNow: 'breach', outOfStock: 'breach' } },
};

/** The status rule for a metric in a marketplace: the marketplace's override, the global one, or the default. */
export function statusRuleFor(metric: StatusMetric, marketplace: Marketplace, settings?: Settings): StatusRule | undefined {
  const override = settings?.statusRules?.[marketplace]?.[metric] ?? settings?.statusRules?.['*']?.[metric];
  if (override) return { kind: 'status', levels: override };
  return DEFAULT_STATUS_RULES[metric];
}

/** The level a status value draws, and the rule in words ("warn reorderSoon · breach reorderNow, outOfStock"). */
export function statusRule(rule: StatusRule, metric: StatusMetric, value: number): Pick<Evaluation, 'level' | 'threshold' | 'rule'> {
  const word = statusWordOf(metric, value);
  const level: Level = (word !== undefined ? rule.levels[word] : undefined) ?? 'ok';
  const wordsAt = (l: Level) => Object.keys(STATUS_WORDS[metric]).filter((w) => rule.levels[w] === l);
  const ruleText = (['warn', 'breach'] as const)
    .map((l) => `${l} ${wordsAt(l).join(', ') || '-'}`)
    .join(' · ');
  // The bound crossed is the word itself; an ok value names the words that would warn.
  const threshold = level === 'ok' ? `= ${wordsAt('warn').join(' | ') || '-'}` : `= ${word}`;
  return { level, threshold, rule: ruleText };
}

/** Buy Box: below this on a day is a warning; on this many days running, a breach. */
export const BUY_BOX_FLOOR = 60;
export const BUY_BOX_DAYS_RUNNING = 3;
/** ACOS: above the category target warns; above this multiple of it breaches. */
export const ACOS_BREACH_FACTOR = 1.5;

/** The metrics that have a rule, i.e. that get a badge. */
export const RULED_METRICS: ReadonlySet<MetricId> = new Set<MetricId>([
  ...(Object.keys(DEFAULT_THRESHOLDS) as MetricId[]),
  ...(Object.keys(DEFAULT_STATUS_RULES) as MetricId[]),
  'buyBoxPct',
  'acos',
]);

/** Where a metric's log entries go: the module of the work log. */
export function moduleOf(metric: MetricId): Module {
  switch (metric) {
    case 'accountHealthRating':
    case 'orderDefectRate':
    case 'negativeFeedbackRate':
    case 'atozClaimRate':
    case 'chargebackRate':
    case 'lateShipmentRate':
    case 'preFulfillmentCancelRate':
    case 'validTrackingRate':
    case 'onTimeDeliveryRate':
      return 'account';
    case 'ipiScore':
    case 'excessInventoryPct':
    case 'strandedInventoryPct':
    case 'inStockRate':
    case 'sellThroughRate':
    case 'agedOver365Pct':
    case 'available':
    case 'inbound':
    case 'reserved':
    case 'daysOfSupply':
    case 'recommendedQty':
    case 'restockAlert':
    case 'inventoryTurnover':
      return 'inventory';
    case 'feedbackRating':
    case 'negativeFeedbackPct':
    case 'cxHealth':
    case 'ncxRate':
    case 'ncxOrders':
    case 'totalOrders':
    case 'returnRate':
    case 'starRating':
      return 'customer';
    case 'impressions':
    case 'clicks':
    case 'orders':
    case 'ctr':
    case 'spend':
    case 'sales':
    case 'cpc':
    case 'budget':
    case 'acos':
    case 'roas':
      return 'ads';
    default:
      return 'listing';
  }
}

/** The playbook: what to do when a metric is out of bounds, and who it goes to. */
export interface PlaybookEntry {
  action: PageMessageKey;
  category: Category;
  /** The action's placeholders, where the page gave what fills them. */
  actionParams?: Record<string, string | number>;
}


/** Customer-experience metrics whose entries go to the product owner when customers name a product problem. */
const CUSTOMER_EXPERIENCE: ReadonlySet<MetricId> = new Set<MetricId>(['returnRate', 'cxHealth', 'ncxRate', 'starRating']);

export function playbookFor(metric: MetricId, level: Level, context: ValueContext = {}): PlaybookEntry {
  const module = moduleOf(metric);
  if (module === 'account') return { action: 'action.accountHealth', category: 'compliance' };
  if (CUSTOMER_EXPERIENCE.has(metric) && context.reason === 'quality') {
    return context.reasonText
      ? { action: 'action.quality', category: 'product', actionParams: { reason: context.reasonText } }
      : { action: metric === 'returnRate' ? 'action.returnRate' : 'action.cxHealth', category: 'product' };
  }
  switch (metric) {
    case 'restockAlert':
    case 'daysOfSupply':
      if (level !== 'breach') return { action: 'action.lowSupply', category: 'operations' };
      // The restock plan needs both figures; without them the entry says where to find them.
      if (context.recommendedQty !== undefined && context.shipDate !== undefined) {
        return { action: 'action.restockPlan', category: 'operations', actionParams: { quantity: context.recommendedQty, shipDate: context.shipDate } };
      }
      return { action: 'action.restock', category: 'operations' };
    case 'returnRate':
      return { action: 'action.returnRate', category: 'operations' };
    case 'cxHealth':
      return { action: 'action.cxHealth', category: 'operations' };
    case 'acos':
      return { action: 'action.acos', category: 'operations' };
    case 'available':
      return { action: level === 'breach' ? 'action.stockOut' : 'action.lowStock', category: 'operations' };
    case 'ipiScore':
      return { action: 'action.ipi', category: 'operations' };
    case 'agedOver365Pct':
      return { action: 'action.aged', category: 'operations' };
    case 'feedbackRating':
    case 'negativeFeedbackPct':
      return { action: 'action.feedback', category: 'product' };
    case 'buyBoxPct':
      return { action: 'action.buyBox', category: 'operations' };
    case 'titleLength':
      return { action: 'action.title', category: 'compliance' };
    case 'inventoryTurnover':
      return { action: 'action.turnover', category: 'operations' };
    case 'sessionsChange':
      return { action: 'action.trafficDrop', category: 'operations' };
    case 'salesConcentration':
      return { action: 'action.concentration', category: 'product' };
    case 'listingStatus':
      // Suppressed or inactive: fix the listing (attributes, images, title ≤ 200); a policy reason is a compliance matter.
      if (context.reason === 'policy') return { action: 'action.listingPolicy', category: 'compliance', ...(context.reasonText ? { actionParams: { reason: context.reasonText } } : {}) };
      return { action: level === 'warn' ? 'action.listingIncomplete' : 'action.listingStatus', category: 'operations' };
    default:
      return { action: 'action.review', category: 'operations' };
  }
}

/** Troubleshooting order for a traffic drop (seed playbook): account health, then ads, then inventory. */
export const TRAFFIC_DROP_ORDER: readonly Module[] = ['account', 'ads', 'inventory'];

export interface RuleInput {
  marketplace: Marketplace;
  scope: Scope;
  entity: string;
  metric: MetricId;
  value: number;
  /** The value's day: a single-day period's day, or the capture day for point-in-time values. */
  day: string;
  /** True when the value covers more than one day (a chosen date range): day-by-day rules do not apply. */
  multiDay?: boolean;
  /** What the page shows beside the value (reading's `context`), for the playbook. */
  context?: ValueContext;
}

/** Earlier daily values of the same (marketplace, entity, metric), any order. */
export type History = readonly { day: string; value: number }[];

export interface Evaluation {
  metric: MetricId;
  level: Level;
  /** The bound that was crossed (or the warn bound when ok), as stored in an entry's `threshold`. */
  threshold: string;
  /** The rule in words: "warn < 250 · breach < 200". */
  rule: string;
  action: PageMessageKey;
  /** The action's placeholders: `t(action, actionParams)`. */
  actionParams?: Record<string, string | number>;
  category: Category;
  module: Module;
  /** Days running below the Buy Box floor, for the history rule. */
  daysRunning?: number;
}

const EPSILON = 1e-9;

function compare(direction: 'below' | 'above', inclusive: boolean, value: number, bound: number): boolean {
  if (direction === 'below') return inclusive ? value <= bound + EPSILON : value < bound - EPSILON;
  return inclusive ? value >= bound - EPSILON : value > bound + EPSILON;
}

function sign(direction: 'below' | 'above', inclusive: boolean): string {
  if (direction === 'below') return inclusive ? '≤' : '<';
  return inclusive ? '≥' : '>';
}

/** The threshold rule for a metric in a marketplace: the marketplace's override, the global one, or the default. */
export function thresholdFor(metric: MetricId, marketplace: Marketplace, settings?: Settings): ThresholdRule | undefined {
  const fallback = DEFAULT_THRESHOLDS[metric];
  const override = settings?.rules[marketplace]?.[metric] ?? settings?.rules['*']?.[metric];
  if (!override) return fallback;
  return { kind: 'threshold', warn: override.warn, breach: override.breach, inclusive: fallback?.inclusive ?? false };
}

export function levelOf(rule: ThresholdRule, direction: 'below' | 'above', value: number): Level {
  if (compare(direction, rule.inclusive, value, rule.breach)) return 'breach';
  if (compare(direction, rule.inclusive, value, rule.warn)) return 'warn';
  return 'ok';
}

/** The ACOS target for an entity: its assigned category's, else the default. */
export function acosTargetFor(entity: string, settings?: Settings): { category: string; target: number } {
  const targets = settings?.acosTargets ?? DEFAULT_ACOS_TARGETS;
  const category = settings?.acosAssignments[entity];
  if (category && targets[category] !== undefined) return { category, target: targets[category] };
  return { category: 'default', target: targets.default ?? DEFAULT_ACOS_TARGETS.default! };
}

export function acosRule(entity: string, value: number, settings?: Settings): Pick<Evaluation, 'level' | 'threshold' | 'rule'> {
  const { category, target } = acosTargetFor(entity, settings);
  const breach = Math.round(target * ACOS_BREACH_FACTOR * 1e6) / 1e6;
  const level: Level = value > breach + EPSILON ? 'breach' : value > target + EPSILON ? 'warn' : 'ok';
  return {
    level,
    threshold: level === 'breach' ? `> ${breach}` : `> ${target}`,
    rule: `${category}: warn > ${target} · breach > ${breach}`,
  };
}

function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Buy Box below the floor: a warning on one day, a breach on three days running (stored daily values). */
export function buyBoxRule(input: Pick<RuleInput, 'value' | 'day' | 'multiDay'>, history: History): Pick<Evaluation, 'level' | 'threshold' | 'rule' | 'daysRunning'> {
  const rule = `warn < ${BUY_BOX_FLOOR} · breach < ${BUY_BOX_FLOOR} × ${BUY_BOX_DAYS_RUNNING}d`;
  if (input.value >= BUY_BOX_FLOOR) return { level: 'ok', threshold: `< ${BUY_BOX_FLOOR}`, rule };
  if (input.multiDay) return { level: 'warn', threshold: `< ${BUY_BOX_FLOOR}`, rule, daysRunning: 1 };
  const byDay = new Map(history.map((h) => [h.day, h.value]));
  let running = 1;
  for (let day = previousDay(input.day); running < BUY_BOX_DAYS_RUNNING; day = previousDay(day)) {
    const value = byDay.get(day);
    if (value === undefined || value >= BUY_BOX_FLOOR) break;
    running++;
  }
  const level: Level = running >= BUY_BOX_DAYS_RUNNING ? 'breach' : 'warn';
  return { level, threshold: `< ${BUY_BOX_FLOOR}`, rule, daysRunning: running };
}

/** Evaluates the rule of a value, or undefined when its metric has none. */
export function evaluate(input: RuleInput, history: History = [], settings?: Settings): Evaluation | undefined {
  let core: Pick<Evaluation, 'level' | 'threshold' | 'rule' | 'daysRunning'>;
  if (input.metric === 'acos') core = acosRule(input.entity, input.value, settings);
  else if (input.metric === 'buyBoxPct') core = buyBoxRule(input, history);
  else if (isStatusMetric(input.metric) && !DEFAULT_THRESHOLDS[input.metric]) {
    const rule = statusRuleFor(input.metric, input.marketplace, settings);
    if (!rule) return undefined;
    core = statusRule(rule, input.metric, input.value);
  } else {
    const rule = thresholdFor(input.metric, input.marketplace, settings);
    if (!rule) return undefined;
    const direction = directionOf(input.metric);
    const level = levelOf(rule, direction, input.value);
    const s = sign(direction, rule.inclusive);
    core = {
      level,
      threshold: `${s} ${level === 'breach' ? rule.breach : rule.warn}`,
      rule: `warn ${s} ${rule.warn} · breach ${s} ${rule.breach}`,
    };
  }
  const playbook = playbookFor(input.metric, core.level, input.context);
  return { metric: input.metric, ...core, ...playbook, module: moduleOf(input.metric) };
}

/** Hours until an entry logged for this metric is due (feedback response window), else end of day. */
export function deadlineFor(metric: MetricId, from: Date, settings?: Settings): Date {
  if (metric === 'feedbackRating' || metric === 'negativeFeedbackPct') {
    return new Date(from.getTime() + (settings?.feedbackResponseHours ?? 48) * 3_600_000);
  }
  return endOfLocalDay(from);
}

export function endOfLocalDay(at: Date): Date {
  const end = new Date(at);
  end.setHours(23, 59, 0, 0);
  return end;
}

/** A feedback row below 4 stars must be answered within the response window from its date. */
export function feedbackRespondBy(date: string, rating: number, hours = 48): string | undefined {
  if (rating >= 4) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + hours * 3_600_000).toISOString().slice(0, 10);
}

/** A negative review's removal request window closes this many days after the review. */
export function removalWindowCloses(date: string, days = 7): string {
  return shiftDay(date, days);
}
