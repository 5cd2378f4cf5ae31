import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breachesAmong, breachesOfDay, ruledValuesOfDay } from './breaches';
import { openDb, type SellerOpsDb } from '../store/db';
import type { Snapshot } from '../store/schema';
import { defaultSettings } from '../store/settings';

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

  it('reads the day\'s ruled values once, without settings, and judges them under any settings (the popup, on a settings change)', async () => {
    await db.snapshots.bulkPut([
      stock('LOW', 12, '2026-11-21'),
      stock('FINE', 80, '2026-11-21'),
      buyBox('B0THREE001', 50, '2026-11-19'), buyBox('B0THREE001', 55, '2026-11-20'), buyBox('B0THREE001', 40, '2026-11-21'),
      buyBox('B0HIGH0001', 90, '2026-11-20'), buyBox('B0HIGH0001', 95, '2026-11-21'),
    ]);
    const values = await ruledValuesOfDay(db, '2026-11-21');
    expect(values.today.map((r) => r.entity).sort()).toEqual(['B0HIGH0001', 'B0THREE001', 'FINE', 'LOW']);
    // The Buy Box days before are read only for the ASIN below the floor today.
    expect(values.before.map((r) => `${r.entity} ${r.day}`).sort()).toEqual(['B0THREE001 2026-11-19', 'B0THREE001 2026-11-20']);
    const keys = (found: ReturnType<typeof breachesAmong>) => found.map((b) => `${b.snapshot.entity} ${b.snapshot.metric}`).sort();
    expect(keys(breachesAmong(values))).toEqual(keys(await breachesOfDay(db, '2026-11-21')));
    expect(keys(breachesAmong(values, defaultSettings()))).toEqual(['B0THREE001 buyBoxPct', 'LOW available']);
    // A stricter stock rule in the settings: FINE (80) breaches too, from the same values, nothing read again.
    const strict = { ...defaultSettings(), rules: { US: { available: { warn: 120, breach: 100 } } } };
    expect(keys(breachesAmong(values, strict))).toEqual(['B0THREE001 buyBoxPct', 'FINE available', 'LOW available']);
  });
});
