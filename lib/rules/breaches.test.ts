import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breachesAmong, breachesOfDay, ruledValuesOfDay } from './breaches';
import { openDb, type SellerOpsDb } from '../store/db';
import { DIGESTED_METRICS, digestsOfDays } from '../store/day-digest';
import { RULED_METRICS } from './';
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

  it('gives the same values in the same order from the days\' digests as from the day index (days written before the digests were kept)', async () => {
    // Buy Box rows shown for the day before and for the day itself (periods), stock values in two
    // marketplaces, ACOS and ODR: every page kind's order, and the Buy Box days before, count.
    const days = ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];
    const rows: Snapshot[] = [];
    days.forEach((day, d) => {
      for (let i = 0; i < 12; i++) {
        const asin = `B0ASIN${String(i).padStart(4, '0')}`;
        rows.push(buyBox(asin, (i * 17 + d * 23) % 100, day, i % 3 ? 'US' : 'UK'));
        rows.push({ ...buyBox(asin, (i * 13 + d * 7) % 100, day), period: `${days[Math.max(0, d - 1)]}..${days[Math.max(0, d - 1)]}` });
        rows.push(stock(`SKU-${11 - i}`, (i * 29 + d) % 40, day));
      }
      rows.push({ marketplace: 'US', source: 'advertising', page: 'ads-campaigns', scope: 'campaign', entity: `Camp ${d}`, metric: 'acos', value: 40 + d, unit: 'percent', period: '', day, capturedAt: `${day}T10:00:00.000Z` });
      rows.push({ marketplace: 'DE', source: 'sellercentral', page: 'account-health', scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 0.5 + d, unit: 'percent', period: '', day, capturedAt: `${day}T08:00:00.000Z` });
    });
    // Written in a shuffled order, in several writes: the digests are built and merged along the way.
    const shuffled = rows.map((row, i) => [(i * 7_919) % rows.length, row] as const).sort((a, b) => a[0] - b[0]).map(([, row]) => row);
    for (let i = 0; i < shuffled.length; i += 25) await db.snapshots.bulkPut(shuffled.slice(i, i + 25));
    expect((await digestsOfDays(db, days)).size).toBe(days.length);

    const fromDigests = await ruledValuesOfDay(db, '2026-11-21');
    expect(fromDigests.today.length).toBe(12 * 3 + 2);
    expect(fromDigests.before.length).toBeGreaterThan(0);
    // Only the earlier days without digests: today from its digests, the Buy Box days from the index.
    await db.dayDigests.where(':id').below(['2026-11-21', '']).delete();
    expect(await ruledValuesOfDay(db, '2026-11-21')).toEqual(fromDigests);
    await db.dayDigests.clear();
    expect(await ruledValuesOfDay(db, '2026-11-21')).toEqual(fromDigests);
    expect(breachesAmong(fromDigests).length).toBeGreaterThan(0);
  });

  it('keeps day digests of exactly the metrics that have a rule', () => {
    expect([...DIGESTED_METRICS].sort()).toEqual([...RULED_METRICS].sort());
  });
});
