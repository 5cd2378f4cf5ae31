import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import { loadAsins, loadSkuAsin, markAsinNew, storeAdLinks } from '../store/links';
import type { Snapshot } from '../store/schema';
import { campaignsAdvertising, trafficWalk } from '../review/traffic-walk';
import { deriveLinked, withLinked } from './linked-store';
import { shiftDay } from './linked-history';

const DAY = '2026-03-31';
const row = (over: Partial<Snapshot>): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity: 'SKU-1', metric: 'available',
  value: 100, unit: 'units', period: '', day: DAY, capturedAt: `${DAY}T09:00:00.000Z`, ...over,
});
const unitsOn = (day: string, value: number) =>
  row({ page: 'business-reports', scope: 'asin', entity: 'B0TEST0001', metric: 'unitsOrdered', unit: 'count', value, period: `${day}..${day}`, day: shiftDay(day, 1), capturedAt: `${shiftDay(day, 1)}T09:00:00.000Z` });
const sessionsOn = (day: string, value: number, entity = 'B0TEST0001') =>
  row({ page: 'business-reports', scope: 'asin', entity, metric: 'sessions', unit: 'count', value, period: `${day}..${day}`, day: shiftDay(day, 1), capturedAt: `${shiftDay(day, 1)}T09:00:00.000Z` });

describe('deriveLinked', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores the turnover of a SKU whose ASIN the inventory page named, from 28 days of history', async () => {
    const history: Snapshot[] = [];
    // Stock on the 27 days before today; units on the 28 days before (reports show yesterday's sales).
    for (let i = 1; i <= 28; i++) {
      const day = shiftDay(DAY, -i);
      if (i < 28) history.push(row({ day, capturedAt: `${day}T09:00:00.000Z` }));
      history.push(unitsOn(day, 2));
    }
    await db.snapshots.bulkPut(history);
    const today = row({});
    await db.snapshots.put(today);
    const out = await deriveLinked(db, [today], [{ sku: 'SKU-1', asin: 'B0TEST0001' }], new Date(`${DAY}T10:00:00Z`));
    // 2 units a day, 100 in stock: 730 / 100.
    expect(out.gaps).toEqual([]);
    expect(out.rows).toEqual([expect.objectContaining({ scope: 'sku', entity: 'SKU-1', metric: 'inventoryTurnover', value: 7.3, unit: 'ratio', page: 'inventory', day: DAY })]);
    expect(Object.values(out.details)).toEqual([{ asin: 'B0TEST0001', days: 28, daysOfCover: 50 }]);
    expect((await db.snapshots.toArray()).filter((r) => r.metric === 'inventoryTurnover')).toHaveLength(1);
    expect(await loadSkuAsin(db, 'US')).toEqual({ 'SKU-1': { asin: 'B0TEST0001', firstSeen: DAY, lastSeen: DAY } });
  });

  it('says the ASIN is unknown when no inventory page linked the SKU', async () => {
    const today = row({});
    await db.snapshots.put(today);
    const out = await deriveLinked(db, [today]);
    expect(out.rows).toEqual([]);
    expect(out.gaps).toEqual([{ marketplace: 'US', scope: 'sku', entity: 'SKU-1', metric: 'inventoryTurnover', reason: 'asinUnknown' }]);
  });

  it('stores the sessions change of a day against the 14 days before, and the top ASIN’s share', async () => {
    const before = Array.from({ length: 14 }, (_, i) => sessionsOn(shiftDay(DAY, -1 - i), 100));
    await db.snapshots.bulkPut(before);
    const today = [
      sessionsOn(DAY, 40),
      sessionsOn(DAY, 10, 'B0TEST0002'),
      row({ page: 'business-reports', scope: 'asin', entity: 'B0TEST0001', metric: 'orderedProductSales', unit: 'money', currency: 'USD', value: 600, period: `${DAY}..${DAY}`, day: shiftDay(DAY, 1) }),
      row({ page: 'business-reports', scope: 'asin', entity: 'B0TEST0002', metric: 'orderedProductSales', unit: 'money', currency: 'USD', value: 400, period: `${DAY}..${DAY}`, day: shiftDay(DAY, 1) }),
    ];
    await db.snapshots.bulkPut(today);
    const out = await deriveLinked(db, today);
    const byMetric = Object.fromEntries(out.rows.map((r) => [`${r.metric}|${r.entity}`, r]));
    expect(byMetric['sessionsChange|B0TEST0001']).toMatchObject({ value: -60, unit: 'percent', period: `${DAY}..${DAY}`, scope: 'asin' });
    expect(byMetric['salesConcentration|account']).toMatchObject({ value: 60, scope: 'account', period: `${DAY}..${DAY}` });
    // The second ASIN has no history: said, not guessed.
    expect(out.gaps).toEqual([expect.objectContaining({ entity: 'B0TEST0002', metric: 'sessionsChange', reason: 'shortHistory', days: 0 })]);
    expect(Object.keys(await loadAsins(db, 'US')).sort()).toEqual(['B0TEST0001', 'B0TEST0002']);
  });

  it('adds the linked values to the capture reply, never failing the capture', async () => {
    const today = row({});
    const reply = await withLinked({ ok: true, stored: 1, rejected: [] }, [today], undefined, db);
    expect(reply).toMatchObject({ ok: true, stored: 1, linked: { gaps: [expect.objectContaining({ reason: 'asinUnknown' })] } });
    expect(await withLinked({ ok: false, error: 'full' }, [today], undefined, db)).toEqual({ ok: false, error: 'full' });
  });

  it('marks an ASIN new and takes the mark away', async () => {
    await markAsinNew(db, 'US', 'B0TEST0009', '2026-03-02');
    expect((await loadAsins(db, 'US'))['B0TEST0009']).toMatchObject({ marked: '2026-03-02' });
    await markAsinNew(db, 'US', 'B0TEST0009', undefined);
    expect((await loadAsins(db, 'US'))['B0TEST0009']).toMatchObject({ notNew: true });
    expect((await loadAsins(db, 'US'))['B0TEST0009']?.marked).toBeUndefined();
  });
});

describe('trafficWalk', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('walks account health, then ads, then inventory, each filled from the history with its page', async () => {
    await db.snapshots.bulkPut([
      row({ page: 'account-health', scope: 'account', entity: 'account', metric: 'accountHealthRating', unit: 'score', value: 180, day: '2026-03-30' }),
      row({ page: 'account-health', scope: 'account', entity: 'account', metric: 'accountHealthRating', unit: 'score', value: 190, day: DAY }),
      row({ page: 'account-health', scope: 'account', entity: 'account', metric: 'orderDefectRate', unit: 'percent', value: 0.5 }),
      row({ value: 0 }),
      row({ metric: 'listingStatus', unit: 'status', value: 3, status: 'searchSuppressed' }),
    ]);
    await deriveLinked(db, [row({ value: 0 })], [{ sku: 'SKU-1', asin: 'B0TEST0001' }]);
    const steps = await trafficWalk(db, 'US', 'B0TEST0001');
    expect(steps.map((s) => s.module)).toEqual(['account', 'ads', 'inventory']);
    expect(steps[0]!.facts.map((f) => [f.metric, f.value, f.level])).toEqual([
      ['accountHealthRating', 190, 'breach'],
      ['orderDefectRate', 0.5, 'ok'],
    ]);
    expect(steps[0]!.url).toContain('/performance/dashboard');
    expect(steps[1]).toMatchObject({ gap: 'adsUnknown', facts: [] });
    expect(steps[1]!.url).toContain('advertising.amazon.com');
    expect(steps[2]!.facts.map((f) => [f.entity, f.metric, f.value, f.status, f.level])).toEqual([
      ['SKU-1', 'available', 0, undefined, 'breach'],
      ['SKU-1', 'listingStatus', 3, 'searchSuppressed', 'breach'],
    ]);
    expect(steps[2]!.url).toContain('/myinventory/inventory');
    // An ASIN no inventory page linked: the step says its SKUs are unknown.
    expect((await trafficWalk(db, 'US', 'B0OTHER001'))[2]).toMatchObject({ gap: 'skuUnknown' });
  });

  it('fills the ads step from the campaigns the Advertised products pages linked, with their latest spend, impressions and ACOS', async () => {
    const ads = (entity: string, scope: 'campaign' | 'ad', spend: number, impressions: number, acos: number, day = DAY) =>
      (['spend', 'impressions', 'acos'] as const).map((metric) =>
        row({
          source: 'advertising', page: scope === 'ad' ? 'ads-products' : 'ads-campaigns', scope, entity, metric, period: `${day}..${day}`, day, capturedAt: `${day}T09:00:00.000Z`,
          ...(metric === 'spend' ? { value: spend, unit: 'money', currency: 'USD' } : metric === 'impressions' ? { value: impressions, unit: 'count' } : { value: acos, unit: 'percent' }),
        }),
      );
    await db.snapshots.bulkPut([
      ...ads('Auto Leash', 'campaign', 12, 900, 40, '2026-03-29'),
      ...ads('Auto Leash', 'campaign', 15.5, 1200, 35),
      ...ads('SKU-1', 'ad', 4.25, 300, 20),
      ...ads('Other campaign', 'campaign', 99, 9999, 99),
    ]);
    await deriveLinked(db, [row({})], [{ sku: 'SKU-1', asin: 'B0TEST0001' }]);
    await storeAdLinks(db, 'US', '2026-03-20', [
      // By SKU, by ASIN, and a campaign renamed since (its id says so).
      { kind: 'ad', campaign: 'Auto Leash', campaignId: '111', adGroup: 'All', sku: 'SKU-1' },
      { kind: 'ad', campaign: 'Exact Leash', adGroup: 'Leash exact', asin: 'B0TEST0001' },
      { kind: 'ad', campaign: 'Old name', campaignId: '222', adGroup: 'G', sku: 'SKU-1', asin: 'B0TEST0001' },
      { kind: 'ad', campaign: 'Other campaign', adGroup: 'X', sku: 'SKU-9', asin: 'B0TEST0009' },
    ]);
    await storeAdLinks(db, 'US', '2026-03-25', [{ kind: 'campaign', campaign: 'New name', campaignId: '222' }]);
    expect(await campaignsAdvertising(db, 'US', ['SKU-1'], 'B0TEST0001')).toEqual([
      { campaign: 'Auto Leash', adGroups: ['All'] },
      { campaign: 'Exact Leash', adGroups: ['Leash exact'] },
      { campaign: 'New name', adGroups: ['G'] },
    ]);
    // Known by ASIN alone (no inventory page linked its SKUs): the ASIN's links still name it.
    expect((await campaignsAdvertising(db, 'US', [], 'B0TEST0001')).map((c) => c.campaign)).toEqual(['Auto Leash', 'Exact Leash', 'New name']);
    expect(await campaignsAdvertising(db, 'US', [], 'B0NOTHING1')).toEqual([]);

    const ads1 = (await trafficWalk(db, 'US', 'B0TEST0001'))[1]!;
    expect(ads1.gap).toBeUndefined();
    expect(ads1.campaigns?.map((c) => c.campaign)).toEqual(['Auto Leash', 'Exact Leash', 'New name']);
    // The latest of each campaign with history, then the product's own; no other campaign's.
    expect(ads1.facts.map((f) => [f.scope, f.entity, f.metric, f.value, f.day])).toEqual([
      ['campaign', 'Auto Leash', 'spend', 15.5, DAY],
      ['campaign', 'Auto Leash', 'impressions', 1200, DAY],
      ['campaign', 'Auto Leash', 'acos', 35, DAY],
      ['ad', 'SKU-1', 'spend', 4.25, DAY],
      ['ad', 'SKU-1', 'impressions', 300, DAY],
      ['ad', 'SKU-1', 'acos', 20, DAY],
    ]);
    expect(ads1.facts[0]).toMatchObject({ currency: 'USD' });
  });

  it('names the campaigns even before any of their figures were captured', async () => {
    await storeAdLinks(db, 'US', DAY, [{ kind: 'ad', campaign: 'Auto Leash', adGroup: 'All', sku: 'SKU-1', asin: 'B0TEST0001' }]);
    expect((await trafficWalk(db, 'US', 'B0TEST0001'))[1]).toMatchObject({ gap: 'noData', facts: [], campaigns: [{ campaign: 'Auto Leash', adGroups: ['All'] }] });
  });
});
