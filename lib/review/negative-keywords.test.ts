import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAdLinks } from '../store/links';
import { openDb, type SellerOpsDb } from '../store/db';
import { addEntry } from '../store/entries';
import type { Snapshot } from '../store/schema';
import { defaultSettings } from '../store/settings';
import { loadCoreTerms, loadNegativeKeywords } from './negative-keywords';
import { shiftDay } from '../rules/linked-history';

const opened: SellerOpsDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function term(entity: string, metric: 'clicks' | 'orders' | 'spend' | 'sales', value: number, day = '2026-11-21', at = 'T09:00:00.000Z'): Snapshot {
  const money = metric === 'spend' || metric === 'sales';
  return {
    marketplace: 'US', source: 'advertising', page: 'ads-campaigns', scope: 'searchTerm', entity, metric, value, unit: money ? 'money' : 'count',
    ...(money ? { currency: 'USD' } : {}), period: '2026-11-20..2026-11-20', day, capturedAt: `${day}${at}`,
  } as Snapshot;
}

describe('negative keywords from stored search terms', () => {
  it('lists per campaign the terms with ≥ 10 clicks and no order, by their latest capture, and logs them', async () => {
    const db = openDb(`neg-${Math.random()}`);
    opened.push(db);
    await db.snapshots.bulkPut([
      term('dog bowl cheap', 'clicks', 12), term('dog bowl cheap', 'orders', 0), term('dog bowl cheap', 'spend', 14.4),
      // Recaptured later the same day with an order: no longer a candidate.
      term('steel bowl', 'clicks', 15), term('steel bowl', 'orders', 0), term('steel bowl', 'orders', 1, '2026-11-21', 'T18:00:00.000Z'),
      term('bowl', 'clicks', 30), term('bowl', 'orders', 3), term('bowl', 'sales', 90), term('bowl', 'spend', 20),
      term('orphan term', 'clicks', 11), term('orphan term', 'orders', 0),
      // Older than the lookback: not read.
      term('ancient', 'clicks', 99, '2026-09-01'), term('ancient', 'orders', 0, '2026-09-01'),
    ]);
    await storeAdLinks(db, 'US', '2026-11-21', [
      { kind: 'searchTerm', campaign: 'SP | Auto - Bowls', campaignId: '312', adGroup: 'Auto', term: 'dog bowl cheap' },
      { kind: 'searchTerm', campaign: 'SP | Auto - Bowls', campaignId: '312', adGroup: 'Auto', term: 'steel bowl' },
      { kind: 'searchTerm', campaign: 'SP | Auto - Bowls', campaignId: '312', adGroup: 'Auto', term: 'bowl' },
      { kind: 'bogus' },
    ]);
    const groups = await loadNegativeKeywords(db, 'US', defaultSettings(), '2026-11-21');
    expect([...groups.keys()]).toEqual(['SP | Auto - Bowls', '']);
    expect(groups.get('SP | Auto - Bowls')).toEqual([{ term: 'dog bowl cheap', clicks: 12, spend: 14.4, reason: 'clicks', campaign: 'SP | Auto - Bowls', campaignId: '312', adGroup: 'Auto' }]);
    expect(groups.get('')!.map((c) => c.term)).toEqual(['orphan term']);
    const logged = await addEntry(db, { marketplace: 'US', module: 'ads', category: 'operations', summary: '1 search term to negate', entity: 'SP | Auto - Bowls', action: 'Add as negative exact keywords: dog bowl cheap', owner: '', status: 'open' });
    expect(logged.ok).toBe(true);
  });
});

describe('core terms from stored search terms', () => {
  it('reads Search Term Report days and a Search terms page range, the latest capture of each period', async () => {
    const db = openDb(`core-${Math.random()}`);
    opened.push(db);
    const today = '2026-11-21';
    const end = '2026-11-20';
    const row = (entity: string, metric: 'impressions' | 'orders' | 'sales', value: number, from: string, to: string, source: 'file' | 'advertising', at: string) =>
      ({
        marketplace: 'US', source, page: 'ads-campaigns', scope: 'searchTerm', entity, metric, value, unit: metric === 'sales' ? 'money' : 'count',
        ...(metric === 'sales' ? { currency: 'USD' } : {}), period: `${from}..${to}`, day: at.slice(0, 10), capturedAt: at,
      }) as Snapshot;
    const rows: Snapshot[] = [];
    // The earlier window from a Search Term Report file (one row per day, stored on the report's days).
    for (let i = 14; i <= 20; i++) {
      const d = shiftDay(end, -i);
      rows.push(row('dog leash', 'impressions', 1000, d, d, 'file', `${d}T12:00:00.000Z`));
    }
    rows.push(row('dog leash', 'orders', 2, shiftDay(end, -15), shiftDay(end, -15), 'file', `${shiftDay(end, -15)}T12:00:00.000Z`));
    // The latest window from the Search terms page read with "Last 7 days", read twice: the later capture counts.
    rows.push(row('dog leash', 'impressions', 7000, shiftDay(end, -6), end, 'advertising', `${today}T08:00:00.000Z`));
    rows.push(row('dog leash', 'impressions', 2100, shiftDay(end, -6), end, 'advertising', `${today}T15:00:00.000Z`));
    // Another marketplace: not read.
    rows.push({ ...row('dog leash', 'impressions', 1, shiftDay(end, -6), end, 'advertising', `${today}T15:00:00.000Z`), marketplace: 'DE' });
    await db.snapshots.bulkPut(rows);
    const result = await loadCoreTerms(db, 'US', today);
    expect(result.latest).toEqual({ from: shiftDay(end, -6), to: end });
    expect(result.terms).toEqual([expect.objectContaining({ term: 'dog leash', orders: 2, before: 1000, latest: 300, change: -70, status: 'drop' })]);
  });
});
