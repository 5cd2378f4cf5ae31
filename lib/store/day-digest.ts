/**
 * Day digests (lib/store/db.ts, schema v9): a day's values of each ruled metric kept together in one row,
 * `dayDigests` keyed `[day+metric]`, so that a day's breaches (lib/rules/breaches.ts) read a few rows
 * instead of a thousand values one by one through the day index. Side by side in Chromium, a day of the
 * bench's year (1,500 ruled values) comes in ~2 ms from its digests and ~25 ms from the index
 * (bench/README.md, "popupInteractiveMs: day digests").
 *
 * The digests are kept by `dayDigestKeeper`, a DBCore middleware under every write of snapshots, in the
 * same transaction: no write path (capture, report files, linked values, restore) can forget them.
 * - A day's first write builds all of its digests from the day index (the rows written before version 9
 *   included) and puts the day's mark (`metric: ''`): only a marked day's digests are complete. The mark
 *   lists the page kinds and marketplaces of the day's values, of every metric, so that the day's captured
 *   pages are one read (`digestedPagesOfDay`) rather than a skip read along the index per page kind and
 *   marketplace (the popup's longest read: bench/README.md, "popupInteractiveMs").
 * - Later writes merge their rows into the digests of their day and metric, and new page kinds or
 *   marketplaces into the mark. A mark without that list (kept before it was) is built again in full.
 * - Only the newest KEPT_DAYS days keep digests (`keepDays`): a week of ruled values, not a year's.
 * - A delete of snapshots drops every digest: unmarked days are read from the index again, until their
 *   next write builds them anew. Nothing in the extension deletes snapshots today; this keeps it right.
 */
import { Dexie, type DBCore, type DBCoreKeyRange, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId } from '../read/metrics';
import type { AdapterId } from '../read/record';
import { shiftDay } from '../read/day';
import { DAY_INDEX, snapshotKey, type Snapshot } from './schema';

export const DAY_DIGESTS = 'dayDigests';

/** One day's values of one metric; the row with `metric: ''` marks the day's digests complete. */
export interface DayDigest {
  day: string;
  metric: MetricId | '';
  values: Snapshot[];
  /** On the mark only: each page kind and marketplace the day has a value of (any metric) for. */
  pages?: [AdapterId, Marketplace][];
}

/**
 * The metrics that have a rule (lib/rules RULED_METRICS; storage may not import the rules, so the list is
 * here and lib/rules/breaches.test.ts holds the two equal): the values a day's breaches are worked out from.
 */
export const DIGESTED_METRICS: ReadonlySet<MetricId> = new Set<MetricId>([
  'accountHealthRating', 'orderDefectRate', 'lateShipmentRate', 'preFulfillmentCancelRate', 'validTrackingRate',
  'onTimeDeliveryRate', 'ipiScore', 'agedOver365Pct', 'available', 'titleLength', 'feedbackRating', 'negativeFeedbackPct',
  'daysOfSupply', 'returnRate', 'cxHealth', 'inventoryTurnover', 'sessionsChange', 'salesConcentration',
  'listingStatus', 'restockAlert', 'buyBoxPct', 'acos',
]);

const DAY_MARK = '';

/** The days that keep digests: the newest and the week before it (today's breaches read today and three days before). */
export const KEPT_DAYS = 8;

/** The unique key of a value (contract §3) as one string, to merge rows into a digest. */
const mergeKey = (row: Snapshot) => snapshotKey(row).join('\u0000');

/** The digested rows among `rows`, by metric. */
function byMetric(rows: readonly Snapshot[]): Map<MetricId, Snapshot[]> {
  const out = new Map<MetricId, Snapshot[]>();
  for (const row of rows) {
    if (!DIGESTED_METRICS.has(row.metric)) continue;
    let list = out.get(row.metric);
    if (!list) out.set(row.metric, (list = []));
    list.push(row);
  }
  return out;
}

/** The page kinds and marketplaces of `rows` not in `known`, in their first order. */
function newPages(rows: readonly Snapshot[], known: readonly [AdapterId, Marketplace][] = []): [AdapterId, Marketplace][] {
  const seen = new Set(known.map(([page, marketplace]) => `${page} ${marketplace}`));
  const out: [AdapterId, Marketplace][] = [];
  for (const { page, marketplace } of rows) {
    const key = `${page} ${marketplace}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([page, marketplace]);
  }
  return out;
}

/** Brings the digests of `day` up to date with `rows` (its values just written, of every metric) in `trans`. */
async function keepDay(snapshots: DBCoreTable, digests: DBCoreTable, trans: DBCoreTransaction, day: string, rows: readonly Snapshot[]): Promise<void> {
  const [mark] = (await digests.getMany({ trans, keys: [[day, DAY_MARK]] })) as (DayDigest | undefined)[];
  if (!mark?.pages) {
    // The day's first write (or the first since a mark kept before it listed pages): every value of the
    // day, from the day index (the rows just written too).
    const index = snapshots.schema.getIndexByKeyPath(DAY_INDEX.slice(1, -1).split('+'))!;
    const { result } = await snapshots.query({
      trans,
      values: true,
      query: { index, range: { type: 2 /* DBCoreRangeType.Range */, lower: [day, Dexie.minKey], upper: [day, Dexie.maxKey], lowerOpen: false, upperOpen: false } },
    });
    const all = result as Snapshot[];
    const values: DayDigest[] = [{ day, metric: DAY_MARK, values: [], pages: newPages(all) }, ...[...byMetric(all)].map(([metric, list]) => ({ day, metric, values: list }))];
    await digests.mutate({ type: 'put', trans, values, keys: values.map((d) => [d.day, d.metric]) });
    return;
  }
  const written = byMetric(rows);
  const metrics = [...written.keys()];
  const found = metrics.length ? ((await digests.getMany({ trans, keys: metrics.map((metric) => [day, metric]) })) as (DayDigest | undefined)[]) : [];
  const values = metrics.map((metric, i): DayDigest => {
    const merged = new Map((found[i]?.values ?? []).map((row) => [mergeKey(row), row]));
    for (const row of written.get(metric)!) merged.set(mergeKey(row), row);
    return { day, metric, values: [...merged.values()] };
  });
  const added = newPages(rows, mark.pages);
  if (added.length) values.push({ ...mark, pages: [...mark.pages, ...added] });
  if (values.length) await digests.mutate({ type: 'put', trans, values, keys: values.map((d) => [d.day, d.metric]) });
}

/** The keys of `digests` of days from `from` (included) to `to` (left out); either end open when undefined. */
function daysRange(from: string | undefined, to: string | undefined): DBCoreKeyRange {
  return { type: 2 /* DBCoreRangeType.Range */, lower: from === undefined ? Dexie.minKey : [from], upper: to === undefined ? Dexie.maxKey : [to], lowerOpen: false, upperOpen: to !== undefined };
}

/**
 * Brings the digests of the days written up to date, in the day order. Only the newest KEPT_DAYS days
 * (counted back from the newest day that has digests) keep them: a write of an older day drops that
 * day's digests instead, and a new newest day drops those that fall out of the window. So the digests
 * cost the storage of a week of ruled values, not of a year's, and a file of last year's reports builds none.
 */
async function keepDays(snapshots: DBCoreTable, digests: DBCoreTable, trans: DBCoreTransaction, byDay: ReadonlyMap<string, Snapshot[]>): Promise<void> {
  const { result: [last] } = await digests.query({ trans, query: { index: digests.schema.primaryKey, range: daysRange(undefined, undefined) }, limit: 1, direction: 'prev' });
  let newest = (last as [string, string] | undefined)?.[0];
  for (const day of [...byDay.keys()].sort()) {
    if (newest !== undefined && day < shiftDay(newest, -(KEPT_DAYS - 1))) {
      await digests.mutate({ type: 'deleteRange', trans, range: daysRange(day, shiftDay(day, 1)) });
      continue;
    }
    await keepDay(snapshots, digests, trans, day, byDay.get(day)!);
    if (newest === undefined || day > newest) {
      newest = day;
      await digests.mutate({ type: 'deleteRange', trans, range: daysRange(undefined, shiftDay(day, -(KEPT_DAYS - 1))) });
    }
  }
}

/** Whether `trans` can write digests: not in the upgrades of versions before 9, which have no such store. */
function hasDigests(trans: DBCoreTransaction): boolean {
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  return !stores || stores.contains(DAY_DIGESTS);
}

/** Each writing transaction's digest updates still running. */
const pending = new WeakMap<DBCoreTransaction, Promise<void>>();

/** The middleware that keeps the digests (see above); registered by lib/store/db.ts below its key middleware. */
export const dayDigestKeeper = {
  stack: 'dbcore' as const,
  name: 'dayDigestKeeper',
  // Below the snapshot-key middleware (level 20), above Dexie's own, which see the digests' writes too
  // (live queries of digests are told of them).
  level: 10,
  create(down: DBCore): DBCore {
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every transaction that may write snapshots may write their digests.
        const widened = mode === 'readwrite' && stores.includes('snapshots') && !stores.includes(DAY_DIGESTS) && down.schema.tables.some((t) => t.name === DAY_DIGESTS);
        return down.transaction(widened ? [...stores, DAY_DIGESTS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'snapshots') return table;
        return {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            if (!hasDigests(req.trans)) return result;
            const digests = down.table(DAY_DIGESTS);
            if (req.type === 'delete' || req.type === 'deleteRange') {
              await digests.mutate({ type: 'deleteRange', trans: req.trans, range: { type: 3 /* DBCoreRangeType.Any: every row */, lower: undefined, upper: undefined } });
              return result;
            }
            // Every metric's rows: the day's mark lists the page kinds and marketplaces of all of them.
            const byDay = new Map<string, Snapshot[]>();
            (req.values as readonly Snapshot[]).forEach((row, i) => {
              if (result.failures[i]) return;
              let list = byDay.get(row.day);
              if (!list) byDay.set(row.day, (list = []));
              list.push(row);
            });
            if (!byDay.size) return result;
            // One after another within a transaction: two writes of the same day at once would each merge
            // into the digest as it was before the other, and the second put would drop the first's rows.
            const before = pending.get(req.trans) ?? Promise.resolve();
            const done = before.then(() => keepDays(table, digests, req.trans, byDay));
            pending.set(req.trans, done.catch(() => undefined));
            await done;
            return result;
          },
        };
      },
    };
  },
};

/**
 * The digested values of each of `days` whose digests are complete (days without a mark are left out:
 * read them from the day index), in one read-only transaction; `metrics` limits the rows read.
 */
export async function digestsOfDays(db: Dexie, days: readonly string[], metrics?: readonly MetricId[]): Promise<Map<string, Snapshot[]>> {
  const table = db.table<DayDigest, [string, string]>(DAY_DIGESTS);
  const out = new Map<string, Snapshot[]>();
  await db.transaction('r', table, async () => {
    const rows = await Promise.all(
      days.map((day) =>
        metrics
          ? table.bulkGet([[day, DAY_MARK], ...metrics.map((m): [string, string] => [day, m])])
          : table.where(':id').between([day, Dexie.minKey], [day, Dexie.maxKey], true, true).toArray(),
      ),
    );
    days.forEach((day, i) => {
      const found = rows[i]!.filter((row): row is DayDigest => row !== undefined);
      if (found.some((row) => row.metric === DAY_MARK)) out.set(day, found.flatMap((row) => row.values));
    });
  });
  return out;
}

/**
 * The page kinds and marketplaces `day` has values for, from its mark; undefined when the day keeps no
 * complete digests (or a mark kept before the list was): read them from the day index.
 */
export async function digestedPagesOfDay(db: Dexie, day: string): Promise<[AdapterId, Marketplace][] | undefined> {
  return (await db.table<DayDigest, [string, string]>(DAY_DIGESTS).get([day, DAY_MARK]))?.pages;
}
