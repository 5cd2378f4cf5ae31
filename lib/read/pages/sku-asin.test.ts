import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, SHARED_FIXTURES } from '../../../test/fixtures';
import { loadPage } from '../../../test/jsdom-page';
import { detectMarketplace, pageContext } from '../page-context';
import { inventoryAdapter } from './inventory';
import { rowAsin } from './sku-asin';

let open: JSDOM | undefined;
afterEach(() => {
  open?.window.close();
  open = undefined;
});

function row(html: string): Element {
  open = new JSDOM(`<div id="r">${html}</div>`);
  return open.window.document.getElementById('r')!;
}

describe('rowAsin', () => {
  it('reads the ASIN of the row’s product links or data-asin', () => {
    expect(rowAsin(row('<a href="https://www.amazon.com/dp/B0C7QK4L2M">Leash</a>'))).toBe('B0C7QK4L2M');
    expect(rowAsin(row('<a href="/gp/product/b0c7qk4l2m?th=1">Leash</a><a href="https://www.amazon.com/dp/B0C7QK4L2M/">B0C7QK4L2M</a>'))).toBe('B0C7QK4L2M');
    expect(rowAsin(row('<span data-asin="B0C7QK4L2M">Leash</span>'))).toBe('B0C7QK4L2M');
  });

  it('reads an ASIN shown as text in a cell, alone or after a caption', () => {
    expect(rowAsin(row('<span>NW-LEASH</span><span>B0C7QK4L2M</span>'))).toBe('B0C7QK4L2M');
    expect(rowAsin(row('<span>NW-LEASH</span><span>ASIN: B0C7QK4L2M</span>'))).toBe('B0C7QK4L2M');
    expect(rowAsin(row('<span>ASIN：B0C7QK4L2M</span><a href="/dp/B0C7QK4L2M">Leash</a>'))).toBe('B0C7QK4L2M');
  });

  it('gives no link for a row naming none or two ASINs', () => {
    expect(rowAsin(row('<span>Parent ASIN B0PARENT01</span><a href="/dp/B0C7QK4L2M">Leash</a>'))).toBeUndefined();
    expect(rowAsin(row('<a href="/dp/">Leash</a> B0C7QK4L2M'))).toBeUndefined();
    expect(rowAsin(row('<a href="/dp/B0C7QK4L2M">a</a><a href="/dp/B0C7QK9X1R">b</a>'))).toBeUndefined();
  });
});

describe('inventory adapter: SKU ↔ ASIN links', () => {
  it.each(listFixtures([SHARED_FIXTURES]).filter((f) => adaptersOf(f.expected).includes('inventory')).map((f) => [f.name, f] as const))('%s links every SKU to the ASIN its row shows', async (_name, fixture) => {
    const page = await loadPage(fixture.html, fixture.expected.url, (fixture.expected.renderDelayMs ?? 0) + 300);
    open = page.dom;
    const url = new URL(fixture.expected.url);
    const market = detectMarketplace(page.document, url);
    const result = inventoryAdapter.read(page.document, pageContext(page.document, url, market.marketplace!));
    const skus = [...new Set(fixture.expected.snapshots.map((s) => s.entity))].sort();
    const links = (result.links ?? []).flatMap(({ link }) => (link.kind === 'skuAsin' ? [link] : []));
    expect(links.map((l) => l.sku).sort()).toEqual(skus);
    // The page's own data: each row's ASIN.
    const data = JSON.parse(/<script type="application\/json" id="myinventory-data">(.*?)<\/script>/s.exec(fixture.html)![1]!) as { rows: { sku: string; asin: string }[] };
    for (const link of links) expect(link.asin).toBe(data.rows.find((r) => r.sku === link.sku)!.asin);
  });
});
