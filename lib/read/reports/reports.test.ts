import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport, recognizeReport } from '.';
import { tableOfFile, tableOfText } from './file-table';
import { decimalSeparatorOfCells, type ReportOptions, type ReportReading, type ReportValue } from './report-core';

const DIR = join(import.meta.dirname, '../../../test/fixtures/reports');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

async function read(name: string, options: ReportOptions = { marketplace: 'US' }): Promise<ReportReading> {
  const table = await tableOfFile(name, fixture(name));
  if (!table.ok) throw new Error(`${name}: ${table.error.code} ${table.error.detail}`);
  const outcome = readReport(table.table, options);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code} ${outcome.error.detail}`);
  return outcome.reading;
}

/** `metric entity [period] = value [currency|status]`, sorted, for readable expectations. */
function lines(values: readonly ReportValue[]): string[] {
  return values
    .map(({ record: r, marketplace, day }) =>
      [marketplace ? `${marketplace}:` : '', `${r.metric} ${r.entity}`, r.period ? ` ${r.period}` : '', day ? ` @${day}` : '', ` = ${r.value}`, r.currency ? ` ${r.currency}` : '', r.status ? ` ${r.status}` : ''].join(''),
    )
    .sort();
}

const WEEK = '2026-11-14..2026-11-20';

describe('Business Report by child item', () => {
  const expected = (currency: string) => [
    `buyBoxPct B0CHILD001 ${WEEK} = 97.5`,
    `orderedProductSales B0CHILD001 ${WEEK} = 2549.15 ${currency}`,
    `pageViews B0CHILD001 ${WEEK} = 1830`,
    `sessions B0CHILD001 ${WEEK} = 1204`,
    `unitSessionPct B0CHILD001 ${WEEK} = 7.06`,
    `unitsOrdered B0CHILD001 ${WEEK} = 85`,
  ];

  it('reads the English CSV: Total columns, never the B2B ones; "--" is missing, not zero', async () => {
    const reading = await read('business-report-child-en.csv', { marketplace: 'US', period: WEEK });
    expect(reading).toMatchObject({ kind: 'businessReportByChild', page: 'business-reports', pointInTime: false, rowsRead: 3, badRows: [] });
    const all = lines(reading.values);
    for (const line of expected('USD')) expect(all).toContain(line);
    expect(all).toContain(`buyBoxPct B0CHILD002 ${WEEK} = 55.1`);
    expect(all.filter((l) => l.startsWith('buyBoxPct B0CHILD003'))).toEqual([]);
    expect(all).toContain(`unitsOrdered B0CHILD003 ${WEEK} = 0`);
    expect(reading.values).toHaveLength(6 + 6 + 5);
  });

  it('reads the German CSV (decimal commas, € after the figure) to the same values', async () => {
    const reading = await read('business-report-child-de.csv', { marketplace: 'DE', period: WEEK });
    expect(reading.kind).toBe('businessReportByChild');
    const all = lines(reading.values);
    for (const line of expected('EUR')) expect(all).toContain(line);
    expect(reading.badRows).toEqual([]);
  });

  it('reads the 中文 CSV (BOM, full-width brackets, "—" missing)', async () => {
    const reading = await read('business-report-child-zh.csv', { marketplace: 'US', period: WEEK });
    const all = lines(reading.values);
    for (const line of expected('USD')) expect(all).toContain(line);
    expect(all.some((l) => l.startsWith('buyBoxPct B0CHILD003'))).toBe(false);
  });

  it('without the report dates reads nothing', async () => {
    const table = await tableOfFile('x.csv', fixture('business-report-child-en.csv'));
    expect(table.ok && readReport(table.table, { marketplace: 'US' })).toMatchObject({ ok: false, kind: 'businessReportByChild', error: { code: 'noPeriod' } });
  });
});

describe('Business Report by date', () => {
  it('reads one account value per day and metric (units and sales left to the child-item report)', async () => {
    const reading = await read('business-report-date-en.csv');
    expect(reading.kind).toBe('businessReportByDate');
    expect(lines(reading.values)).toEqual([
      'buyBoxPct account 2026-11-18..2026-11-18 = 96.2',
      'buyBoxPct account 2026-11-19..2026-11-19 = 58.4',
      'buyBoxPct account 2026-11-20..2026-11-20 = 97',
      'pageViews account 2026-11-18..2026-11-18 = 1010',
      'pageViews account 2026-11-19..2026-11-19 = 975',
      'pageViews account 2026-11-20..2026-11-20 = 1088',
      'sessions account 2026-11-18..2026-11-18 = 702',
      'sessions account 2026-11-19..2026-11-19 = 688',
      'sessions account 2026-11-20..2026-11-20 = 741',
      'unitSessionPct account 2026-11-18..2026-11-18 = 4.84',
      'unitSessionPct account 2026-11-19..2026-11-19 = 4.51',
      'unitSessionPct account 2026-11-20..2026-11-20 = 5.4',
    ]);
  });
});

describe('Sponsored Products Search Term Report', () => {
  const nov20 = '2026-11-20..2026-11-20';
  const expected = [
    // "car seat cover" on two rows of Nov 20 (exact and auto campaign): summed, ratios from the sums.
    `acos car seat cover ${nov20} = 21.83`,
    `clicks car seat cover ${nov20} = 40`,
    `cpc car seat cover ${nov20} = 0.84 USD`,
    `ctr car seat cover ${nov20} = 2.5`,
    `impressions car seat cover ${nov20} = 1600`,
    `orders car seat cover ${nov20} = 3`,
    `roas car seat cover ${nov20} = 4.58`,
    `sales car seat cover ${nov20} = 152.97 USD`,
    `spend car seat cover ${nov20} = 33.4 USD`,
    // one row: as the report says
    `acos b0competit ${nov20} = 5.88`,
    `ctr b0competit ${nov20} = 2`,
    `roas b0competit ${nov20} = 17`,
    `impressions car seat cover 2026-11-21..2026-11-21 = 900`,
    `acos car seat cover 2026-11-21..2026-11-21 = 15.89`,
  ];

  it.each(['search-term-report-en.csv', 'search-term-report-en.xlsx'])('reads %s', async (name) => {
    const reading = await read(name);
    expect(reading).toMatchObject({ kind: 'searchTermReport', page: 'ads-campaigns', rowsRead: 4, badRows: [] });
    const all = lines(reading.values);
    for (const line of expected) expect(all).toContain(line);
    expect(all.filter((l) => l.includes('car seat cover 2026-11-21'))).toHaveLength(9);
  });

  it('reads a summary report whose Date column holds the range, with the headers as the console pads them', async () => {
    const text = 'Date,Customer Search Term ,Impressions,Clicks,7 Day Total Sales ,Spend\n"Nov 14, 2026 - Nov 20, 2026",seat cover,"1,000",20,$99.00,$12.00\n';
    const table = await tableOfText(text);
    const outcome = table.ok ? readReport(table.table, { marketplace: 'US' }) : table;
    expect(outcome.ok && lines(outcome.reading.values)).toEqual([
      `clicks seat cover ${WEEK} = 20`,
      `impressions seat cover ${WEEK} = 1000`,
      `sales seat cover ${WEEK} = 99 USD`,
      `spend seat cover ${WEEK} = 12 USD`,
    ]);
  });

  it('reads the German CSV with start and end dates over the week', async () => {
    const reading = await read('search-term-report-de.csv', { marketplace: 'DE' });
    const all = lines(reading.values);
    expect(all).toContain(`spend autositzbezug ${WEEK} = 45 EUR`);
    expect(all).toContain(`ctr autositzbezug ${WEEK} = 2.5`);
    expect(all).toContain(`impressions autositzbezug ${WEEK} = 2400`);
    expect(all).toContain(`acos autositzbezug ${WEEK} = 22.51`);
    expect(all).toContain(`roas sitzauflage ${WEEK} = 0`);
    expect(all.some((l) => l.startsWith('acos sitzauflage'))).toBe(false);
  });
});

describe('Restock report', () => {
  it('reads days of supply, recommended quantity and the alert (empty alert is none), with the row marketplace', async () => {
    const reading = await read('restock-report-en.txt', {});
    expect(reading).toMatchObject({ kind: 'restockReport', page: 'restock', pointInTime: true, badRows: [] });
    expect(lines(reading.values)).toEqual([
      'US:daysOfSupply MAT-01 = 0',
      'US:daysOfSupply SEAT-BLK-01 = 41',
      'US:daysOfSupply SEAT-GRY-01 = 12',
      'US:recommendedQty MAT-01 = 25',
      'US:recommendedQty SEAT-BLK-01 = 0',
      'US:recommendedQty SEAT-GRY-01 = 40',
      'US:restockAlert MAT-01 = 3 outOfStock',
      'US:restockAlert SEAT-BLK-01 = 0 none',
      'US:restockAlert SEAT-GRY-01 = 2 reorderNow',
    ]);
  });

  it('reads the 中文 report', async () => {
    const reading = await read('restock-report-zh.txt', {});
    expect(lines(reading.values)).toEqual([
      'US:daysOfSupply MAT-01 = 30',
      'US:daysOfSupply SEAT-GRY-01 = 12',
      'US:recommendedQty MAT-01 = 10',
      'US:recommendedQty SEAT-GRY-01 = 40',
      'US:restockAlert MAT-01 = 1 reorderSoon',
      'US:restockAlert SEAT-GRY-01 = 2 reorderNow',
    ]);
  });

  it('reports a row whose alert word is not on the list, and stores none of its values', async () => {
    const text = 'Merchant SKU\tTotal Days of Supply (including units from open shipments)\tAlert\tRecommended replenishment qty\nA-1\t10\tCall the supplier\t5\nB-1\t20\t\t0\n';
    const table = await tableOfText(text);
    const outcome = table.ok ? readReport(table.table, { marketplace: 'UK' }) : table;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reading.badRows).toEqual([{ row: 2, reason: expect.stringContaining('"Call the supplier" is not a restockAlert word') }]);
    expect(lines(outcome.reading.values)).toEqual(['daysOfSupply B-1 = 20', 'recommendedQty B-1 = 0', 'restockAlert B-1 = 0 none']);
  });
});

describe('FBA inventory reports', () => {
  it('reads Manage FBA Inventory: fulfillable is available, inbound the sum of its three parts, price in the marketplace currency', async () => {
    const reading = await read('fba-manage-inventory.txt', { marketplace: 'US' });
    expect(reading).toMatchObject({ kind: 'fbaInventoryReport', page: 'inventory', pointInTime: true, badRows: [] });
    expect(lines(reading.values)).toEqual([
      'available MAT-01 = 0',
      'available SEAT-BLK-01 = 110',
      'available SEAT-GRY-01 = 6',
      'inbound MAT-01 = 0',
      'inbound SEAT-BLK-01 = 20',
      'inbound SEAT-GRY-01 = 40',
      'price SEAT-BLK-01 = 29.99 USD',
      'price SEAT-GRY-01 = 29.99 USD',
      'reserved MAT-01 = 0',
      'reserved SEAT-BLK-01 = 8',
      'reserved SEAT-GRY-01 = 0',
    ]);
  });

  it('reads the FBA Inventory report with its snapshot date and each row marketplace', async () => {
    const reading = await read('fba-inventory-planning.csv', {});
    expect(lines(reading.values)).toEqual([
      'UK:available SEAT-BLK-UK @2026-11-20 = 42',
      'UK:inbound SEAT-BLK-UK @2026-11-20 = 0',
      'UK:reserved SEAT-BLK-UK @2026-11-20 = 2',
      'US:available SEAT-BLK-01 @2026-11-20 = 110',
      'US:inbound SEAT-BLK-01 @2026-11-20 = 20',
      'US:reserved SEAT-BLK-01 @2026-11-20 = 8',
    ]);
  });
});

describe('files that are not these reports, or not whole', () => {
  it('refuses a report of another kind', async () => {
    const table = await tableOfFile('orders.csv', fixture('wrong-orders-report.csv'));
    expect(table.ok && readReport(table.table, { marketplace: 'US' })).toMatchObject({ ok: false, error: { code: 'unknownFile' } });
  });

  it('refuses what is not a table', async () => {
    expect(await tableOfFile('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toMatchObject({ ok: false, error: { code: 'unknownFile' } });
    expect(await tableOfFile('x.csv', new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
    const headerOnly = await tableOfFile('x.csv', new TextEncoder().encode('"(Child) ASIN","Sessions - Total"\n'));
    expect(headerOnly.ok && readReport(headerOnly.table, {})).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a CSV cut off inside a row, whole', async () => {
    expect(await tableOfFile('t.csv', fixture('business-report-child-truncated.csv'))).toMatchObject({ ok: false, error: { code: 'truncated', detail: expect.stringContaining('rows 4') } });
  });

  it('refuses a CSV cut off inside a quoted cell', async () => {
    const text = new TextDecoder().decode(fixture('business-report-child-en.csv'));
    const cut = text.slice(0, text.indexOf('Grey') + 2);
    expect(await tableOfFile('t.csv', new TextEncoder().encode(cut))).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('refuses an XLSX cut off', async () => {
    const bytes = fixture('search-term-report-en.xlsx');
    expect(await tableOfFile('t.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toMatchObject({ ok: false, error: { code: 'truncated' } });
  });

  it('recognises each fixture as exactly one kind', async () => {
    const kinds: Record<string, string> = {
      'business-report-child-en.csv': 'businessReportByChild',
      'business-report-child-de.csv': 'businessReportByChild',
      'business-report-child-zh.csv': 'businessReportByChild',
      'business-report-date-en.csv': 'businessReportByDate',
      'search-term-report-en.csv': 'searchTermReport',
      'search-term-report-de.csv': 'searchTermReport',
      'search-term-report-en.xlsx': 'searchTermReport',
      'restock-report-en.txt': 'restockReport',
      'restock-report-zh.txt': 'restockReport',
      'fba-manage-inventory.txt': 'fbaInventoryReport',
      'fba-inventory-planning.csv': 'fbaInventoryReport',
    };
    for (const [name, kind] of Object.entries(kinds)) {
      const table = await tableOfFile(name, fixture(name));
      expect(table.ok && recognizeReport(table.table.headers), name).toMatchObject({ kind });
    }
  });

  it('refuses numbers written both with decimal points and decimal commas', () => {
    expect(decimalSeparatorOfCells(['12.34%', '1.234,56 €'])).toEqual({ conflict: true });
    expect(decimalSeparatorOfCells(['1,234', '12,5 %'])).toEqual({ separator: ',', conflict: false });
    expect(decimalSeparatorOfCells(['1,234', '12.345'])).toEqual({ conflict: false });
  });
});

describe('a large file', () => {
  // No timing assertion: the test timeout (60 s) is the bound; it runs in a few seconds on an idle machine.
  it('reads a 100,000-row Business Report by child item', async () => {
    const head = '"(Parent) ASIN","(Child) ASIN","Title","Sessions - Total","Page Views - Total","Featured Offer (Buy Box) Percentage","Units Ordered","Unit Session Percentage","Ordered Product Sales"\n';
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const asin = `B${String(i).padStart(9, '0')}`;
      rows.push(`"B0PARENT01","${asin}","Item ${i}","${(i % 5000).toLocaleString('en-US')}","${i % 7000}","${(i % 100).toFixed(2)}%","${i % 50}","${(i % 10).toFixed(2)}%","$${(i % 900).toFixed(2)}"\n`);
    }
    const table = await tableOfFile('big.csv', new TextEncoder().encode(head + rows.join('')));
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    const outcome = readReport(table.table, { marketplace: 'US', period: WEEK });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reading.rowsRead).toBe(100_000);
    expect(outcome.reading.badRows).toEqual([]);
    expect(outcome.reading.values).toHaveLength(600_000);
  });
});
