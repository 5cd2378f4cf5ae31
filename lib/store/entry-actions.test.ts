import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { addEntry, deleteEntry } from './entries';
import { editEntry, restoreEntry, setEntryStatus } from './entry-actions';

describe('entry actions', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  async function logged() {
    const result = await addEntry(db, { summary: 'Buy Box lost', module: 'listing', category: 'operations', marketplace: 'US', entity: 'B000TEST01', metric: 'buyBoxPct', value: 55, due: '2026-11-21T23:59:00+08:00', pageUrl: 'https://sellercentral.amazon.com/business-reports' }, new Date('2026-11-21T09:00:00+08:00'));
    if (!result.ok) throw new Error(result.error);
    return result.entry;
  }

  it('marks an entry done and open again', async () => {
    const entry = await logged();
    expect((await setEntryStatus(db, entry.id, 'done')).ok).toBe(true);
    expect((await db.entries.get(entry.id))!.status).toBe('done');
    await setEntryStatus(db, entry.id, 'open');
    expect((await db.entries.get(entry.id))!.status).toBe('open');
  });

  it('edits from the form: emptied entity and deadline are cleared, the page context stays', async () => {
    const entry = await logged();
    const result = await editEntry(db, entry.id, { summary: 'Buy Box back at 80%', module: 'listing', category: 'product', action: 'none', owner: 'Li', status: 'done' }, new Date('2026-11-21T10:00:00+08:00'));
    expect(result.ok).toBe(true);
    const stored = (await db.entries.get(entry.id))!;
    expect(stored).toMatchObject({ summary: 'Buy Box back at 80%', category: 'product', owner: 'Li', status: 'done', marketplace: 'US', metric: 'buyBoxPct', value: 55, pageUrl: entry.pageUrl, createdAt: entry.createdAt, day: entry.day });
    expect(stored.entity).toBeUndefined();
    expect(stored.due).toBeUndefined();
    expect(stored.updatedAt).not.toBe(entry.updatedAt);
  });

  it('refuses an edit that empties the summary', async () => {
    const entry = await logged();
    const result = await editEntry(db, entry.id, { summary: '  ', module: 'listing', category: 'operations' });
    expect(result.ok).toBe(false);
    expect((await db.entries.get(entry.id))!.summary).toBe('Buy Box lost');
  });

  it('puts a deleted entry back as it was', async () => {
    const entry = await logged();
    await deleteEntry(db, entry.id);
    expect(await db.entries.count()).toBe(0);
    expect((await restoreEntry(db, entry)).ok).toBe(true);
    expect(await db.entries.get(entry.id)).toEqual(entry);
  });
});
