import { describe, expect, it } from 'vitest';
import { evaluate } from './';
import {
  inventoryTurnover,
  launchPlan,
  launchProgress,
  launchReviewsSeen,
  launchStart,
  RELIST_GAP_DAYS,
  salesConcentration,
  sessionsChange,
  shiftDay,
  type DayValue,
} from './linked-history';

const DAY = '2026-03-31';

/** `n` consecutive days ending on `until`, valued by `f(i)` (i = 0 for the first). */
function days(until: string, n: number, f: (i: number) => number): DayValue[] {
  return Array.from({ length: n }, (_, i) => ({ day: shiftDay(until, i - n + 1), value: f(i) }));
}

describe('inventoryTurnover', () => {
  it('is units sold per year over average available, with days of cover', () => {
    // 2 units a day for 28 days, 100 in stock every day: 730 / 100 = 7.3 a year; 100 / 2 = 50 days of cover.
    const r = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { SKU1: days(DAY, 28, () => 100) }, unitsDaily: days(DAY, 28, () => 2) });
    expect(r).toEqual({ ok: true, turnover: 7.3, daysOfCover: 50, unitsPerDay: 2, averageAvailable: 100, days: 28, from: shiftDay(DAY, -27) });
  });

  it('refuses with fewer than 28 days of history, and says how many there are', () => {
    const r = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { SKU1: days(DAY, 27, () => 100) }, unitsDaily: days(DAY, 27, () => 2) });
    expect(r).toEqual({ ok: false, reason: 'shortHistory', days: 27 });
  });

  it('says the ASIN is unknown rather than guess one', () => {
    expect(inventoryTurnover({ day: DAY, asin: undefined, available: { SKU1: days(DAY, 60, () => 1) }, unitsDaily: [] })).toEqual({ ok: false, reason: 'asinUnknown' });
  });

  it('leaves missing days out of both sides instead of counting them as zero', () => {
    // Every third day missing on both sides: still 2 a day over the days seen, 100 average; span 30 days.
    const keep = (v: DayValue, i: number) => i % 3 !== 1;
    const r = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { SKU1: days(DAY, 30, () => 100).filter(keep) }, unitsDaily: days(DAY, 30, () => 2).filter(keep) });
    expect(r.ok && r.turnover).toBe(7.3);
    expect(r.ok && r.days).toBe(30);
  });

  it('reads units from a chosen 30-day range when no single days are stored', () => {
    const r = inventoryTurnover({
      day: DAY,
      asin: 'B0TEST0001',
      available: { SKU1: days(DAY, 30, () => 50) },
      unitsDaily: [],
      unitsPeriods: [{ period: `${shiftDay(DAY, -29)}..${DAY}`, value: 30 }],
    });
    // 1 a day → 365 / 50 = 7.3
    expect(r.ok && r.turnover).toBe(7.3);
    expect(r.ok && r.daysOfCover).toBe(50);
  });

  it('starts a relisted SKU’s history again at its return', () => {
    // Listed 40 days with 1000 in stock, away for longer than the gap, back for 28 days with 100.
    const back = days(DAY, 28, () => 100);
    const before = days(shiftDay(DAY, -(28 + RELIST_GAP_DAYS + 1)), 40, () => 1000);
    const r = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { SKU1: [...before, ...back] }, unitsDaily: days(DAY, 100, () => 2) });
    expect(r.ok && r.averageAvailable).toBe(100);
    expect(r.ok && r.turnover).toBe(7.3);
    // Back for only 10 days: too short again.
    const soon = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { SKU1: [...before.map((v) => ({ ...v, day: shiftDay(v.day, 18) })), ...days(DAY, 10, () => 100)] }, unitsDaily: days(DAY, 100, () => 2) });
    expect(soon).toEqual({ ok: false, reason: 'shortHistory', days: 10 });
  });

  it('shares an ASIN’s sales over all of its SKUs', () => {
    const r = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { FBA: days(DAY, 28, () => 60), FBM: days(DAY, 28, () => 40) }, unitsDaily: days(DAY, 28, () => 2) });
    expect(r.ok && r.turnover).toBe(7.3);
  });

  it('is refused when nothing was in stock, and zero with no sales (no days of cover)', () => {
    expect(inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { S: days(DAY, 28, () => 0) }, unitsDaily: days(DAY, 28, () => 1) })).toMatchObject({ ok: false, reason: 'noStock' });
    const none = inventoryTurnover({ day: DAY, asin: 'B0TEST0001', available: { S: days(DAY, 28, () => 10) }, unitsDaily: days(DAY, 28, () => 0) });
    expect(none).toMatchObject({ ok: true, turnover: 0, daysOfCover: undefined });
  });

  it('warns below 6 and breaches below 4, the bounds themselves ok / warn', () => {
    const level = (value: number) => evaluate({ marketplace: 'US', scope: 'sku', entity: 'S', metric: 'inventoryTurnover', value, day: DAY })?.level;
    expect([level(6), level(5.99), level(4), level(3.99)]).toEqual(['ok', 'warn', 'warn', 'breach']);
  });
});

describe('sessionsChange', () => {
  const daily = days(shiftDay(DAY, -1), 14, () => 100);

  it('compares a day with the 14 days before', () => {
    expect(sessionsChange({ period: `${DAY}..${DAY}`, value: 50, daily })).toEqual({ ok: true, change: -50, currentPerDay: 50, baselinePerDay: 100, baselineDays: 14 });
  });

  it('compares a range per day, and uses a stored range of exactly the 14 days before', () => {
    const from = shiftDay(DAY, -6);
    expect(sessionsChange({ period: `${from}..${DAY}`, value: 560, daily: [] , periods: [{ period: `${shiftDay(from, -14)}..${shiftDay(from, -1)}`, value: 1400 }] })).toMatchObject({ ok: true, change: -20 });
  });

  it('needs 7 of the 14 days; missing days are left out', () => {
    const seven = daily.filter((_, i) => i % 2 === 0);
    expect(sessionsChange({ period: `${DAY}..${DAY}`, value: 80, daily: seven })).toMatchObject({ ok: true, change: -20, baselineDays: 7 });
    expect(sessionsChange({ period: `${DAY}..${DAY}`, value: 80, daily: seven.slice(1) })).toEqual({ ok: false, reason: 'shortHistory', baselineDays: 6 });
    expect(sessionsChange({ period: `${DAY}..${DAY}`, value: 5, daily: days(shiftDay(DAY, -1), 14, () => 0) })).toMatchObject({ ok: false, reason: 'noBaseline' });
  });

  it('warns below −20 and breaches below −40, the bounds themselves ok / warn', () => {
    const level = (value: number) => evaluate({ marketplace: 'US', scope: 'asin', entity: 'B0', metric: 'sessionsChange', value, day: DAY })?.level;
    expect([level(-20), level(-20.01), level(-40), level(-40.01), level(35)]).toEqual(['ok', 'warn', 'warn', 'breach', 'ok']);
  });
});

describe('salesConcentration', () => {
  it('is the top child ASIN’s share of the sales', () => {
    expect(salesConcentration([{ asin: 'A', value: 300, currency: 'USD' }, { asin: 'B', value: 700, currency: 'USD' }])).toEqual({ ok: true, share: 70, asin: 'B', total: 1000, asins: 2 });
  });

  it('exactly half is ok, more warns', () => {
    const half = salesConcentration([{ asin: 'A', value: 500 }, { asin: 'B', value: 300 }, { asin: 'C', value: 200 }]);
    expect(half).toMatchObject({ share: 50 });
    const level = (value: number) => evaluate({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'salesConcentration', value, day: DAY })?.level;
    expect([level(50), level(50.01), level(100)]).toEqual(['ok', 'warn', 'warn']);
  });

  it('refuses no sales and mixed currencies', () => {
    expect(salesConcentration([])).toEqual({ ok: false, reason: 'noSales' });
    expect(salesConcentration([{ asin: 'A', value: 0 }])).toEqual({ ok: false, reason: 'noSales' });
    expect(salesConcentration([{ asin: 'A', value: 1, currency: 'USD' }, { asin: 'B', value: 1, currency: 'CAD' }])).toEqual({ ok: false, reason: 'mixedCurrencies' });
  });
});

describe('launch window', () => {
  it('plans 30 days: $20 a day rising 20% a week, reviews toward 50', () => {
    const plan = launchPlan('2026-03-01', '2026-03-16');
    expect(plan.weeks.map((w) => w.budgetPerDay)).toEqual([20, 24, 28.8, 34.56, 41.47]);
    expect(plan.weeks.at(-1)).toMatchObject({ from: '2026-03-29', to: '2026-03-30' });
    expect(plan).toMatchObject({ end: '2026-03-30', dayOfLaunch: 16, active: true, budgetToday: 28.8, reviewsGoal: 50 });
    expect(launchPlan('2026-03-01', '2026-03-31')).toMatchObject({ dayOfLaunch: 31, active: false });
  });

  it('sums what the history shows over the launch days only', () => {
    const plan = launchPlan('2026-03-01', '2026-03-05');
    const progress = launchProgress(plan, { sessions: [{ day: '2026-02-28', value: 999 }, { day: '2026-03-01', value: 10 }, { day: '2026-03-03', value: 20 }], unitsOrdered: [{ day: '2026-03-03', value: 2 }] });
    expect(progress).toEqual({ sessions: 30, unitsOrdered: 2, daysSeen: 2, reviews: undefined, spendPerDay: undefined });
  });

  it('says which reviews below 4 stars were seen since the launch, and nothing when no Customer Reviews page was read since', () => {
    const plan = launchPlan('2026-03-01', '2026-03-10');
    const reviews = [
      { kind: 'review', entity: 'B0TEST0001', date: '2026-03-02' },
      { kind: 'review', entity: 'B0TEST0001', date: '2026-02-20' },
      { kind: 'review', entity: 'B0OTHER001', date: '2026-03-03' },
      { kind: 'feedback', entity: 'B0TEST0001', date: '2026-03-04' },
    ];
    expect(launchReviewsSeen(plan, 'B0TEST0001', reviews, ['2026-02-25', '2026-03-04', '2026-03-02'])).toEqual({ below4: 1, lastRead: '2026-03-04' });
    // Read since the launch, none below 4 stars: zero seen, which is still no count toward the goal.
    expect(launchReviewsSeen(plan, 'B0NEW00001', reviews, ['2026-03-04'])).toEqual({ below4: 0, lastRead: '2026-03-04' });
    expect(launchReviewsSeen(plan, 'B0TEST0001', reviews, ['2026-02-25'])).toBeUndefined();
  });

  it('starts on the day an ASIN was marked new, or first seen after watching began', () => {
    expect(launchStart({ firstSeen: '2026-03-01' }, '2026-03-01')).toBeUndefined();
    expect(launchStart({ firstSeen: '2026-03-05' }, '2026-03-01')).toBe('2026-03-05');
    expect(launchStart({ firstSeen: '2026-03-01', marked: '2026-03-10' }, '2026-03-01')).toBe('2026-03-10');
  });
});
