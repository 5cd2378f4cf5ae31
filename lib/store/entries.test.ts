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
});
