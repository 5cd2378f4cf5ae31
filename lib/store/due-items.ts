/**
 * Due items (contract §7): the `dueItems` table. The background writes what the pages read (feedback and
 * reviews below 4 stars): a row seen again never makes a second item and never changes the first (a
 * handled item stays handled). An item logged from its badge carries the entry's id, and is handled once
 * that entry is done. The popup lists the open ones by deadline, overdue first.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import type { SellerOpsDb } from './db';
import { DUE_KINDS, dueRowShape, dueFollowsDate, dueRowInMarketplaceSchema, type DueKind } from '../read/due-items';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import { ADAPTER_IDS, daySchema, type AdapterId } from '../read/record';
import { storageErrorText } from './storage-error';

export const DUE_STATES = ['open', 'handled'] as const;
export type DueState = (typeof DUE_STATES)[number];

/** A stored due item: the contract's fields (kind, id, marketplace, entity, rating, date, due, state, entryId). */
export const dueItemSchema = lazySchema(() =>
  z
    .strictObject({
      ...dueRowShape(),
      marketplace: z.enum(MARKETPLACES),
      state: z.enum(DUE_STATES),
      entryId: z.optional(z.uuid()),
    })
    .check(dueFollowsDate),
);
export type DueItem = z.infer<typeof dueItemSchema>;

/** A day a page kind that stores no snapshots (reviews) was read, per marketplace: the checklist's tick. */
export const pageVisitSchema = lazySchema(() => z.strictObject({ day: daySchema, page: z.enum(ADAPTER_IDS), marketplace: z.enum(MARKETPLACES) }));
export type PageVisit = z.infer<typeof pageVisitSchema>;

/** Most rows one message may carry: a page shows a few dozen reviews or feedback rows. */
export const MAX_DUE_ROWS = 1_000;

export type DueItemsReply = { ok: true; added: number; rejected: { index: number; reason: string }[] } | { ok: false; error: string };

/**
 * Records the due rows a page showed (each validated again here) and the page's visit. Only rows not
 * stored yet are added, as open items; a stored one is left exactly as it is.
 */
export async function recordDueItems(db: SellerOpsDb, rows: readonly unknown[], visit: { day: string; page: AdapterId; marketplace: Marketplace } | undefined): Promise<DueItemsReply> {
  const rejected: { index: number; reason: string }[] = [];
  const fresh = new Map<string, DueItem>();
  rows.forEach((row, index) => {
    const parsed = dueRowInMarketplaceSchema.safeParse(row);
    if (!parsed.success) {
      rejected.push({ index, reason: parsed.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    const item: DueItem = { ...parsed.data, state: 'open' };
    // The same row twice in one message is one item: the first stays.
    if (!fresh.has(keyString(item))) fresh.set(keyString(item), item);
  });
  const parsedVisit = visit ? pageVisitSchema.safeParse(visit) : undefined;
  try {
    const added = await db.transaction('rw', db.dueItems, db.pageVisits, async () => {
      if (parsedVisit?.success) await db.pageVisits.put(parsedVisit.data);
      const items = [...fresh.values()];
      if (!items.length) return 0;
      const stored = await db.dueItems.bulkGet(items.map(keyOf));
      const missing = items.filter((_, i) => stored[i] === undefined);
      if (missing.length) await db.dueItems.bulkAdd(missing);
      return missing.length;
    });
    return { ok: true, added, rejected };
  } catch (error) {
    return { ok: false, error: storageErrorText(error) };
  }
}

export function keyOf(item: { kind: DueKind; id: string }): [DueKind, string] {
  return [item.kind, item.id];
}
function keyString(item: { kind: DueKind; id: string }): string {
  return `${item.kind}\u0000${item.id}`;
}

/**
 * Links an item to the entry logged from its badge. An entry already done handles it at once; a
 * handled item keeps the entry it was handled by.
 */
export async function linkDueItem(db: SellerOpsDb, kind: DueKind, id: string, entryId: string): Promise<boolean> {
  if (!DUE_KINDS.includes(kind) || !z.uuid().safeParse(entryId).success) return false;
  return db.transaction('rw', db.dueItems, db.entries, async () => {
    const item = await db.dueItems.get([kind, id]);
    if (!item) return false;
    if (item.state === 'handled') return true;
    const entry = await db.entries.get(entryId);
    await db.dueItems.put({ ...item, entryId, state: entry?.status === 'done' ? 'handled' : 'open' });
    return true;
  });
}

/** Marks handled the items logged as this entry (called when the entry is done, inside its write). */
export async function handleDueItemsOfEntry(db: SellerOpsDb, entryId: string): Promise<number> {
  return db.dueItems.where('entryId').equals(entryId).modify((item) => {
    item.state = 'handled';
  });
}

/** Open items, earliest deadline first (overdue ones are the earliest). */
export function openDueItems(db: SellerOpsDb): Promise<DueItem[]> {
  return db.dueItems.where('[state+due]').between(['open', ''], ['open', '\uffff']).toArray();
}

/** Where an item's deadline stands on the assistant's day `today` (YYYY-MM-DD). */
export function dueStanding(item: Pick<DueItem, 'due'>, today: string): 'overdue' | 'today' | 'later' {
  if (item.due < today) return 'overdue';
  return item.due === today ? 'today' : 'later';
}

/** The order the popup lists them in: overdue first, then by deadline, then by date (oldest first), then id. */
export function byDeadline(a: DueItem, b: DueItem): number {
  return a.due.localeCompare(b.due) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** Page kinds visited on a day, per marketplace (merged into the checklist's captured pages). */
export async function visitsOfDay(db: SellerOpsDb, day: string): Promise<PageVisit[]> {
  return db.pageVisits.where('[day+page+marketplace]').between([day, '', ''], [day, '\uffff', '\uffff']).toArray();
}
