/**
 * Unit economics of an ASIN (or a whole marketplace) over a period: what the sales leave after
 * Amazon's fees, advertising, returns, the product itself and the team's tools and time.
 *
 * The model, term by term (all amounts in the marketplace currency, for the period):
 *
 *   sales           captured `orderedProductSales` (Business Reports)
 * − commission      sales × commission rate (Amazon's referral fee)
 * − FBA fees        units × FBA fee per unit (captured `unitsOrdered`; one fee per unit shipped)
 * − ad spend        captured `spend` of the campaigns that advertise the ASIN
 * − returns         sales × return rate: a returned order is counted as revenue lost; the part of the
 *                   commission Amazon refunds on a return is not credited back (conservative)
 * − product cost    units × landed cost per unit (purchase price and freight to the warehouse)
 * = contribution margin
 * − tool costs      subscriptions charged to this ASIN or account for the period
 * − labour costs    the team's time charged to it for the period
 * = profit
 *
 * Total cost is every cost above (commission, FBA, ads, returns, product, tools, labour).
 *
 * Ratios: ACoS = ad spend / ad-attributed sales (the campaigns' `sales`); TACoS = ad spend / all
 * sales; break-even ACoS = (sales − commission − FBA − returns − product cost) / sales, the share of
 * a sale that advertising may take before that sale loses money (tools and labour are paid whatever
 * one more sale costs, so they are left out of it); break-even TACoS also leaves room for them.
 *
 * The seed's worked example, a $50,000 month at 15% commission, $1.80 FBA per unit on 800 orders,
 * 20% of sales on ads and $200 of tools: 7,500 + 1,440 + 10,000 + 200 = $19,140 of cost, which leaves
 * 50,000 − 19,140 = $30,860 before the product's own cost. Returns, product cost and labour are 0
 * until the assistant enters them (the return rate is an editable assumption, 0% by default).
 */
import { z } from 'zod';
import { dailyDayOf } from '../store/history';
import type { Snapshot } from '../store/schema';

export const costInputsSchema = z
  .object({
    commissionRatePct: z.number().finite().min(0, 'a rate is 0 or more').max(100, 'a rate is at most 100%'),
    fbaFeePerUnit: z.number().finite().min(0, 'a fee is 0 or more').max(10_000),
    productCostPerUnit: z.number().finite().min(0, 'a cost is 0 or more').max(1_000_000),
    returnRatePct: z.number().finite().min(0, 'a rate is 0 or more').max(100, 'a rate is at most 100%'),
    toolCost: z.number().finite().min(0, 'a cost is 0 or more').max(100_000_000),
    labourCost: z.number().finite().min(0, 'a cost is 0 or more').max(100_000_000),
  })
  .strict();
export type CostInputs = z.infer<typeof costInputsSchema>;

export const DEFAULT_COST_INPUTS: CostInputs = {
  commissionRatePct: 15,
  fbaFeePerUnit: 0,
  productCostPerUnit: 0,
  returnRatePct: 0,
  toolCost: 0,
  labourCost: 0,
};

/**
 * What the assistant enters, kept in the `settings` table under `ECONOMICS_KEY`: inputs for the
 * marketplace as a whole and per ASIN, and which campaigns advertise which ASIN (the ads console
 * reports spend by campaign, not by ASIN).
 */
export const ECONOMICS_KEY = 'economics';
const subjectKey = z.string().regex(/^[A-Z]{2}\|.{1,500}$/, 'a key is "<marketplace>|<ASIN or *>"');
export const economicsSettingsSchema = z
  .object({
    inputs: z.record(subjectKey, costInputsSchema).default({}),
    campaigns: z.record(subjectKey, z.array(z.string().min(1).max(500)).max(5000)).default({}),
  })
  .strict();
export type EconomicsSettings = z.infer<typeof economicsSettingsSchema>;

/** Key of a marketplace's ASIN, or of the whole marketplace (`*`). */
export function subjectOf(marketplace: string, asin: string | '*'): string {
  return `${marketplace}|${asin}`;
}

export interface PeriodFigures {
  sales: number;
  units: number;
  adSpend: number;
  /** Sales the ads console attributes to the campaigns; undefined when none were captured. */
  adSales?: number;
}

export interface Term {
  id: 'sales' | 'commission' | 'fbaFees' | 'adSpend' | 'returns' | 'productCost' | 'contributionMargin' | 'toolCost' | 'labourCost' | 'profit' | 'totalCost';
  /** Signed: costs are negative, totals are what is left. */
  amount: number;
  kind: 'revenue' | 'cost' | 'total';
}

export interface Economics {
  terms: Term[];
  contributionMargin: number;
  profit: number;
  /** Every cost of the period added up (the seed's $19,140 in its worked example). */
  totalCost: number;
  /** Ratios as fractions (0.2 is 20%); undefined when the denominator is 0. */
  acos?: number;
  tacos?: number;
  breakEvenAcos?: number;
  breakEvenTacos?: number;
  contributionMarginPct?: number;
  profitPct?: number;
}

/** Money to the cent: the terms a user checks by hand must add up exactly. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A cost as a signed term: never "-0" when the cost is nothing. */
function negative(value: number): number {
  return value === 0 ? 0 : -value;
}

function ratio(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}

export function unitEconomics(figures: PeriodFigures, inputs: CostInputs): Economics {
  const { sales, units, adSpend } = figures;
  const commission = cents((sales * inputs.commissionRatePct) / 100);
  const fbaFees = cents(units * inputs.fbaFeePerUnit);
  const returns = cents((sales * inputs.returnRatePct) / 100);
  const productCost = cents(units * inputs.productCostPerUnit);
  const beforeAds = cents(sales - commission - fbaFees - returns - productCost);
  const contributionMargin = cents(beforeAds - adSpend);
  const profit = cents(contributionMargin - inputs.toolCost - inputs.labourCost);
  const totalCost = cents(sales - profit);
  const terms: Term[] = [
    { id: 'sales', amount: cents(sales), kind: 'revenue' },
    { id: 'commission', amount: negative(commission), kind: 'cost' },
    { id: 'fbaFees', amount: negative(fbaFees), kind: 'cost' },
    { id: 'adSpend', amount: negative(cents(adSpend)), kind: 'cost' },
    { id: 'returns', amount: negative(returns), kind: 'cost' },
    { id: 'productCost', amount: negative(productCost), kind: 'cost' },
    { id: 'contributionMargin', amount: contributionMargin, kind: 'total' },
    { id: 'toolCost', amount: negative(cents(inputs.toolCost)), kind: 'cost' },
    { id: 'labourCost', amount: negative(cents(inputs.labourCost)), kind: 'cost' },
    { id: 'profit', amount: profit, kind: 'total' },
    { id: 'totalCost', amount: totalCost, kind: 'total' },
  ];
  const optional = (key: keyof Economics, value: number | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    terms,
    contributionMargin,
    profit,
    totalCost,
    ...optional('acos', figures.adSales === undefined ? undefined : ratio(adSpend, figures.adSales)),
    ...optional('tacos', ratio(adSpend, sales)),
    ...optional('breakEvenAcos', ratio(beforeAds, sales)),
    ...optional('breakEvenTacos', ratio(beforeAds - inputs.toolCost - inputs.labourCost, sales)),
    ...optional('contributionMarginPct', ratio(contributionMargin, sales)),
    ...optional('profitPct', ratio(profit, sales)),
  };
}

export interface PeriodTotal {
  value: number;
  /** Days of the period that captured values cover; less than `days` means the total is partial. */
  coveredDays: number;
  days: number;
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The total of a flow metric (sales, units, spend) of one entity over `from..to`, from snapshots
 * that may be single days, chosen ranges, or both. A range that is exactly the period wins; else the
 * non-overlapping values inside the period are summed, longest ranges first, latest capture first.
 */
export function periodTotal(rows: readonly Pick<Snapshot, 'period' | 'day' | 'value' | 'capturedAt'>[], from: string, to: string): PeriodTotal {
  const days = dayCount(from, to);
  const spans = rows
    .map((row) => {
      const single = dailyDayOf(row);
      const start = single ?? row.period.slice(0, 10);
      const end = single ?? row.period.slice(12);
      return { start, end, length: dayCount(start, end), value: row.value, capturedAt: row.capturedAt };
    })
    .filter((s) => s.start >= from && s.end <= to)
    .sort((a, b) => b.length - a.length || b.capturedAt.localeCompare(a.capturedAt));
  const chosen: typeof spans = [];
  for (const span of spans) {
    if (chosen.every((c) => span.end < c.start || span.start > c.end)) chosen.push(span);
  }
  return {
    value: chosen.reduce((sum, s) => sum + s.value, 0),
    coveredDays: chosen.reduce((sum, s) => sum + s.length, 0),
    days,
  };
}
