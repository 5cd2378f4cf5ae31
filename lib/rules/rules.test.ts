import { describe, expect, it } from 'vitest';
import { dueLevel } from '../read/due-items';
import { listFixtures } from '../../test/fixtures';
import type { MetricId } from '../read/metrics';
import { defaultSettings, settingsSchema } from '../store/settings';
import {
  acosRule,
  buyBoxRule,
  deadlineFor,
  evaluate,
  feedbackRespondBy,
  moduleOf,
  playbookFor,
  removalWindowCloses,
  RULED_METRICS,
  thresholdFor,
  TRAFFIC_DROP_ORDER,
  type Level,
} from '.';

const at = (metric: MetricId, value: number, extra: Partial<Parameters<typeof evaluate>[0]> = {}) =>
  evaluate({ marketplace: 'US', scope: 'account', entity: 'account', metric, value, day: '2026-11-21', ...extra })?.level;

describe('default threshold rules at their boundaries (contract §2)', () => {
  const cases: [MetricId, number, Level][] = [
    ['accountHealthRating', 250, 'ok'], ['accountHealthRating', 249, 'warn'], ['accountHealthRating', 200, 'warn'], ['accountHealthRating', 199, 'breach'],
    ['orderDefectRate', 0.8, 'ok'], ['orderDefectRate', 0.81, 'warn'], ['orderDefectRate', 1, 'warn'], ['orderDefectRate', 1.01, 'breach'],
    ['lateShipmentRate', 3, 'ok'], ['lateShipmentRate', 3.01, 'warn'], ['lateShipmentRate', 4, 'warn'], ['lateShipmentRate', 4.01, 'breach'],
    ['preFulfillmentCancelRate', 2, 'ok'], ['preFulfillmentCancelRate', 2.1, 'warn'], ['preFulfillmentCancelRate', 2.5, 'warn'], ['preFulfillmentCancelRate', 2.51, 'breach'],
    ['validTrackingRate', 97, 'ok'], ['validTrackingRate', 96.99, 'warn'], ['validTrackingRate', 95, 'warn'], ['validTrackingRate', 94.99, 'breach'],
    ['onTimeDeliveryRate', 92, 'ok'], ['onTimeDeliveryRate', 91.9, 'warn'], ['onTimeDeliveryRate', 90, 'warn'], ['onTimeDeliveryRate', 89.9, 'breach'],
    ['ipiScore', 500, 'ok'], ['ipiScore', 499, 'warn'], ['ipiScore', 400, 'warn'], ['ipiScore', 399, 'breach'],
    ['agedOver365Pct', 3.99, 'ok'], ['agedOver365Pct', 4, 'warn'], ['agedOver365Pct', 4.99, 'warn'], ['agedOver365Pct', 5, 'breach'],
    ['available', 50, 'ok'], ['available', 49, 'warn'], ['available', 30, 'warn'], ['available', 29, 'breach'], ['available', 0, 'breach'],
    ['titleLength', 180, 'ok'], ['titleLength', 181, 'warn'], ['titleLength', 200, 'warn'], ['titleLength', 201, 'breach'],
    ['feedbackRating', 4.7, 'ok'], ['feedbackRating', 4.6, 'warn'], ['feedbackRating', 4.5, 'warn'], ['feedbackRating', 4.4, 'breach'],
    ['negativeFeedbackPct', 1, 'ok'], ['negativeFeedbackPct', 1.5, 'warn'], ['negativeFeedbackPct', 2, 'warn'], ['negativeFeedbackPct', 2.1, 'breach'],
  ];
  it.each(cases)('%s = %s is %s', (metric, value, level) => {
    expect(at(metric, value)).toBe(level);
  });

  it('metrics without a rule get no evaluation (no badge)', () => {
    for (const metric of ['negativeFeedbackRate', 'inbound', 'price', 'sessions', 'impressions', 'roas'] as MetricId[]) {
      expect(at(metric, 1)).toBeUndefined();
      expect(RULED_METRICS.has(metric)).toBe(false);
    }
  });
});

describe('ACOS against the category target', () => {
  const settings = settingsSchema.parse({ acosAssignments: { 'SP | Phone Charger': 'electronics', 'B0PETBOWL1': 'pet', 'HOME-SKU-1': 'home' } });
  it.each([
    ['default', 'Some campaign', 30, 'ok'], ['default', 'Some campaign', 30.01, 'warn'], ['default', 'Some campaign', 45, 'warn'], ['default', 'Some campaign', 45.01, 'breach'],
    ['electronics', 'SP | Phone Charger', 18, 'ok'], ['electronics', 'SP | Phone Charger', 18.5, 'warn'], ['electronics', 'SP | Phone Charger', 27, 'warn'], ['electronics', 'SP | Phone Charger', 27.01, 'breach'],
    ['pet', 'B0PETBOWL1', 25, 'ok'], ['pet', 'B0PETBOWL1', 37.5, 'warn'], ['pet', 'B0PETBOWL1', 37.51, 'breach'],
    ['home', 'HOME-SKU-1', 25.01, 'warn'],
  ] as const)('%s: %s at %s%% is %s', (_category, entity, value, level) => {
    expect(acosRule(entity, value, settings).level).toBe(level);
  });

  it('an edited target applies', () => {
    const edited = settingsSchema.parse({ acosTargets: { default: 20 } });
    expect(acosRule('x', 25, edited).level).toBe('warn');
    expect(acosRule('x', 31, edited).level).toBe('breach');
  });
});

describe('Buy Box history rule', () => {
  const day = '2026-11-21';
  it('is ok at 60 and a warning below 60 on a single day', () => {
    expect(buyBoxRule({ value: 60, day }, []).level).toBe('ok');
    expect(buyBoxRule({ value: 59.9, day }, []).level).toBe('warn');
  });
  it('is a breach below 60 on three days running', () => {
    const history = [{ day: '2026-11-20', value: 55 }, { day: '2026-11-19', value: 40 }];
    expect(buyBoxRule({ value: 50, day }, history)).toMatchObject({ level: 'breach', daysRunning: 3 });
  });
  it('needs the days to be consecutive and all below 60', () => {
    expect(buyBoxRule({ value: 50, day }, [{ day: '2026-11-20', value: 55 }, { day: '2026-11-18', value: 40 }]).level).toBe('warn');
    expect(buyBoxRule({ value: 50, day }, [{ day: '2026-11-20', value: 61 }, { day: '2026-11-19', value: 40 }]).level).toBe('warn');
  });
  it('crosses month and year ends', () => {
    expect(buyBoxRule({ value: 10, day: '2026-01-01' }, [{ day: '2025-12-31', value: 1 }, { day: '2025-12-30', value: 2 }]).level).toBe('breach');
  });
  it('does not apply the day-by-day rule to a multi-day period', () => {
    const history = [{ day: '2026-11-20', value: 55 }, { day: '2026-11-19', value: 40 }];
    expect(buyBoxRule({ value: 50, day, multiDay: true }, history).level).toBe('warn');
  });
});

describe('rules per marketplace', () => {
  it('a marketplace override wins over the global one, which wins over the default', () => {
    const settings = settingsSchema.parse({ rules: { '*': { available: { warn: 100, breach: 20 } }, DE: { available: { warn: 10, breach: 5 } } } });
    expect(thresholdFor('available', 'DE', settings)).toMatchObject({ warn: 10, breach: 5 });
    expect(thresholdFor('available', 'US', settings)).toMatchObject({ warn: 100, breach: 20 });
    expect(thresholdFor('available', 'US', defaultSettings())).toMatchObject({ warn: 50, breach: 30 });
    expect(evaluate({ marketplace: 'DE', scope: 'sku', entity: 'A', metric: 'available', value: 8, day: '2026-11-21' }, [], settings)?.level).toBe('warn');
  });
});

describe('routing and deadlines', () => {
  it('routes each rule to its playbook action and category', () => {
    expect(playbookFor('acos', 'breach')).toEqual({ action: 'action.acos', category: 'operations' });
    expect(playbookFor('available', 'breach')).toEqual({ action: 'action.stockOut', category: 'operations' });
    expect(playbookFor('ipiScore', 'breach')).toEqual({ action: 'action.ipi', category: 'operations' });
    expect(playbookFor('feedbackRating', 'warn')).toEqual({ action: 'action.feedback', category: 'product' });
    for (const m of ['orderDefectRate', 'lateShipmentRate', 'validTrackingRate', 'accountHealthRating'] as MetricId[]) {
      expect(playbookFor(m, 'breach').category).toBe('compliance');
      expect(moduleOf(m)).toBe('account');
    }
    expect(moduleOf('acos')).toBe('ads');
    expect(moduleOf('available')).toBe('inventory');
    expect(moduleOf('buyBoxPct')).toBe('listing');
    expect(moduleOf('feedbackRating')).toBe('customer');
    expect(TRAFFIC_DROP_ORDER).toEqual(['account', 'ads', 'inventory']);
  });

  it('feedback below 4 stars must be answered in 48 hours; a negative review can be removed for 7 days', () => {
    expect(feedbackRespondBy('2026-11-19', 2)).toBe('2026-11-21');
    expect(feedbackRespondBy('2026-11-30', 3)).toBe('2026-12-02');
    expect(feedbackRespondBy('2026-11-19', 4)).toBeUndefined();
    expect(removalWindowCloses('2026-11-28')).toBe('2026-12-05');
  });

  it('an entry is due at the end of the day, or 48 hours later for feedback', () => {
    const from = new Date(2026, 10, 21, 10, 30);
    const due = deadlineFor('acos', from);
    expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([2026, 10, 21, 23, 59]);
    expect(deadlineFor('feedbackRating', from).getTime() - from.getTime()).toBe(48 * 3_600_000);
  });
});

describe('every fixture badge level follows from the default rules', () => {
  for (const fixture of listFixtures()) {
    const expected = fixture.expected;
    const dueItems = (expected as unknown as { dueItems?: { id: string; rating: number; due: string }[] }).dueItems ?? [];
    for (const badge of expected.badges ?? []) {
      const due = (badge as { due?: string }).due;
      if (due !== undefined) {
        // A due item's badge (contract §7): its level follows from the stars, its day is the item's deadline.
        it(`${fixture.name}: ${badge.metric} of ${badge.entity} due ${due} is ${badge.level}`, () => {
          const item = dueItems.find((d) => d.id === badge.entity);
          expect(item, `due item ${badge.entity}`).toBeDefined();
          expect(dueLevel(item!.rating)).toBe(badge.level);
          expect(item!.due).toBe(due);
        });
        continue;
      }
      it(`${fixture.name}: ${badge.metric} of ${badge.entity} = ${badge.value} is ${badge.level}`, () => {
        const settings = expected.acosTarget ? settingsSchema.parse({ acosTargets: { default: expected.acosTarget } }) : undefined;
        const snap = expected.snapshots.find((s) => s.metric === badge.metric && s.entity === badge.entity);
        const period = snap?.period ?? expected.period ?? '';
        const multiDay = !!period && period.slice(0, 10) !== period.slice(12);
        const result = evaluate(
          { marketplace: expected.marketplace as 'US', scope: (snap?.scope ?? 'account') as 'account', entity: badge.entity, metric: badge.metric as MetricId, value: badge.value, day: period ? period.slice(12) : '2026-11-21', multiDay },
          [],
          settings,
        );
        expect(result?.level).toBe(badge.level);
      });
    }
  }
});
