import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capturedOnDay } from './day-index';
import { openDb, type SellerOpsDb } from './db';
import { byDeadline, dueItemSchema, dueStanding, linkDueItem, openDueItems, recordDueItems } from './due-items';
import { addEntry, updateEntry } from './entries';

const review = (id: string, rating: number, date: string, due: string, entity = 'B0BX8QW3LM') => ({ kind: 'review', id, entity, rating, date, due, marketplace: 'US' });
const feedback = (id: string, rating: number, date: string, due: string) => ({ kind: 'feedback', id, entity: id, rating, date, due, marketplace: 'US' });
const visit = { day: '2026-11-21', page: 'reviews', marketplace: 'US' } as const;

describe('due items (contract §7)', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores each new row as an open item', async () => {
    const reply = await recordDueItems(db, [review('R2K8QW4N1ZT7XA', 2, '2026-11-20', '2026-11-27'), feedback('112-7730591-0049316', 3, '2026-11-19', '2026-11-21')], visit);
    expect(reply).toEqual({ ok: true, added: 2, rejected: [] });
    const items = await db.dueItems.toArray();
    expect(items.map((i) => [i.kind, i.id, i.state, i.due])).toEqual([
      ['feedback', '112-7730591-0049316', 'open', '2026-11-21'],
      ['review', 'R2K8QW4N1ZT7XA', 'open', '2026-11-27'],
    ]);
    for (const item of items) expect(dueItemSchema.safeParse(item).success).toBe(true);
  });

  it('never makes a second item for a row seen again, in the same message or a later one', async () => {
    const row = review('R2K8QW4N1ZT7XA', 2, '2026-11-20', '2026-11-27');
    expect((await recordDueItems(db, [row, row], visit)) as { added: number }).toMatchObject({ added: 1 });
    expect(await recordDueItems(db, [row], visit)).toMatchObject({ ok: true, added: 0 });
    // The page changed the row's stars since: still the one item, as first seen.
    expect(await recordDueItems(db, [{ ...row, rating: 1 }], visit)).toMatchObject({ added: 0 });
    expect(await db.dueItems.count()).toBe(1);
    expect((await db.dueItems.get(['review', 'R2K8QW4N1ZT7XA']))?.rating).toBe(2);
  });

  it('refuses rows that do not validate, and keeps the others', async () => {
    const reply = await recordDueItems(
      db,
      [review('R2K8QW4N1ZT7XA', 2, '2026-11-20', '2026-11-30'), review('R3P0LN6VW2K9QE', 4, '2026-11-19', '2026-11-26'), { kind: 'review', id: '<script>' }, review('R1X3K8Q2W7NTZC', 1, '2026-11-11', '2026-11-18')],
      visit,
    );
    expect(reply.ok && reply.added).toBe(1);
    expect(reply.ok && reply.rejected.map((r) => r.index)).toEqual([0, 1, 2]);
    expect((await db.dueItems.toArray()).map((i) => i.id)).toEqual(['R1X3K8Q2W7NTZC']);
  });

  it('an item logged from its badge is handled when its entry is done, and stays handled', async () => {
    const row = review('R2K8QW4N1ZT7XA', 2, '2026-11-20', '2026-11-27');
    await recordDueItems(db, [row], visit);
    const logged = await addEntry(db, { summary: 'Review 2★: request removal', module: 'customer', category: 'operations', entity: 'B0BX8QW3LM' });
    if (!logged.ok) throw new Error(logged.error);
    expect(await linkDueItem(db, 'review', 'R2K8QW4N1ZT7XA', logged.entry.id)).toBe(true);
    expect(await db.dueItems.get(['review', 'R2K8QW4N1ZT7XA'])).toMatchObject({ state: 'open', entryId: logged.entry.id });
    expect((await openDueItems(db)).length).toBe(1);

    await updateEntry(db, logged.entry.id, { status: 'done' });
    expect(await db.dueItems.get(['review', 'R2K8QW4N1ZT7XA'])).toMatchObject({ state: 'handled', entryId: logged.entry.id });
    expect(await openDueItems(db)).toEqual([]);

    // Seen again on the page, reopened in the log: still handled, still one item.
    await recordDueItems(db, [row], visit);
    await updateEntry(db, logged.entry.id, { status: 'open' });
    expect(await db.dueItems.get(['review', 'R2K8QW4N1ZT7XA'])).toMatchObject({ state: 'handled' });
    expect(await db.dueItems.count()).toBe(1);
  });

  it('an entry already done when linked handles the item at once; an unknown item or entry id links nothing', async () => {
    await recordDueItems(db, [feedback('112-7730591-0049316', 3, '2026-11-19', '2026-11-21')], visit);
    const logged = await addEntry(db, { summary: 'Answered the buyer', module: 'customer', category: 'operations', status: 'done' });
    if (!logged.ok) throw new Error(logged.error);
    expect(await linkDueItem(db, 'feedback', '112-7730591-0049316', logged.entry.id)).toBe(true);
    expect((await db.dueItems.get(['feedback', '112-7730591-0049316']))?.state).toBe('handled');
    expect(await linkDueItem(db, 'feedback', '000-0000000-0000000', logged.entry.id)).toBe(false);
    expect(await linkDueItem(db, 'feedback', '112-7730591-0049316', 'not-a-uuid')).toBe(false);
  });

  it('lists the open items by deadline, overdue first', async () => {
    await recordDueItems(
      db,
      [
        review('R2K8QW4N1ZT7XA', 2, '2026-11-20', '2026-11-27'),
        feedback('112-7730591-0049316', 2, '2026-11-19', '2026-11-21'),
        review('R1X3K8Q2W7NTZC', 1, '2026-11-11', '2026-11-18'),
        review('R3Q2M7ZK5W8TRA', 3, '2026-11-13', '2026-11-20'),
      ],
      visit,
    );
    const open = (await openDueItems(db)).sort(byDeadline);
    expect(open.map((i) => [i.id, dueStanding(i, '2026-11-21')])).toEqual([
      ['R1X3K8Q2W7NTZC', 'overdue'],
      ['R3Q2M7ZK5W8TRA', 'overdue'],
      ['112-7730591-0049316', 'today'],
      ['R2K8QW4N1ZT7XA', 'later'],
    ]);
  });

  it('a reviews page read counts for the checklist though it stores no snapshot', async () => {
    await recordDueItems(db, [], visit);
    await recordDueItems(db, [], { ...visit, marketplace: 'DE' });
    await recordDueItems(db, [], { ...visit, day: '2026-11-20', marketplace: 'UK' });
    const captured = await capturedOnDay(db, '2026-11-21');
    expect([...(captured.get('reviews') ?? [])].sort()).toEqual(['DE', 'US']);
    expect(captured.get('inventory')?.size).toBe(0);
  });
});
