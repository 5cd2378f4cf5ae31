import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { DIGESTED_METRICS, digestedPagesOfDay, digestsOfDays, KEPT_DAYS } from './day-digest';
import { capturedOnDay, valuesOfDay } from './day-index';
import { snapshotStorageKey } from './snapshot-key';
import type { Snapshot } from './schema';

const DAYS = ['2026-11-19', '2026-11-20', '2026-11-21'];

function row(page: Snapshot['page'], metric: Snapshot['metric'], entity: string, value: number, day: string, marketplace: Snapshot['marketplace'] = 'US'): Snapshot {
  const scope = page === 'inventory' ? 'sku' : page === 'ads-campaigns' ? 'campaign' : page === 'account-health' ? 'account' : 'asin';
  return { marketplace, source: page === 'ads-campaigns' ? 'advertising' : 'sellercentral', page, scope, entity, metric, value, unit: 'count', period: '', day, capturedAt: `${day}T09:00:00.000Z` };
}

/** A day's values of `metrics` as `key value` lines, in one order whichever way they were read. */
const lines = (rows: readonly Snapshot[]) => rows.map((r) => `${r.marketplace} ${r.page} ${r.scope} ${r.entity} ${r.metric} ${r.period} ${r.day} = ${r.value}`).sort();

/** The page kinds and marketplaces of a day as `page marketplace` lines. */
async function capturedLines(db: SellerOpsDb, day: string): Promise<string[]> {
  return [...(await capturedOnDay(db, day))].flatMap(([page, marketplaces]) => [...marketplaces].map((m) => `${page} ${m}`)).sort();
}

/** What the day index alone gives for the page kinds and marketplaces of a day (the day's digests set aside). */
async function capturedFromIndex(db: SellerOpsDb, day: string): Promise<string[]> {
  const digests = await db.dayDigests.toArray();
  await db.dayDigests.clear();
  try {
    return await capturedLines(db, day);
  } finally {
    await db.dayDigests.bulkPut(digests);
  }
}

/** What the day index gives for a day's digested metrics: the digests must hold exactly that. */
async function fromIndex(db: SellerOpsDb, day: string): Promise<string[]> {
  return lines(await valuesOfDay(db, day, DIGESTED_METRICS));
}

describe('day digests (lib/store/day-digest.ts)', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`digest-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('hold exactly the day index\'s ruled values of each day, through many writes that replace values and mix metrics', async () => {
    // A seeded mix: ruled and unruled metrics, three page kinds, two marketplaces, values written again later.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const kinds: [Snapshot['page'], Snapshot['metric']][] = [
      ['inventory', 'available'], ['inventory', 'inbound'], ['inventory', 'daysOfSupply'],
      ['business-reports', 'buyBoxPct'], ['business-reports', 'sessions'], ['ads-campaigns', 'acos'], ['ads-campaigns', 'spend'], ['account-health', 'orderDefectRate'],
    ];
    for (let batch = 0; batch < 12; batch++) {
      const rows = Array.from({ length: 40 }, () => {
        const [page, metric] = kinds[Math.floor(next() * kinds.length)]!;
        return row(page, metric, page === 'account-health' ? 'account' : `E-${Math.floor(next() * 15)}`, Math.round(next() * 100), DAYS[Math.floor(next() * 3)]!, next() < 0.3 ? 'UK' : 'US');
      });
      await db.snapshots.bulkPut(rows);
    }
    const digests = await digestsOfDays(db, DAYS);
    for (const day of DAYS) {
      expect(digests.has(day), `${day} has complete digests`).toBe(true);
      expect(lines(digests.get(day)!), day).toEqual(await fromIndex(db, day));
      expect(digests.get(day)!.every((r) => DIGESTED_METRICS.has(r.metric))).toBe(true);
    }
    // The mark lists the page kinds and marketplaces of every metric's values (unruled ones too), as the index does.
    for (const day of DAYS) {
      expect(await digestedPagesOfDay(db, day), `${day}'s mark lists its pages`).toBeDefined();
      expect(await capturedLines(db, day), day).toEqual(await capturedFromIndex(db, day));
    }
    // Asked for one metric, a day gives that metric's values only.
    const buyBox = await digestsOfDays(db, DAYS, ['buyBoxPct']);
    for (const day of DAYS) expect(lines(buyBox.get(day)!)).toEqual((await fromIndex(db, day)).filter((l) => l.includes(' buyBoxPct ')));
  });

  it('builds a day in full at its next write when it has none (days written before version 9), and leaves unwritten days to the index', async () => {
    await db.snapshots.bulkPut([row('inventory', 'available', 'OLD-1', 5, DAYS[2]!), row('inventory', 'available', 'OLD-2', 50, DAYS[2]!), row('inventory', 'available', 'OLD-3', 9, DAYS[1]!)]);
    await db.dayDigests.clear(); // as a database upgraded from v8 is: values, no digests
    expect([...(await digestsOfDays(db, DAYS)).keys()]).toEqual([]);
    await db.snapshots.put(row('business-reports', 'buyBoxPct', 'B0NEW00001', 40, DAYS[2]!));
    const digests = await digestsOfDays(db, DAYS);
    expect([...digests.keys()]).toEqual([DAYS[2]]);
    expect(lines(digests.get(DAYS[2]!)!)).toEqual(await fromIndex(db, DAYS[2]!));
    expect(digests.get(DAYS[2]!)!.map((r) => r.entity).sort()).toEqual(['B0NEW00001', 'OLD-1', 'OLD-2']);
  });

  it("list a page kind or marketplace first written with an unruled metric, and build a mark kept before the list in full", async () => {
    const day = DAYS[2]!;
    await db.snapshots.put(row('inventory', 'available', 'A', 5, day));
    expect(await capturedLines(db, day)).toEqual(['inventory US']);
    // Sessions and ad spend have no rule: no digest of theirs, but the pages are listed.
    await db.snapshots.bulkPut([row('business-reports', 'sessions', 'B0TEST0001', 40, day, 'UK'), row('ads-campaigns', 'spend', 'C-1', 12, day)]);
    expect(await capturedLines(db, day)).toEqual(['ads-campaigns US', 'business-reports UK', 'inventory US']);
    expect(await capturedLines(db, day)).toEqual(await capturedFromIndex(db, day));
    // A value of a page kind already listed leaves the mark as it is.
    const mark = await db.dayDigests.get([day, '']);
    await db.snapshots.put(row('business-reports', 'sessions', 'B0TEST0002', 41, day, 'UK'));
    expect(await db.dayDigests.get([day, ''])).toEqual(mark);
    // A mark kept before it listed pages (the list left out) is built again, in full, by the day's next write.
    await db.dayDigests.put({ day, metric: '', values: [] });
    expect(await digestedPagesOfDay(db, day)).toBeUndefined();
    expect(await capturedLines(db, day)).toEqual(['ads-campaigns US', 'business-reports UK', 'inventory US']); // from the index
    await db.snapshots.put(row('feedback', 'feedbackRating', 'account', 4.8, day, 'DE'));
    expect(await digestedPagesOfDay(db, day)).toHaveLength(4);
    expect(await capturedLines(db, day)).toEqual(['ads-campaigns US', 'business-reports UK', 'feedback DE', 'inventory US']);
    expect(lines((await digestsOfDays(db, [day])).get(day)!)).toEqual(await fromIndex(db, day));
  });

  it('are all dropped by a delete of snapshots (the index answers until a day is written again)', async () => {
    const rows = [row('inventory', 'available', 'A', 5, DAYS[1]!), row('inventory', 'available', 'B', 6, DAYS[2]!)];
    await db.snapshots.bulkPut(rows);
    await db.snapshots.delete(snapshotStorageKey(rows[0]!));
    expect((await digestsOfDays(db, DAYS)).size).toBe(0);
    await db.snapshots.put(row('inventory', 'available', 'C', 7, DAYS[2]!));
    expect(lines((await digestsOfDays(db, DAYS)).get(DAYS[2]!)!)).toEqual(await fromIndex(db, DAYS[2]!));
    await db.snapshots.clear();
    expect((await digestsOfDays(db, DAYS)).size).toBe(0);
  });

  it('keep the stored value when a write fails (bulkAdd of a value already there)', async () => {
    await db.snapshots.put(row('inventory', 'available', 'A', 5, DAYS[2]!));
    await expect(db.snapshots.bulkAdd([row('inventory', 'available', 'A', 99, DAYS[2]!), row('inventory', 'available', 'B', 7, DAYS[2]!)])).rejects.toThrow();
    const digest = (await digestsOfDays(db, [DAYS[2]!])).get(DAYS[2]!)!;
    expect(lines(digest)).toEqual(await fromIndex(db, DAYS[2]!));
    expect(digest.map((r) => `${r.entity}=${r.value}`).sort()).toEqual(['A=5', 'B=7']);
  });

  it('lose no row when one transaction writes the same day twice at once', async () => {
    await db.snapshots.put(row('inventory', 'available', 'FIRST', 1, DAYS[2]!));
    await db.transaction('rw', db.snapshots, () =>
      Promise.all([db.snapshots.bulkPut([row('inventory', 'available', 'A', 2, DAYS[2]!)]), db.snapshots.bulkPut([row('inventory', 'available', 'B', 3, DAYS[2]!)])]),
    );
    expect((await digestsOfDays(db, [DAYS[2]!])).get(DAYS[2]!)!.map((r) => r.entity).sort()).toEqual(['A', 'B', 'FIRST']);
  });

  it('are rolled back with the values when the transaction that wrote them fails', async () => {
    await db.snapshots.put(row('inventory', 'available', 'A', 5, DAYS[2]!));
    await expect(
      db.transaction('rw', db.snapshots, async () => {
        await db.snapshots.put(row('inventory', 'available', 'A', 77, DAYS[2]!));
        throw new Error('the write after it failed');
      }),
    ).rejects.toThrow('the write after it failed');
    expect((await digestsOfDays(db, [DAYS[2]!])).get(DAYS[2]!)!.map((r) => r.value)).toEqual([5]);
    expect(await fromIndex(db, DAYS[2]!)).toHaveLength(1);
  });

  it('take no part in reads, and keys outside a day are not read as the day', async () => {
    await db.snapshots.bulkPut([row('inventory', 'available', 'A', 5, DAYS[1]!), row('inventory', 'available', 'B', 6, DAYS[2]!)]);
    const digests = await digestsOfDays(db, [DAYS[2]!]);
    expect(digests.get(DAYS[2]!)!.map((r) => r.entity)).toEqual(['B']);
    expect(await db.dayDigests.where(':id').between([DAYS[2], Dexie.minKey], [DAYS[2], Dexie.maxKey]).count()).toBe(2); // the mark and available
  });

  it('are kept for the newest eight days only: older days are read from the index, and a write of one builds nothing', async () => {
    const days = Array.from({ length: 11 }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`);
    for (const day of days) await db.snapshots.bulkPut([row('inventory', 'available', 'A', 1, day), row('inventory', 'inbound', 'A', 2, day)]);
    expect([...(await digestsOfDays(db, days)).keys()]).toEqual(days.slice(-KEPT_DAYS));
    // Last year's report file, or a value read late for an old day: that day keeps no digests.
    await db.snapshots.put(row('inventory', 'available', 'B', 3, days[0]!));
    expect((await digestsOfDays(db, days)).has(days[0]!)).toBe(false);
    // A day inside the window is kept up to date.
    const inside = days[days.length - KEPT_DAYS]!;
    await db.snapshots.put(row('inventory', 'available', 'B', 4, inside));
    expect(lines((await digestsOfDays(db, [inside])).get(inside)!)).toEqual(await fromIndex(db, inside));
    // A new newest day moves the window: the oldest kept day falls out.
    await db.snapshots.put(row('inventory', 'available', 'A', 5, '2026-11-21'));
    expect([...(await digestsOfDays(db, [...days, '2026-11-21'])).keys()]).toEqual([...days, '2026-11-21'].slice(-KEPT_DAYS));
    expect(await db.dayDigests.where(':id').below([days[days.length - KEPT_DAYS + 1]!]).count()).toBe(0);
  });
});
