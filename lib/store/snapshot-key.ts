/**
 * The snapshots table's primary key (lib/store/db.ts, schema v7): one binary key per (marketplace, scope,
 * entity, metric, period, day), the uniqueness of contract §3, kept out of the row (an outbound key).
 *
 * Why binary: IndexedDB stores a compound key of strings as UTF-16 with type tags, ~90 bytes for a SKU's
 * value, and stores it twice (in the row and again in the index entry). These ~20 bytes cut a stored
 * value from ~137 to ~110 bytes (bench/README.md) with every contract field still in the row.
 *
 * Layout, ordered so that the queries are key ranges:
 *   marketplace (1 byte) · scope (1 byte) · entity (UTF-8) · 0x00 · metric (1 byte) ·
 *   0 (point in time) | 1 + period start + period end · day
 * Days are 2-byte big-endian day numbers from 2000-01-01 (to 2179; lib/schema.ts keeps stored days in
 * range). The byte codes below are on disk: never change one, only add.
 * An entity cannot hold U+0000 (lib/schema.ts), so 0x00 ends it and a shorter entity sorts first.
 */
import type { Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import type { Snapshot } from './schema';

const MARKETPLACE_CODES: Record<Marketplace, number> = {
  US: 1, CA: 2, MX: 3, BR: 4, UK: 5, DE: 6, FR: 7, IT: 8, ES: 9, NL: 10, SE: 11, PL: 12, BE: 13, IE: 14, TR: 15,
  AE: 16, SA: 17, EG: 18, ZA: 19, IN: 20, JP: 21, AU: 22, SG: 23,
};

const SCOPE_CODES: Record<Scope, number> = { account: 1, sku: 2, asin: 3, campaign: 4, adGroup: 5, target: 6, searchTerm: 7, ad: 8 };

const METRIC_CODES: Record<MetricId, number> = {
  accountHealthRating: 1, orderDefectRate: 2, negativeFeedbackRate: 3, atozClaimRate: 4, chargebackRate: 5,
  lateShipmentRate: 6, preFulfillmentCancelRate: 7, validTrackingRate: 8, onTimeDeliveryRate: 9,
  ipiScore: 10, excessInventoryPct: 11, strandedInventoryPct: 12, inStockRate: 13, sellThroughRate: 14,
  agedOver365Pct: 15, available: 16, inbound: 17, reserved: 18, price: 19, titleLength: 20, sessions: 21,
  pageViews: 22, buyBoxPct: 23, unitSessionPct: 24, unitsOrdered: 25, orderedProductSales: 26,
  feedbackRating: 27, negativeFeedbackPct: 28, impressions: 29, clicks: 30, orders: 31, ctr: 32, spend: 33,
  sales: 34, cpc: 35, budget: 36, acos: 37, roas: 38,
  listingStatus: 39, cxHealth: 40, ncxRate: 41, ncxOrders: 42, totalOrders: 43, returnRate: 44, starRating: 45,
  daysOfSupply: 46, recommendedQty: 47, restockAlert: 48,
  // Issue 16, linked signals from history: codes 70–79.
  inventoryTurnover: 70, sessionsChange: 71, salesConcentration: 72,
  // Issue 16, linked ads signals: codes 60–69.
  advertisedOutOfStock: 60, autoSpendShare: 61, manualSpendShare: 62, brandSpendShare: 63,
};

const MARKETPLACE_OF = invert(MARKETPLACE_CODES);
const SCOPE_OF = invert(SCOPE_CODES);
const METRIC_OF = invert(METRIC_CODES);

function invert<K extends string>(codes: Record<K, number>): Map<number, K> {
  return new Map(Object.entries(codes).map(([name, code]) => [code as number, name as K]));
}

export type SnapshotStorageKey = Uint8Array<ArrayBuffer>;
type KeyFields = Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric' | 'period' | 'day'>;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const DAY_MS = 86_400_000;
const DAY_ZERO = Date.UTC(2000, 0, 1);

/** Days since 2000-01-01; a key holds 0–65,535 (to 2179-06-06). */
function dayNumber(day: string): number {
  const n = Math.round((Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - DAY_ZERO) / DAY_MS);
  if (!(n >= 0 && n <= 0xffff)) throw new RangeError(`${day} is outside the days a snapshot key holds`);
  return n;
}

function dayOfNumber(n: number): string {
  return new Date(DAY_ZERO + n * DAY_MS).toISOString().slice(0, 10);
}

function dayBytes(day: string): number[] {
  const n = dayNumber(day);
  return [n >> 8, n & 0xff];
}

function marketplaceBytes(marketplace: Marketplace): number[] {
  return [MARKETPLACE_CODES[marketplace]];
}

/** The bytes every key of one series starts with: marketplace, scope, entity, metric. */
export function seriesPrefix(marketplace: Marketplace, scope: Scope, entity: string, metric: MetricId): number[] {
  return [...entityPrefix(marketplace, scope, entity), METRIC_CODES[metric]];
}

/** The bytes every key of one entity starts with (any metric): marketplace, scope, entity, 0x00. */
function entityPrefix(marketplace: Marketplace, scope: Scope, entity: string): number[] {
  return [...marketplaceBytes(marketplace), SCOPE_CODES[scope], ...utf8.encode(entity), 0];
}

export function snapshotStorageKey(s: KeyFields): SnapshotStorageKey {
  // Written byte by byte: the background keys every captured value (thousands per capture).
  const entity = utf8.encode(s.entity);
  const key = new Uint8Array(entity.length + (s.period ? 11 : 7));
  key[0] = MARKETPLACE_CODES[s.marketplace];
  key[1] = SCOPE_CODES[s.scope];
  key.set(entity, 2);
  let at = entity.length + 3; // after the entity's 0x00
  key[at++] = METRIC_CODES[s.metric];
  const putDay = (day: string) => {
    const n = dayNumber(day);
    key[at++] = n >> 8;
    key[at++] = n & 0xff;
  };
  if (s.period) {
    key[at++] = 1;
    putDay(s.period.slice(0, 10));
    putDay(s.period.slice(12));
  } else key[at++] = 0;
  putDay(s.day);
  return key;
}

/** Key ranges (both ends inclusive) for Dexie's `where(':id').between(lower, upper, true, true)`. */
export const keyRange = {
  /** Every key starting with `prefix` (a series, entity, scope or marketplace): the byte after one is a code or UTF-8, never 0xff. */
  prefix: (prefix: readonly number[]): [Uint8Array, Uint8Array] => [Uint8Array.from(prefix), Uint8Array.from([...prefix, 0xff])],
  /** One series' point-in-time values captured from day `from` to day `to`. */
  pointInTime: (series: readonly number[], from: string, to: string): [Uint8Array, Uint8Array] => [
    Uint8Array.from([...series, 0, ...dayBytes(from)]),
    Uint8Array.from([...series, 0, ...dayBytes(to)]),
  ],
  /** One series' values for periods starting from day `from` to day `to`. */
  periodsStarting: (series: readonly number[], from: string, to: string): [Uint8Array, Uint8Array] => [
    Uint8Array.from([...series, 1, ...dayBytes(from)]),
    // After the start come the end and the day, 4 bytes: above any of them.
    Uint8Array.from([...series, 1, ...dayBytes(to), 0xff, 0xff, 0xff, 0xff, 0xff]),
  ],
  /** Every key of one marketplace. */
  marketplace: (marketplace: Marketplace): [Uint8Array, Uint8Array] => keyRange.prefix(marketplaceBytes(marketplace)),
  /** Every key of one marketplace and scope. */
  scope: (marketplace: Marketplace, scope: Scope): [Uint8Array, Uint8Array] => keyRange.prefix([...marketplaceBytes(marketplace), SCOPE_CODES[scope]]),
};

/** The first key after every key of this entity (the next entity's, if any, is above it). */
export function afterEntity(marketplace: Marketplace, scope: Scope, entity: string): Uint8Array {
  return keyRange.prefix(entityPrefix(marketplace, scope, entity))[1];
}

/** A stored key back into its fields (IndexedDB hands binary keys back as ArrayBuffers). */
export function decodeSnapshotKey(key: ArrayBuffer | ArrayBufferView): KeyFields {
  const bytes = key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  const end = bytes.indexOf(0, 2);
  const marketplace = MARKETPLACE_OF.get(bytes[0]!);
  const scope = SCOPE_OF.get(bytes[1]!);
  const metric = METRIC_OF.get(bytes[end + 1]!);
  if (end < 0 || !marketplace || !scope || !metric) throw new Error('not a snapshot key');
  const dayAt = (i: number) => dayOfNumber((bytes[i]! << 8) | bytes[i + 1]!);
  const hasPeriod = bytes[end + 2] === 1;
  return {
    marketplace,
    scope,
    entity: fromUtf8.decode(bytes.subarray(2, end)),
    metric,
    period: hasPeriod ? `${dayAt(end + 3)}..${dayAt(end + 5)}` : '',
    day: dayAt(hasPeriod ? end + 7 : end + 3),
  };
}
