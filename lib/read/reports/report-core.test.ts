import { describe, expect, it } from 'vitest';
import { readReport } from '.';
import type { MetricRecord } from '../record';
import { firstMarketplace, readSkuRows, type ReportTable } from './report-core';

const record = (entity: string, value: number): MetricRecord => ({ scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '' });

describe('readSkuRows: the per-SKU reports’ row loop', () => {
  const table: ReportTable = {
    headers: ['sku', 'qty', 'marketplace'],
    rows: [
      ['A-1', '5', 'US'],
      ['', '6', 'US'],
      ['B-1', '7', 'XX'],
      ['C-1', 'bad', 'GB'],
      ['D-1', '8', ''],
      ['E-1', '9', 'DE'],
      ['E-1', '10', 'DE'],
      ['F-1', '11', 'DE'],
      ['F-1', '11', 'DE'],
    ],
  };
  const read = () =>
    readSkuRows(table, { sku: 0, marketplace: 2, word: 'marketplace' }, ({ row, sku, n }) =>
      row[1] === 'bad' ? { records: [], problems: ['qty unreadable'] } : { records: [record(sku, Number(row[1]))], problems: [], ...(n === 2 ? { day: '2026-11-20' } : {}) },
    );

  it('reads each row with its SKU, marketplace and day; reports a row without a SKU, with an unknown marketplace, or with a problem', () => {
    const { values, badRows } = read();
    expect(values.map((v) => [v.record.entity, v.record.value, v.marketplace ?? '', v.day ?? '', v.row])).toEqual([
      ['A-1', 5, 'US', '2026-11-20', 2],
      ['D-1', 8, '', '', 6],
      ['F-1', 11, 'DE', '', 9],
    ]);
    expect(badRows).toEqual([
      { row: 3, reason: 'no SKU' },
      { row: 4, reason: "unknown marketplace 'XX'" },
      { row: 5, reason: 'qty unreadable' },
      // E-1 twice with two values: neither stored, both rows named.
      { row: 7, reason: expect.stringContaining('different values in rows 7, 8') },
      { row: 8, reason: expect.stringContaining('different values in rows 7, 8') },
    ]);
  });

  it('without a marketplace column every row is read for the file’s marketplace', () => {
    const { values, badRows } = readSkuRows({ headers: ['sku'], rows: [['A-1'], ['B-1']] }, { sku: 0, marketplace: undefined, word: 'country' }, ({ sku }) => ({ records: [record(sku, 1)], problems: [] }));
    expect(values.map((v) => v.marketplace)).toEqual([undefined, undefined]);
    expect(badRows).toEqual([]);
  });

  it('firstMarketplace: the first code that names one (GB is the UK)', () => {
    expect(firstMarketplace({ headers: ['c'], rows: [[''], ['XX'], ['GB'], ['US']] }, 0)).toBe('UK');
    expect(firstMarketplace({ headers: ['c'], rows: [['US']] }, undefined)).toBeUndefined();
  });
});

describe('a large per-SKU file', () => {
  // No timing assertion (a shared machine): the test timeout is the bound; a few seconds on an idle one.
  it('reads a 100,000-row Restock report through the shared row loop', () => {
    const rows: string[][] = [];
    const alerts = ['', 'reorder_now', 'out_of_stock', 'reorder_soon'];
    for (let i = 0; i < 100_000; i++) rows.push([`SKU-${i}`, String(i % 90), String(i % 300), alerts[i % 4]!, 'US']);
    const outcome = readReport({ headers: ['Merchant SKU', 'Total Days of Supply (including units from open shipments)', 'Recommended replenishment qty', 'Alert', 'Country'], rows }, {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reading.kind).toBe('restockReport');
    expect(outcome.reading.rowsRead).toBe(100_000);
    expect(outcome.reading.badRows).toEqual([]);
    expect(outcome.reading.values).toHaveLength(300_000);
    expect(outcome.reading.values.find((v) => v.record.entity === 'SKU-2' && v.record.metric === 'restockAlert')?.record.status).toBe('outOfStock');
  });
});
