import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, type ExpectedSnapshot } from '../../../test/fixtures';
import { loadPage } from '../../../test/jsdom-page';
import type { AdLink } from '../ad-link';
import { deepQueryAll } from '../dom';
import { detectMarketplace, pageContext } from '../page-context';
import type { MetricRecord } from '../record';
import { adsCampaignsAdapter } from './ads-campaigns';
import { adsProductsAdapter, productIdsOf } from './ads-products';
import { ADAPTERS } from '.';
import { adapterFor } from './adapter-for';
import type { PageContext } from './types';

const open: JSDOM[] = [];
afterEach(() => {
  for (const dom of open.splice(0)) dom.window.close();
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const keyOf = (r: { scope: string; entity: string; metric: string; period?: string }) => [r.scope, r.entity, r.metric, r.period ?? ''].join(' | ');

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

/** Reads, scrolls the grid's body in steps and reads again: the union is what a capture accumulates. */
async function scrollAndRead(document: Document, ctx: PageContext) {
  const records = new Map<string, MetricRecord>();
  const links = new Map<string, AdLink>();
  const problems: string[] = [];
  const readNow = () => {
    const result = adsProductsAdapter.read(document, ctx);
    problems.push(...result.problems);
    for (const { record } of result.readings) records.set(keyOf(record), record);
    for (const { link } of result.links ?? []) links.set(JSON.stringify(link), link);
  };
  readNow();
  for (const viewport of deepQueryAll(document, '.ag-body-viewport') as HTMLElement[]) {
    const visible = parseFloat(viewport.style.height) || 0;
    const content = Math.max(0, ...Array.from(viewport.children, (c) => parseFloat((c as HTMLElement).style.height) || 0));
    if (!visible || content <= visible) continue;
    for (let at = visible * 0.8; ; at = Math.min(content - visible, at + visible * 0.8)) {
      viewport.scrollTop = at;
      viewport.dispatchEvent(new viewport.ownerDocument.defaultView!.Event('scroll'));
      await sleep(60);
      readNow();
      if (at >= content - visible) break;
    }
  }
  return { records: [...records.values()], links: [...links.values()], problems };
}

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('ads-products'));

describe('ads-products fixtures', () => {
  it('finds the shared fixture and our own', () => {
    expect(fixtures.some((f) => f.name.startsWith('shared/'))).toBe(true);
    expect(fixtures.some((f) => f.name.startsWith('own/'))).toBe(true);
  });

  for (const f of fixtures) {
    it(`${f.name}: matches, reads exactly the expected values and links`, async () => {
      const page = await loadPage(f.html, f.expected.url, (f.expected.renderDelayMs ?? 0) + 300);
      open.push(page.dom);
      const { document } = page;
      const url = new URL(f.expected.url);
      expect(adapterFor(url, ADAPTERS)?.id).toBe('ads-products');
      expect(adsCampaignsAdapter.matches(url)).toBe(false);
      const ctx = contextOf(document, f.expected.url);
      const first = adsProductsAdapter.read(document, ctx);
      expect(first.problems).toEqual([]);
      for (const { record, label } of first.readings) {
        expect(f.expected.snapshots.map(keyOf)).toContain(keyOf(record));
        expect(label, keyOf(record)).toBeTruthy();
      }
      const { records, links, problems } = await scrollAndRead(document, ctx);
      expect(problems).toEqual([]);
      const byKey = (a: ExpectedSnapshot, b: ExpectedSnapshot) => keyOf(a).localeCompare(keyOf(b));
      expect(records.map(asExpected).sort(byKey)).toEqual([...f.expected.snapshots].sort(byKey));
      for (const a of f.expected.absent ?? []) expect(records.some((r) => keyOf(r) === keyOf({ ...a, period: r.period }))).toBe(false);
      const adLinks = links.filter((l) => l.kind === 'ad').map((l) => ({ campaign: l.campaign, adGroup: l.adGroup, sku: l.sku, asin: l.asin }));
      const sort = (a: { sku?: string }, b: { sku?: string }) => (a.sku ?? '').localeCompare(b.sku ?? '');
      expect(adLinks.sort(sort)).toEqual([...(f.expected.links ?? [])].sort(sort));
      // Every SKU with an ASIN is a SKU ↔ ASIN link; the campaign's ad type comes from the console's path.
      for (const l of f.expected.links ?? []) if (l.sku && l.asin) expect(links).toContainEqual({ kind: 'skuAsin', sku: l.sku, asin: l.asin });
    });
  }
});

describe('ads-products URLs and product cells', () => {
  it.each([
    ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/ads', true],
    ['https://advertising.amazon.com/cm/campaigns/1/ad-groups/2/ads?entityId=X', true],
    ['https://advertising.amazon.co.uk/cm/ads', true],
    ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups', false],
    ['https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/targeting', false],
    ['https://sellercentral.amazon.com/cm/ads', false],
  ])('%s → %s', (url, matches) => {
    expect(adapterFor(new URL(url), ADAPTERS)?.id === 'ads-products').toBe(matches);
  });

  it('reads ASIN and SKU from their captions in any order, the ASIN from the title link failing that', () => {
    const dom = new JSDOM(`<div id="a"><a href="https://www.amazon.de/dp/B0ABCDEFGH">Titel</a><span>SKU: DE-1</span></div>
      <div id="b"><span>SKU：X 2</span><span>|</span><span>ASIN：B012345678</span></div><div id="c"><span>ASIN: not-an-asin</span></div>`);
    open.push(dom);
    const d = dom.window.document;
    expect(productIdsOf(d.getElementById('a')!)).toEqual({ sku: 'DE-1', asin: 'B0ABCDEFGH' });
    expect(productIdsOf(d.getElementById('b')!)).toEqual({ sku: 'X 2', asin: 'B012345678' });
    expect(productIdsOf(d.getElementById('c')!)).toEqual({});
  });
});

describe('SKU ↔ ASIN links of the inventory pages', () => {
  it('links every SKU of the shared inventory sample to the ASIN of its own row', async () => {
    const { inventoryAdapter } = await import('./inventory');
    for (const name of ['shared/inventory/manage-inventory-en-us.html']) {
      const f = listFixtures().find((x) => x.name === name)!;
      const page = await loadPage(f.html, f.expected.url, (f.expected.renderDelayMs ?? 0) + 300);
      open.push(page.dom);
      const result = inventoryAdapter.read(page.document, contextOf(page.document, f.expected.url));
      const links = new Map((result.links ?? []).map(({ link }) => [(link as { sku: string }).sku, (link as { asin: string }).asin]));
      const skus = new Set(f.expected.snapshots.filter((s) => s.scope === 'sku').map((s) => s.entity));
      expect(links.size).toBe(skus.size);
      // The ASIN of each row, as the page's own data gives it.
      const data = JSON.parse(/"rows":(\[.*?\])\s*[,}]/s.exec(f.html)?.[1] ?? '[]') as { sku: string; asin: string }[];
      for (const row of data) if (skus.has(row.sku)) expect(links.get(row.sku), row.sku).toBe(row.asin);
      expect(links.get('NW-BOWL-SS-2PK')).toBe('B09X4MN2PD');
    }
  });
});
