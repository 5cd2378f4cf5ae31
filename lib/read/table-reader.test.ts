import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { visibleText } from './dom';
import type { LabelSet } from './labels';
import { emptyResult, readMetric } from './pages/read-metric';
import type { PageContext, TaughtLabel } from './pages/types';
import { findTables, placeColumns, readCardRows, type ColumnDef, type PlaceOptions, type Table } from './table-reader';

function documentOf(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** A table as plain data: header text by column anchor (or key), and each row's cell texts by the same. */
function asData(table: Table): { headers: Record<string, string | undefined>; rows: Record<string, string>[] } {
  const name = (key: string) => table.columns.get(key)?.anchor ?? key;
  const headers = Object.fromEntries([...table.columns].map(([key, c]) => [name(key), c.header]));
  const rows = table.rows.map((row) => Object.fromEntries([...row.cells].map(([key, cell]) => [name(key), visibleText(cell)])));
  return { headers, rows };
}

const EXPECTED_ROWS = [
  { name: 'Lamp - Auto', clicks: '120', spend: '$45.10' },
  { name: 'Desk - Exact', clicks: '—', spend: '$9.00' },
];

describe('findTables', () => {
  it('reads a <table>: headers from the head row, cells by place', () => {
    const [table, ...others] = findTables(
      documentOf(`<table><thead><tr><th>Campaign</th><th>Clicks</th><th>Spend</th></tr></thead>
      <tbody><tr><td>Lamp - Auto</td><td>120</td><td>$45.10</td></tr><tr><td>Desk - Exact</td><td>—</td><td>$9.00</td></tr></tbody></table>`),
    );
    expect(others).toEqual([]);
    expect(table!.form).toBe('html-table');
    const data = asData(table!);
    expect(Object.values(data.headers)).toEqual(['Campaign', 'Clicks', 'Spend']);
    expect(data.rows.map((r) => Object.values(r))).toEqual(EXPECTED_ROWS.map((r) => Object.values(r)));
  });

  it('reads a table with header cells in its first row and a cell spanning two columns', () => {
    const [table] = findTables(
      documentOf(`<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">wide</td><td>3</td></tr></table>`),
    );
    expect(table!.rows).toHaveLength(1);
    const row = table!.rows[0]!;
    expect(visibleText(row.cells.get('1')!)).toBe('wide');
    expect(visibleText(row.cells.get('3')!)).toBe('3');
    expect(table!.columns.get('3')?.header).toBe('C');
  });

  it('reads the ads data table by data-udt-column-id and cellIndex, whatever the DOM order', () => {
    const [table] = findTables(
      documentOf(`<div class="dataTableWrapper__x7Yq2">
        <div class="header__row"><div role="columnheader" data-udt-column-id="spend"><span>Spend</span></div>
          <div role="columnheader" data-udt-column-id="campaignName">Campaign</div>
          <div role="columnheader" data-udt-column-id="clicks">Clicks</div></div>
        <div class="body">
          <div data-e2e-index="cellIndex_1_1" data-udt-column-id="campaignName">Desk - Exact</div>
          <div data-e2e-index="cellIndex_0_1" data-udt-column-id="campaignName">Lamp - Auto</div>
          <div data-e2e-index="cellIndex_0_2" data-udt-column-id="clicks">120</div>
          <div data-e2e-index="cellIndex_0_0" data-udt-column-id="spend">$45.10</div>
          <div data-e2e-index="cellIndex_1_2">—</div>
          <div data-e2e-index="cellIndex_1_0" data-udt-column-id="spend">$9.00</div>
        </div></div>`),
    );
    expect(table!.form).toBe('data-table');
    const data = asData(table!);
    expect(data.headers).toEqual({ spend: 'Spend', campaignName: 'Campaign', clicks: 'Clicks' });
    const rows = data.rows.map((r) => ({ name: r.campaignName, clicks: r.clicks, spend: r.spend }));
    expect(rows.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual([...EXPECTED_ROWS].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('reads an ARIA grid by aria-colindex, not DOM order, and keys rows by aria-rowindex', () => {
    const [table] = findTables(
      documentOf(`<div role="grid" aria-rowcount="3">
        <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="3">Spend</div><div role="columnheader" aria-colindex="1">Campaign</div><div role="columnheader" aria-colindex="2">Clicks</div></div>
        <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="2">120</div><div role="rowheader" aria-colindex="1">Lamp - Auto</div><div role="gridcell" aria-colindex="3">$45.10</div></div>
        <div role="row" aria-rowindex="3"><div role="rowheader" aria-colindex="1">Desk - Exact</div><div role="gridcell" aria-colindex="2">—</div><div role="gridcell" aria-colindex="3">$9.00</div></div>
      </div>`),
    );
    expect(table!.form).toBe('aria-grid');
    expect(table!.rows.map((r) => r.key)).toEqual(['2', '3']);
    const data = asData(table!);
    expect(data.headers).toEqual({ '1': 'Campaign', '2': 'Clicks', '3': 'Spend' });
    expect(data.rows).toEqual(EXPECTED_ROWS.map((r) => ({ '1': r.name, '2': r.clicks, '3': r.spend })));
  });

  it('reads a virtualized ARIA grid whose row elements are recycled: each read sees the rows in view, keyed by aria-rowindex', () => {
    const doc = documentOf(`<div role="grid">
      <div role="row" aria-rowindex="1"><span role="columnheader" aria-colindex="1">Campaign</span><span role="columnheader" aria-colindex="2">Clicks</span></div>
      <div role="row" id="slot" aria-rowindex="2"><span role="gridcell" aria-colindex="1">Lamp - Auto</span><span role="gridcell" aria-colindex="2">120</span></div>
    </div>`);
    const seen = new Map<string, string>();
    const collect = () => {
      for (const row of findTables(doc)[0]!.rows) seen.set(row.key, visibleText(row.cells.get('1')!) + '=' + visibleText(row.cells.get('2')!));
    };
    collect();
    // The grid scrolls: the same element now shows the next row.
    const slot = doc.getElementById('slot')!;
    slot.setAttribute('aria-rowindex', '3');
    slot.children[0]!.textContent = 'Desk - Exact';
    slot.children[1]!.textContent = '7';
    collect();
    expect(Object.fromEntries(seen)).toEqual({ '2': 'Lamp - Auto=120', '3': 'Desk - Exact=7' });
  });

  it('reads a kat-table inside an open shadow root', () => {
    const doc = documentOf('<kat-data-view id="host"></kat-data-view>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(
      JSDOM.fragment(`<kat-table><kat-table-head><kat-table-row><kat-table-cell>Campaign</kat-table-cell><kat-table-cell>Clicks</kat-table-cell><kat-table-cell>Spend</kat-table-cell></kat-table-row></kat-table-head>
      <kat-table-body><kat-table-row><kat-table-cell>Lamp - Auto</kat-table-cell><kat-table-cell>120</kat-table-cell><kat-table-cell>$45.10</kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell>Desk - Exact</kat-table-cell><kat-table-cell>—</kat-table-cell><kat-table-cell>$9.00</kat-table-cell></kat-table-row></kat-table-body></kat-table>`),
    );
    const tables = findTables(doc);
    expect(tables.map((t) => t.form)).toEqual(['kat-table']);
    const data = asData(tables[0]!);
    expect(Object.values(data.headers)).toEqual(['Campaign', 'Clicks', 'Spend']);
    expect(data.rows.map((r) => Object.values(r))).toEqual(EXPECTED_ROWS.map((r) => Object.values(r)));
  });

  it('reads AG Grid once, joining the pinned and centre containers by row-id, leaving out pinned totals and its ARIA wrapper', () => {
    const [table, ...others] = findTables(
      documentOf(`<div class="ag-root-wrapper" role="grid"><div class="ag-root">
        <div class="ag-header"><div class="ag-header-cell" col-id="campaignName"><span class="ag-header-cell-text">Campaign</span></div>
          <div class="ag-header-cell" col-id="clicks"><span class="ag-header-cell-text">Clicks</span></div></div>
        <div class="ag-pinned-left-cols-container"><div class="ag-row" row-id="a" row-index="0"><div class="ag-cell" col-id="campaignName">Lamp - Auto</div></div></div>
        <div class="ag-center-cols-container"><div class="ag-row" row-id="a" row-index="0"><div class="ag-cell" col-id="clicks">120</div><div class="ag-cell" col-id="spend">$45.10</div></div></div>
        <div class="ag-floating-bottom"><div class="ag-row ag-row-pinned" row-id="b-0"><div class="ag-cell" col-id="clicks">999</div></div></div>
      </div></div>`),
    );
    expect(others).toEqual([]);
    expect(table!.form).toBe('ag-grid');
    const data = asData(table!);
    expect(data.headers).toEqual({ campaignName: 'Campaign', clicks: 'Clicks', spend: undefined });
    expect(data.rows).toEqual([{ campaignName: 'Lamp - Auto', clicks: '120', spend: '$45.10' }]);
  });

  it('reads the tables beside an AG Grid and none inside it, and leaves out rows of its pinned containers', () => {
    const doc = documentOf(`<div role="table" id="before"><div role="row"><span role="cell">x</span></div></div>
      <div class="ag-root">
        <div class="ag-header"><div class="ag-header-cell" col-id="campaignName">Campaign</div></div>
        <div class="ag-floating-top"><div class="ag-row" row-id="top"><div class="ag-cell" col-id="campaignName">Top total</div></div></div>
        <div class="ag-center-cols-container">
          <div class="ag-row" row-id="a"><div class="ag-cell" col-id="campaignName">Lamp<table><tr><td>inner</td></tr></table></div></div>
          <div class="ag-row" row-id="b"><div class="ag-cell" col-id="campaignName"><kat-box></kat-box></div></div>
          <div class="ag-row ag-floating-bottom" row-id="bottom"><div class="ag-cell" col-id="campaignName">Bottom total</div></div>
        </div>
      </div>
      <table id="after"><tr><th>A</th></tr><tr><td>1</td></tr></table>`);
    // A grid drawn in a shadow root inside a cell is the AG Grid's content, not a table of its own.
    const shadow = doc.querySelector('kat-box')!.attachShadow({ mode: 'open' });
    shadow.append(JSDOM.fragment('<div role="grid"><div role="row"><span role="gridcell">Desk</span></div></div>'));
    const tables = findTables(doc);
    expect(tables.map((t) => [t.form, t.root.id || t.root.className])).toEqual([
      ['ag-grid', 'ag-root'],
      ['aria-grid', 'before'],
      ['html-table', 'after'],
    ]);
    expect(tables[0]!.rows.map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('takes a stable column id from the cells or headers of ARIA grids and tables where the page gives one', () => {
    const [table] = findTables(
      documentOf(`<table><thead><tr><th data-testid="col-sku">SKU</th><th data-column-id="available">Avail.</th></tr></thead>
      <tbody><tr><td>A-1</td><td>12</td></tr></tbody></table>`),
    );
    expect([...table!.columns.values()].map((c) => c.anchor)).toEqual(['col-sku', 'available']);
  });

  it('finds every separate table on a page, and none in a page without one', () => {
    expect(findTables(documentOf('<div><p>Nothing tabular</p></div>'))).toEqual([]);
    const tables = findTables(documentOf('<table><tr><th>A</th></tr><tr><td>1</td></tr></table><div role="table"><div role="row"><span role="cell">x</span></div></div>'));
    expect(tables.map((t) => t.form).sort()).toEqual(['aria-grid', 'html-table']);
  });
});


// ---------------------------------------------------------------------------------------------
// Wanted columns: one campaign list drawn in every form, read through the same definitions.
// ---------------------------------------------------------------------------------------------

type Wanted = 'name' | 'clicks' | 'spend';

const CAMPAIGN: LabelSet = { en: ['Campaign', 'Campaign name'], de: ['Kampagne'] };
const CLICKS: LabelSet = { en: ['Clicks'], de: ['Klicks'] };
const SPEND: LabelSet = { en: ['Spend', 'Total cost'], de: ['Ausgaben'] };

const WANTED: ColumnDef<Wanted>[] = [
  { key: 'name', anchors: ['campaignName'], looseAnchors: ['name'], labels: CAMPAIGN },
  // Exact headers only: "Clicks - new-to-brand" is another figure.
  { key: 'clicks', anchors: ['clicks'], labels: CLICKS, headerMatch: 'exact' },
  { key: 'spend', anchors: ['spend', 'cost'], labels: SPEND, headerMatch: 'exact' },
];

const US: PageContext = { url: new URL('https://advertising.amazon.com/cm/campaigns'), marketplace: 'US', currency: 'USD', decimalSeparator: '.' };

/** The list every form below draws: one row with values, and rows whose figures are missing (never zero). */
const CAMPAIGN_ROWS = [
  { name: 'Lamp - Auto', clicks: '120', spend: '$45.10' },
  { name: 'Desk - Exact', clicks: '—', spend: '$9.00' },
  { name: 'Mat - Broad', clicks: '--', spend: 'N/A' },
];
const HEADERS = { name: 'Campaign', clicks: 'Clicks', spend: 'Spend' };

/** What an adapter stores from a table: `entity metric=value (header)`, sorted. */
function readCampaigns(table: Table, options: PlaceOptions = {}) {
  const placed = placeColumns(table, WANTED, options);
  const out = emptyResult();
  const nameKey = placed.found.get('name');
  for (const row of table.rows) {
    const nameCell = nameKey ? row.cells.get(nameKey) : undefined;
    if (!nameCell) continue;
    for (const metric of ['clicks', 'spend'] as const) {
      const key = placed.found.get(metric);
      const cell = key ? row.cells.get(key) : undefined;
      if (!cell) continue;
      const label = table.columns.get(key!)?.header;
      readMetric(out, { scope: 'campaign', entity: visibleText(nameCell), metric, text: visibleText(cell), element: cell, ...(label ? { label } : {}) }, US);
    }
  }
  const values = out.readings.map((r) => `${r.record.entity} ${r.record.metric}=${r.record.value} (${r.label})`).sort();
  return { values, placed, problems: out.problems, readings: out.readings };
}

const EXPECTED_VALUES = ['Desk - Exact spend=9 (Spend)', 'Lamp - Auto clicks=120 (Clicks)', 'Lamp - Auto spend=45.1 (Spend)'];

type Key = keyof typeof HEADERS;
/** The columns in the order a form draws them: not the order the adapter lists them in. */
const SHUFFLED: Key[] = ['spend', 'name', 'clicks'];

const FORMS: Record<string, () => Document> = {
  '<table> with a grouping head row and a spanning totals row': () =>
    documentOf(`<table><thead><tr><th></th><th colspan="2">Performance</th></tr>
      <tr>${SHUFFLED.map((k) => `<th>${HEADERS[k]}</th>`).join('')}</tr></thead>
      <tbody>${CAMPAIGN_ROWS.map((r) => `<tr>${SHUFFLED.map((k) => `<td>${r[k]}</td>`).join('')}</tr>`).join('')}</tbody>
      <tfoot><tr><td colspan="2">Total</td><td>999</td></tr></tfoot></table>`),
  'ads data table, cells out of DOM order, reworded headers known by column id': () =>
    documentOf(`<div class="dataTableWrapper__k2">
      <div class="tableHeader__x">${SHUFFLED.map((k) => `<div role="columnheader" data-udt-column-id="${k === 'name' ? 'campaignName' : k}">${k === 'spend' ? 'Total spend (USD)' : HEADERS[k]}</div>`).join('')}</div>
      <div class="tableBody__x">${CAMPAIGN_ROWS.flatMap((r, i) => SHUFFLED.map((k, c) => ({ i, c, k, text: r[k] })))
        .reverse()
        .map(({ i, c, k, text }) => `<div data-e2e-index="cellIndex_${i}_${c}" data-udt-column-id="${k === 'name' ? 'campaignName' : k}">${text}</div>`)
        .join('')}</div></div>`),
  'ARIA grid joined by aria-colindex, cells in reverse DOM order': () =>
    documentOf(`<div role="treegrid" aria-colcount="3">
      <div role="row" aria-rowindex="1">${SHUFFLED.map((k, c) => `<div role="columnheader" aria-colindex="${c + 1}">${HEADERS[k]}</div>`).reverse().join('')}</div>
      ${CAMPAIGN_ROWS.map((r, i) => `<div role="row" aria-rowindex="${i + 2}">${SHUFFLED.map((k, c) => `<div role="${k === 'name' ? 'rowheader' : 'gridcell'}" aria-colindex="${c + 1}">${r[k]}</div>`).reverse().join('')}</div>`).join('')}
    </div>`),
  'kat-table drawn inside an open shadow root': () => {
    const doc = documentOf('<kat-data-table id="host"></kat-data-table>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).append(
      JSDOM.fragment(`<kat-table><kat-table-head><kat-table-row>${SHUFFLED.map((k) => `<kat-table-cell>${HEADERS[k]}</kat-table-cell>`).join('')}</kat-table-row></kat-table-head>
        <kat-table-body>${CAMPAIGN_ROWS.map((r) => `<kat-table-row>${SHUFFLED.map((k) => `<kat-table-cell>${r[k]}</kat-table-cell>`).join('')}</kat-table-row>`).join('')}</kat-table-body></kat-table>`),
    );
    return doc;
  },
  'AG Grid, pinned name column joined to the centre by row-id': () =>
    documentOf(`<div class="ag-root">
      <div class="ag-header">${SHUFFLED.map((k) => `<div class="ag-header-cell" col-id="${k === 'name' ? 'campaignName' : k}"><span class="ag-header-cell-text">${HEADERS[k]}</span></div>`).join('')}</div>
      <div class="ag-pinned-left-cols-container">${CAMPAIGN_ROWS.map((r, i) => `<div class="ag-row" row-id="r${i}" row-index="${i}"><div class="ag-cell" col-id="campaignName">${r.name}</div></div>`).join('')}</div>
      <div class="ag-center-cols-container">${[...CAMPAIGN_ROWS].reverse().map((r) => `<div class="ag-row" row-id="r${CAMPAIGN_ROWS.indexOf(r)}"><div class="ag-cell" col-id="spend">${r.spend}</div><div class="ag-cell" col-id="clicks">${r.clicks}</div></div>`).join('')}</div>
    </div>`),
};

describe('placeColumns: the same wanted columns in every form', () => {
  for (const [form, build] of Object.entries(FORMS)) {
    it(`${form}: reads each value under its header, the missing ones (—, --, N/A) not at all`, () => {
      const tables = findTables(build());
      expect(tables).toHaveLength(1);
      const { values, placed, problems, readings } = readCampaigns(tables[0]!);
      const expected = form.startsWith('ads data table') ? EXPECTED_VALUES.map((v) => v.replace('(Spend)', '(Total spend (USD))')) : EXPECTED_VALUES;
      expect(values).toEqual(expected);
      expect(problems).toEqual([]);
      expect(readings.some((r) => r.record.value === 0)).toBe(false);
      expect(placed.ambiguous).toEqual([]);
      expect(placed.unclear.size).toBe(0);
      // Every value's element is the cell that shows it (where a badge goes).
      for (const { element } of readings) expect(visibleText(element!)).not.toBe('');
      expect(readings.every((r) => r.element?.isConnected)).toBe(true);
    });
  }

  it('reads cards of label/value pairs (no header row), in a shadow root, the labels in any order', () => {
    const doc = documentOf('<div id="host"></div>');
    const pair = (label: string, value: string) => `<div class="Card-module__pair--x"><span>${label}</span><strong>${value}</strong></div>`;
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).append(
      JSDOM.fragment(
        CAMPAIGN_ROWS.map((r, i) => {
          const order: Key[] = i % 2 ? ['clicks', 'name', 'spend'] : ['spend', 'clicks', 'name'];
          return `<div class="Card-module__card--y">${order.map((k) => pair(HEADERS[k], r[k])).join('')}${pair('State', 'Enabled')}</div>`;
        }).join(''),
      ),
    );
    const cards = Array.from(doc.getElementById('host')!.shadowRoot!.querySelectorAll('[class*="Card-module__card"]'));
    const table = readCardRows(cards, { pairSelectors: ['[class*="Card-module__pair"]'] });
    expect(table.form).toBe('card-rows');
    const { values, placed } = readCampaigns(table);
    expect(values).toEqual(EXPECTED_VALUES);
    expect(placed.unplaced).toEqual(['State']);
  });

  it('finds pairs by the labels wanted columns know when the cards mark none, and keeps a label shown twice', () => {
    const doc = documentOf(`<div class="card"><div><span>Campaign</span></div><div>Lamp - Auto</div><span>Clicks</span><b>120</b><span>Clicks</span><b>121</b><span>Other</span><b>x</b></div>`);
    const known = (text: string) => [CAMPAIGN, CLICKS, SPEND].some((set) => Object.values(set).flat().includes(text));
    const table = readCardRows(Array.from(doc.querySelectorAll('.card')), { isLabel: known });
    expect([...table.columns.values()].map((c) => c.header)).toEqual(['Campaign', 'Clicks']);
    const row = table.rows[0]!;
    const clicksKey = placeColumns(table, WANTED).found.get('clicks')!;
    expect(visibleText(row.cells.get(clicksKey)!)).toBe('120');
    expect(row.repeated?.get(clicksKey)?.map((el) => visibleText(el))).toEqual(['120', '121']);
  });

  it('accumulates the distinct rows of a virtualized ARIA grid whose row elements are recycled', () => {
    const doc = documentOf(`<div role="grid">
      <div role="row" aria-rowindex="1"><span role="columnheader" aria-colindex="2">Spend</span><span role="columnheader" aria-colindex="1">Campaign</span></div>
      <div role="row" id="slot-a" aria-rowindex="2"><span role="gridcell" aria-colindex="2">$45.10</span><span role="gridcell" aria-colindex="1">Lamp - Auto</span></div>
      <div role="row" id="slot-b" aria-rowindex="3"><span role="gridcell" aria-colindex="1">Desk - Exact</span><span role="gridcell" aria-colindex="2">$9.00</span></div>
    </div>`);
    const seen = new Set<string>();
    const capture = () => readCampaigns(findTables(doc)[0]!).values.forEach((v) => seen.add(v));
    capture();
    // Scrolling down: the first slot is reused for row 4, its cells now in another DOM order.
    const slot = doc.getElementById('slot-a')!;
    slot.setAttribute('aria-rowindex', '4');
    slot.replaceChildren(JSDOM.fragment('<span role="gridcell" aria-colindex="1">Mat - Broad</span><span role="gridcell" aria-colindex="2">$3.50</span>'));
    capture();
    capture(); // reading the same screen again adds nothing
    expect([...seen].sort()).toEqual(['Desk - Exact spend=9 (Spend)', 'Lamp - Auto spend=45.1 (Spend)', 'Mat - Broad spend=3.5 (Spend)']);
  });
});

describe('placeColumns: which column is which', () => {
  const table = (headers: string[], anchors: (string | undefined)[] = []) =>
    findTables(
      documentOf(`<table><thead><tr>${headers.map((h, i) => `<th${anchors[i] ? ` data-testid="${anchors[i]}"` : ''}>${h}</th>`).join('')}</tr></thead>
        <tbody><tr>${headers.map((_, i) => `<td>${i}</td>`).join('')}</tr></tbody></table>`),
    )[0]!;
  const headerOf = (t: Table, key: string | undefined) => (key ? t.columns.get(key)?.header : undefined);

  it('takes the column an anchor names over one whose header fits, and header words where no anchor is given', () => {
    const t = table(['Campaign', 'Spend', 'Cost today'], [undefined, undefined, 'cost']);
    const { found, unclear } = placeColumns(t, WANTED);
    expect(headerOf(t, found.get('spend'))).toBe('Cost today');
    expect(headerOf(t, found.get('name'))).toBe('Campaign');
    expect(unclear.size).toBe(0);
  });

  it('reads a header two wanted columns fit as neither, and says so', () => {
    const defs: ColumnDef<'orders' | 'purchases' | 'name'>[] = [
      { key: 'name', labels: CAMPAIGN },
      { key: 'orders', labels: { en: ['Orders'] }, headerMatch: 'exact' },
      { key: 'purchases', labels: { en: ['Purchases', 'Orders'] }, headerMatch: 'exact' },
    ];
    const placed = placeColumns(table(['Campaign', 'Orders']), defs);
    expect(placed.found.has('orders')).toBe(false);
    expect(placed.found.has('purchases')).toBe(false);
    expect(placed.ambiguous).toEqual([{ header: 'Orders', keys: ['orders', 'purchases'] }]);
    expect(placed.unplaced).toEqual([]);
  });

  it('reads from neither of two columns that fit one wanted column equally', () => {
    const t = table(['Campaign', 'Spend', 'Ausgaben']);
    const placed = placeColumns(t, WANTED);
    expect(placed.found.has('spend')).toBe(false);
    expect(placed.unclear.get('spend')?.columns.map((key) => headerOf(t, key))).toEqual(['Spend', 'Ausgaben']);
  });

  it('takes an exact header only where the column wants it exact, and a qualified one otherwise', () => {
    const t = table(['Campaign name (SP)', 'Clicks - new-to-brand', 'Spend']);
    const placed = placeColumns(t, WANTED);
    expect(headerOf(t, placed.found.get('name'))).toBe('Campaign name (SP)');
    expect(placed.found.has('clicks')).toBe(false);
    // A qualified form of a wanted header is a figure we know not to read, not one to teach.
    expect(placed.unplaced).toEqual([]);
  });

  it('lists headers nothing wants, leaving out those known not to be read', () => {
    const t = table(['Campaign', 'State', 'Portfolio', 'Klicks']);
    const placed = placeColumns(t, WANTED, { known: [{ en: ['State'] }] });
    expect(placed.unplaced).toEqual(['Portfolio']);
    expect(headerOf(t, placed.found.get('clicks'))).toBe('Klicks');
  });

  it('applies a taught header where no built-in column matched, never over an anchor, and only for its page', () => {
    const taught: TaughtLabel[] = [{ page: 'ads-campaigns', label: 'ausgaben insgesamt', metric: 'spend' }];
    const reworded = table(['Campaign', 'Ausgaben  insgesamt']);
    const placed = placeColumns(reworded, WANTED, { taught, page: 'ads-campaigns' });
    expect(headerOf(reworded, placed.found.get('spend'))).toBe('Ausgaben insgesamt');
    expect(placed.unplaced).toEqual([]);

    expect(placeColumns(reworded, WANTED, { taught, page: 'business-reports' }).found.has('spend')).toBe(false);
    expect(placeColumns(reworded, WANTED).unplaced).toEqual(['Ausgaben insgesamt']);

    // The grid names its spend column by id: the taught header stays unread (not a second spend column).
    const anchored = table(['Campaign', 'Ausgaben insgesamt', 'Kosten'], [undefined, undefined, 'spend']);
    const overAnchor = placeColumns(anchored, WANTED, { taught, page: 'ads-campaigns' });
    expect(headerOf(anchored, overAnchor.found.get('spend'))).toBe('Kosten');
    expect(overAnchor.unclear.size).toBe(0);
  });
});
