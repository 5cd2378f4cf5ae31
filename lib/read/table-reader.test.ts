import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { visibleText } from './dom';
import { findTables, type Table } from './table-reader';

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
