import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { addEntry, deleteEntry, newEntry, updateEntry } from './entries';

const draft = { summary: 'ACOS 62% on SP | Broad - Desk Lamp: lowered bids', module: 'ads', category: 'operations', entity: 'SP | Broad - Desk Lamp' };

describe('entries', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('makes a draft an entry: id, local day, times, open by default', () => {
    const result = newEntry(draft, new Date(2026, 10, 21, 23, 30));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry).toMatchObject({ ...draft, day: '2026-11-21', status: 'open', action: '', owner: '' });
    expect(result.entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.entry.createdAt).toBe(result.entry.updatedAt);
  });

  it('refuses a draft without a summary, with a message naming the field', () => {
    const result = newEntry({ ...draft, summary: '   ' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/summary/);
  });

  it('refuses unknown fields and values outside the contract', () => {
    expect(newEntry({ ...draft, module: 'marketing' }).ok).toBe(false);
    expect(newEntry({ ...draft, hacked: true }).ok).toBe(false);
    expect(newEntry({ ...draft, due: 'tomorrow' }).ok).toBe(false);
  });

  it('updates only the fields given, so two quick edits of different fields both survive', async () => {
    const added = await addEntry(db, draft);
    if (!added.ok) throw new Error(added.error);
    const id = added.entry.id;
    await Promise.all([updateEntry(db, id, { owner: 'Li Wei' }), updateEntry(db, id, { status: 'done' })]);
    expect(await db.entries.get(id)).toMatchObject({ owner: 'Li Wei', status: 'done', summary: draft.summary, createdAt: added.entry.createdAt });
  });

  it('the last write of a field wins', async () => {
    const added = await addEntry(db, draft);
    if (!added.ok) throw new Error(added.error);
    await updateEntry(db, added.entry.id, { owner: 'A' });
    await updateEntry(db, added.entry.id, { owner: 'B' });
    expect((await db.entries.get(added.entry.id))!.owner).toBe('B');
  });

  it('refuses an update that breaks the schema and keeps the entry as it was', async () => {
    const added = await addEntry(db, draft);
    if (!added.ok) throw new Error(added.error);
    expect((await updateEntry(db, added.entry.id, { summary: '' })).ok).toBe(false);
    expect((await db.entries.get(added.entry.id))!.summary).toBe(draft.summary);
  });

  it('deletes, and says whether there was anything to delete', async () => {
    const added = await addEntry(db, draft);
    if (!added.ok) throw new Error(added.error);
    expect(await deleteEntry(db, added.entry.id)).toBe(true);
    expect(await deleteEntry(db, added.entry.id)).toBe(false);
  });

  describe('a draft with an id made at the source', () => {
    const id = '3f1b6a52-8d7e-4c1a-9b7f-2e4d5c6a7b80';

    it('is stored under that id', async () => {
      const added = await addEntry(db, { ...draft, id });
      expect(added).toMatchObject({ ok: true, entry: { id } });
      expect(await db.entries.count()).toBe(1);
    });

    it('sent again (a retry after the worker stopped) makes no second entry', async () => {
      const first = await addEntry(db, { ...draft, id }, new Date(2026, 10, 21, 9, 0));
      const retries = await Promise.all([1, 2, 3].map(() => addEntry(db, { ...draft, id }, new Date(2026, 10, 21, 9, 1))));
      expect(retries.every((r) => r.ok)).toBe(true);
      expect(await db.entries.count()).toBe(1);
      const stored = await db.entries.get(id);
      expect(stored).toMatchObject({ ...draft, id, day: '2026-11-21' });
      expect(first.ok && stored!.createdAt).toBe(first.ok && first.entry.createdAt);
    });

    it('sent again with other text (Save pressed again after an error) keeps one entry with the latest text, created when first saved', async () => {
      const first = await addEntry(db, { ...draft, id }, new Date(2026, 10, 21, 23, 59));
      const again = await addEntry(db, { ...draft, id, summary: 'ACOS 62%: lowered bids by 10%' }, new Date(2026, 10, 22, 0, 1));
      expect(again).toMatchObject({ ok: true, entry: { id, summary: 'ACOS 62%: lowered bids by 10%', day: '2026-11-21' } });
      expect(await db.entries.count()).toBe(1);
      const stored = await db.entries.get(id);
      expect(stored!.createdAt).toBe(first.ok && first.entry.createdAt);
      expect(stored!.updatedAt > stored!.createdAt).toBe(true);
    });

    it('refuses an id that is not a UUID and writes nothing', async () => {
      expect((await addEntry(db, { ...draft, id: 'entry-1' })).ok).toBe(false);
      expect(await db.entries.count()).toBe(0);
    });
  });
});
