import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, type ExpectedSnapshot, type Fixture } from '../../../test/fixtures';
import { loadPage } from '../../../test/jsdom-page';
import { deepQueryAll } from '../dom';
import { detectMarketplace, pageContext } from '../page-context';
import type { MetricRecord } from '../record';
import { adsCampaignsAdapter, scopeOfUrl } from './ads-campaigns';
import type { AdapterResult, PageContext } from './types';

const open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open.splice(0)) dom.window.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function keyOf(r: { scope: string; entity: string; metric: string; period?: string }): string {
  return [r.scope, r.entity, r.metric, r.period ?? ''].join(' | ');
}

function asExpected(r: MetricRecord): ExpectedSnapshot {
  const { scope, entity, metric, value, unit, currency, period } = r;
  return { scope, entity, metric, value, unit, ...(currency ? { currency } : {}), ...(period ? { period } : {}) };
}

function contextOf(document: Document, url: string): PageContext {
  const u = new URL(url);
  const found = detectMarketplace(document, u);
  if (!found.marketplace) throw new Error(found.reason);
  return pageContext(document, u, found.marketplace);
}

/**
 * Scrolls the grid's viewports to their ends in steps, as the browser tests do (fixtures README), and
 * reads after each step: the union is what a capture accumulates. jsdom has no layout, so the sizes come
 * from the inline styles the fixture's grid sets.
 */
async function scrollAndRead(document: Document, ctx: PageContext) {
  const seen = new Map<string, MetricRecord>();
  const problems: string[] = [];
  const conflicts: string[] = [];
  const readNow = () => {
    const result = adsCampaignsAdapter.read(document, ctx);
    problems.push(...result.problems);
    for (const { record } of result.readings) {
      const before = seen.get(keyOf(record));
      if (before && before.value !== record.value) conflicts.push(`${keyOf(record)}: ${before.value} then ${record.value}`);
      seen.set(keyOf(record), record);
    }
    return result;
  };
  readNow();
  const plans: [string, 'scrollTop' | 'scrollLeft', 'height' | 'width'][] = [
    ['.ag-body-viewport', 'scrollTop', 'height'],
    ['.ag-body-horizontal-scroll-viewport', 'scrollLeft', 'width'],
  ];
  for (const [selector, property, dimension] of plans) {
    for (const viewport of deepQueryAll(document, selector) as HTMLElement[]) {
      const visible = parseFloat(viewport.style[dimension]) || 0;
      const content = Math.max(0, ...Array.from(viewport.children, (c) => parseFloat((c as HTMLElement).style[dimension]) || 0));
      if (!visible || content <= visible) continue;
      for (let at = visible * 0.8; ; at = Math.min(content - visible, at + visible * 0.8)) {
        viewport[property] = at;
        viewport.dispatchEvent(new viewport.ownerDocument.defaultView!.Event('scroll'));
        await sleep(60);
        readNow();
        if (at >= content - visible) break;
      }
    }
  }
  return { records: [...seen.values()], problems, conflicts };
}

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('ads-campaigns'));

describe('ads-campaigns fixtures', () => {
  it('finds the shared fixture and our own variants', () => {
    expect(fixtures.some((f) => f.name.startsWith('shared/'))).toBe(true);
    expect(fixtures.filter((f) => f.name.startsWith('own/')).length).toBeGreaterThanOrEqual(6);
  });

  /** A cell of each table form the campaign manager may be drawn with. */
  const TABLE_CELL = '.ag-cell, [data-e2e-index^="cellIndex_"], [role="gridcell"], [role="cell"], td, kat-table-cell';

  async function load(f: Fixture) {
    // A page that re-renders after its first render says how long to wait in waitMs.
    const page = await loadPage(f.html, f.expected.url, Math.max((f.expected.renderDelayMs ?? 0) + 300, f.expected.waitMs ?? 0));
    open.push(page.dom);
    return page;
  }

  for (const f of fixtures) {
    it(`${f.name}: matches, and reads exactly the expected values`, async () => {
      const { document } = await load(f);
      const url = new URL(f.expected.url);
      expect(adsCampaignsAdapter.matches(url)).toBe(true);
      expect(detectMarketplace(document, url).marketplace).toBe(f.expected.marketplace);
      const ctx = contextOf(document, f.expected.url);

      const first = adsCampaignsAdapter.read(document, ctx);
      expect(first.problems).toEqual([]);
      const expected = new Map(f.expected.snapshots.map((s) => [keyOf(s), s]));
      for (const { record, element } of first.readings) {
        expect(expected.get(keyOf(record)), keyOf(record)).toEqual(asExpected(record));
        // The badge goes beside the cell showing the value: the grid's own cell, whichever component drew it.
        expect(element?.matches(TABLE_CELL), element?.tagName).toBe(true);
      }
      // Each value names the header of its column (absent only where the header is scrolled out of view):
      // one header per metric, as each metric is read from one column.
      const headersOf = new Map<string, Set<string>>();
      for (const { record, label } of first.readings) if (label) headersOf.set(record.metric, (headersOf.get(record.metric) ?? new Set()).add(label));
      expect(headersOf.size).toBeGreaterThan(0);
      for (const [metric, headers] of headersOf) expect([...headers], metric).toHaveLength(1);
      // jsdom shows the grid's first screen: every row drawn there is read.
      const entitiesRead = new Set(first.readings.map((r) => r.record.entity));
      expect(entitiesRead.size).toBeGreaterThan(0);

      const { records, problems, conflicts } = await scrollAndRead(document, ctx);
      expect(problems).toEqual([]);
      expect(conflicts).toEqual([]);
      const byKey = (a: ExpectedSnapshot, b: ExpectedSnapshot) => keyOf(a).localeCompare(keyOf(b));
      expect(records.map(asExpected).sort(byKey)).toEqual([...f.expected.snapshots].sort(byKey));
      const read = new Set(records.map((r) => [r.scope, r.entity, r.metric].join(' | ')));
      for (const a of f.expected.absent ?? []) expect(read.has([a.scope, a.entity, a.metric].join(' | '))).toBe(false);
    });
  }

  it('shared page: the rows of the first screen are all read, with the .ag-cell as element', async () => {
    const f = fixtures.find((x) => x.name === 'shared/ads/campaigns-en-us.html')!;
    const { document } = await load(f);
    const result = adsCampaignsAdapter.read(document, contextOf(document, f.expected.url));
    const names = [...document.querySelectorAll('.ag-pinned-left-cols-container .ag-row [col-id="name"]')].map((c) => c.textContent!.trim());
    expect(names.length).toBe(13);
    expect(new Set(result.readings.map((r) => r.record.entity))).toEqual(new Set(names));
    for (const { element } of result.readings) expect(element?.classList.contains('ag-cell')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-built grids for the broken and unusual cases
// ---------------------------------------------------------------------------------------------

interface Column {
  id: string;
  header?: string;
  /** Where the column sits; `header: undefined` means its header is out of view. */
  at?: 'left' | 'center' | 'right';
}
interface Row {
  id?: string;
  index: number;
  cells: Record<string, string>;
}
interface GridSpec {
  url?: string;
  lang?: string;
  picker?: string | null;
  columns: Column[];
  rows: Row[];
  totals?: Record<string, string>;
  shadow?: boolean;
}

const DEFAULT_COLUMNS: Column[] = [
  { id: 'name', header: 'Campaign name', at: 'left' },
  { id: 'impressions', header: 'Impressions' },
  { id: 'clicks', header: 'Clicks' },
  { id: 'acos', header: 'ACOS' },
];

function gridHtml(spec: GridSpec): string {
  const columns = spec.columns;
  const container = (at: 'left' | 'center' | 'right') => columns.filter((c) => (c.at ?? 'center') === at);
  const header = (at: 'left' | 'center' | 'right') =>
    container(at)
      .filter((c) => c.header !== undefined)
      .map((c) => `<div class="ag-header-cell" col-id="${c.id}"><span class="ag-header-cell-text">${c.header}</span></div>`)
      .join('');
  const row = (r: Row, at: 'left' | 'center' | 'right', extraClass = '') =>
    `<div class="ag-row ${extraClass}" role="row" ${r.id === undefined ? '' : `row-id="${r.id}"`} row-index="${r.index}">${container(at)
      .filter((c) => c.id in r.cells)
      .map((c) => `<div class="ag-cell" col-id="${c.id}">${c.id === 'name' ? `<a href="#">${r.cells[c.id]}</a>` : r.cells[c.id]}</div>`)
      .join('')}</div>`;
  const body = (at: 'left' | 'center' | 'right') => spec.rows.map((r) => row(r, at)).join('');
  const totals = spec.totals
    ? `<div class="ag-floating-bottom">${(['left', 'center', 'right'] as const)
        .map((at) => row({ id: 'b-0', index: 0, cells: spec.totals! }, at, 'ag-row-pinned').replace('row-index="0"', 'row-index="b-0"'))
        .join('')}</div>`
    : '';
  const grid = `<div class="ag-root">
    <div class="ag-header"><div class="ag-pinned-left-header">${header('left')}</div><div class="ag-header-viewport">${header('center')}</div><div class="ag-pinned-right-header">${header('right')}</div></div>
    <div class="ag-body-viewport">
      <div class="ag-pinned-left-cols-container">${body('left')}</div>
      <div class="ag-center-cols-viewport"><div class="ag-center-cols-container">${body('center')}</div></div>
      <div class="ag-pinned-right-cols-container">${body('right')}</div>
    </div>${totals}</div>`;
  const picker = spec.picker === null ? '' : `<button data-testid="date-range-picker">${spec.picker ?? 'Yesterday Nov 20, 2026 - Nov 20, 2026'}</button>`;
  return `<!DOCTYPE html><html lang="${spec.lang ?? 'en-US'}"><body>
    <div data-testid="account-switcher"><span class="AccountSwitcher__marketplace--x1">United States</span></div>
    ${picker}
    ${spec.shadow ? '<div id="grid-host"></div>' : grid}
    ${spec.shadow ? `<template id="grid-template">${grid}</template>` : ''}
  </body></html>`;
}

function readGrid(spec: GridSpec): AdapterResult & { document: Document } {
  const url = spec.url ?? 'https://advertising.amazon.com/cm/campaigns';
  const dom = new JSDOM(gridHtml(spec), { url });
  open.push(dom);
  const document = dom.window.document;
  if (spec.shadow) {
    const shadow = document.getElementById('grid-host')!.attachShadow({ mode: 'open' });
    shadow.appendChild((document.getElementById('grid-template') as HTMLTemplateElement).content.cloneNode(true));
  }
  return { ...adsCampaignsAdapter.read(document, contextOf(document, url)), document };
}

const rows: Row[] = [
  { id: 'c1', index: 0, cells: { name: 'SP | Alpha', impressions: '1,000', clicks: '10', acos: '25.00%' } },
  { id: 'c2', index: 1, cells: { name: 'SP | Beta', impressions: '0', clicks: '0', acos: '—' } },
];

function values(result: AdapterResult): Record<string, number> {
  return Object.fromEntries(result.readings.map(({ record }) => [`${record.entity}/${record.metric}`, record.value]));
}

describe('ads-campaigns adapter on hand-built grids', () => {
  it('reads a plain grid, with the period on every record', () => {
    const result = readGrid({ columns: DEFAULT_COLUMNS, rows });
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({
      'SP | Alpha/impressions': 1000, 'SP | Alpha/clicks': 10, 'SP | Alpha/acos': 25, 'SP | Beta/impressions': 0, 'SP | Beta/clicks': 0,
    });
    for (const { record } of result.readings) expect(record.period).toBe('2026-11-20..2026-11-20');
  });

  it('never reads the pinned totals row', () => {
    const result = readGrid({
      columns: DEFAULT_COLUMNS,
      rows,
      totals: { name: 'Total: 2', impressions: '1,000', clicks: '10', acos: '25.00%' },
    });
    expect(result.problems).toEqual([]);
    expect(result.readings.map((r) => r.record.entity)).not.toContain('Total: 2');
    expect(result.readings).toHaveLength(5);
  });

  it('ignores a column it does not know, and complains only when no metric column is left', () => {
    const withUnknown = readGrid({
      columns: [
        ...DEFAULT_COLUMNS,
        { id: 'col_17', header: 'Top-of-search impression share' },
        // A qualified header names another metric, not Sales.
        { id: 'col_18', header: 'Sales (same SKU)' },
      ],
      rows: rows.map((r) => ({ ...r, cells: { ...r.cells, col_17: '12.00%', col_18: '$4.00' } })),
    });
    expect(withUnknown.problems).toEqual([]);
    expect(withUnknown.readings).toHaveLength(5);

    const onlyUnknown = readGrid({
      columns: [{ id: 'name', header: 'Campaign name', at: 'left' }, { id: 'col_17', header: 'Top-of-search impression share' }],
      rows: rows.map((r) => ({ ...r, cells: { name: r.cells.name!, col_17: '12.00%' } })),
    });
    expect(onlyUnknown.readings).toEqual([]);
    expect(onlyUnknown.problems.join()).toMatch(/no metric column/);
  });

  it('reports an unreadable cell and still reads the others', () => {
    const result = readGrid({
      columns: DEFAULT_COLUMNS,
      rows: [{ id: 'c1', index: 0, cells: { name: 'SP | Alpha', impressions: '1,000', clicks: '10', acos: '1.2.3%' } }],
    });
    expect(values(result)).toEqual({ 'SP | Alpha/impressions': 1000, 'SP | Alpha/clicks': 10 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/acos of SP \| Alpha/);
  });

  it('reads nothing without a period, and says so', () => {
    const noPicker = readGrid({ columns: DEFAULT_COLUMNS, rows, picker: null });
    expect(noPicker.readings).toEqual([]);
    expect(noPicker.problems.join()).toMatch(/period unreadable/);
    const unreadable = readGrid({ columns: DEFAULT_COLUMNS, rows, picker: 'Yesterday' });
    expect(unreadable.readings).toEqual([]);
    expect(unreadable.problems).toEqual(["period unreadable: 'Yesterday'"]);
  });

  it('takes the period from the URL when the page has no picker, and refuses a picker that contradicts it', () => {
    const fromUrl = readGrid({
      columns: DEFAULT_COLUMNS, rows, picker: null,
      url: 'https://advertising.amazon.com/cm/campaigns?startDate=20261101&endDate=20261107',
    });
    expect(fromUrl.problems).toEqual([]);
    expect(new Set(fromUrl.readings.map((r) => r.record.period))).toEqual(new Set(['2026-11-01..2026-11-07']));
    const contradicting = readGrid({
      columns: DEFAULT_COLUMNS, rows,
      url: 'https://advertising.amazon.com/cm/campaigns?startDate=2026-11-01&endDate=2026-11-07',
    });
    expect(contradicting.readings).toEqual([]);
    expect(contradicting.problems.join()).toMatch(/period unclear/);
  });

  it('finds the name column unpinned or pinned right, and joins by row-index when rows have no row-id', () => {
    for (const at of ['center', 'right'] as const) {
      const result = readGrid({
        columns: [{ id: 'name', header: 'Campaign name', at }, ...DEFAULT_COLUMNS.slice(1)],
        rows: rows.map(({ id: _id, ...r }) => r),
      });
      expect(result.problems).toEqual([]);
      expect(values(result)['SP | Beta/impressions']).toBe(0);
      expect(values(result)['SP | Alpha/acos']).toBe(25);
    }
  });

  it('knows a column by its col-id when its header is out of view, and by its header when the col-id is opaque', () => {
    const result = readGrid({
      lang: 'de-DE',
      picker: 'Gestern 20.11.2026 - 20.11.2026',
      columns: [
        { id: 'c0', header: 'Kampagnenname', at: 'left' },
        { id: 'impressions' },
        { id: 'c7', header: 'Ausgaben' },
        { id: 'c9', header: 'Zugeordnete Umsatzkosten (ACOS)' },
      ],
      rows: [{ id: 'x', index: 0, cells: { c0: 'SP | Gamma', impressions: '12.345', c7: '1.234,56 €', c9: '12,5 %' } }],
    });
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({ 'SP | Gamma/impressions': 12345, 'SP | Gamma/spend': 1234.56, 'SP | Gamma/acos': 12.5 });
  });

  it('reads a grid inside an open shadow root, badging each cell there', () => {
    const result = readGrid({ columns: DEFAULT_COLUMNS, rows, shadow: true });
    expect(result.problems).toEqual([]);
    expect(result.readings).toHaveLength(5);
    for (const { element } of result.readings) {
      expect(element?.classList.contains('ag-cell')).toBe(true);
      expect(element?.getRootNode()).toBe(result.document.getElementById('grid-host')!.shadowRoot);
    }
  });

  it('reads nothing for two columns of one metric, or two rows of one name', () => {
    const twoSales = readGrid({
      columns: [...DEFAULT_COLUMNS, { id: 'sales', header: 'Sales' }, { id: 'attributedSales14d', header: 'Sales' }],
      rows: [{ id: 'c1', index: 0, cells: { name: 'SP | Alpha', impressions: '5', sales: '$1.00', attributedSales14d: '$2.00' } }],
    });
    expect(twoSales.readings.map((r) => r.record.metric)).toEqual(['impressions']);
    expect(twoSales.problems.join()).toMatch(/column for sales unclear/);

    const twoRows = readGrid({
      url: 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/keywords',
      columns: [{ id: 'keywordText', header: 'Keyword', at: 'left' }, { id: 'matchType', header: 'Match type' }, { id: 'clicks', header: 'Clicks' }],
      rows: [
        { id: 'k1', index: 0, cells: { keywordText: 'yoga mat', matchType: 'Broad', clicks: '4' } },
        { id: 'k2', index: 1, cells: { keywordText: 'yoga mat', matchType: 'Exact', clicks: '9' } },
        { id: 'k3', index: 2, cells: { keywordText: 'cork yoga mat', matchType: 'Exact', clicks: '2' } },
      ],
    });
    expect(values(twoRows)).toEqual({ 'cork yoga mat/clicks': 2 });
    expect(twoRows.readings[0]!.record.scope).toBe('target');
    expect(twoRows.problems).toEqual(["2 rows named 'yoga mat': not read"]);
  });

  it('says what is missing when the grid has not rendered or has no name column', () => {
    const noGrid = adsCampaignsAdapter.read(
      (() => {
        const dom = new JSDOM('<html><body><button data-testid="date-range-picker">Nov 20, 2026</button></body></html>', { url: 'https://advertising.amazon.com/cm/campaigns' });
        open.push(dom);
        return dom.window.document;
      })(),
      { url: new URL('https://advertising.amazon.com/cm/campaigns'), marketplace: 'US', currency: 'USD', decimalSeparator: '.' },
    );
    expect(noGrid.readings).toEqual([]);
    expect(noGrid.problems.join()).toMatch(/no campaign grid/);

    const noName = readGrid({ columns: DEFAULT_COLUMNS.slice(1), rows });
    expect(noName.readings).toEqual([]);
    expect(noName.problems.join()).toMatch(/no campaign name column/);
  });
});

describe('ads-campaigns URLs', () => {
  const scope = (href: string) => scopeOfUrl(new URL(href));
  it('tells the scope from the path', () => {
    expect(scope('https://advertising.amazon.com/campaign-manager')).toBe('campaign');
    expect(scope('https://advertising.amazon.com/cm/campaigns?entityId=ENTITY1')).toBe('campaign');
    expect(scope('https://advertising.amazon.de/CM/Campaigns/')).toBe('campaign');
    expect(scope('https://advertising.amazon.com/cm/campaigns/ref=xx_cmpmgr_nav?entityId=E')).toBe('campaign');
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups')).toBe('adGroup');
    expect(scope('https://advertising.amazon.com/cm/sb/campaigns/123/ad-groups/')).toBe('adGroup');
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups/456/targeting')).toBe('target');
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups/456/keywords')).toBe('target');
    expect(scope('https://advertising.amazon.com/cm/sd/campaigns/123/ad-groups/456/targets')).toBe('target');
    expect(scope('https://advertising.amazon.com/cm/sb/campaigns/123/keywords')).toBe('target');
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups/456/search-terms')).toBe('searchTerm');
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/search-terms?startDate=2026-11-01')).toBe('searchTerm');
    expect(scope('https://advertising.amazon.com/cm/#/sp/campaigns/123/ad-groups')).toBe('adGroup');
  });
  it('does not serve pages without metrics or outside the Campaign manager', () => {
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups/456/negative-keywords')).toBeUndefined();
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/settings')).toBeUndefined();
    expect(scope('https://advertising.amazon.com/cm/sp/campaigns/123/ad-groups/456/ads')).toBeUndefined();
    expect(scope('https://advertising.amazon.com/reports')).toBeUndefined();
    expect(scope('https://advertising.amazon.com/dashboard/campaigns')).toBeUndefined();
  });
});

describe('ads-campaigns adapter: a header nobody knows, and the same header taught', () => {
  const aria = listFixtures().find((f) => f.name === 'own/ads/campaigns-aria-grid-en-au.html')!;
  // The ARIA grid has no column ids: its Spend column is known by its header alone.
  const html = aria.html.replace('["", "Spend"]', '["", "Ausgaben insgesamt"]');
  const spendRows = aria.expected.snapshots.filter((s) => s.metric === 'spend');

  it('reads no spend, stores nothing wrong for it, and lists the header as unplaced', async () => {
    expect(html).not.toBe(aria.html);
    const { document, dom } = await loadPage(html, aria.expected.url, 600);
    open.push(dom);
    const result = adsCampaignsAdapter.read(document, contextOf(document, aria.expected.url));
    expect(result.readings.filter((r) => r.record.metric === 'spend')).toEqual([]);
    expect(result.readings.length).toBe(aria.expected.snapshots.length - spendRows.length);
    expect(result.unplaced).toEqual(['Ausgaben insgesamt']);
  });

  it('reads the taught header as spend on every row, with the header as its label', async () => {
    const { document, dom } = await loadPage(html, aria.expected.url, 600);
    open.push(dom);
    const ctx = { ...contextOf(document, aria.expected.url), taught: [{ page: 'ads-campaigns' as const, label: 'ausgaben insgesamt', metric: 'spend' as const }] };
    const result = adsCampaignsAdapter.read(document, ctx);
    const spend = result.readings.filter((r) => r.record.metric === 'spend');
    expect(spend.map((r) => [r.record.entity, r.record.value])).toEqual(spendRows.map((s) => [s.entity, s.value]));
    expect(new Set(spend.map((r) => r.label))).toEqual(new Set(['Ausgaben insgesamt']));
    expect(result.unplaced).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it('never lets a taught label override a column the grid identifies by its id', async () => {
    const shared = listFixtures().find((f) => f.name === 'shared/ads/campaigns-en-us.html')!;
    const { document, dom } = await loadPage(shared.html, shared.expected.url, (shared.expected.renderDelayMs ?? 0) + 300);
    open.push(dom);
    const plain = adsCampaignsAdapter.read(document, contextOf(document, shared.expected.url));
    const clicksHeader = plain.readings.find((r) => r.record.metric === 'clicks')?.label;
    expect(clicksHeader).toBeTruthy();
    // Teach the Clicks header as orders: the column's col-id (clicks) wins, and orders keeps its own column.
    const ctx = { ...contextOf(document, shared.expected.url), taught: [{ page: 'ads-campaigns' as const, label: clicksHeader!.toLowerCase(), metric: 'orders' as const }] };
    const taught = adsCampaignsAdapter.read(document, ctx);
    const values = (r: AdapterResult) => r.readings.map((x) => `${x.record.entity}|${x.record.metric}=${x.record.value}`).sort();
    expect(values(taught)).toEqual(values(plain));
  });
});
