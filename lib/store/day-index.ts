/**
 * The snapshots' one index of days (lib/store/db.ts): `[day+page+marketplace+metric]`. It gives a day's
 * rows (a prefix), the page kinds and marketplaces captured on a day (from the day's digest mark when the
 * day keeps digests, else a skip along the index: one read per page kind and marketplace, no row scan),
 * and a day's values of chosen metrics (exact keys).
 */
import { Dexie } from 'dexie';
import type { SellerOpsDb } from './db';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId } from '../read/metrics';
import { visitsOfDay } from './due-items';
import { DAY_INDEX, type Snapshot } from './schema';
import { ADAPTER_IDS, type AdapterId } from '../read/record';
import { digestedPagesOfDay } from './day-digest';

/** Rows captured from day `from` to day `to`, both included. */
export function rowsOfDays(db: SellerOpsDb, from: string, to: string): Promise<Snapshot[]> {
  return db.snapshots.where(DAY_INDEX).between([from, Dexie.minKey], [to, Dexie.maxKey], true, true).toArray();
}

/** Per page kind, the marketplaces captured (the checklist and the breaches read it). */
export type CapturedPages = ReadonlyMap<AdapterId, ReadonlySet<string>>;

/**
 * The marketplaces each page kind was captured for on `day`: from the day's digest mark (one read), or, on
 * a day that keeps no digests, per page kind one read per marketplace found; page kinds that store no
 * snapshots (reviews) count from their visits (lib/store/due-items.ts).
 */
export async function capturedOnDay(db: SellerOpsDb, day: string): Promise<Map<AdapterId, Set<Marketplace>>> {
  // One read-only transaction for the reads (twenty-odd on a day without digests), instead of one transaction each.
  const [byPage, visits] = await db.transaction('r', [db.snapshots, db.pageVisits, db.dayDigests], () => Promise.all([snapshotPagesOnDay(db, day), visitsOfDay(db, day)]));
  for (const { page, marketplace } of visits) byPage.get(page)?.add(marketplace);
  return byPage;
}

async function snapshotPagesOnDay(db: SellerOpsDb, day: string): Promise<Map<AdapterId, Set<Marketplace>>> {
  const byPage = new Map(ADAPTER_IDS.map((page) => [page, new Set<Marketplace>()]));
  // One read when the day keeps digests (lib/store/day-digest.ts: the newest days, today among them).
  const digested = await digestedPagesOfDay(db, day);
  if (digested) {
    for (const [page, marketplace] of digested) byPage.get(page)?.add(marketplace);
    return byPage;
  }
  await Promise.all(
    [...byPage].map(async ([page, found]) => {
      let lower: unknown[] = [day, page, Dexie.minKey];
      for (;;) {
        const [key] = (await db.snapshots.where(DAY_INDEX).between(lower, [day, page, Dexie.maxKey], false, true).limit(1).keys()) as unknown as [string, string, Marketplace, string][];
        if (!key) break;
        found.add(key[2]);
        lower = [day, page, key[2], Dexie.maxKey];
      }
    }),
  );
  return byPage;
}

/**
 * A day's values of the given metrics, on every page kind and marketplace captured that day (`captured`,
 * when the caller has or is reading `capturedOnDay` of the day, saves reading it again).
 */
export async function valuesOfDay(db: SellerOpsDb, day: string, metrics: Iterable<MetricId>, captured?: CapturedPages | Promise<CapturedPages>): Promise<Snapshot[]> {
  const wanted = [...metrics];
  const keys: [string, string, string, string][] = [];
  for (const [page, marketplaces] of await (captured ?? capturedOnDay(db, day))) {
    for (const marketplace of marketplaces) for (const metric of wanted) keys.push([day, page, marketplace, metric]);
  }
  // One read-only transaction for the reads (a few dozen: page kinds × marketplaces × metrics), not one each.
  const rows = await db.transaction('r', db.snapshots, () => Promise.all(keys.map((key) => db.snapshots.where(DAY_INDEX).equals(key).toArray())));
  return rows.flat();
}
