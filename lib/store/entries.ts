/**
 * Work-log entries (contract §3): drafts from the panel or the popup become validated rows.
 * Shared by the background (entries logged from pages) and extension pages (popup, dashboard).
 */
import * as z from 'zod/mini';
import type { SellerOpsDb } from './db';
import { isoWithOffset, localDay } from '../read/day';
import { handleDueItemsOfEntry } from './due-items';
import { entrySchema, type Entry } from './schema';
import { storageErrorText } from './storage-error';

/**
 * What a form submits: everything but the fields the log sets itself, and the entry's id, made by the
 * form when the person first presses Save. The id made at the source is what makes a save idempotent:
 * when the service worker stops mid-save the page cannot know whether the write landed, so it sends the
 * same draft again, and the same id can neither double the entry nor lose it.
 */
export const entryDraftSchema = z.extend(z.omit(entrySchema, { day: true, createdAt: true, updatedAt: true }), {
  id: z.optional(entrySchema.shape.id),
  status: z._default(entrySchema.shape.status, 'open'),
});
export type EntryDraft = z.input<typeof entryDraftSchema>;

export type EntryResult = { ok: true; entry: Entry } | { ok: false; error: string };

function describe(error: z.core.$ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

export function newEntry(draft: unknown, now: Date = new Date()): EntryResult {
  const parsed = entryDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, error: describe(parsed.error) };
  const stamp = isoWithOffset(now);
  const entry = entrySchema.safeParse({ ...parsed.data, id: parsed.data.id ?? crypto.randomUUID(), day: localDay(now), createdAt: stamp, updatedAt: stamp });
  return entry.success ? { ok: true, entry: entry.data } : { ok: false, error: describe(entry.error) };
}

/**
 * Logs a draft. A draft whose id is already stored is the same save sent again (a retry after the
 * worker stopped, or Save pressed again after an error whose write had in fact landed): the stored
 * entry keeps its id, day and creation time and takes the draft's fields, so there is one entry, with
 * what the person submitted last.
 */
export async function addEntry(db: SellerOpsDb, draft: unknown, now: Date = new Date()): Promise<EntryResult> {
  const result = newEntry(draft, now);
  if (!result.ok) return result;
  const fresh = result.entry;
  try {
    return await db.transaction('rw', db.entries, async () => {
      const stored = await db.entries.get(fresh.id);
      const entry = stored ? { ...fresh, day: stored.day, createdAt: stored.createdAt } : fresh;
      await db.entries.put(entry);
      return { ok: true as const, entry };
    });
  } catch (error) {
    // Refused by the browser (storage full): nothing was written, the form keeps what was typed.
    return { ok: false, error: storageErrorText(error) };
  }
}

/**
 * Changes some fields of an entry. Only the fields given change (two quick edits of different fields
 * both survive), and `updatedAt` moves on, so the last write of a field wins.
 */
export async function updateEntry(db: SellerOpsDb, id: string, changes: Partial<Omit<Entry, 'id' | 'createdAt'>>, now: Date = new Date()): Promise<EntryResult> {
  return db.transaction('rw', db.entries, db.dueItems, async () => {
    const current = await db.entries.get(id);
    if (!current) return { ok: false as const, error: `no entry ${id}` };
    const next = entrySchema.safeParse({ ...current, ...changes, id, createdAt: current.createdAt, updatedAt: isoWithOffset(now) });
    if (!next.success) return { ok: false as const, error: describe(next.error) };
    await db.entries.put(next.data);
    // An entry done handles the due items logged as it (contract §7); reopening it leaves them handled.
    if (next.data.status === 'done' && current.status !== 'done') await handleDueItemsOfEntry(db, id);
    return { ok: true as const, entry: next.data };
  }).catch((error: unknown) => ({ ok: false as const, error: storageErrorText(error) }));
}

export async function deleteEntry(db: SellerOpsDb, id: string): Promise<boolean> {
  const existed = (await db.entries.get(id)) !== undefined;
  await db.entries.delete(id);
  return existed;
}
