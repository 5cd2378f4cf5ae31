import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import { RULED_METRICS } from '../rules';
import { rowsOfDays } from '../store/day-index';
import { snapshotSchema, type Snapshot } from '../store/schema';
import { shiftDay, type DayRange } from './days';
import { loadWeek } from './queries';
import { computeWeeklyReview, LOOKBACK_DAYS } from './weekly';

const WEEK: DayRange = { from: '2026-05-04', to: '2026-05-10' };
const FIRST = shiftDay(WEEK.from, -LOOKBACK_DAYS - 3);
const LAST = shiftDay(WEEK.to, 3);
const ALL_DAYS: string[] = [];
for (let day = FIRST; day <= LAST; day = shiftDay(day, 1)) ALL_DAYS.push(day);
const AS_OF = new Date('2026-05-11T09:00:00+08:00');

/** The series the generator draws from: ruled and unruled, point-in-time and daily-period, values near their bounds. */
const SERIES = [
  { page: 'inventory', scope: 'sku', entity: 'SKU-A', metric: 'available', unit: 'units', lo: 10, hi: 80, daily: false },
  { page: 'inventory', scope: 'sku', entity: 'SKU-B', metric: 'available', unit: 'units', lo: 10, hi: 80, daily: false },
  { page: 'inventory', scope: 'sku', entity: 'SKU-A', metric: 'titleLength', unit: 'count', lo: 170, hi: 230, daily: false },
  { page: 'inventory', scope: 'sku', entity: 'SKU-A', metric: 'inbound', unit: 'units', lo: 0, hi: 300, daily: false },
  { page: 'business-reports', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'buyBoxPct', unit: 'percent', lo: 40, hi: 90, daily: true },
  { page: 'business-reports', scope: 'asin', entity: 'B0BBBBBBBB', metric: 'buyBoxPct', unit: 'percent', lo: 40, hi: 90, daily: true },
  { page: 'business-reports', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'sessions', unit: 'count', lo: 0, hi: 500, daily: true },
] as const;

/** Per series and day: captured or not (most days are) and its value. Daily reports are read the next day. */
const yearArb = fc.array(
  fc.array(fc.record({ captured: fc.integer({ min: 0, max: 9 }), value: fc.integer({ min: 0, max: 1000 }) }), { minLength: ALL_DAYS.length, maxLength: ALL_DAYS.length }),
  { minLength: SERIES.length, maxLength: SERIES.length },
);

function rowsOf(year: { captured: number; value: number }[][], absentDays: ReadonlySet<string>): Snapshot[] {
  const rows: Snapshot[] = [];
  SERIES.forEach((s, i) => {
    ALL_DAYS.forEach((valueDay, d) => {
      const cell = year[i]![d]!;
      if (cell.captured === 0) return;
      const day = s.daily ? shiftDay(valueDay, 1) : valueDay;
      if (absentDays.has(day)) return;
      rows.push(
        snapshotSchema.parse({
          marketplace: 'US', source: 'sellercentral', page: s.page, scope: s.scope, entity: s.entity, metric: s.metric,
          value: s.lo + Math.round(((s.hi - s.lo) * cell.value) / 1000), unit: s.unit,
          period: s.daily ? `${valueDay}..${valueDay}` : '', day, capturedAt: `${day}T10:00:00.000+08:00`,
        }),
      );
    });
  });
  return rows;
}

/**
 * Whether an unruled series has a value in the week but no row on the days `loadWeek` reads whole (the
 * last capture day before the week, the week's first and its last two): its blind spot, documented there.
 */
function unseenMover(rows: readonly Snapshot[]): boolean {
  const captureDays = [...new Set(rows.map((r) => r.day))].sort();
  const inWeek = captureDays.filter((d) => d >= WEEK.from && d <= shiftDay(WEEK.to, 1));
  const whole = new Set([...inWeek.slice(-2), ...inWeek.slice(0, 1), ...captureDays.filter((d) => d >= shiftDay(WEEK.from, -LOOKBACK_DAYS) && d < WEEK.from).slice(-1)]);
  const seen = new Set(rows.filter((r) => whole.has(r.day)).map((r) => `${r.entity}|${r.metric}`));
  return rows.some((r) => {
    const valueDay = r.period ? r.period.slice(0, 10) : r.day;
    return !RULED_METRICS.has(r.metric) && valueDay >= WEEK.from && valueDay <= WEEK.to && r.day <= shiftDay(WEEK.to, 1) && !seen.has(`${r.entity}|${r.metric}`);
  });
}

describe('loadWeek', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`week-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gives the same review as every row of the look-back and the week, with gaps and days away', async () => {
    await fc.assert(
      fc.asyncProperty(yearArb, fc.subarray(ALL_DAYS, { maxLength: 6 }), async (year, away) => {
        await db.snapshots.clear();
        const rows = rowsOf(year, new Set(away));
        fc.pre(!unseenMover(rows));
        await db.snapshots.bulkPut(rows);
        const loaded = await loadWeek(db, WEEK);
        const every = await rowsOfDays(db, shiftDay(WEEK.from, -LOOKBACK_DAYS), shiftDay(WEEK.to, 1));
        const fromLoaded = computeWeeklyReview({ week: WEEK, snapshots: loaded.snapshots, entries: [], asOf: AS_OF, moverCount: 100 });
        const fromEvery = computeWeeklyReview({ week: WEEK, snapshots: every, entries: [], asOf: AS_OF, moverCount: 100 });
        expect(fromLoaded).toEqual(fromEvery);
        expect(loaded.snapshots.length).toBeLessThanOrEqual(every.length);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('reads only the week for ruled metrics and its edges whole when every series is captured daily', async () => {
    // Every value in bounds: available 73 (≥ 50), title 180 (≤ 180), Buy Box 85 (≥ 60).
    const inBounds = SERIES.map((s) => (s.metric === 'titleLength' ? 166 : 900));
    const year = SERIES.map((_, i) => ALL_DAYS.map(() => ({ captured: 1, value: inBounds[i]! })));
    const rows = rowsOf(year, new Set());
    await db.snapshots.bulkPut(rows);
    const loaded = await loadWeek(db, WEEK);
    const every = await rowsOfDays(db, shiftDay(WEEK.from, -LOOKBACK_DAYS), shiftDay(WEEK.to, 1));
    // Nothing in breach: 4 whole capture days (the last before the week, the week's first and last two),
    // ruled metrics on the other 5 of the week's 8 (its 7 days and the day after).
    const ruledPerDay = rows.filter((r) => r.day === WEEK.from && ['available', 'titleLength', 'buyBoxPct'].includes(r.metric)).length;
    expect(loaded.snapshots.length).toBe(4 * SERIES.length + 5 * ruledPerDay);
    expect(every.length).toBe(36 * SERIES.length);
  });

  it("brings the week's entries and the open ones logged before it", async () => {
    const base = { createdAt: '2026-05-01T09:00:00.000+08:00', updatedAt: '2026-05-01T09:00:00.000+08:00', module: 'ads', category: 'operations', summary: 's', action: '', owner: '' } as const;
    await db.entries.bulkPut([
      { ...base, id: '00000000-0000-4000-8000-000000000001', day: '2026-04-20', status: 'open', due: '2026-04-21T18:00:00.000+08:00' },
      { ...base, id: '00000000-0000-4000-8000-000000000002', day: '2026-04-20', status: 'done' },
      { ...base, id: '00000000-0000-4000-8000-000000000003', day: '2026-05-05', status: 'done' },
      { ...base, id: '00000000-0000-4000-8000-000000000004', day: '2026-05-12', status: 'open' },
      { ...base, id: '00000000-0000-4000-8000-000000000005', day: '2026-04-01', status: 'open' },
    ]);
    const { entries } = await loadWeek(db, WEEK);
    expect(entries.map((e) => e.id.slice(-1)).sort()).toEqual(['1', '3', '5']);
  });
});
