import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../read/marketplaces';
import { METRIC_IDS, SCOPES } from '../read/metrics';
import { afterEntity, decodeSnapshotKey, keyRange, seriesPrefix, snapshotStorageKey } from './snapshot-key';

/** IndexedDB's order of binary keys: byte by byte, a prefix first. */
function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
const within = (key: Uint8Array, [lower, upper]: [Uint8Array, Uint8Array]) => compare(lower, key) <= 0 && compare(key, upper) <= 0;

const dayArb = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2178, 11, 31)), noInvalidDate: true }).map((d) => {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
});
const entityArb = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => !s.includes('\u0000'));
const fieldsArb = fc.record({
  marketplace: fc.constantFrom(...MARKETPLACES),
  scope: fc.constantFrom(...SCOPES),
  entity: entityArb,
  metric: fc.constantFrom(...METRIC_IDS),
  period: fc.option(fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? `${a}..${b}` : `${b}..${a}`)), { nil: '' }),
  day: dayArb,
});

describe('snapshot storage key', () => {
  it('decodes back to the fields it was made of, for any entity text and any storable day (2000–2178)', () => {
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        expect(decodeSnapshotKey(snapshotStorageKey(fields).buffer)).toEqual(fields);
      }),
      { numRuns: 2000 },
    );
  });

  it('differs whenever a field differs (one row per marketplace, scope, entity, metric, period and day)', () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        expect(compare(snapshotStorageKey(a), snapshotStorageKey(b)) === 0).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders days within a series by the calendar, so day ranges are key ranges', () => {
    fc.assert(
      fc.property(fieldsArb, dayArb, dayArb, (fields, a, b) => {
        const order = compare(snapshotStorageKey({ ...fields, period: '', day: a }), snapshotStorageKey({ ...fields, period: '', day: b }));
        expect(Math.sign(order)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('puts every key of a series inside its ranges, and none of another series', () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, (row, other) => {
        const series = seriesPrefix(row.marketplace, row.scope, row.entity, row.metric);
        const key = snapshotStorageKey(row);
        expect(within(key, keyRange.prefix(series))).toBe(true);
        expect(within(key, keyRange.marketplace(row.marketplace))).toBe(true);
        expect(within(key, keyRange.scope(row.marketplace, row.scope))).toBe(true);
        if (row.period) {
          expect(within(key, keyRange.periodsStarting(series, row.period.slice(0, 10), row.period.slice(0, 10)))).toBe(true);
          expect(within(key, keyRange.pointInTime(series, '2000-01-01', '2178-12-31'))).toBe(false);
        } else {
          expect(within(key, keyRange.pointInTime(series, row.day, row.day))).toBe(true);
          expect(within(key, keyRange.periodsStarting(series, '2000-01-01', '2178-12-31'))).toBe(false);
        }
        const sameSeries = other.marketplace === row.marketplace && other.scope === row.scope && other.entity === row.entity && other.metric === row.metric;
        expect(within(snapshotStorageKey(other), keyRange.prefix(series))).toBe(sameSeries);
      }),
      { numRuns: 2000 },
    );
  });

  it("skips past every key of an entity to the next entity's, even one that starts with the same text", () => {
    fc.assert(
      fc.property(fieldsArb, entityArb, (row, more) => {
        const key = snapshotStorageKey(row);
        const after = afterEntity(row.marketplace, row.scope, row.entity);
        expect(compare(key, after)).toBeLessThan(0);
        const longer = snapshotStorageKey({ ...row, entity: row.entity + more, metric: 'accountHealthRating', period: '', day: '2000-01-01' });
        expect(compare(after, longer)).toBeLessThan(0);
      }),
    );
  });

  it('is short: a SKU value of a day takes 19 bytes', () => {
    const key = snapshotStorageKey({ marketplace: 'US', scope: 'sku', entity: 'NW-00012-BLK', metric: 'available', period: '', day: '2026-11-22' });
    expect(key.length).toBe(1 + 1 + 12 + 1 + 1 + 1 + 2);
  });

  it('refuses a day it cannot hold rather than storing it under a wrong key', () => {
    const row = { marketplace: 'US', scope: 'sku', entity: 'A', metric: 'available', period: '' } as const;
    expect(() => snapshotStorageKey({ ...row, day: '1999-12-31' })).toThrow(RangeError);
    expect(() => snapshotStorageKey({ ...row, day: '2179-12-31' })).toThrow(RangeError);
    expect(decodeSnapshotKey(snapshotStorageKey({ ...row, day: '2178-12-31' })).day).toBe('2178-12-31');
  });
});
