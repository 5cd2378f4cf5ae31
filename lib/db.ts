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
  return db;
}

let shared: SellerOpsDb | undefined;
/** The database of this extension context, opened once. */
export function getDb(): SellerOpsDb {
  shared ??= openDb();
  return shared;
}
