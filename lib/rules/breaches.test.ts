import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breachesOfDay } from './breaches';
import { openDb, type SellerOpsDb } from '../store/db';
import type { Snapshot } from '../store/schema';

const buyBox = (entity: string, value: number, day: string, marketplace: Snapshot['marketplace'] = 'US'): Snapshot => ({
  marketplace, source: 'sellercentral', page: 'business-reports', scope: 'asin', entity, metric: 'buyBoxPct', value, unit: 'percent', period: `${day}..${day}`, day, capturedAt: `${day}T09:00:00.000+08:00`,
});
const stock = (entity: string, value: number, day: string): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '', day, capturedAt: `${day}T09:00:00.000+08:00`,
});

describe('breachesOfDay', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds the day\'s threshold breaches and Buy Box below 60% three days running', async () => {
    await db.snapshots.bulkPut([
      stock('LOW', 12, '2026-11-21'),
      stock('FINE', 80, '2026-11-21'),
      stock('LOW-BEFORE', 3, '2026-11-20'),
      // three days running below 60: a breach
      buyBox('B0THREE001', 50, '2026-11-19'), buyBox('B0THREE001', 55, '2026-11-20'), buyBox('B0THREE001', 40, '2026-11-21'),
      // two days: a warning only
      buyBox('B0TWODAY01', 70, '2026-11-19'), buyBox('B0TWODAY01', 55, '2026-11-20'), buyBox('B0TWODAY01', 40, '2026-11-21'),
      // low before, fine today
      buyBox('B0RECOVER1', 50, '2026-11-19'), buyBox('B0RECOVER1', 50, '2026-11-20'), buyBox('B0RECOVER1', 80, '2026-11-21'),
      // the same ASIN in another marketplace does not lend its history
      buyBox('B0OTHERMP1', 50, '2026-11-19', 'UK'), buyBox('B0OTHERMP1', 50, '2026-11-20', 'UK'), buyBox('B0OTHERMP1', 50, '2026-11-21'),
    ]);
    const found = await breachesOfDay(db, '2026-11-21');
    expect(found.map((b) => `${b.snapshot.marketplace} ${b.snapshot.entity} ${b.snapshot.metric}`).sort()).toEqual(['US B0THREE001 buyBoxPct', 'US LOW available']);
    expect(found.find((b) => b.snapshot.metric === 'buyBoxPct')!.evaluation.daysRunning).toBe(3);
    expect((await breachesOfDay(db, '2026-11-20')).map((b) => b.snapshot.entity)).toEqual(['LOW-BEFORE']);
  });
});
