import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { dailyDayOf, dailySeries } from './history';
import type { Snapshot } from './schema';

const row = (over: Partial<Snapshot>): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'business-reports', scope: 'asin', entity: 'B0TEST0001', metric: 'buyBoxPct',
  value: 50, unit: 'percent', period: '', day: '2026-11-21', capturedAt: '2026-11-21T09:00:00.000+00:00', ...over,
});

describe('dailyDayOf', () => {
  it('is the capture day for point-in-time values, the period day for one-day periods, none for ranges', () => {
    expect(dailyDayOf({ period: '', day: '2026-11-21' })).toBe('2026-11-21');
    expect(dailyDayOf({ period: '2026-11-20..2026-11-20', day: '2026-11-21' })).toBe('2026-11-20');
    expect(dailyDayOf({ period: '2026-11-14..2026-11-20', day: '2026-11-21' })).toBeUndefined();
  });
});

describe('dailySeries', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("returns one entity's daily values in the window, oldest first, from the entity's own index", async () => {
    await db.snapshots.bulkPut([
      row({ period: '2026-11-18..2026-11-18', day: '2026-11-19', value: 40 }),
      row({ period: '2026-11-19..2026-11-19', day: '2026-11-20', value: 45 }),
      row({ period: '2026-11-20..2026-11-20', day: '2026-11-21', value: 55 }),
      row({ period: '2026-11-14..2026-11-20', day: '2026-11-21', value: 70 }), // a week: not a daily value
      row({ entity: 'B0OTHER001', period: '2026-11-20..2026-11-20', day: '2026-11-21', value: 99 }),
      row({ marketplace: 'DE', period: '2026-11-20..2026-11-20', day: '2026-11-21', value: 11 }),
      row({ period: '2026-10-01..2026-10-01', day: '2026-10-02', value: 1 }), // outside the window
    ]);
    const series = await dailySeries(db, 'US', [{ scope: 'asin', entity: 'B0TEST0001', metric: 'buyBoxPct' }], '2026-11-21', 10);
    expect(series['asin|B0TEST0001|buyBoxPct']).toEqual([
      { day: '2026-11-18', value: 40 },
      { day: '2026-11-19', value: 45 },
      { day: '2026-11-20', value: 55 },
    ]);
  });

  it('gives an empty series for an entity never captured', async () => {
    const series = await dailySeries(db, 'US', [{ scope: 'sku', entity: 'NEW', metric: 'available' }], '2026-11-21', 7);
    expect(series['sku|NEW|available']).toEqual([]);
  });
});
