import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import { rememberAsins, rememberSkuAsin } from '../store/links';
import type { Snapshot } from '../store/schema';
import { launchRows } from './products';

const TODAY = '2026-03-10';

describe('launchRows: reviews toward 50', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`products-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('says the count is not read, with the reviews below 4 stars seen and the latest star rating from the history', async () => {
    // Watching began on 03-01; the ASIN was first seen on 03-05 (new), its SKU linked by an inventory page.
    await rememberAsins(db, 'US', ['B0OLD00001'], '2026-03-01');
    await rememberAsins(db, 'US', ['B0NEW00001'], '2026-03-05');
    await rememberSkuAsin(db, 'US', [{ sku: 'NEW-1', asin: 'B0NEW00001' }], '2026-03-05');
    const stars = (day: string, value: number): Snapshot => ({
      marketplace: 'US', source: 'sellercentral', page: 'voice-of-customer', scope: 'sku', entity: 'NEW-1', metric: 'starRating', value, unit: 'stars', period: '', day, capturedAt: `${day}T09:00:00.000Z`,
    });
    await db.snapshots.bulkPut([stars('2026-03-06', 4.2), stars('2026-03-09', 3.9)]);

    let [row] = await launchRows(db, 'US', TODAY);
    expect(row).toMatchObject({ asin: 'B0NEW00001', progress: { reviews: undefined }, starRating: { value: 3.9, day: '2026-03-09', sku: 'NEW-1' } });
    // No Customer Reviews page read since the launch: nothing is said of its reviews.
    expect(row!.reviewsSeen).toBeUndefined();

    await db.pageVisits.put({ day: '2026-03-08', page: 'reviews', marketplace: 'US' });
    await db.dueItems.bulkPut([
      { kind: 'review', id: 'R1AAAAAAAAAAAA', marketplace: 'US', entity: 'B0NEW00001', rating: 2, date: '2026-03-07', due: '2026-03-14', state: 'open' },
      { kind: 'review', id: 'R1BBBBBBBBBBBB', marketplace: 'DE', entity: 'B0NEW00001', rating: 1, date: '2026-03-07', due: '2026-03-14', state: 'open' },
    ]);
    [row] = await launchRows(db, 'US', TODAY);
    expect(row!.reviewsSeen).toEqual({ below4: 1, lastRead: '2026-03-08' });
    expect(row!.progress.reviews).toBeUndefined();
  });
});
