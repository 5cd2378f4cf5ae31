/** The warn and breach levels of a metric's rule, as horizontal lines on its history chart. */
import type { Marketplace } from '../read/marketplaces';
import type { MetricId } from '../read/metrics';
import { ACOS_BREACH_FACTOR, acosTargetFor, BUY_BOX_FLOOR, thresholdFor } from '../rules';
import type { Settings } from '../store/settings';

export interface RuleLines {
  warn?: number;
  breach?: number;
  /** The Buy Box rule is about days running, not a second level: the chart shows one line. */
  daysRunning?: boolean;
}

export function ruleLines(metric: MetricId, marketplace: Marketplace, entity: string, settings?: Settings): RuleLines {
  if (metric === 'acos') {
    const { target } = acosTargetFor(entity, settings);
    return { warn: target, breach: Math.round(target * ACOS_BREACH_FACTOR * 1e6) / 1e6 };
  }
  if (metric === 'buyBoxPct') return { breach: BUY_BOX_FLOOR, daysRunning: true };
  const rule = thresholdFor(metric, marketplace, settings);
  return rule ? { warn: rule.warn, breach: rule.breach } : {};
}
