import { describe, expect, it } from 'vitest';
import { coreTermImpressions, CORE_TERMS_MAX, type TermPeriodValue } from './core-terms';
import { shiftDay } from './linked-history';

const END = '2026-03-31';
const day = (offset: number) => shiftDay(END, offset);
const on = (term: string, metric: TermPeriodValue['metric'], offset: number, value: number): TermPeriodValue => ({ term, metric, period: `${day(offset)}..${day(offset)}`, value });
/** Daily values of a term over days `from`..`to` (offsets from END, inclusive). */
const daily = (term: string, metric: TermPeriodValue['metric'], from: number, to: number, value: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => on(term, metric, from + i, value));

describe('coreTermImpressions', () => {
  it('compares the latest 7 days with the 7 days two weeks before, per day covered, and flags the drops', () => {
    const result = coreTermImpressions([
      ...daily('dog leash', 'impressions', -20, -14, 1000),
      ...daily('dog leash', 'impressions', -6, 0, 500),
      on('dog leash', 'orders', -18, 3),
      on('dog leash', 'sales', -18, 90),
      ...daily('cat tree', 'impressions', -20, -14, 200),
      ...daily('cat tree', 'impressions', -6, 0, 180),
      on('cat tree', 'orders', -2, 1),
      on('cat tree', 'sales', -2, 40),
    ]);
    expect(result.latest).toEqual({ from: day(-6), to: END });
    expect(result.before).toEqual({ from: day(-20), to: day(-14) });
    expect(result.terms).toEqual([
      { term: 'dog leash', orders: 3, sales: 90, before: 1000, beforeDays: 7, latest: 500, latestDays: 7, change: -50, status: 'drop' },
      { term: 'cat tree', orders: 1, sales: 40, before: 200, beforeDays: 7, latest: 180, latestDays: 7, change: -10, status: 'ok' },
    ]);
  });

  it('leaves missing days out rather than counting them as zero, and says when a window has too few', () => {
    const result = coreTermImpressions([
      // Three days read in the earlier window, four in the latest: per day, no change.
      on('leash', 'impressions', -20, 300), on('leash', 'impressions', -17, 300), on('leash', 'impressions', -14, 300),
      on('leash', 'impressions', -6, 300), on('leash', 'impressions', -4, 300), on('leash', 'impressions', -1, 300), on('leash', 'impressions', 0, 300),
      on('leash', 'orders', -1, 1),
      // Two days only in the latest window: too few to tell.
      ...daily('harness', 'impressions', -20, -14, 100),
      on('harness', 'impressions', -3, 10), on('harness', 'impressions', -2, 10),
      on('harness', 'orders', -3, 1),
    ]);
    expect(result.terms.find((t) => t.term === 'leash')).toMatchObject({ beforeDays: 3, latestDays: 4, change: 0, status: 'ok' });
    expect(result.terms.find((t) => t.term === 'harness')).toMatchObject({ beforeDays: 7, latestDays: 2, latest: 10, status: 'fewDays' });
    expect(result.terms.find((t) => t.term === 'harness')!.change).toBeUndefined();
  });

  it('says a term absent from one window: absent from the latest (not a zero), new in the latest', () => {
    const result = coreTermImpressions([
      ...daily('gone', 'impressions', -20, -14, 50),
      on('gone', 'orders', -15, 2),
      ...daily('fresh', 'impressions', -6, 0, 70),
      on('fresh', 'orders', 0, 1),
    ]);
    expect(result.terms.map((t) => [t.term, t.status, t.latest, t.before])).toEqual([
      ['gone', 'absent', undefined, 50],
      ['fresh', 'new', 70, undefined],
    ]);
  });

  it('takes a stored range lying in a window whole (a page read with "Last 7 days"), never a range across a window’s edge', () => {
    const result = coreTermImpressions([
      { term: 'bowl', metric: 'impressions', period: `${day(-20)}..${day(-14)}`, value: 7000 },
      { term: 'bowl', metric: 'impressions', period: `${day(-6)}..${day(0)}`, value: 3500 },
      // Across the latest window's first day: not split, not used.
      { term: 'bowl', metric: 'impressions', period: `${day(-8)}..${day(-2)}`, value: 99999 },
      { term: 'bowl', metric: 'orders', period: `${day(-6)}..${day(0)}`, value: 2 },
    ]);
    expect(result.terms).toEqual([expect.objectContaining({ term: 'bowl', before: 1000, latest: 500, change: -50, status: 'drop' })]);
  });

  it('counts only terms with orders, the top ones by sales; no impressions stored: nothing to compare', () => {
    const values: TermPeriodValue[] = [...daily('no order', 'impressions', -20, 0, 1000), on('no order', 'orders', -3, 0)];
    for (let i = 0; i < CORE_TERMS_MAX + 5; i++) values.push(...daily(`term ${i}`, 'impressions', -6, 0, 10), on(`term ${i}`, 'orders', 0, 1), on(`term ${i}`, 'sales', 0, i));
    const result = coreTermImpressions(values);
    expect(result.terms).toHaveLength(CORE_TERMS_MAX);
    expect(result.terms.some((t) => t.term === 'no order')).toBe(false);
    expect(result.terms.some((t) => t.term === 'term 0')).toBe(false);
    expect(coreTermImpressions([on('x', 'orders', 0, 1)])).toEqual({ terms: [] });
  });
});
