/**
 * The benchmark's code that runs inside the extension's origin (bundled by bench/bundle.ts and
 * evaluated in an extension page): it writes a year of history straight into the extension's
 * IndexedDB, and times the extension's own query, export and review functions on it.
 */
import { openDb, DB_NAME, type SellerOpsDb } from '../lib/store/db';
import { isoWithOffset, localDay } from '../lib/read/day';
import { dayLogCsv, loadDayLog } from '../lib/export/day-log';
import { dailySeries } from '../lib/store/history';
import { shiftDay, lastFullWeek } from '../lib/review/days';
import { loadWeek, weekDueItems } from '../lib/review/queries';
import { computeWeeklyOps } from '../lib/review/weekly-ops';
import { computeWeeklyReview } from '../lib/review/weekly';
import type { Entry, Snapshot } from '../lib/store/schema';
import { snapshotStorageKey } from '../lib/store/snapshot-key';
import { KEPT_DAYS } from '../lib/store/day-digest';

export interface YearSpec {
  /** Products: each has a SKU (5 inventory metrics) and a child ASIN (3 Business Reports metrics). */
  skus: number;
  days: number;
  entries: number;
}

const SKU_METRICS = [
  { metric: 'available', unit: 'units' },
  { metric: 'inbound', unit: 'units' },
  { metric: 'reserved', unit: 'units' },
  { metric: 'price', unit: 'money' },
  { metric: 'titleLength', unit: 'count' },
] as const;
const ASIN_METRICS = [
  { metric: 'buyBoxPct', unit: 'percent' },
  { metric: 'sessions', unit: 'count' },
  { metric: 'unitSessionPct', unit: 'percent' },
] as const;
export const METRICS_PER_PRODUCT = SKU_METRICS.length + ASIN_METRICS.length;
const OWNERS = ['Li Na', 'Wang Fang', 'Zhang Wei', 'Liu Yang', 'Chen Jing'];
const MODULES = ['inventory', 'listing', 'ads', 'customer', 'account'] as const;
const CATEGORIES = ['operations', 'product', 'compliance'] as const;

export function skuOf(i: number): string {
  return `NW-${String(i).padStart(5, '0')}-BLK`;
}
function asinOf(i: number): string {
  return `B0${(i * 7919 + 1_000_000).toString(36).toUpperCase().padStart(8, '0')}`;
}
/** The day `index` of the year that ends today (index days - 1 is today). */
function dayAt(spec: YearSpec, index: number, today: string): string {
  return shiftDay(today, index - (spec.days - 1));
}
/** A repeatable value in [0, 1) for (a, b, c): the same year every run. */
function noise(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4_294_967_296;
}
function localTime(day: string, hour: number, minute: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
}

/** One day's rows for every product: what an assistant's daily visits to two pages would store. */
export function snapshotsOfDay(spec: YearSpec, index: number, today: string): Snapshot[] {
  const day = dayAt(spec, index, today);
  const yesterday = shiftDay(day, -1);
  const rows: Snapshot[] = [];
  for (let p = 0; p < spec.skus; p++) {
    const inventoryAt = isoWithOffset(localTime(day, 9, p % 60));
    const reportAt = isoWithOffset(localTime(day, 10, p % 60));
    const wave = Math.sin((index + p * 13) / 20);
    const values: Record<string, number> = {
      available: Math.max(0, Math.round(190 + 170 * wave + 40 * noise(p, index, 1))),
      inbound: Math.round(300 * noise(p, index, 2)),
      reserved: Math.round(20 * noise(p, index, 3)),
      price: Math.round((9.99 + (p % 40) * 2.5 + noise(p, index, 4)) * 100) / 100,
      titleLength: 120 + (p % 90),
      buyBoxPct: Math.round((78 + 22 * Math.sin((index + p * 7) / 9) + 4 * noise(p, index, 5)) * 100) / 100,
      sessions: Math.round(50 + 400 * noise(p, index, 6)),
      unitSessionPct: Math.round(1000 * (2 + 10 * noise(p, index, 7))) / 1000,
    };
    for (const { metric, unit } of SKU_METRICS) {
      rows.push({
        marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity: skuOf(p), metric, value: values[metric]!, unit,
        ...(unit === 'money' ? { currency: 'USD' } : {}), period: '', day, capturedAt: inventoryAt,
      });
    }
    for (const { metric, unit } of ASIN_METRICS) {
      rows.push({
        marketplace: 'US', source: 'sellercentral', page: 'business-reports', scope: 'asin', entity: asinOf(p), metric, value: values[metric]!, unit,
        period: `${yesterday}..${yesterday}`, day, capturedAt: reportAt,
      });
    }
  }
  return rows;
}

export function entriesOf(spec: YearSpec, today: string): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < spec.entries; i++) {
    const index = Math.floor((i * spec.days) / spec.entries);
    const day = dayAt(spec, index, today);
    const created = localTime(day, 9 + (i % 9), (i * 7) % 60);
    const recent = index >= spec.days - 3;
    // The last three days' entries are still open; of older ones, one in a hundred is (carried over).
    const done = !recent && i % 100 !== 0;
    const p = i % spec.skus;
    const module = MODULES[i % MODULES.length]!;
    entries.push({
      id: crypto.randomUUID(),
      day,
      createdAt: isoWithOffset(created),
      updatedAt: isoWithOffset(new Date(created.getTime() + (done ? 3 * 3_600_000 : 0))),
      marketplace: 'US',
      module,
      category: CATEGORIES[i % CATEGORIES.length]!,
      summary: `Checked ${skuOf(p)}: stock and Buy Box; 补货计划已更新 (${i})`,
      entity: skuOf(p),
      ...(module === 'inventory' ? { metric: 'available', value: 25, threshold: '< 30' } : {}),
      action: 'Plan a replenishment shipment',
      owner: OWNERS[i % OWNERS.length]!,
      due: isoWithOffset(localTime(day, 18, 0)),
      status: done ? 'done' : 'open',
      pageUrl: `https://sellercentral.amazon.com/myinventory/inventory?sku=${skuOf(p)}`,
    });
  }
  return entries;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
function openRaw(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const req = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
  if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
  return request(req);
}

/**
 * Raw `put`s of rows into a store, in one transaction; the time from the first put to the commit. A
 * store with keys out of the rows (snapshots: lib/store/snapshot-key.ts) gets them computed before the clock starts.
 */
async function timedPut(db: IDBDatabase, store: string, rows: readonly object[]): Promise<number> {
  const outbound = db.transaction(store).objectStore(store).keyPath === null;
  const keys = outbound ? rows.map((row) => snapshotStorageKey(row as Snapshot)) : undefined;
  const start = performance.now();
  const tx = db.transaction(store, 'readwrite');
  const target = tx.objectStore(store);
  rows.forEach((row, i) => target.put(row, keys?.[i]));
  await done(tx);
  return performance.now() - start;
}

let raw: IDBDatabase | undefined;
/** The extension's own database, opened at whatever version the extension created. */
async function extensionDb(): Promise<IDBDatabase> {
  raw ??= await openRaw(DB_NAME);
  return raw;
}

let dexie: SellerOpsDb | undefined;
function appDb(): SellerOpsDb {
  dexie ??= openDb();
  return dexie;
}

/** Opens the database the way an extension page does when it starts, before anything is timed. */
export async function openApp(): Promise<void> {
  await appDb().open();
}

/**
 * Writes days [from, to) of the year into `snapshots`; returns the rows written. The days before the last
 * KEPT_DAYS are written raw (quick); the last ones through the extension's own write path, which keeps
 * their day digests (lib/store/day-digest.ts) as a year of use leaves them: digests of the last week only.
 */
export async function seedSnapshots(spec: YearSpec, from: number, to: number, today: string): Promise<number> {
  const db = await extensionDb();
  let rows = 0;
  for (let index = from; index < to; index++) {
    const day = snapshotsOfDay(spec, index, today);
    if (index >= spec.days - KEPT_DAYS) await appDb().snapshots.bulkPut(day);
    else await timedPut(db, 'snapshots', day);
    rows += day.length;
  }
  return rows;
}

export async function seedEntries(spec: YearSpec, today: string): Promise<number> {
  const entries = entriesOf(spec, today);
  await timedPut(await extensionDb(), 'entries', entries);
  return entries.length;
}

export async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

export async function snapshotCount(): Promise<number> {
  const db = await extensionDb();
  return request(db.transaction('snapshots').objectStore('snapshots').count());
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** One SKU's 90-day series of one metric, as the dashboard's history chart and the badges ask for it. */
export function trendQuery(spec: YearSpec, run: number): Promise<number> {
  const entity = skuOf((run * 37) % spec.skus);
  return timed(() => dailySeries(appDb(), 'US', [{ scope: 'sku', entity, metric: 'available' }], localDay(), 90));
}

/** Today's log as the popup's CSV export makes it. */
export function dayExport(): Promise<number> {
  return timed(async () => dayLogCsv(await loadDayLog(appDb(), localDay())));
}

/** Last week's review as the dashboard computes it. */
export function weeklyReview(): Promise<number> {
  return timed(async () => {
    const week = lastFullWeek(localDay());
    const [{ snapshots, entries }, due] = await Promise.all([loadWeek(appDb(), week), weekDueItems(appDb(), week)]);
    const asOf = new Date();
    computeWeeklyReview({ week, snapshots, entries, asOf });
    // Issue 15's part of the review (listing status, due items, CX movers, restock), as the dashboard adds it.
    computeWeeklyOps({ week, snapshots, entries: [...entries, ...due.entries], dueItems: due.dueItems, asOf });
  });
}

const SCRATCH_DB = 'sol-bench-raw-idb';
let scratch: IDBDatabase | undefined;

/** A scratch database whose `snapshots` store has the extension's key path and indexes. */
async function scratchDb(): Promise<IDBDatabase> {
  if (scratch) return scratch;
  const source = (await extensionDb()).transaction('snapshots').objectStore('snapshots');
  const indexes = Array.from(source.indexNames).map((name) => source.index(name));
  scratch = await openRaw(SCRATCH_DB, (db) => {
    const store = db.createObjectStore('snapshots', { keyPath: source.keyPath, autoIncrement: source.autoIncrement });
    for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
  });
  return scratch;
}

/**
 * The baseline of writeVsRawIdb: the rows one capture stored (today's rows of `period`), read back and
 * written again with raw `put`s in one transaction into a store of the same shape.
 */
export async function rawPutOfPeriod(period: string): Promise<{ rows: number; ms: number }> {
  const db = await extensionDb();
  const store = db.transaction('snapshots').objectStore('snapshots');
  // Today's rows by whichever index leads with the day (the schema decides which it has).
  const byDay = Array.from(store.indexNames)
    .map((name) => store.index(name))
    .find((index) => (Array.isArray(index.keyPath) ? index.keyPath[0] : index.keyPath) === 'day');
  if (!byDay) throw new Error('the snapshots store has no index that starts with the day');
  const day = localDay();
  const range = Array.isArray(byDay.keyPath) ? IDBKeyRange.bound([day], [day, []]) : IDBKeyRange.only(day);
  const today: Snapshot[] = await request(byDay.getAll(range));
  const rows = today.filter((row) => row.period === period);
  const ms = await timedPut(await scratchDb(), 'snapshots', rows);
  return { rows: rows.length, ms };
}

export function today(): string {
  return localDay();
}
