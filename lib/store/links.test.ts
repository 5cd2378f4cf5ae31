import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { linksOf, loadSkuAsin, rememberSkuAsin, skuAsinKey, skusOf, storeAdLinks } from './links';

describe('the one links store', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps SKU ↔ ASIN beside the ads links, in one row per marketplace', async () => {
    await storeAdLinks(db, 'US', '2026-03-01', [{ kind: 'ad', campaign: 'Auto Leash', adGroup: 'All', sku: 'SKU-1', asin: 'B0TEST0001' }]);
    await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }, { sku: 'SKU-2', asin: 'not an asin' }], '2026-03-02');
    const kinds = (await linksOf(db, 'US')).map((l) => l.kind).sort();
    expect(kinds).toEqual(['ad', 'skuAsin']);
    expect(await loadSkuAsin(db, 'US')).toEqual({ 'SKU-1': { asin: 'B0TEST0001', firstSeen: '2026-03-02', lastSeen: '2026-03-02' } });
    expect(await loadSkuAsin(db, 'DE')).toEqual({});
  });

  it('takes the ASIN a SKU was last shown with (a relisted SKU is relinked) and moves the days on', async () => {
    await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-01');
    await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-03');
    expect((await loadSkuAsin(db, 'US'))['SKU-1']).toEqual({ asin: 'B0TEST0001', firstSeen: '2026-03-01', lastSeen: '2026-03-03' });
    await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0002' }], '2026-03-05');
    const links = await loadSkuAsin(db, 'US');
    expect(links['SKU-1']).toEqual({ asin: 'B0TEST0002', firstSeen: '2026-03-05', lastSeen: '2026-03-05' });
    expect(skusOf(links, 'B0TEST0002')).toEqual(['SKU-1']);
    expect(skusOf(links, 'B0TEST0001')).toEqual([]);
  });

  it('still reads the SKU ↔ ASIN row of a profile from before the one store, under what the links say', async () => {
    await db.settings.put({ key: skuAsinKey('US'), value: { 'SKU-1': { asin: 'B0TEST0001', firstSeen: '2026-02-01', lastSeen: '2026-02-10' }, 'SKU-9': { asin: 'B0TEST0009', firstSeen: '2026-02-01', lastSeen: '2026-02-01' } } });
    await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-01');
    expect(await loadSkuAsin(db, 'US')).toEqual({
      'SKU-1': { asin: 'B0TEST0001', firstSeen: '2026-02-01', lastSeen: '2026-03-01' },
      'SKU-9': { asin: 'B0TEST0009', firstSeen: '2026-02-01', lastSeen: '2026-02-01' },
    });
  });
});

describe('the links store writes only what changed', () => {
  it('leaves the row as it is when the same links are seen again the same day', async () => {
    const db = openDb(`test-${Math.random()}`);
    try {
      await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-01');
      let writes = 0;
      db.settings.hook('updating', () => {
        writes++;
      });
      db.settings.hook('creating', () => {
        writes++;
      });
      await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-01');
      expect(writes).toBe(0);
      await rememberSkuAsin(db, 'US', [{ sku: 'SKU-1', asin: 'B0TEST0001' }], '2026-03-02');
      expect(writes).toBe(1);
      expect((await loadSkuAsin(db, 'US'))['SKU-1']).toEqual({ asin: 'B0TEST0001', firstSeen: '2026-03-01', lastSeen: '2026-03-02' });
    } finally {
      await db.delete();
    }
  });
});
