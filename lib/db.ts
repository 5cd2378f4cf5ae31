/**
 * The extension's one database (contract §3), opened only in extension pages and the background:
 * a content script's IndexedDB would belong to the page's origin.
 *
 * Versions are declared in order; each schema change is a new version with a dated comment and,
 * where rows change, an `upgrade()`. No upgrade may lose a row.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Entry, Snapshot, SnapshotKey } from './schema';

export const DB_NAME = 'seller-ops-log';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SellerOpsDb = Dexie & {
  snapshots: Table<Snapshot, SnapshotKey>;
  entries: EntityTable<Entry, 'id'>;
  settings: Table<SettingRow, string>;
};

export function openDb(name: string = DB_NAME): SellerOpsDb {
  const db = new Dexie(name) as SellerOpsDb;
  // 2026-11-21, v1: snapshots keyed by what makes a value unique, so a later capture the same day
  // replaces it; indexes for one entity's series, a day's rows and a day's pages (checklist).
  db.version(1).stores({
    snapshots: '[marketplace+scope+entity+metric+period+day], [marketplace+metric+entity+day], [day+page], day',
    entries: 'id, day, [status+due], updatedAt, marketplace',
    settings: 'key',
  });
  // 2026-11-22, v2: snapshots keep one secondary index, [day+page+marketplace+metric] (lib/day-index.ts):
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
  return db;
}

let shared: SellerOpsDb | undefined;
/** The database of this extension context, opened once. */
export function getDb(): SellerOpsDb {
  shared ??= openDb();
  return shared;
}
