import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badgeText, countActionItems } from './action-badge';
import { openDb, type SellerOpsDb } from '../store/db';
import { addEntry } from '../store/entries';
import type { Snapshot } from '../store/schema';
import { defaultSettings, settingsSchema } from '../store/settings';

const originalTz = process.env.TZ;

describe('countActionItems', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    process.env.TZ = 'Europe/London';
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    process.env.TZ = originalTz;
    await db.delete();
  });

  const stock = (entity: string, value: number, day: string): Snapshot => ({ marketplace: 'UK', source: 'sellercentral', page: 'inventory', scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '', day, capturedAt: `${day}T09:00:00.000+00:00` });

  it('adds open entries due today or overdue to today\'s breaches', async () => {
    const now = new Date('2026-11-21T15:00:00Z');
    const task = (summary: string, due: string, status: 'open' | 'done' = 'open') => addEntry(db, { summary, module: 'inventory', category: 'operations', due, status }, new Date('2026-11-20T09:00:00Z'));
    await task('overdue', '2026-11-20T17:00:00Z');
    await task('due tonight', '2026-11-21T23:00:00Z');
    await task('due tomorrow', '2026-11-22T10:00:00Z');
    await task('done', '2026-11-20T17:00:00Z', 'done');
    await db.snapshots.bulkPut([stock('A', 10, '2026-11-21'), stock('B', 20, '2026-11-21'), stock('C', 45, '2026-11-21'), stock('OLD', 1, '2026-11-20')]);
    expect(await countActionItems(db, now)).toEqual({ openDue: 2, breaches: 2, total: 4 });
    // The assistant's own thresholds count: stock below 15 only.
    const strict = settingsSchema.parse({ rules: { UK: { available: { warn: 20, breach: 15 } } } });
    expect(await countActionItems(db, now, strict)).toEqual({ openDue: 2, breaches: 1, total: 3 });
    // Next morning: yesterday's breaches are gone, tomorrow's task is due today.
    expect(await countActionItems(db, new Date('2026-11-22T08:00:00Z'), defaultSettings())).toEqual({ openDue: 3, breaches: 0, total: 3 });
  });
});

describe('badgeText', () => {
  it('shows nothing at zero and fits four characters', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });
});
