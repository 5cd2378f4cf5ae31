/**
 * The extension's one database (contract §3), opened only in extension pages and the background:
 * a content script's IndexedDB would belong to the page's origin.
 *
 * Versions are declared in order; each schema change is a new version with a dated comment and,
 * where rows change, an `upgrade()`. No upgrade may lose a row.
 */
import { Dexie, type DBCore, type EntityTable, type Table, type Transaction } from 'dexie';
import { DAY_DIGESTS, dayDigestKeeper, type DayDigest } from './day-digest';
import type { DueItem, PageVisit } from './due-items';
import { snapshotKey, type Entry, type Snapshot } from './schema';
import { snapshotStorageKey, type SnapshotStorageKey } from './snapshot-key';

export const DB_NAME = 'seller-ops-log';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SellerOpsDb = Dexie & {
  snapshots: Table<Snapshot, SnapshotStorageKey>;
  entries: EntityTable<Entry, 'id'>;
  settings: Table<SettingRow, string>;
  /** Due items (contract §7), keyed by [kind+id] (lib/store/due-items.ts). */
  dueItems: Table<DueItem, [string, string]>;
  /** Pages read that store no snapshot (reviews), by day: what the checklist ticks them by. */
  pageVisits: Table<PageVisit, [string, string, string]>;
  /** A day's values of each ruled metric in one row, kept by every write of snapshots (lib/store/day-digest.ts). */
  dayDigests: Table<DayDigest, [string, string]>;
};

/** Outbound binary primary key (lib/store/snapshot-key.ts) and the day index (lib/store/day-index.ts). */
const SNAPSHOTS_SCHEMA = ', [day+page+marketplace+metric]';

/** Schema versions only passed through inside one upgrade (v4–v6 above): no database is left at them. */
export const TRANSIENT_VERSIONS: readonly number[] = [4, 5, 6];

/** Rows per step when rows move between stores in an upgrade: a year of values is never all in memory. */
const MOVE_BATCH = 5_000;

/**
 * Moves every snapshot row from one store to another under its binary key, a batch at a time in the
 * source's key order (`sourceKeyOf` gives a row's key there, to read on from the last one).
 */
async function moveSnapshots(tx: Transaction, from: string, to: string, sourceKeyOf: (row: Snapshot) => unknown): Promise<void> {
  const source = tx.table<Snapshot>(from);
  const target = tx.table<Snapshot>(to);
  for (let after: unknown; ; ) {
    const rows = await (after === undefined ? source.orderBy(':id') : source.where(':id').above(after)).limit(MOVE_BATCH).toArray();
    if (!rows.length) return;
    await target.bulkPut(rows, rows.map(snapshotStorageKey));
    after = sourceKeyOf(rows[rows.length - 1]!);
  }
}

/**
 * Every write of snapshots gets its key from the row, so callers write rows as they are
 * (`bulkPut(rows)`) and no row can be stored under a key that does not match its fields.
 */
const snapshotKeys = {
  stack: 'dbcore' as const,
  name: 'snapshotKeys',
  // Above Dexie's own middleware (hooks, live queries), which then see the keys.
  level: 20,
  create(down: DBCore): DBCore {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'snapshots') return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
            return table.mutate({ ...req, keys: req.values.map((row) => snapshotStorageKey(row as Snapshot)) });
          },
        };
      },
    };
  },
};

export function openDb(name: string = DB_NAME): SellerOpsDb {
  // No query cache: it serves optimistic updates of a context's own writes and shares identical live
  // queries, but our data is mostly written by the background (another context, whose changes arrive
  // as storage events either way), and in 'cloned' mode every live query's result is deep-cloned: ~20–30
  // ms of the popup's opening with a year loaded (bench/README.md).
  const db = new Dexie(name, { cache: 'disabled' }) as SellerOpsDb;
  // 2026-11-21, v1: snapshots keyed by what makes a value unique, so a later capture the same day
  // replaces it; indexes for one entity's series, a day's rows and a day's pages (checklist).
  db.version(1).stores({
    snapshots: '[marketplace+scope+entity+metric+period+day], [marketplace+metric+entity+day], [day+page], day',
    entries: 'id, day, [status+due], updatedAt, marketplace',
    settings: 'key',
  });
  // 2026-11-22, v2: snapshots keep one secondary index, [day+page+marketplace+metric] (lib/store/day-index.ts):
  // a day's rows, the page kinds and marketplaces captured on a day (the checklist), a day's ruled values
  // (the breaches). One entity's series is read by the primary key, which starts with marketplace, scope,
  // entity and metric. Two indexes fewer: a third less storage per value and faster writes, measured by
  // bench/. No row changes (the upgrade builds the new index over the rows there are).
  db.version(2).stores({
    snapshots: '[marketplace+scope+entity+metric+period+day], [day+page+marketplace+metric]',
  });
  // 2026-11-22, v3: entries get an index on `status`: the open ones (few) are read without a scan of
  // every older entry; `[status+due]` leaves out entries without a due time. No row changes.
  db.version(3).stores({
    entries: 'id, day, [status+due], updatedAt, marketplace, status',
  });
  // 2026-11-22, v4–v7: snapshots keyed by a compact binary key kept out of the row (lib/store/snapshot-key.ts):
  // the same uniqueness, a fifth less storage per value and quicker writes (bench/). IndexedDB cannot
  // change a store's key, so the rows move to a new store (v4), the old one goes (v5), `snapshots` comes
  // back with the new key and the rows move home (v6), and the passing store goes (v7). The four run in
  // one upgrade; no database rests at v4–v6 (TRANSIENT_VERSIONS). Rows are unchanged.
  db.version(4)
    .stores({ snapshotsMoving: SNAPSHOTS_SCHEMA })
    .upgrade((tx) => moveSnapshots(tx, 'snapshots', 'snapshotsMoving', snapshotKey));
  db.version(5).stores({ snapshots: null });
  db.version(6)
    .stores({ snapshots: SNAPSHOTS_SCHEMA })
    .upgrade((tx) => moveSnapshots(tx, 'snapshotsMoving', 'snapshots', snapshotStorageKey));
  db.version(7).stores({ snapshotsMoving: null });
  // 2026-12-04, v8: due items (contract §7), one row per feedback or review, keyed [kind+id] so that seeing
  // a row again finds it; the popup reads the open ones by [state+due], an entry marked done finds its
  // items by entryId. pageVisits: the days a page kind that stores no snapshot was read, per marketplace
  // (the checklist). Two new tables; no row changes.
  db.version(8).stores({
    dueItems: '[kind+id], [state+due], entryId',
    pageVisits: '[day+page+marketplace]',
  });
  // 2026-12-05, v9: day digests (lib/store/day-digest.ts), a day's values of each ruled metric in one row
  // keyed [day+metric], kept by a middleware under every write of snapshots: a day's breaches read a few
  // rows, not a thousand values through the day index. A new table; days written before it are read from
  // the index until their next write builds their digests. No row changes.
  db.version(9).stores({ [DAY_DIGESTS]: '[day+metric]' });
  db.use(snapshotKeys);
  db.use(dayDigestKeeper);
  return db;
}

let shared: SellerOpsDb | undefined;
/** The database of this extension context, opened once. */
export function getDb(): SellerOpsDb {
  shared ??= openDb();
  return shared;
}
