/**
 * The one typed module of messages between content scripts, extension pages and the background.
 * Every payload is Zod-validated where it arrives.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import { adLinksMessageFields, type LinkedReply } from './links';
import type { EntryResult } from './entries';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import { METRIC_IDS, SCOPES, type MetricId, type Scope } from '../read/metrics';
import { DUE_KINDS } from '../read/due-items';
import { ADAPTER_IDS } from '../read/record';
import { MAX_DUE_ROWS } from './due-items';
import { MAX_SHARED_FIELDS } from './capture';
import type { Module } from './schema';
import type { PageCatalogs } from '../i18n/page';

/** Upper bound of rows in one message: a 2,000-row grid × 10 metrics, with room to spare. */
export const MAX_ROWS_PER_MESSAGE = 50_000;

const metricId = lazySchema(() => z.enum(METRIC_IDS as [MetricId, ...MetricId[]]));

// Only the background parses messages: the content scripts neither build nor carry this schema (lazySchema).
export const messageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    // Rows are validated one by one by the background, so one bad row cannot sink the rest.
    z.object({
      type: z.literal('capture'),
      /** The fields every row has with the same value, sent once (lib/store/capture.ts `packRows`). */
      shared: z.optional(z.record(z.string().check(z.maxLength(40)), z.unknown()).check(z.refine((o) => Object.keys(o).length <= MAX_SHARED_FIELDS, 'too many shared fields'))),
      rows: z.array(z.unknown()).check(z.maxLength(MAX_ROWS_PER_MESSAGE)),
      /** SKU ↔ ASIN links the inventory page shows beside the rows (issue 16, kept in the one links store, lib/store/links.ts). */
      links: z.optional(z.array(z.object({ sku: z.string().check(z.maxLength(500)), asin: z.string().check(z.maxLength(20)) })).check(z.maxLength(MAX_ROWS_PER_MESSAGE))),
    }),
    // `dueItem`: the due item (contract §7) the entry was logged from; the background links the two.
    z.object({ type: z.literal('addEntry'), draft: z.unknown(), dueItem: z.optional(z.object({ kind: z.enum(DUE_KINDS), id: z.string().check(z.maxLength(40)) })) }),
    // The due rows a page shows (each validated by the background) and that the page was read today.
    z.object({
      type: z.literal('dueItems'),
      page: z.enum(ADAPTER_IDS),
      marketplace: z.enum(MARKETPLACES),
      day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      rows: z.array(z.unknown()).check(z.maxLength(MAX_DUE_ROWS)),
    }),
    z.object({ type: z.literal('deleteEntry'), id: z.uuid() }),
    z.object({ type: z.literal('loadPanel') }),
    z.object({ type: z.literal('loadReader') }),
    // The page strings of both languages, which the page reader does not carry (lib/content/page-strings.ts).
    z.object({ type: z.literal('pageStrings') }),
    z.object({
      type: z.literal('history'),
      marketplace: z.enum(MARKETPLACES),
      keys: z.array(z.object({ scope: z.enum(SCOPES), entity: z.string().check(z.maxLength(500)), metric: metricId })).check(z.maxLength(20_000)),
      /** Last day of the window (the value's own day), and how many days back from it. */
      until: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      days: z.int().check(z.gte(1), z.lte(366)),
    }),
    /** The guided walk of a traffic drop (issue 16, lib/review/traffic-walk.ts) for one child ASIN. */
    z.object({ type: z.literal('trafficWalk'), marketplace: z.enum(MARKETPLACES), asin: z.string().check(z.minLength(1), z.maxLength(20)) }),
    // Issue 16: the links a page showed (lib/read/ad-links.ts), validated one by one by the background.
    z.object({ type: z.literal('adLinks'), ...adLinksMessageFields() }),
    // Issue 16: the linked ads signals of the entities on screen (lib/rules/linked-ads-query.ts validates the request).
    z.object({ type: z.literal('linked'), request: z.unknown() }),
  ]),
);
export type Message = z.input<typeof messageSchema>;
export type CaptureMessage = Extract<Message, { type: 'capture' }>;
export type HistoryMessage = Extract<Message, { type: 'history' }>;
export type TrafficWalkMessage = Extract<Message, { type: 'trafficWalk' }>;
export type AdLinksMessage = Extract<Message, { type: 'adLinks' }>;
export type LinkedMessage = Extract<Message, { type: 'linked' }>;
export type DueItemsMessage = Extract<Message, { type: 'dueItems' }>;
export type AddEntryMessage = Extract<Message, { type: 'addEntry' }>;

export type CaptureReply =
  | { ok: true; stored: number; rejected: { index: number; reason: string }[]; linked?: LinkedReply }
  | { ok: false; error: string };
export type EntryReply = EntryResult;
export type DeleteReply = { ok: boolean };
/** Daily values per `scope|entity|metric`, oldest first. */
export type HistoryReply = { ok: true; series: Record<string, { day: string; value: number }[]> } | { ok: false; error: string };

/** The answer to `pageStrings`: both catalogs (lib/i18n/page-catalogs.ts). */
export type PageStringsReply = { ok: true; catalogs: PageCatalogs };

/** Messages the background or the popup send to a tab's content script. */
export type TabMessage = { type: 'openPanel' } | { type: 'pageContext' };
export interface PageContextReply {
  marketplace?: Marketplace;
  module?: Module;
  adapter?: string;
  entity?: string;
  pageUrl: string;
}

export function historyKey(k: { scope: Scope | string; entity: string; metric: MetricId | string }): string {
  return `${k.scope}|${k.entity}|${k.metric}`;
}
