/**
 * Upgrades lose nothing: a database as an earlier schema version left it (test/fixtures/db/vN.json,
 * written here with the raw IndexedDB API, never with Dexie or lib/ code) is opened with today's
 * `openDb()`, which runs every upgrade since; every row must still be there with every field it had,
 * findable by its key and by each index, and readable by today's schemas.
 *
 * Each schema version bump adds the fixture of the version before it (the rule is checked below),
 * so the migration test of the next bump is ready the day it is written.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexableType } from 'dexie';
import { openDb, TRANSIENT_VERSIONS, type SellerOpsDb } from '../../lib/store/db';
import { snapshotStorageKey } from '../../lib/store/snapshot-key';
import { entrySchema, snapshotSchema, type Snapshot } from '../../lib/store/schema';

interface IndexFixture {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}
interface StoreFixture {
  name: string;
  /** null: keys kept out of the row (snapshots from v7 on). */
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexFixture[];
  rows: Record<string, unknown>[];
}
interface DbFixture {
  schemaVersion: number;
  idbVersion: number;
  stores: StoreFixture[];
}

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'db');
const FIXTURES = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as DbFixture }))
  .sort((a, b) => a.fixture.schemaVersion - b.fixture.schemaVersion);

/** Creates the database exactly as the fixture describes it, with the browser's own API. */
function writeRaw(name: string, fixture: DbFixture): Promise<void> {
  return new Promise((resolveDone, reject) => {
    const request = indexedDB.open(name, fixture.idbVersion);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of fixture.stores) {
        const objectStore = db.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
        for (const index of store.indexes) objectStore.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        // Snapshots from v7 on are keyed out of the row by their binary key (lib/store/snapshot-key.ts).
        for (const row of store.rows) {
          if (store.keyPath === null && store.name === 'snapshots') objectStore.add(row, snapshotStorageKey(row as unknown as Snapshot));
          else objectStore.add(row);
        }
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolveDone();
    };
    request.onerror = () => reject(request.error);
  });
}

/** The stores, key paths and indexes of a database, read with the raw API, in the fixture's form. */
function describeRaw(name: string): Promise<{ idbVersion: number; stores: unknown[] }> {
  return new Promise((resolveDone, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      const names = Array.from(db.objectStoreNames).sort();
      const tx = db.transaction(names, 'readonly');
      const stores = names.map((storeName) => {
        const store = tx.objectStore(storeName);
        const indexes = Array.from(store.indexNames)
          .sort()
          .map((indexName) => {
            const index = store.index(indexName);
            return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
          });
        return { name: storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      });
      db.close();
      resolveDone({ idbVersion: db.version, stores });
    };
    request.onerror = () => reject(request.error);
  });
}

function keyOf(row: Record<string, unknown>, keyPath: string | string[]): IndexableType {
  return (Array.isArray(keyPath) ? keyPath.map((p) => row[p]) : row[keyPath]) as IndexableType;
}

const ROW_SCHEMAS: Record<string, { safeParse(row: unknown): { success: boolean } }> = { snapshots: snapshotSchema, entries: entrySchema };

describe('schema upgrades keep every row', () => {
  const opened: SellerOpsDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  async function openCurrent(name: string): Promise<SellerOpsDb> {
    const db = openDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('has a fixture of every version before the current one', async () => {
    const current = (await openCurrent(`fresh-${Math.random()}`)).verno;
    const have = new Set(FIXTURES.map((f) => f.fixture.schemaVersion));
    // Versions only passed through inside one upgrade (lib/store/db.ts) leave no database to keep a fixture of.
    for (let version = 1; version < current; version++) {
      if (!TRANSIENT_VERSIONS.includes(version)) expect(have.has(version), `test/fixtures/db/v${version}.json`).toBe(true);
    }
    expect(FIXTURES.length).toBeGreaterThan(0);
  });

  it('each fixture is the database its version created (the current version checked against openDb)', async () => {
    const fresh = await openCurrent(`fresh-${Math.random()}`);
    const own = FIXTURES.find((f) => f.fixture.schemaVersion === fresh.verno);
    if (!own) return; // the current version has no fixture yet: the next bump adds it
    fresh.close();
    const described = await describeRaw(fresh.name);
    const sortIndexes = (indexes: IndexFixture[]) => [...indexes].sort((a, b) => a.name.localeCompare(b.name));
    expect(described).toEqual({
      idbVersion: own.fixture.idbVersion,
      stores: own.fixture.stores
        .map(({ rows: _rows, indexes, ...store }) => ({ ...store, indexes: sortIndexes(indexes) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    });
  });

  for (const { file, fixture } of FIXTURES) {
    it(`opens ${file} (schema v${fixture.schemaVersion}) and finds every row intact`, async () => {
      const name = `upgrade-${fixture.schemaVersion}-${Math.random()}`;
      await writeRaw(name, fixture);
      const db = await openCurrent(name);
      expect(db.verno).toBeGreaterThanOrEqual(fixture.schemaVersion);

      for (const store of fixture.stores) {
        const table = db.table(store.name);
        expect(await table.count(), `rows of ${store.name}`).toBe(store.rows.length);
        for (const row of store.rows) {
          // Snapshots moved to a key kept out of the row in v7: found by the key their fields make today.
          const key = store.name === 'snapshots' && !table.schema.primKey.keyPath ? snapshotStorageKey(row as Snapshot) : keyOf(row, store.keyPath ?? []);
          // Every field the row had, with its value; an upgrade may add fields, never drop or change one.
          expect(await table.get(key), `${store.name} ${JSON.stringify(key)}`).toMatchObject(row);
          const schema = ROW_SCHEMAS[store.name];
          if (schema) expect(schema.safeParse(await table.get(key)).success, `${store.name} ${JSON.stringify(key)} reads with today's schema`).toBe(true);
        }
        // Every index of the current schema (kept, or built by the upgrade) finds the rows it indexes.
        for (const index of table.schema.indexes) {
          const paths = index.keyPath === undefined ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath];
          const indexed = store.rows.filter((row) => paths.every((p) => row[p] !== undefined));
          expect(await table.orderBy(index.name).count(), `index ${store.name}.${index.name}`).toBe(indexed.length);
        }
      }
    });
  }
  it('moves more rows than one upgrade step holds (v2 → v7 re-keys snapshots in batches) and loses none', async () => {
    const v2 = FIXTURES.find((f) => f.fixture.schemaVersion === 2)!.fixture;
    const template = v2.stores.find((st) => st.name === 'snapshots')!.rows.find((r) => r.scope === 'sku')!;
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ ...template, entity: `SKU-${i % 4_000}`, day: `2026-10-${String(1 + Math.floor(i / 4_000)).padStart(2, '0')}`, value: i }));
    const fixture = { ...v2, stores: v2.stores.map((st) => (st.name === 'snapshots' ? { ...st, rows } : st)) };
    const name = `upgrade-many-${Math.random()}`;
    await writeRaw(name, fixture);
    const db = await openCurrent(name);
    expect(await db.snapshots.count()).toBe(rows.length);
    const got = await db.snapshots.bulkGet(rows.map((r) => snapshotStorageKey(r as Snapshot)));
    expect(got.map((r) => r?.value)).toEqual(rows.map((r) => r.value));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['dayDigests', 'dueItems', 'entries', 'pageVisits', 'settings', 'snapshots']);
  });
});
