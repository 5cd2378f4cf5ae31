/**
 * The linked signals (contract §8) a fresh profile computes from one fixture page alone, for the fixture
 * tests: their expected.json lists what the page shows, and a linked value is computed, not shown. With no
 * earlier history, the only one is a Business Reports period's `salesConcentration` (the top child ASIN's
 * share of the expected `orderedProductSales`); turnover and the sessions change need earlier days.
 * A fixture whose expected.json lists a linked metric itself is held to that list instead.
 */
import { evaluate } from '../lib/rules';
import type { FixtureExpectation } from './fixtures';

/** Every linked metric id of contract §8. */
export const LINKED_METRICS: ReadonlySet<string> = new Set([
  'advertisedOutOfStock', 'autoSpendShare', 'manualSpendShare', 'brandSpendShare', 'inventoryTurnover', 'sessionsChange', 'salesConcentration',
]);

export interface LinkedExpectation {
  scope: string;
  entity: string;
  metric: string;
  value: number;
  period: string;
  level: string;
  /** Drawn beside this ASIN's `orderedProductSales`. */
  beside?: string;
}

export function linkedFromFixture(expected: FixtureExpectation & { snapshots: { scope: string; entity: string; metric: string; value: number; period?: string }[] }): LinkedExpectation[] {
  if (expected.snapshots.some((s) => LINKED_METRICS.has(s.metric))) return [];
  const adapters = expected.adapters ?? (expected.adapter ? [expected.adapter] : []);
  if (!adapters.includes('business-reports')) return [];
  const sales = expected.snapshots.filter((s) => s.scope === 'asin' && s.metric === 'orderedProductSales');
  const byPeriod = new Map<string, typeof sales>();
  for (const s of sales) {
    const period = s.period ?? expected.period ?? '';
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), s]);
  }
  return [...byPeriod].flatMap(([period, rows]) => {
    const total = rows.reduce((sum, r) => sum + r.value, 0);
    if (!(total > 0)) return [];
    const top = rows.reduce((best, r) => (r.value > best.value || (r.value === best.value && r.entity < best.entity) ? r : best));
    const value = Math.round((top.value / total) * 10_000) / 100;
    const level = evaluate({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'salesConcentration', value, day: period.slice(12) || '2026-01-01' })!.level;
    return [{ scope: 'account', entity: 'account', metric: 'salesConcentration', value, period, level, beside: top.entity }];
  });
}
