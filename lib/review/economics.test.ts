import { describe, expect, it } from 'vitest';
import { economicsSettingsSchema, periodTotal, unitEconomics, type CostInputs } from './economics';

/** The seed's cost model: 15% commission, $1.80 FBA per unit, $200 of tools; nothing else entered. */
const SEED_INPUTS: CostInputs = {
  commissionRatePct: 15,
  fbaFeePerUnit: 1.8,
  productCostPerUnit: 0,
  returnRatePct: 0,
  toolCost: 200,
  labourCost: 0,
};

describe('unit economics', () => {
  it("gives the seed's worked example: a $50k month with 20% on ads costs $19,140", () => {
    const result = unitEconomics({ sales: 50_000, units: 800, adSpend: 10_000, adSales: 40_000 }, SEED_INPUTS);
    const amount = Object.fromEntries(result.terms.map((term) => [term.id, term.amount]));
    expect(amount).toEqual({
      sales: 50_000,
      commission: -7_500,
      fbaFees: -1_440,
      adSpend: -10_000,
      returns: 0,
      productCost: 0,
      contributionMargin: 31_060,
      toolCost: -200,
      labourCost: 0,
      profit: 30_860,
      totalCost: 19_140,
    });
    expect(result.totalCost).toBe(19_140);
    // Every cost term adds up to the total cost.
    const costs = result.terms.filter((t) => t.kind === 'cost').reduce((sum, t) => sum - t.amount, 0);
    expect(costs).toBeCloseTo(19_140, 6);
    expect(result.tacos).toBeCloseTo(0.2, 10);
    expect(result.acos).toBeCloseTo(0.25, 10);
    // 50,000 − 7,500 − 1,440 = 41,060 of every 50,000 is left for ads before a sale loses money.
    expect(result.breakEvenAcos).toBeCloseTo(0.8212, 10);
    expect(result.breakEvenTacos).toBeCloseTo(0.8172, 10);
    expect(result.profitPct).toBeCloseTo(0.6172, 10);
  });

  it('takes returns, the landed product cost and labour off the margin when they are entered', () => {
    const result = unitEconomics(
      { sales: 50_000, units: 800, adSpend: 10_000, adSales: 40_000 },
      { ...SEED_INPUTS, returnRatePct: 5, productCostPerUnit: 8.4, labourCost: 2_500 },
    );
    const amount = Object.fromEntries(result.terms.map((term) => [term.id, term.amount]));
    expect(amount).toMatchObject({ returns: -2_500, productCost: -6_720, contributionMargin: 21_840, labourCost: -2_500, profit: 19_140, totalCost: 30_860 });
    expect(result.breakEvenAcos).toBeCloseTo(0.6368, 10);
  });

  it('leaves ratios out when there is nothing to divide by', () => {
    const result = unitEconomics({ sales: 0, units: 0, adSpend: 12 }, SEED_INPUTS);
    expect(result.acos).toBeUndefined();
    expect(result.tacos).toBeUndefined();
    expect(result.breakEvenAcos).toBeUndefined();
    expect(result.profit).toBe(-12 - 200);
    expect(Object.is(result.terms.find((t) => t.id === 'commission')!.amount, -0)).toBe(false);
  });

  it('keeps amounts to the cent, so hand-checked sums agree', () => {
    const result = unitEconomics({ sales: 0.3, units: 3, adSpend: 0.1 }, { ...SEED_INPUTS, commissionRatePct: 10, fbaFeePerUnit: 0.1, productCostPerUnit: 0, returnRatePct: 0, toolCost: 0, labourCost: 0 });
    expect(result.terms.find((t) => t.id === 'commission')!.amount).toBe(-0.03);
    expect(result.contributionMargin).toBe(-0.13);
  });

  it('refuses impossible inputs', () => {
    expect(economicsSettingsSchema.safeParse({ inputs: { 'US|B0TEST': { ...SEED_INPUTS, returnRatePct: 120 } } }).success).toBe(false);
    expect(economicsSettingsSchema.safeParse({ inputs: { 'US|B0TEST': { ...SEED_INPUTS, fbaFeePerUnit: -1 } } }).success).toBe(false);
    expect(economicsSettingsSchema.safeParse({ inputs: { 'US|B0TEST': SEED_INPUTS }, campaigns: { 'US|B0TEST': ['Brand exact'] } }).success).toBe(true);
  });
});

describe('period totals from captured values', () => {
  const at = (d: string) => `${d}T09:00:00.000+08:00`;
  it('takes a range that is exactly the period', () => {
    const rows = [
      { period: '2026-04-01..2026-04-30', day: '2026-05-01', value: 50_000, capturedAt: at('2026-05-01') },
      { period: '2026-04-01..2026-04-01', day: '2026-04-02', value: 1_000, capturedAt: at('2026-04-02') },
    ];
    expect(periodTotal(rows, '2026-04-01', '2026-04-30')).toEqual({ value: 50_000, coveredDays: 30, days: 30 });
  });

  it('sums single days and inner ranges without counting a day twice; the later capture of a day wins', () => {
    const rows = [
      { period: '2026-04-01..2026-04-01', day: '2026-04-01', value: 90, capturedAt: at('2026-04-01') },
      { period: '2026-04-01..2026-04-01', day: '2026-04-02', value: 100, capturedAt: at('2026-04-02') },
      { period: '2026-04-02..2026-04-02', day: '2026-04-03', value: 200, capturedAt: at('2026-04-03') },
      { period: '2026-04-03..2026-04-09', day: '2026-04-10', value: 700, capturedAt: at('2026-04-10') },
      { period: '2026-04-05..2026-04-05', day: '2026-04-06', value: 999, capturedAt: at('2026-04-06') },
      { period: '2026-03-25..2026-04-02', day: '2026-04-03', value: 5_000, capturedAt: at('2026-04-03') },
    ];
    expect(periodTotal(rows, '2026-04-01', '2026-04-10')).toEqual({ value: 1_000, coveredDays: 9, days: 10 });
  });
});
