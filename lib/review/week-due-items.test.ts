import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import type { DueItem } from '../store/due-items';
import type { Entry } from '../store/schema';
import { weekDueItems } from './queries';

const WEEK = { from: '2026-05-04', to: '2026-05-10' };
const item = (over: Partial<DueItem>): DueItem => ({ kind: 'review', id: 'R0000000001', marketplace: 'US', entity: 'B0TEST0001', rating: 2, date: '2026-05-01', due: '2026-05-08', state: 'open', ...over });

describe('the due items of a week', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads the items open in the week, open or handled, with the entries they were logged by', async () => {
    const entry = { id: crypto.randomUUID(), day: '2026-04-30', createdAt: '2026-04-30T10:00:00.000Z', updatedAt: '2026-05-02T10:00:00.000Z', marketplace: 'US', module: 'customer', category: 'operations', summary: 's', action: '', owner: '', status: 'done', pageUrl: '' } as Entry;
    await db.entries.put(entry);
    await db.dueItems.bulkPut([
      item({ id: 'R-IN-WEEK-1' }),
      item({ id: 'R-HANDLED-1', state: 'handled', entryId: entry.id, date: '2026-04-29', due: '2026-05-06' }),
      item({ id: 'R-BEFORE-01', date: '2026-04-20', due: '2026-04-27' }),
      item({ id: 'R-AFTER-001', date: '2026-05-11', due: '2026-05-18' }),
    ]);
    const { dueItems, entries } = await weekDueItems(db, WEEK);
    expect(dueItems.map((i) => i.id).sort()).toEqual(['R-HANDLED-1', 'R-IN-WEEK-1']);
    expect(entries.map((e) => e.id)).toEqual([entry.id]);
  });
});
