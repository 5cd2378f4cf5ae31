import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import type { Snapshot } from '../store/schema';
import { linkedSignals, parseLinkedRequest } from './linked-ads-query';

const TODAY = '2026-11-20';
const row = (over: Partial<Snapshot>): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'restock', scope: 'sku', entity: 'SKU-1', metric: 'restockAlert',
  value: 2, status: 'reorderNow', unit: 'status', period: '', day: TODAY, capturedAt: `${TODAY}T09:00:00.000Z`, ...over,
});
const request = (restock: boolean) =>
  parseLinkedRequest({ marketplace: 'US', campaigns: [], adGroups: [], skus: [], split: { auto: 50, manual: 30, brand: 20, tolerance: 10 }, today: TODAY, ...(restock ? { restock } : {}) })!;

describe('the restock breaches the IPI badge asks for', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads the restock values of the last 14 days in the marketplace, from pages and report files', async () => {
    await db.snapshots.bulkPut([
      row({}),
      row({ metric: 'recommendedQty', value: 120, unit: 'units', status: undefined }),
      row({ entity: 'SKU-2', source: 'file', value: 3, status: 'outOfStock', day: '2026-11-10', capturedAt: '2026-11-10T09:00:00.000Z' }),
      // Too old, another marketplace, and a fine alert: none of them.
      row({ entity: 'SKU-OLD', day: '2026-10-01', capturedAt: '2026-10-01T09:00:00.000Z' }),
      row({ entity: 'SKU-UK', marketplace: 'UK' }),
      row({ entity: 'SKU-OK', value: 0, status: 'none' }),
    ]);
    const reply = await linkedSignals(db, request(true));
    expect(reply.restock).toEqual([
      { sku: 'SKU-2', day: '2026-11-10', alert: 'outOfStock' },
      { sku: 'SKU-1', day: TODAY, alert: 'reorderNow', recommendedQty: 120 },
    ]);
    expect((await linkedSignals(db, request(false))).restock).toBeUndefined();
  });
});
