/**
 * Due items (contract §7): page rows that must be answered by a deadline. Feedback below 4 stars has a
 * 48-hour response window from its date; a review below 4 stars has a removal-request window that closes
 * 7 days after the review. The adapters read them (`AdapterResult.due`), the background keeps them
 * (lib/store/due-items.ts), the overlay badges them and the popup lists them by deadline.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { MARKETPLACES } from './marketplaces';
import { daySchema } from './record';

export const DUE_KINDS = ['feedback', 'review'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** Ratings below this many stars make a due item. */
export const DUE_BELOW_STARS = 4;
/** Days from the row's date to its deadline: 48 hours for feedback, 7 days for a review. */
export const DUE_WINDOW_DAYS: Readonly<Record<DueKind, number>> = { feedback: 2, review: 7 };
/** The badge metric of each kind (contract §7 `data-sol-metric`). */
export const DUE_BADGE_METRIC: Readonly<Record<DueKind, 'feedbackRow' | 'reviewRow'>> = { feedback: 'feedbackRow', review: 'reviewRow' };

/** The deadline day of a row dated `date` (YYYY-MM-DD). */
export function dueDayOf(kind: DueKind, date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + DUE_WINDOW_DAYS[kind]);
  return day.toISOString().slice(0, 10);
}

/** Whether a rating makes a due item. */
export function isDueRating(rating: number): boolean {
  return rating < DUE_BELOW_STARS;
}

/** The badge level of a due item: 1–2 stars breach, 3 stars warn. */
export function dueLevel(rating: number): 'breach' | 'warn' {
  return rating <= 2 ? 'breach' : 'warn';
}

/** The fields of a due item the page gives (the store adds marketplace, state and entry); built inside the lazy schemas that use them. */
export const dueRowShape = () => ({
  kind: z.enum(DUE_KINDS),
  /** Review id / order id. */
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{5,40}$/, 'a review or order id is letters, digits and dashes')),
  /** ASIN (review) or order id (feedback). */
  entity: z.string().check(z.regex(/^[A-Za-z0-9-]{5,40}$/, 'an ASIN or order id is letters, digits and dashes')),
  /** Whole stars below 4. */
  rating: z.int().check(z.gte(1), z.lte(3)),
  date: daySchema,
  due: daySchema,
});

/** The deadline must be the one the kind and the date give. */
function followsDate(row: unknown): boolean {
  const { kind, date, due } = row as { kind: DueKind; date: string; due: string };
  return due === dueDayOf(kind, date);
}
export const dueFollowsDate = z.refine(followsDate, 'the deadline follows from the kind and the date');

/** One due item as an adapter reads it. */
export const dueRowSchema = lazySchema(() => z.strictObject(dueRowShape()).check(dueFollowsDate));
export type DueRow = z.infer<typeof dueRowSchema>;

/** A due row and the marketplace it was read in: what the content script sends the background. */
export const dueRowInMarketplaceSchema = lazySchema(() => z.strictObject({ ...dueRowShape(), marketplace: z.enum(MARKETPLACES) }).check(dueFollowsDate));
export type DueRowInMarketplace = z.infer<typeof dueRowInMarketplaceSchema>;

/** Makes a due row, or says why it cannot (a rating of 4 or 5 is no due item: undefined without a reason). */
export function dueRow(kind: DueKind, id: string, entity: string, rating: number, date: string): { row: DueRow } | { problem: string } | undefined {
  if (!isDueRating(rating)) return undefined;
  const parsed = dueRowSchema.safeParse({ kind, id, entity, rating, date, due: dueDayOf(kind, date) });
  return parsed.success ? { row: parsed.data } : { problem: parsed.error.issues.map((i) => i.message).join('; ') };
}
