/**
 * Negative keyword candidates per campaign (issue 16), from the Search terms pages' stored rows (scope
 * `searchTerm`, whichever page kind or report import stored them) of the last days, the campaigns the
 * Search terms pages showed each term under (lib/store/links.ts), and the rules of
 * lib/rules/linked-ads.ts. Each term's figures are its latest capture per metric. Beside them, the core
 * terms' impressions against two weeks before (lib/rules/core-terms.ts), from the same stored rows.
 */
import type { Marketplace } from '../read/marketplaces';
import { acosTargetFor } from '../rules';
import { coreTermImpressions, CORE_OFFSET_DAYS, CORE_WINDOW_DAYS, type CoreTermsResult, type TermPeriodValue } from '../rules/core-terms';
import { campaignIds, campaignsOfTerm, negativeCandidates, negativesByCampaign, targetCostPerOrder, type NegativeCandidate, type SearchTermFigures } from '../rules/linked-ads';
import { linksOf } from '../store/links';
import type { SellerOpsDb } from '../store/db';
import { valuesOfDay } from '../store/day-index';
import type { Snapshot } from '../store/schema';
import type { Settings } from '../store/settings';
import { shiftDay } from '../read/day';

/** Days of captures the candidates are drawn from. */
export const NEGATIVE_LOOKBACK_DAYS = 30;

/** Each search term's latest figures among the rows. */
export function termFigures(rows: readonly Snapshot[]): SearchTermFigures[] {
  const latest = new Map<string, Snapshot>();
  for (const row of rows) {
    if (row.scope !== 'searchTerm' || !['clicks', 'orders', 'spend', 'sales'].includes(row.metric)) continue;
    const key = `${row.entity}\u0000${row.metric}`;
    const seen = latest.get(key);
    if (!seen || row.capturedAt > seen.capturedAt) latest.set(key, row);
  }
  const terms = new Map<string, SearchTermFigures>();
  for (const row of latest.values()) {
    const t = terms.get(row.entity) ?? { term: row.entity };
    (t as unknown as Record<string, number>)[row.metric] = row.value;
    terms.set(row.entity, t);
  }
  return [...terms.values()];
}

/** The candidates of a marketplace, by campaign (`''`: terms whose campaign no Search terms page showed). */
export async function loadNegativeKeywords(db: SellerOpsDb, marketplace: Marketplace, settings: Pick<Settings, 'negativeKeywords' | 'acosTargets' | 'acosAssignments'>, today: string): Promise<Map<string, NegativeCandidate[]>> {
  const days = Array.from({ length: NEGATIVE_LOOKBACK_DAYS + 1 }, (_, i) => shiftDay(today, -i));
  // A day's values of the four metrics by exact index keys: no scan of the days' other rows.
  const rows = (await Promise.all(days.map((day) => valuesOfDay(db, day, ['clicks', 'orders', 'spend', 'sales'])))).flat().filter((r) => r.marketplace === marketplace && r.scope === 'searchTerm');
  const figures = termFigures(rows);
  const links = await linksOf(db, marketplace);
  const where = campaignsOfTerm(links, campaignIds(links));
  // The terms of each campaign together give its average order; the ACOS target is the campaign's category's.
  const byCampaign = new Map<string, SearchTermFigures[]>();
  for (const f of figures) for (const w of where.get(f.term) ?? [{ campaign: '' }]) byCampaign.set(w.campaign, [...(byCampaign.get(w.campaign) ?? []), f]);
  const candidates: NegativeCandidate[] = [];
  for (const [campaign, terms] of byCampaign) {
    const sales = terms.reduce((sum, t) => sum + (t.sales ?? 0), 0);
    const orders = terms.reduce((sum, t) => sum + (t.orders ?? 0), 0);
    const cpo = targetCostPerOrder(acosTargetFor(campaign, settings as Settings).target, sales, orders);
    for (const found of negativeCandidates(terms, cpo, settings.negativeKeywords)) {
      const places = (where.get(found.term) ?? []).filter((w) => w.campaign === campaign);
      if (!places.length) candidates.push(found);
      for (const w of places) candidates.push({ ...found, ...w });
    }
  }
  return negativesByCampaign(candidates);
}

/** Capture days the core terms are read from: the three weeks compared, and a little more for late report imports. */
export const CORE_LOOKBACK_DAYS = CORE_OFFSET_DAYS + CORE_WINDOW_DAYS + 14;

/** Each (term, metric, period)'s latest stored value among the rows (scope `searchTerm`). */
export function termPeriodValues(rows: readonly Snapshot[]): TermPeriodValue[] {
  const latest = new Map<string, Snapshot>();
  for (const row of rows) {
    if (row.scope !== 'searchTerm' || !row.period || (row.metric !== 'impressions' && row.metric !== 'orders' && row.metric !== 'sales')) continue;
    const key = `${row.entity}\u0000${row.metric}\u0000${row.period}`;
    const seen = latest.get(key);
    if (!seen || row.capturedAt > seen.capturedAt) latest.set(key, row);
  }
  return [...latest.values()].map((r) => ({ term: r.entity, metric: r.metric as TermPeriodValue['metric'], period: r.period, value: r.value }));
}

/** The core terms' impressions of a marketplace against two weeks before, from the Search terms pages and Search Term Report files stored. */
export async function loadCoreTerms(db: SellerOpsDb, marketplace: Marketplace, today: string): Promise<CoreTermsResult> {
  const days = Array.from({ length: CORE_LOOKBACK_DAYS + 1 }, (_, i) => shiftDay(today, -i));
  const rows = (await Promise.all(days.map((day) => valuesOfDay(db, day, ['impressions', 'orders', 'sales'])))).flat().filter((r) => r.marketplace === marketplace && r.scope === 'searchTerm');
  return coreTermImpressions(termPeriodValues(rows));
}
