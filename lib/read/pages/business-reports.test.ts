import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, type ExpectedSnapshot } from '../../../test/fixtures';
import { loadPage } from '../../../test/jsdom-page';
import { BUSINESS_REPORTS_LABELS, labelScore } from '../labels';
import { detectMarketplace, pageContext } from '../page-context';
import type { MetricRecord } from '../record';
import { businessReportsAdapter } from './business-reports';
import type { PageContext } from './types';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('business-reports'));

let open: JSDOM | undefined;
afterEach(() => {
  open?.window.close();
  open = undefined;
});

function recordKey(r: MetricRecord | ExpectedSnapshot): string {
  return JSON.stringify([r.scope, r.entity, r.metric, r.value, r.unit, r.currency ?? null, r.period ?? '']);
}

/** The header sets each metric may be read under (the report's "- Total" column, or the plain one). */
const HEADER_SETS = {
  sessions: ['sessionsTotal', 'sessions'],
  pageViews: ['pageViewsTotal', 'pageViews'],
  buyBoxPct: ['buyBoxPct'],
  unitSessionPct: ['unitSessionPct'],
  unitsOrdered: ['unitsOrdered'],
  orderedProductSales: ['orderedProductSales'],
} as const;

describe('business-reports adapter: fixture pages', () => {
  it('has the shared page and our variants', () => {
    expect(fixtures.some((f) => f.name.startsWith('shared/'))).toBe(true);
    expect(fixtures.filter((f) => f.name.startsWith('own/')).length).toBeGreaterThanOrEqual(5);
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const { expected } = fixture;
      const url = new URL(expected.url);
      const page = await loadPage(fixture.html, expected.url, (expected.renderDelayMs ?? 0) + 300);
      open = page.dom;
      const document = page.document;

      expect(businessReportsAdapter.matches(url)).toBe(true);
      const detected = detectMarketplace(document, url);
      expect(detected.marketplace).toBe(expected.marketplace);
      const result = businessReportsAdapter.read(document, pageContext(document, url, detected.marketplace!));

      expect(result.problems).toEqual([]);
      const read = result.readings.map((r) => recordKey(r.record));
      expect([...read].sort()).toEqual(expected.snapshots.map(recordKey).sort());
      expect(result.readings.every((r) => r.record.period === expected.period)).toBe(true);
      for (const absent of expected.absent ?? []) {
        expect(result.readings.some((r) => r.record.entity === absent.entity && r.record.metric === absent.metric)).toBe(false);
      }
      // Every value names the element that shows it, in the page as it is now (a badge goes beside it).
      for (const reading of result.readings) expect(reading.element?.isConnected).toBe(true);
      // ... and the header it was read under, which is one of its metric's headers, exactly.
      for (const { record, label } of result.readings) {
        const sets = HEADER_SETS[record.metric as keyof typeof HEADER_SETS].map((c) => BUSINESS_REPORTS_LABELS[c]);
        expect(sets.some((set) => labelScore(label ?? '', set) === 2), `${record.metric}: ${label}`).toBe(true);
      }
    });
  }
});

describe('business-reports adapter: matches', () => {
  it.each([
    'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_favb_xx#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20',
    'https://sellercentral.amazon.de/business-reports#/dashboard',
    'https://sellercentral.amazon.com/Business-Reports/',
    'https://sellercentral.amazon.com/gp/site-metrics/report.html#&reportID=102:DetailSalesTrafficByChildItem',
  ])('serves %s', (address) => expect(businessReportsAdapter.matches(new URL(address))).toBe(true));

  it.each(['https://sellercentral.amazon.com/myinventory/inventory', 'https://sellercentral.amazon.com/reports/business-reports'])(
    'does not serve %s',
    (address) => expect(businessReportsAdapter.matches(new URL(address))).toBe(false),
  );
});

// Unit cases, written as the report's DOM after rendering.
const HEADERS = ['(Parent) ASIN', '(Child) ASIN', 'Title', 'Sessions - Total', 'Page Views - Total', 'Featured Offer (Buy Box) Percentage', 'Units Ordered', 'Unit Session Percentage', 'Ordered Product Sales'];
const ROW = ['B0PARENT01', '<a href="https://www.amazon.com/dp/B0CHILD001">B0CHILD001</a>', 'Dog Leash', '1,453', '1,787', '85.13%', '223', '15.35%', '$5,572.77'];
const CHILD_URL = 'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20';

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th class="css-1qg0ufu"><button class="css-6x2sv1"><span>${h}</span><span class="css-vubbuv"></span></button></th>`).join('');
  const body = rows.map((r) => `<tr class="css-q7x1en">${r.map((c) => `<td class="css-13xvq3y">${c}</td>`).join('')}</tr>`).join('');
  return `<table class="css-8atqhb"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function read(body: string, address = CHILD_URL) {
  open = new JSDOM(`<!DOCTYPE html><html lang="en-US"><body>${body}</body></html>`, { url: address });
  const ctx: PageContext = { url: new URL(address), marketplace: 'US', currency: 'USD', decimalSeparator: '.' };
  return businessReportsAdapter.read(open.window.document, ctx);
}

function values(result: ReturnType<typeof read>): Record<string, number> {
  return Object.fromEntries(result.readings.map((r) => [`${r.record.entity}.${r.record.metric}`, r.record.value]));
}

describe('business-reports adapter: broken and unusual pages', () => {
  it('reads a complete row', () => {
    const result = read(table(HEADERS, [ROW]));
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({
      'B0CHILD001.sessions': 1453,
      'B0CHILD001.pageViews': 1787,
      'B0CHILD001.buyBoxPct': 85.13,
      'B0CHILD001.unitsOrdered': 223,
      'B0CHILD001.unitSessionPct': 15.35,
      'B0CHILD001.orderedProductSales': 5572.77,
    });
    expect(new Set(result.readings.map((r) => r.record.period))).toEqual(new Set(['2026-11-20..2026-11-20']));
  });

  it('reads nothing and reports nothing on another report or the dashboard', () => {
    const byParent = 'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByParentItem&fromDate=2026-11-20&toDate=2026-11-20';
    expect(read(table(HEADERS, [ROW]), byParent)).toEqual({ readings: [], problems: [] });
    expect(read('<h1>Sales Dashboard</h1>', 'https://sellercentral.amazon.com/business-reports#/dashboard')).toEqual({ readings: [], problems: [] });
  });

  it('reports a child-item report whose table is not there (yet)', () => {
    const result = read('<div id="br-table-host"><kat-spinner></kat-spinner></div>');
    expect(result).toEqual({ readings: [], problems: ['report table not found (no (Child) ASIN column)'] });
  });

  it('reads nothing without a period, and says so', () => {
    const result = read(table(HEADERS, [ROW]), 'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem');
    expect(result).toEqual({ readings: [], problems: ["period unreadable: ''"] });
    const ambiguous = read(
      `<input data-testid="date-range-start" value="03/04/2026"><input data-testid="date-range-end" value="soon">${table(HEADERS, [ROW])}`,
      'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem&fromDate=2026-13-45&toDate=2026-11-20',
    );
    expect(ambiguous.readings).toEqual([]);
    expect(ambiguous.problems).toEqual(["period unreadable: '2026-13-45 / 2026-11-20 / 03/04/2026 / soon'"]);
  });

  it('takes the period from the date inputs when the URL has none', () => {
    const result = read(
      `<input data-testid="date-range-start" value="11/14/2026"><input data-testid="date-range-end" value="11/20/2026">${table(HEADERS, [ROW])}`,
      'https://sellercentral.amazon.com/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem',
    );
    expect(result.problems).toEqual([]);
    expect(new Set(result.readings.map((r) => r.record.period))).toEqual(new Set(['2026-11-14..2026-11-20']));
  });

  it('reports columns whose header is gone, and reads the others', () => {
    const headers = HEADERS.map((h) => (h === 'Featured Offer (Buy Box) Percentage' ? 'Buy Box %' : h === 'Units Ordered' ? 'Units Ordered - B2B' : h));
    const result = read(table(headers, [ROW]));
    expect(result.problems).toEqual(['column for buyBoxPct not found', 'column for unitsOrdered not found']);
    expect(Object.keys(values(result)).sort()).toEqual(['B0CHILD001.orderedProductSales', 'B0CHILD001.pageViews', 'B0CHILD001.sessions', 'B0CHILD001.unitSessionPct']);
  });

  it('never takes a near-identical header for the metric', () => {
    const headers = ['(Child) ASIN', 'Sessions - Mobile App', 'Sessions - Browser', 'Session Percentage - Total', 'Page Views Percentage - Total', 'Ordered Product Sales - B2B'];
    const result = read(table(headers, [['B0CHILD001', '10', '20', '5.00%', '6.00%', '$1.00']]));
    expect(result.readings).toEqual([]);
    expect(result.problems).toEqual(expect.arrayContaining(['column for sessions not found', 'column for pageViews not found', 'column for orderedProductSales not found']));
  });

  it('reads nothing for a metric two headers claim', () => {
    const result = read(table([...HEADERS, 'Sessions – Total'], [[...ROW, '9']]));
    expect(values(result)['B0CHILD001.sessions']).toBeUndefined();
    expect(result.problems).toEqual(['column for sessions is ambiguous (2 headers match); not read']);
  });

  it('reports an unparseable cell instead of reading it', () => {
    const row = ROW.map((c) => (c === '85.13%' ? '1.2.3%' : c));
    const result = read(table(HEADERS, [row]));
    expect(values(result)['B0CHILD001.buyBoxPct']).toBeUndefined();
    expect(values(result)['B0CHILD001.sessions']).toBe(1453);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^buyBoxPct of B0CHILD001: .*1\.2\.3%/);
  });

  it('skips a row whose child ASIN cannot be told', () => {
    const row = ROW.map((c, i) => (i === 1 ? '' : c));
    const result = read(table(HEADERS, [row, ROW]));
    expect(result.problems).toEqual(['row 1: child ASIN unreadable: ""; row skipped']);
    expect(new Set(result.readings.map((r) => r.record.entity))).toEqual(new Set(['B0CHILD001']));
  });

  it('drops a value an ASIN shows twice differently, keeps one shown twice alike', () => {
    const second = ROW.map((c) => (c === '223' ? '224' : c));
    const result = read(table(HEADERS, [ROW, second]));
    expect(values(result)['B0CHILD001.unitsOrdered']).toBeUndefined();
    expect(values(result)['B0CHILD001.sessions']).toBe(1453);
    expect(result.problems).toEqual(['unitsOrdered of B0CHILD001: different values in two rows']);
  });

  it('reads an ARIA grid of divs the same way', () => {
    const cells = (tag: string, texts: string[]) => texts.map((t) => `<div role="${tag}">${t}</div>`).join('');
    const grid = `<div role="grid"><div role="row">${cells('columnheader', HEADERS)}</div><div role="row">${cells('gridcell', ROW)}</div></div>`;
    const result = read(grid);
    expect(result.problems).toEqual([]);
    expect(values(result)['B0CHILD001.orderedProductSales']).toBe(5572.77);
  });
});
