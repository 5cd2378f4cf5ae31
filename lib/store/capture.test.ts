import { describe, expect, it } from 'vitest';
import { CaptureLedger, packRows, toSnapshots, unpackRows } from './capture';
import type { Reading } from '../read/pages/types';
import { snapshotSchema } from './schema';

const reading = (entity: string, value: number): Reading => ({
  record: { scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '' },
});
const where = { marketplace: 'US', source: 'sellercentral', page: 'inventory' } as const;

describe('toSnapshots', () => {
  it('adds marketplace, source, page, the local day and capturedAt, and the rows pass the schema', () => {
    const at = new Date(2026, 10, 21, 23, 59, 30);
    const [row] = toSnapshots([reading('SKU-1', 5)], where, at);
    expect(row).toMatchObject({ marketplace: 'US', source: 'sellercentral', page: 'inventory', day: '2026-11-21', entity: 'SKU-1', value: 5 });
    expect(snapshotSchema.safeParse(row).success).toBe(true);
  });

  it('uses the local day, not the UTC one, just after midnight', () => {
    const at = new Date(2026, 10, 22, 0, 5);
    expect(toSnapshots([reading('A', 1)], where, at)[0]!.day).toBe('2026-11-22');
  });
});

describe('CaptureLedger', () => {
  const rows = (value: number) => toSnapshots([reading('SKU-1', value), reading('SKU-2', 7)], where, new Date(2026, 10, 21, 12));

  it('queues new rows once, and nothing again after they are acknowledged', () => {
    const ledger = new CaptureLedger();
    expect(ledger.offer(rows(5))).toBe(2);
    expect(ledger.offer(rows(5))).toBe(0);
    const sent = ledger.take();
    ledger.ack(sent);
    expect(ledger.offer(rows(5))).toBe(0);
    expect(ledger.pendingCount).toBe(0);
  });

  it('queues a changed value again (a re-render with new data replaces the row)', () => {
    const ledger = new CaptureLedger();
    ledger.offer(rows(5));
    ledger.ack(ledger.take());
    expect(ledger.offer(rows(6))).toBe(1);
  });

  it('puts failed rows back, so a send the background missed is retried', () => {
    const ledger = new CaptureLedger();
    ledger.offer(rows(5));
    const sent = ledger.take();
    expect(ledger.pendingCount).toBe(0);
    ledger.fail(sent);
    expect(ledger.pendingCount).toBe(2);
  });

  it('keeps a newer queued value over a failed older one', () => {
    const ledger = new CaptureLedger();
    ledger.offer(rows(5));
    const sent = ledger.take();
    ledger.offer(rows(9));
    ledger.fail(sent);
    expect(ledger.take().find((r) => r.entity === 'SKU-1')!.value).toBe(9);
  });

  it('accumulates rows seen at different times (virtual scrolling)', () => {
    const ledger = new CaptureLedger();
    const at = new Date(2026, 10, 21, 12);
    ledger.offer(toSnapshots([reading('A', 1)], where, at));
    ledger.ack(ledger.take());
    ledger.offer(toSnapshots([reading('B', 2)], where, at));
    expect(ledger.take().map((r) => r.entity)).toEqual(['B']);
  });
});

describe('packRows / unpackRows (the capture message)', () => {
  const at = new Date('2026-12-04T10:00:00Z');
  const reading = (entity: string, metric: 'impressions' | 'spend', value: number, currency?: 'USD'): Reading => ({
    record: { scope: 'campaign', entity, metric, value, unit: metric === 'spend' ? 'money' : 'count', ...(currency ? { currency } : {}), period: '2026-11-01..2026-11-30' },
  });
  const rows = toSnapshots([reading('A', 'impressions', 10), reading('A', 'spend', 2.5, 'USD'), reading('B', 'impressions', 0)], { marketplace: 'US', source: 'advertising', page: 'ads-campaigns' }, at);

  it('sends the fields every row shares once, and gives the rows back exactly', () => {
    const packed = packRows(rows);
    expect(Object.keys(packed.shared).sort()).toEqual(['capturedAt', 'day', 'marketplace', 'page', 'period', 'scope', 'source']);
    for (const row of packed.rows) for (const key of Object.keys(packed.shared)) expect(row).not.toHaveProperty(key);
    expect(packed.rows[1]).toEqual({ entity: 'A', metric: 'spend', value: 2.5, unit: 'money', currency: 'USD' });
    const back = unpackRows(packed.shared, JSON.parse(JSON.stringify(packed.rows)) as unknown[]);
    expect(back).toEqual(rows);
    for (const row of back) expect(snapshotSchema.safeParse(row).error?.issues ?? []).toEqual([]);
  });

  it('shares nothing a row lacks or has otherwise (an optional field, a second day), and one row keeps every field', () => {
    const mixed = [rows[0]!, { ...rows[1]!, day: '2026-12-05' }];
    const packed = packRows(mixed);
    expect(packed.shared).not.toHaveProperty('day');
    expect(packed.shared).not.toHaveProperty('currency');
    expect(unpackRows(packed.shared, packed.rows)).toEqual(mixed);
    expect(packRows([rows[0]!])).toEqual({ shared: {}, rows: [rows[0]] });
    expect(packRows([])).toEqual({ shared: {}, rows: [] });
  });

  it("never lets the shared fields overwrite a row's own, and leaves a row that is not an object as it is", () => {
    const back = unpackRows({ marketplace: 'US', value: 1 }, [{ value: 7 }, null, 'x', [1]]);
    expect(back).toEqual([{ marketplace: 'US', value: 7 }, null, 'x', [1]]);
  });

  it('puts a hostile "__proto__" shared field on the row as a field (refused by the schema), never on the prototype', () => {
    const shared = JSON.parse('{"__proto__":{"polluted":1},"marketplace":"US"}') as Record<string, unknown>;
    const [row] = unpackRows(shared, [{ ...rows[0]!, marketplace: undefined }]) as Record<string, unknown>[];
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(row, '__proto__')).toBe(true);
    expect(snapshotSchema.safeParse(row).success).toBe(false);
  });
});
