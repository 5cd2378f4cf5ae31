import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { fileDay, importReportFile } from './report-import';
import { snapshotSchema } from './schema';

const DIR = join(import.meta.dirname, '../../test/fixtures/reports');
const file = (name: string, lastModified?: number) => ({ name, data: new Uint8Array(readFileSync(join(DIR, name))), ...(lastModified === undefined ? {} : { lastModified }) });
const WEEK = '2026-11-14..2026-11-20';
const NOW = new Date(2026, 10, 22, 10);

describe('importReportFile', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a Business Report like a captured page: same rows, source file, the period on its last day', async () => {
    const result = await importReportFile(db, file('business-report-child-en.csv'), { marketplace: 'US', period: WEEK }, NOW);
    expect(result).toMatchObject({ ok: true, kind: 'businessReportByChild', rowsRead: 3, values: 17, stored: 17, unchanged: 0, badRows: [], marketplaces: ['US'] });
    const rows = await db.snapshots.toArray();
    expect(rows).toHaveLength(17);
    for (const row of rows) expect(snapshotSchema.safeParse(row).success).toBe(true);
    expect(rows.find((r) => r.entity === 'B0CHILD001' && r.metric === 'orderedProductSales')).toMatchObject({
      marketplace: 'US', source: 'file', page: 'business-reports', scope: 'asin', value: 2549.15, unit: 'money', currency: 'USD', period: WEEK, day: '2026-11-20',
    });
  });

  it('taking the same file in again, even a week later, changes nothing', async () => {
    await importReportFile(db, file('business-report-child-en.csv'), { marketplace: 'US', period: WEEK }, NOW);
    const before = await db.snapshots.toArray();
    const again = await importReportFile(db, file('business-report-child-en.csv'), { marketplace: 'US', period: WEEK }, new Date(2026, 10, 29, 10));
    expect(again).toMatchObject({ ok: true, stored: 0, unchanged: 17 });
    expect(await db.snapshots.toArray()).toEqual(before);
  });

  it('stores point-in-time values on the day the file was saved, so a later import adds no day', async () => {
    const saved = new Date(2026, 10, 21, 16).getTime();
    const first = await importReportFile(db, file('restock-report-en.txt', saved), {}, NOW);
    expect(first).toMatchObject({ ok: true, kind: 'restockReport', stored: 9 });
    const again = await importReportFile(db, file('restock-report-en.txt', saved), {}, new Date(2026, 10, 25, 9));
    expect(again).toMatchObject({ ok: true, stored: 0, unchanged: 9 });
    const rows = await db.snapshots.toArray();
    expect(new Set(rows.map((r) => r.day))).toEqual(new Set(['2026-11-21']));
    expect(rows.find((r) => r.metric === 'restockAlert' && r.entity === 'SEAT-GRY-01')).toMatchObject({ value: 2, status: 'reorderNow', unit: 'status', page: 'restock', source: 'file', period: '' });
  });

  it('a file saved "tomorrow" (clock skew) is for today', () => {
    expect(fileDay(new Date(2026, 10, 23).getTime(), NOW)).toBe('2026-11-22');
    expect(fileDay(undefined, NOW)).toBe('2026-11-22');
  });

  it('stores the Search Term Report from XLSX under the advertising page kind', async () => {
    const result = await importReportFile(db, file('search-term-report-en.xlsx'), { marketplace: 'US' }, NOW);
    expect(result).toMatchObject({ ok: true, kind: 'searchTermReport', rowsRead: 4 });
    const spend = await db.snapshots.filter((r) => r.metric === 'spend' && r.entity === 'car seat cover' && r.day === '2026-11-20').toArray();
    expect(spend).toEqual([expect.objectContaining({ value: 33.4, currency: 'USD', page: 'ads-campaigns', scope: 'searchTerm', source: 'file', period: '2026-11-20..2026-11-20' })]);
    // The CSV of the same report gives the same rows: nothing changes.
    expect(await importReportFile(db, file('search-term-report-en.csv'), { marketplace: 'US' }, NOW)).toMatchObject({ ok: true, stored: 0 });
  });

  it('writes nothing for a file that is not one of the reports', async () => {
    expect(await importReportFile(db, file('wrong-orders-report.csv'), { marketplace: 'US' }, NOW)).toMatchObject({ ok: false, error: { code: 'unknownFile' } });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('writes nothing for a truncated file', async () => {
    expect(await importReportFile(db, file('business-report-child-truncated.csv'), { marketplace: 'US', period: WEEK }, NOW)).toMatchObject({ ok: false, error: { code: 'truncated' } });
    const xlsx = file('search-term-report-en.xlsx');
    expect(await importReportFile(db, { ...xlsx, data: xlsx.data.subarray(0, 9000) }, { marketplace: 'US' }, NOW)).toMatchObject({ ok: false, error: { code: 'truncated' } });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('writes nothing when the marketplace is not known', async () => {
    expect(await importReportFile(db, file('business-report-child-en.csv'), { period: WEEK }, NOW)).toMatchObject({ ok: false, error: { code: 'noMarketplace' } });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('a row it cannot read is reported, its values left out, the other rows stored', async () => {
    const text = '"(Child) ASIN","Sessions - Total","Units Ordered"\n"B0CHILD001","1,204","85"\n"B0CHILD002","12abc","9"\n';
    const result = await importReportFile(db, { name: 'r.csv', data: new TextEncoder().encode(text) }, { marketplace: 'US', period: WEEK }, NOW);
    expect(result).toMatchObject({ ok: true, stored: 2, badRows: [{ row: 3, reason: expect.stringContaining('sessions of B0CHILD002') }] });
    expect((await db.snapshots.toArray()).map((r) => r.entity)).toEqual(['B0CHILD001', 'B0CHILD001']);
  });
});
