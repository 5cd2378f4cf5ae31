import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, type ExpectedSnapshot } from '../../../test/fixtures';
import { loadPage } from '../../../test/jsdom-page';
import { findLabel, INVENTORY_LABELS } from '../labels';
import { detectMarketplace, pageContext } from '../page-context';
import type { MetricRecord } from '../record';
import { inventoryAdapter } from './inventory';
import type { PageContext } from './types';

const STOCK_LABELS = { available: INVENTORY_LABELS.available, inbound: INVENTORY_LABELS.inbound, reserved: INVENTORY_LABELS.reserved };

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('inventory'));

let open: JSDOM | undefined;
afterEach(() => {
  open?.window.close();
  open = undefined;
});

function recordKey(r: MetricRecord | ExpectedSnapshot): string {
  return JSON.stringify([r.scope, r.entity, r.metric, r.value, r.unit, r.currency ?? null, r.period ?? '']);
}

describe('inventory adapter: fixture pages', () => {
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

      expect(inventoryAdapter.matches(url)).toBe(true);
      const detected = detectMarketplace(document, url);
      expect(detected.marketplace).toBe(expected.marketplace);
      const result = inventoryAdapter.read(document, pageContext(document, url, detected.marketplace!));

      expect(result.problems).toEqual([]);
      const read = result.readings.map((r) => recordKey(r.record));
      expect(new Set(read).size).toBe(read.length);
      const wanted = new Set(expected.snapshots.map(recordKey));
      if (expected.scroll) {
        // jsdom has no layout: only the first screen of the virtualized grid is drawn. Every record
        // read must be expected, and every SKU that is drawn must be read completely.
        expect(read.filter((k) => !wanted.has(k))).toEqual([]);
        const entities = new Set(result.readings.map((r) => r.record.entity));
        expect(entities.size).toBeGreaterThan(0);
        const ofDrawn = expected.snapshots.filter((s) => entities.has(s.entity)).map(recordKey);
        expect([...read].sort()).toEqual([...ofDrawn].sort());
      } else {
        expect([...read].sort()).toEqual([...wanted].sort());
      }
      for (const absent of expected.absent ?? []) {
        expect(result.readings.some((r) => r.record.entity === absent.entity && r.record.metric === absent.metric)).toBe(false);
      }
      // Every value names the element that shows it, in the page as it is now (a badge goes beside it).
      for (const reading of result.readings) expect(reading.element?.isConnected).toBe(true);
      // A stock figure names the label shown beside it, which is that figure's label.
      for (const { record, label } of result.readings.filter((r) => ['available', 'inbound', 'reserved'].includes(r.record.metric))) {
        expect(findLabel(label ?? '', STOCK_LABELS), `${record.entity} ${record.metric}: ${label}`).toBe(record.metric);
      }
    });
  }
});

describe('inventory adapter: matches', () => {
  it.each([
    'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1',
    'https://sellercentral.amazon.com/MyInventory/Inventory/',
    'https://sellercentral.amazon.de/inventory/ref=xx_invmgr_dnav_xx',
    'https://sellercentral.amazon.co.uk/inventory?tbla_myitable=sort:%7B%22sortOrder%22%3A%22DESCENDING%22%7D',
    'https://sellercentral.amazon.co.uk/hz/inventory',
    'https://sellercentral-europe.amazon.com/fba-inventory/gim/inventory-list?mons_sel_mkid=A1PA6795UKMFR9',
    'https://sellercentral.amazon.com/fba-inventory/gim/inventory-list#/',
  ])('serves %s', (address) => expect(inventoryAdapter.matches(new URL(address))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/inventory-performance/dashboard',
    'https://sellercentral.amazon.com/inventoryplanning/dashboard',
    'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_favb_xx#/report?id=102%3ADetailSalesTrafficByChildItem',
    'https://sellercentral.amazon.com/myinventory/inventory/edit',
  ])('does not serve %s', (address) => expect(inventoryAdapter.matches(new URL(address))).toBe(false));
});

// Unit cases of broken or unusual pages, written as the page's DOM after rendering.
const US: PageContext = {
  url: new URL('https://sellercentral.amazon.com/myinventory/inventory'),
  marketplace: 'US',
  currency: 'USD',
  decimalSeparator: '.',
};

function pair(label: string, value: string): string {
  return `<div class="JanusSplitBox-module__row--Zz9"><div class="JanusSplitBox-module__panel--a">${label}</div><div class="JanusSplitBox-module__panel--a">${value}</div></div>`;
}

interface RowParts {
  sku?: string;
  skuPair?: string;
  title?: string;
  stock?: string;
  price?: string;
}

function row(parts: RowParts): string {
  const attribute = parts.sku === undefined ? '' : ` data-sku="${parts.sku}"`;
  const title = parts.title ?? '<a href="https://www.amazon.com/dp/B000000001">Dog Leash</a>';
  const stock = parts.stock ?? pair('Available', '12') + pair('Inbound', '3') + pair('Reserved', '1');
  const price =
    parts.price ??
    '<div class="VolusPriceInputComposite-module__priceInputRow--q"><kat-input-group><span slot="prefix">USD</span><kat-input value="9.99"></kat-input></kat-input-group></div>';
  return `<div class="JanusTable-module__rowWrapper--x"${attribute}><div class="JanusTable-module__tableContentRow--y" role="row">
    <div role="cell">${title}${parts.skuPair ? pair('SKU', parts.skuPair) : ''}</div>
    <div role="cell">${stock}</div><div role="cell">${price}</div></div></div>`;
}

function readHtml(body: string, ctx: PageContext = US) {
  open = new JSDOM(`<!DOCTYPE html><html lang="en-US"><body>${body}</body></html>`, { url: ctx.url.href });
  return inventoryAdapter.read(open.window.document, ctx);
}

function values(result: ReturnType<typeof readHtml>): Record<string, number> {
  return Object.fromEntries(result.readings.map((r) => [`${r.record.entity}.${r.record.metric}`, r.record.value]));
}

describe('inventory adapter: broken and unusual pages', () => {
  it('reads a complete row', () => {
    const result = readHtml(row({ sku: 'A-1' }));
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({ 'A-1.available': 12, 'A-1.inbound': 3, 'A-1.reserved': 1, 'A-1.price': 9.99, 'A-1.titleLength': 9 });
  });

  it('reports a page with no rows (still loading) and reads nothing', () => {
    const result = readHtml('<div id="myinventory-root"><kat-spinner></kat-spinner> Loading inventory…</div>');
    expect(result.readings).toEqual([]);
    expect(result.problems).toEqual(['no inventory rows ([data-sku] or Janus table rows) found']);
  });

  it('skips a row whose SKU cannot be told, with a problem', () => {
    const result = readHtml(row({}) + row({ sku: 'B-2' }));
    expect(result.problems).toEqual(['row 1: SKU not found; row skipped']);
    expect(new Set(result.readings.map((r) => r.record.entity))).toEqual(new Set(['B-2']));
  });

  it('takes the SKU from its label/value pair when the row has no data-sku', () => {
    const result = readHtml(row({ skuPair: 'C-3' }));
    expect(result.problems).toEqual([]);
    expect(values(result)['C-3.available']).toBe(12);
  });

  it('takes the SKU from a data-sku inside the row (on its checkbox)', () => {
    const result = readHtml(row({}).replace('<div role="cell">', '<div role="cell"><kat-checkbox data-sku="C-4"></kat-checkbox>'));
    expect(result.problems).toEqual([]);
    expect(values(result)['C-4.reserved']).toBe(1);
  });

  it('reads label/value pairs of another build (no split-box classes), by label', () => {
    const plain = (label: string, value: string) => `<div class="Pair"><div><span>${label}</span></div><div><span>${value}</span></div></div>`;
    const stock = plain('SKU', 'P-1') + plain('Inbound', '7') + plain('Available', '31') + plain('Reserved', '2');
    const result = readHtml(`<div class="JanusTable-module__rowWrapper--n"><a href="/dp/B0000000P1">Bowl</a>${stock}<kat-input-group><span slot="prefix">USD</span><kat-input value="5.00"></kat-input></kat-input-group></div>`);
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({ 'P-1.available': 31, 'P-1.inbound': 7, 'P-1.reserved': 2, 'P-1.price': 5, 'P-1.titleLength': 4 });
  });

  it('refuses a row whose data-sku and shown SKU differ', () => {
    const result = readHtml(row({ sku: 'D-4', skuPair: 'D-5' }));
    expect(result.readings).toEqual([]);
    expect(result.problems).toEqual(['row 1: data-sku "D-4" differs from the SKU shown "D-5"; row skipped']);
  });

  it('reports removed anchors (labels, price input, title) and reads nothing wrong', () => {
    const result = readHtml(row({ sku: 'E-5', stock: pair('Lagerort', '12'), price: '<span>9.99</span>', title: '<span>no link</span>' }));
    expect(result.readings).toEqual([]);
    expect(result.problems).toEqual([
      'E-5: no available, inbound, reserved figure in its row',
      'price of E-5: no price input in its row',
      'titleLength of E-5: no product title in its row',
    ]);
  });

  it('reports an unparseable figure instead of reading it', () => {
    const result = readHtml(row({ sku: 'F-6', stock: pair('Available', '1.2.3') + pair('Inbound', '4') + pair('Reserved', '0') }));
    expect(values(result)).toMatchObject({ 'F-6.inbound': 4, 'F-6.reserved': 0 });
    expect(values(result)['F-6.available']).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^available of F-6: .*1\.2\.3/);
  });

  it('reads nothing for a label shown twice with two values', () => {
    const result = readHtml(row({ sku: 'G-7', stock: pair('Available', '5') + pair('Available', '6') + pair('Inbound', '0') + pair('Reserved', '0') }));
    expect(values(result)['G-7.available']).toBeUndefined();
    expect(result.problems).toEqual(['available of G-7: two different values (5 / 6)']);
  });

  it('does not store missing figures and an empty price (no problem)', () => {
    const price = '<kat-input-group><span slot="prefix">$</span><kat-input value="" placeholder="Add a price"></kat-input></kat-input-group>';
    const result = readHtml(row({ sku: 'H-8', stock: pair('Available', '0') + pair('Inbound', '—') + pair('Reserved', 'N/A'), price }));
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({ 'H-8.available': 0, 'H-8.titleLength': 9 });
  });

  it('drops a SKU shown in two rows with different values, keeps one shown twice alike', () => {
    const result = readHtml(row({ sku: 'I-9' }) + row({ sku: 'I-9' }) + row({ sku: 'J-1' }) + row({ sku: 'J-1', stock: pair('Available', '13') + pair('Inbound', '3') + pair('Reserved', '1') }));
    expect(values(result)['I-9.available']).toBe(12);
    expect(values(result)['J-1.available']).toBeUndefined();
    expect(values(result)['J-1.inbound']).toBe(3);
    expect(result.problems).toEqual(['available of J-1: different values in two rows']);
  });

  it('uses the currency of the input prefix, symbol or code, else the marketplace currency', () => {
    const ca: PageContext = { ...US, marketplace: 'CA', currency: 'CAD' };
    const withPrefix = (prefix: string) =>
      `<kat-input-group>${prefix ? `<span slot="prefix">${prefix}</span>` : ''}<kat-input value="19.99"></kat-input></kat-input-group>`;
    const result = readHtml(row({ sku: 'K-1', price: withPrefix('$') }) + row({ sku: 'K-2', price: withPrefix('USD') }) + row({ sku: 'K-3', price: withPrefix('') }), ca);
    const currencies = Object.fromEntries(result.readings.filter((r) => r.record.metric === 'price').map((r) => [r.record.entity, r.record.currency]));
    expect(currencies).toEqual({ 'K-1': 'CAD', 'K-2': 'USD', 'K-3': 'CAD' });
  });

  it('does not take the Featured Offer price for the price', () => {
    const price =
      '<div class="VolusPriceInputComposite-module__priceInputRow--q"><kat-input-group><span slot="prefix">USD</span><kat-input value="24.99"></kat-input></kat-input-group></div><div class="VolusPriceInputComposite-module__featuredOffer--z">Featured Offer: $23.99</div>';
    expect(values(readHtml(row({ sku: 'L-1', price })))['L-1.price']).toBe(24.99);
  });

  it('does not take the ASIN link of the ASIN pair for the title', () => {
    const title = '<a href="https://www.amazon.com/dp/B000000001">Dog Leash</a><div class="JanusSplitBox-module__row--Zz9"><div>ASIN</div><div><a href="https://www.amazon.com/dp/B000000001">B000000001</a></div></div>';
    const result = readHtml(row({ sku: 'L-2', title }));
    expect(result.problems).toEqual([]);
    expect(values(result)['L-2.titleLength']).toBe(9);
  });

  it('counts user-perceived characters of the trimmed title', () => {
    const title = '<a href="/dp/B0000000X1">\n   Cafe\u0301 <mark>Hund</mark>e 🐕‍🦺  Leine  </a>';
    expect(values(readHtml(row({ sku: 'M-1', title })))['M-1.titleLength']).toBe(18); // C-a-f-é H-u-n-d-e 🐕‍🦺 L-e-i-n-e and three spaces
  });

  it('names the label each figure was read under, and lists labels no figure wants as unplaced', () => {
    const stock = pair('Verfügbar', '12') + pair('Inbound', '3') + pair('Reserved', '1') + pair('Lagerort', 'A-12');
    const result = readHtml(row({ sku: 'O-1', stock }) + row({ sku: 'O-2', stock }));
    expect(result.problems).toEqual([]);
    const labels = Object.fromEntries(result.readings.filter((r) => r.record.entity === 'O-1' && r.label).map((r) => [r.record.metric, r.label]));
    expect(labels).toEqual({ available: 'Verfügbar', inbound: 'Inbound', reserved: 'Reserved' });
    expect(result.unplaced).toEqual(['Lagerort']);
  });

  it('reads the row-card layout: pairs named by data-field, the price shown as text, a missing figure not stored', () => {
    const field = (key: string, label: string, value: string) => `<div class="Card-module__pair--q" data-field="${key}"><div>${label}</div><div>${value}</div></div>`;
    const card = (sku: string, available: string, price: string) =>
      `<div class="JanusTable-module__tableContentRow--MG" data-sku="${sku}"><a href="https://www.amazon.com/dp/B000000001">Dog Leash</a>
        ${field('available', 'Available now', available)}${field('inbound', 'Inbound', '—')}${field('reserved', 'Reserved', '0')}${field('unfulfillable', 'Unfulfillable', '1')}
        <div>${field('price', 'Price', price)}<div class="Card-module__featured--z">Featured Offer: $8.00</div></div></div>`;
    const result = readHtml(card('Q-1', '1,240', '$1,099.00') + card('Q-2', '—', '$9.99'));
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({
      'Q-1.available': 1240, 'Q-1.reserved': 0, 'Q-1.price': 1099, 'Q-1.titleLength': 9,
      'Q-2.reserved': 0, 'Q-2.price': 9.99, 'Q-2.titleLength': 9,
    });
    // "Available now" is no label the page words know: the pair's field id says what it is.
    expect(result.readings.find((r) => r.record.metric === 'available')?.label).toBe('Available now');
    expect(result.unplaced).toEqual(['Unfulfillable']);
  });

  it('reads labels in the other UI languages, in any order', () => {
    const de: PageContext = { ...US, marketplace: 'DE', currency: 'EUR', decimalSeparator: ',' };
    const stock = pair('Reserviert', '1.024') + pair('Verfügbar', '2') + pair('Eingehend', '--');
    const price = '<kat-input-group><span slot="prefix">€</span><kat-input value="1.234,56"></kat-input></kat-input-group>';
    const result = readHtml(row({ sku: 'N-1', stock, price }), de);
    expect(result.problems).toEqual([]);
    expect(values(result)).toEqual({ 'N-1.reserved': 1024, 'N-1.available': 2, 'N-1.price': 1234.56, 'N-1.titleLength': 9 });
  });
});

describe('inventory adapter: listing status (contract §2 listingStatus)', () => {
  const status = (text: string, extra = '') => `<div class="InventoryCard-module__statusLine--b"><span class="StatusCell-module__status--Q1">${text}</span><span class="StatusCell-module__channel--Q2">Fulfilled by Amazon</span>${extra}</div>`;
  const statusRow = (sku: string, html: string) => row({ sku, title: `${html}<a href="https://www.amazon.com/dp/B000000001">Dog Leash</a>` });
  const statuses = (result: ReturnType<typeof readHtml>) =>
    Object.fromEntries(result.readings.filter((r) => r.record.metric === 'listingStatus').map((r) => [r.record.entity, [r.record.value, r.record.status]]));

  it('stores the number and the word of each status, in any UI language', () => {
    const result = readHtml(
      statusRow('S-1', status('Active')) + statusRow('S-2', status('Search suppressed')) + statusRow('S-3', status('Unvollständig')) + statusRow('S-4', status('不可售')) + statusRow('S-5', status('Out of Stock')),
    );
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ 'S-1': [0, 'active'], 'S-2': [3, 'searchSuppressed'], 'S-3': [4, 'incomplete'], 'S-4': [1, 'inactive'], 'S-5': [2, 'outOfStock'] });
  });

  it('does not store a status word that is not on the list, and says so', () => {
    const result = readHtml(statusRow('S-1', status('Stranded')) + statusRow('S-2', status('Active')));
    expect(statuses(result)).toEqual({ 'S-2': [0, 'active'] });
    expect(result.problems).toEqual(['listingStatus of S-1: "Stranded" is not a listingStatus word; not stored']);
    // the row's other figures are still read
    expect(values(result)['S-1.available']).toBe(12);
  });

  it('reads a status word the assistant taught', () => {
    const taught: PageContext = { ...US, taught: [{ page: 'inventory', label: 'status', metric: 'listingStatus', statusWords: { stranded: 'inactive' } }] };
    const result = readHtml(statusRow('S-1', status('Stranded')), taught);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({ 'S-1': [1, 'inactive'] });
  });

  it('does not read a kat-label status that is not drawn yet (its text attribute alone is not shown), with no problem', () => {
    const result = readHtml(statusRow('S-1', '<kat-label class="StatusCell-module__status--Xa1Vd" text="Inactive"></kat-label>'));
    expect(statuses(result)).toEqual({});
    expect(result.problems).toEqual([]);
  });

  it('reads no status where the row shows none, with no problem', () => {
    const result = readHtml(row({ sku: 'S-1' }));
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual({});
  });

  it('gives a policy reason to the playbook as context; other reasons give none', () => {
    const reason = (text: string) => `<div data-field="statusReason">${text}</div>`;
    const result = readHtml(
      statusRow('S-1', status('Search suppressed', reason('Restricted product policy: pesticide claims'))) + statusRow('S-2', status('Search suppressed', reason('Missing main image'))),
    );
    const contextOf = (sku: string) => result.readings.find((r) => r.record.entity === sku && r.record.metric === 'listingStatus')?.context;
    expect(contextOf('S-1')).toEqual({ reason: 'policy', reasonText: 'Restricted product policy: pesticide claims' });
    expect(contextOf('S-2')).toBeUndefined();
  });

  it('reads nothing when a row shows two different statuses', () => {
    const result = readHtml(statusRow('S-1', status('Active') + status('Inactive')));
    expect(statuses(result)).toEqual({});
    expect(result.problems).toEqual(['listingStatus of S-1: 2 different statuses (Active / Inactive); not read']);
  });
});
