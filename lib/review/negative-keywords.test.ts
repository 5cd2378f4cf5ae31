import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storeAdLinks } from '../store/links';
import { openDb, type SellerOpsDb } from '../store/db';
import { addEntry } from '../store/entries';
import type { Snapshot } from '../store/schema';
import { DEFAULT_SETTINGS } from '../store/settings';
import { loadNegativeKeywords } from './negative-keywords';

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
    const groups = await loadNegativeKeywords(db, 'US', DEFAULT_SETTINGS, '2026-11-21');
    expect([...groups.keys()]).toEqual(['SP | Auto - Bowls', '']);
    expect(groups.get('SP | Auto - Bowls')).toEqual([{ term: 'dog bowl cheap', clicks: 12, spend: 14.4, reason: 'clicks', campaign: 'SP | Auto - Bowls', campaignId: '312', adGroup: 'Auto' }]);
    expect(groups.get('')!.map((c) => c.term)).toEqual(['orphan term']);
    const logged = await addEntry(db, { marketplace: 'US', module: 'ads', category: 'operations', summary: '1 search term to negate', entity: 'SP | Auto - Bowls', action: 'Add as negative exact keywords: dog bowl cheap', owner: '', status: 'open' });
    expect(logged.ok).toBe(true);
  });
});
