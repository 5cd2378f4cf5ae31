import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildChecklist, CHECKLIST_PAGES, checklistMarketplaces, checklistUrl, loadChecklist, seenMarketplaces } from './checklist';
import { capturedOnDay } from '../store/day-index';
import { openDb, type SellerOpsDb } from '../store/db';
import { MARKETPLACES, marketplaceFromHost, marketplaceFromUrl, ADVERTISING_HOSTS } from '../read/marketplaces';
import { ADAPTERS } from '../read/pages';
import { adapterFor } from '../read/pages/adapter-for';
import type { Snapshot } from '../store/schema';
import type { AdapterId } from '../read/record';
import { defaultSettings } from '../store/settings';

function snapshot(marketplace: Snapshot['marketplace'], page: AdapterId, day: string, entity = 'account'): Snapshot {
  const base = { marketplace, page, day, period: '', capturedAt: `${day}T09:00:00.000+08:00`, source: page === 'ads-campaigns' || page === 'ads-products' ? 'advertising' : 'sellercentral' } as const;
  switch (page) {
    case 'inventory':
      return { ...base, scope: 'sku', entity, metric: 'available', value: 12, unit: 'units' };
    case 'business-reports':
      return { ...base, scope: 'asin', entity, metric: 'sessions', value: 40, unit: 'count', period: `${day}..${day}` };
    case 'ads-campaigns':
      return { ...base, scope: 'campaign', entity, metric: 'clicks', value: 3, unit: 'count', period: `${day}..${day}` };
    case 'ads-products':
      return { ...base, scope: 'ad', entity, metric: 'clicks', value: 3, unit: 'count', period: `${day}..${day}` };
    case 'feedback':
      return { ...base, scope: 'account', entity: 'account', metric: 'feedbackRating', value: 4.8, unit: 'stars' };
    case 'inventory-performance':
      return { ...base, scope: 'account', entity: 'account', metric: 'ipiScore', value: 450, unit: 'score' };
    case 'account-health':
      return { ...base, scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 0.2, unit: 'percent' };
    case 'restock':
      return { ...base, scope: 'sku', entity, metric: 'restockAlert', value: 2, unit: 'status', status: 'reorderNow' };
    case 'voice-of-customer':
      return { ...base, scope: 'sku', entity, metric: 'returnRate', value: 6.2, unit: 'percent' };
    case 'reviews':
      throw new Error('the reviews page stores no snapshots: it is ticked by its visit (pageVisits)');
  }
}

describe('checklistUrl', () => {
  it.each(MARKETPLACES.flatMap((m) => CHECKLIST_PAGES.map((p) => [m, p] as const)))('%s %s opens a page its adapter reads, for that marketplace', (marketplace, page) => {
    const url = new URL(checklistUrl(page, marketplace));
    expect(url.protocol).toBe('https:');
    expect(adapterFor(url, ADAPTERS)?.id).toBe(page);
    if (page === 'ads-campaigns' || page === 'ads-products') {
      // The ads console has no marketplace parameter: its own host, or the .com console's account switcher.
      const own = ADVERTISING_HOSTS.some((h) => marketplaceFromHost(h) === marketplace);
      if (own) expect(marketplaceFromHost(url.hostname)).toBe(marketplace);
      else expect(url.hostname).toBe('advertising.amazon.com');
    } else {
      expect(marketplaceFromUrl(url)).toBe(marketplace);
    }
  });

  it('uses the marketplace\'s own Seller Central host', () => {
    expect(checklistUrl('account-health', 'DE')).toBe('https://sellercentral.amazon.de/performance/dashboard?mons_sel_mkid=A1PA6795UKMFR9');
    expect(checklistUrl('business-reports', 'US')).toBe('https://sellercentral.amazon.com/business-reports?mons_sel_mkid=ATVPDKIKX0DER#/report?id=102%3ADetailSalesTrafficByChildItem');
    expect(checklistUrl('ads-campaigns', 'JP')).toBe('https://advertising.amazon.co.jp/cm/campaigns');
  });
});

describe('checklistMarketplaces', () => {
  it('prefers the settings, then the marketplaces seen, then US', () => {
    expect(checklistMarketplaces({ marketplaces: ['UK', 'DE'] }, ['US'])).toEqual(['UK', 'DE']);
    expect(checklistMarketplaces({ marketplaces: [] }, ['JP', 'US'])).toEqual(['US', 'JP']);
    expect(checklistMarketplaces({ marketplaces: [] }, [])).toEqual(['US']);
  });
});

describe('checklist from stored snapshots', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('marks each page kind captured today per marketplace, and links the rest', async () => {
    await db.snapshots.bulkPut([
      snapshot('US', 'account-health', '2026-11-21'),
      snapshot('US', 'inventory', '2026-11-21', 'SKU-1'),
      snapshot('US', 'inventory', '2026-11-21', 'SKU-2'),
      snapshot('DE', 'ads-campaigns', '2026-11-21', 'Kampagne 1'),
      // yesterday's captures do not count today
      snapshot('US', 'feedback', '2026-11-20'),
      snapshot('DE', 'business-reports', '2026-11-20', 'B000000001'),
    ]);
    const rows = await loadChecklist(db, '2026-11-21', defaultSettings());
    expect(rows.map((r) => r.marketplace)).toEqual(['US', 'DE']);
    const done = (m: number) => rows[m]!.items.filter((i) => i.done).map((i) => i.page);
    expect(done(0)).toEqual(['account-health', 'inventory']);
    expect(done(1)).toEqual(['ads-campaigns']);
    const feedbackUs = rows[0]!.items.find((i) => i.page === 'feedback')!;
    expect(feedbackUs).toEqual({ page: 'feedback', done: false, url: checklistUrl('feedback', 'US') });

    // The assistant's own marketplaces win over those seen.
    const mine = await loadChecklist(db, '2026-11-21', { marketplaces: ['UK', 'US'] });
    expect(mine.map((r) => [r.marketplace, r.items.filter((i) => i.done).length])).toEqual([
      ['UK', 0],
      ['US', 2],
    ]);
  });

  it('tells apart several marketplaces captured for one page kind', async () => {
    await db.snapshots.bulkPut([
      snapshot('DE', 'inventory', '2026-11-21', 'SKU-1'),
      snapshot('UK', 'inventory', '2026-11-21', 'SKU-1'),
      snapshot('US', 'inventory', '2026-11-21', 'SKU-2'),
      snapshot('FR', 'inventory', '2026-11-20', 'SKU-3'),
      snapshot('JP', 'feedback', '2026-11-21'),
    ]);
    const captured = await capturedOnDay(db, '2026-11-21');
    expect([...captured.get('inventory')!].sort()).toEqual(['DE', 'UK', 'US']);
    expect([...captured.get('feedback')!]).toEqual(['JP']);
    expect([...captured.get('ads-campaigns')!]).toEqual([]);
    expect(await seenMarketplaces(db)).toEqual(['DE', 'FR', 'JP', 'UK', 'US']);
  });

  it('lists US alone when nothing was ever captured', async () => {
    expect(await seenMarketplaces(db)).toEqual([]);
    const rows = await loadChecklist(db, '2026-11-21', defaultSettings());
    expect(rows).toHaveLength(1);
    expect(rows[0]!.marketplace).toBe('US');
    expect(rows[0]!.items.map((i) => i.page)).toEqual([...CHECKLIST_PAGES]);
    expect(rows[0]!.items.every((i) => !i.done)).toBe(true);
  });

  it('builds rows from a capture map without the database', () => {
    const rows = buildChecklist(['FR'], new Map([['feedback', new Set(['FR'])]]));
    expect(rows[0]!.items.find((i) => i.page === 'feedback')!.done).toBe(true);
    expect(rows[0]!.items.filter((i) => i.done)).toHaveLength(1);
  });
});
