import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toSnapshots } from './capture';
import { openDb, type SellerOpsDb } from './db';
import { storeSnapshots } from './store-snapshots';
import type { Reading } from '../read/pages/types';

const SC = { url: 'https://sellercentral.amazon.com/myinventory/inventory' };
const reading = (entity: string, value: number): Reading => ({
  record: { scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '' },
});
const where = { marketplace: 'US', source: 'sellercentral', page: 'inventory' } as const;

describe('storeSnapshots', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores one row per (marketplace, scope, entity, metric, period, day), a later capture replacing it', async () => {
    const morning = new Date(2026, 10, 21, 9);
    const evening = new Date(2026, 10, 21, 18);
    await storeSnapshots(db, toSnapshots([reading('SKU-1', 40)], where, morning), SC);
    await storeSnapshots(db, toSnapshots([reading('SKU-1', 25)], where, evening), SC);
    const rows = await db.snapshots.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value).toBe(25);
  });

  it('keeps one row per day: the next day is a new row of the history', async () => {
    await storeSnapshots(db, toSnapshots([reading('SKU-1', 40)], where, new Date(2026, 10, 20, 9)), SC);
    await storeSnapshots(db, toSnapshots([reading('SKU-1', 25)], where, new Date(2026, 10, 21, 9)), SC);
    expect((await db.snapshots.toArray()).map((r) => [r.day, r.value])).toEqual([
      ['2026-11-20', 40],
      ['2026-11-21', 25],
    ]);
  });

  it('keeps values of different periods apart on the same day', async () => {
    const rows = toSnapshots([reading('SKU-1', 1)], where, new Date(2026, 10, 21));
    const other = rows.map((r) => ({ ...r, scope: 'asin', metric: 'sessions', unit: 'count', page: 'business-reports', period: '2026-11-20..2026-11-20' }));
    const week = other.map((r) => ({ ...r, period: '2026-11-14..2026-11-20', value: 7 }));
    await storeSnapshots(db, [...other, ...week], SC);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('refuses rows that fail the schema and stores the good ones', async () => {
    const good = toSnapshots([reading('SKU-1', 5)], where, new Date(2026, 10, 21));
    const bad = { ...good[0]!, entity: 'SKU-2', value: 'five' };
    const reply = await storeSnapshots(db, [bad, ...good], SC);
    expect(reply).toMatchObject({ ok: true, stored: 1 });
    expect(reply.ok && reply.rejected[0]!.index).toBe(0);
    expect((await db.snapshots.toArray()).map((r) => r.entity)).toEqual(['SKU-1']);
  });

  it('refuses captures from hosts that are not listed, and rows of the other source', async () => {
    const rows = toSnapshots([reading('SKU-1', 5)], where, new Date(2026, 10, 21));
    expect(await storeSnapshots(db, rows, { url: 'https://evil.example.com/' })).toMatchObject({ ok: false });
    expect(await storeSnapshots(db, rows, {})).toMatchObject({ ok: false });
    const reply = await storeSnapshots(db, rows, { url: 'https://advertising.amazon.com/cm/campaigns' });
    expect(reply).toMatchObject({ ok: true, stored: 0 });
    expect(await db.snapshots.count()).toBe(0);
  });
});
