/**
 * What the extension pages do to an entry after it is logged: mark it done or open again, edit it from
 * the entry form, and put a deleted entry back (undo). Built on lib/store/entries' validated writes.
 */
import type { SellerOpsDb } from './db';
import { updateEntry, type EntryDraft, type EntryResult } from './entries';
import { entrySchema, type Entry } from './schema';

export function setEntryStatus(db: SellerOpsDb, id: string, status: Entry['status'], now: Date = new Date()): Promise<EntryResult> {
  return updateEntry(db, id, { status }, now);
}

/**
 * Applies what the entry form submitted to an existing entry. The form leaves out an emptied entity or
 * deadline, so those are cleared explicitly; the page context (marketplace, metric, URL) stays.
 */
export function editEntry(db: SellerOpsDb, id: string, draft: EntryDraft, now: Date = new Date()): Promise<EntryResult> {
  const { marketplace: _marketplace, metric: _metric, value: _value, threshold: _threshold, pageUrl: _pageUrl, ...fields } = draft;
  return updateEntry(db, id, { ...fields, entity: draft.entity, due: draft.due }, now);
}

/** Puts a deleted entry back exactly as it was (same id, same times): the undo of a delete. */
export async function restoreEntry(db: SellerOpsDb, entry: Entry): Promise<EntryResult> {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join('; ') };
  await db.entries.put(parsed.data);
  return { ok: true, entry: parsed.data };
}
