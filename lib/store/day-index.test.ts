import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedOnDay, rowsOfDays, valuesOfDay } from './day-index';
import { openDb, type SellerOpsDb } from './db';
import type { Snapshot } from './schema';

const row = (over: Partial<Snapshot>): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity: 'SKU-1', metric: 'available',
  value: 10, unit: 'units', period: '', day: '2026-11-21', capturedAt: '2026-11-21T09:00:00.000+00:00', ...over,
});

describe('the day index', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds every marketplace of a page kind, also one that stored only some of its metrics', async () => {
    await db.snapshots.bulkPut([
      row({ marketplace: 'US', metric: 'available' }),
      row({ marketplace: 'US', metric: 'titleLength', unit: 'count', value: 120 }),
      // DE stored only a metric that sorts between US's two: the first and last rows of the page are both US.
      row({ marketplace: 'DE', metric: 'inbound', entity: 'SKU-DE' }),
      row({ marketplace: 'JP', metric: 'available', day: '2026-11-20' }),
      row({ marketplace: 'UK', page: 'business-reports', scope: 'asin', entity: 'B0TEST0001', metric: 'sessions', unit: 'count', value: 5 }),
    ]);
    const captured = await capturedOnDay(db, '2026-11-21');
    expect([...(captured.get('inventory') ?? [])].sort()).toEqual(['DE', 'US']);
    expect([...(captured.get('business-reports') ?? [])]).toEqual(['UK']);
    expect(captured.get('feedback')?.size).toBe(0);
  });

  it("reads a day's values of chosen metrics only, and the rows of a range of days", async () => {
    await db.snapshots.bulkPut([
      row({ metric: 'available' }),
      row({ metric: 'inbound' }),
      row({ marketplace: 'DE', metric: 'available', entity: 'SKU-DE' }),
      row({ metric: 'available', day: '2026-11-20' }),
      row({ metric: 'available', day: '2026-11-19' }),
    ]);
    const values = await valuesOfDay(db, '2026-11-21', ['available', 'titleLength']);
    expect(values.map((r) => `${r.marketplace} ${r.metric} ${r.day}`).sort()).toEqual(['DE available 2026-11-21', 'US available 2026-11-21']);
    expect((await rowsOfDays(db, '2026-11-20', '2026-11-21')).map((r) => r.day).sort()).toEqual(['2026-11-20', '2026-11-21', '2026-11-21', '2026-11-21']);
  });
});
