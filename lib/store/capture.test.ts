import { describe, expect, it } from 'vitest';
import { CaptureLedger, toSnapshots } from './capture';
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
