/**
 * Core terms' impressions compared with two weeks before (issue 16, negative keywords). Pure: the
 * stored search term values in, the comparison out.
 *
 * - A **core term** is a search term that sells: at least one order over the three weeks compared (from the
 *   first day of the earlier window to the last day of the latest), ranked by its sales there (then its
 *   orders), the top `CORE_TERMS_MAX`. Terms without an order are the negative keywords' business, not this.
 * - The **latest window** is the 7 days ending on the last day any search term's impressions cover; the
 *   **earlier window** the same 7 days two weeks before (days −20 … −14 from that last day).
 * - A term's impressions in a window come from its stored periods lying wholly inside it (a Search terms
 *   page read with "Last 7 days", a Search Term Report's days), ranges first, never overlapping, never
 *   split; its value is impressions **per day covered**, so a missing day is left out, never counted as
 *   zero. A window with fewer than `CORE_MIN_DAYS` days covered says too little (`fewDays`).
 * - A core term shown in the earlier window but in none of the latest one's periods is `absent`: it may
 *   have stopped showing, or its page was not read; it is said, not turned into a zero. One not shown in
 *   the earlier window is `new`. A drop of `CORE_DROP_PERCENT` or more per day is flagged (`drop`).
 */
import { shiftDay, unitsCovered, type PeriodValue } from './linked-history';

export const CORE_WINDOW_DAYS = 7;
/** The earlier window starts this many days before the latest one. */
export const CORE_OFFSET_DAYS = 14;
export const CORE_TERMS_MAX = 20;
export const CORE_MIN_DAYS = 3;
export const CORE_DROP_PERCENT = 30;

/** One stored value of a search term: its metric over a period (`YYYY-MM-DD..YYYY-MM-DD`), latest capture. */
export interface TermPeriodValue {
  term: string;
  metric: 'impressions' | 'orders' | 'sales';
  period: string;
  value: number;
}

export type CoreTermStatus = 'drop' | 'ok' | 'absent' | 'new' | 'fewDays';

export interface CoreTermComparison {
  term: string;
  orders: number;
  sales: number;
  /** Impressions per day covered, and the days covered, in the earlier and the latest window. */
  before?: number;
  beforeDays: number;
  latest?: number;
  latestDays: number;
  /** Percent change per day, two decimals (both windows with enough days). */
  change?: number;
  status: CoreTermStatus;
}

export interface CoreTermsResult {
  /** The windows compared (undefined when no impressions are stored). */
  latest?: { from: string; to: string };
  before?: { from: string; to: string };
  terms: CoreTermComparison[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function covered(values: readonly PeriodValue[], from: string, to: string): { total: number; days: number } {
  const found = unitsCovered([], values, from, to);
  return { total: found.units, days: found.covered };
}

export function coreTermImpressions(values: readonly TermPeriodValue[]): CoreTermsResult {
  const impressions = values.filter((v) => v.metric === 'impressions');
  if (!impressions.length) return { terms: [] };
  const end = impressions.reduce((m, v) => (v.period.slice(12) > m ? v.period.slice(12) : m), impressions[0]!.period.slice(12));
  const latest = { from: shiftDay(end, -(CORE_WINDOW_DAYS - 1)), to: end };
  const before = { from: shiftDay(latest.from, -CORE_OFFSET_DAYS), to: shiftDay(end, -CORE_OFFSET_DAYS) };

  const byTerm = new Map<string, Record<TermPeriodValue['metric'], PeriodValue[]>>();
  for (const v of values) {
    const t = byTerm.get(v.term) ?? { impressions: [], orders: [], sales: [] };
    t[v.metric].push({ period: v.period, value: v.value });
    byTerm.set(v.term, t);
  }
  const core = [...byTerm]
    .map(([term, m]) => ({ term, m, orders: covered(m.orders, before.from, latest.to).total, sales: covered(m.sales, before.from, latest.to).total }))
    .filter((t) => t.orders > 0)
    .sort((a, b) => b.sales - a.sales || b.orders - a.orders || a.term.localeCompare(b.term))
    .slice(0, CORE_TERMS_MAX);

  const terms = core.map(({ term, m, orders, sales }): CoreTermComparison => {
    const b = covered(m.impressions, before.from, before.to);
    const l = covered(m.impressions, latest.from, latest.to);
    const out: CoreTermComparison = {
      term,
      orders: round2(orders),
      sales: round2(sales),
      beforeDays: b.days,
      latestDays: l.days,
      ...(b.days ? { before: round2(b.total / b.days) } : {}),
      ...(l.days ? { latest: round2(l.total / l.days) } : {}),
      status: 'fewDays',
    };
    if (!b.days) return { ...out, status: l.days ? 'new' : 'fewDays' };
    if (!l.days) return { ...out, status: b.days >= CORE_MIN_DAYS ? 'absent' : 'fewDays' };
    if (b.days < CORE_MIN_DAYS || l.days < CORE_MIN_DAYS) return out;
    const perDayBefore = b.total / b.days;
    if (perDayBefore === 0) return { ...out, status: 'ok' };
    const change = round2(((l.total / l.days - perDayBefore) / perDayBefore) * 100);
    return { ...out, change, status: change <= -CORE_DROP_PERCENT ? 'drop' : 'ok' };
  });
  // Drops first (largest first), then the terms to watch, then the rest by sales.
  const rank: Record<CoreTermStatus, number> = { drop: 0, absent: 1, ok: 2, new: 3, fewDays: 4 };
  terms.sort((a, b) => rank[a.status] - rank[b.status] || (a.change ?? 0) - (b.change ?? 0) || b.sales - a.sales);
  return { latest, before, terms };
}
