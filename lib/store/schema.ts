/**
 * Zod schemas of the stored rows (contract §3): snapshots and work-log entries. Types are inferred from
 * them. What adapters read (the record) is reading's vocabulary, in lib/read/record.ts.
 *
 * Written with `zod/mini`, as the record is.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import { MARKETPLACES } from '../read/marketplaces';
import { ADAPTER_IDS, ADAPTER_SITES, checkMetricValue, daySchema, metricValueShape, periodSchema } from '../read/record';

/** Snapshot keys hold days as 16-bit day numbers from 2000 (lib/store/snapshot-key.ts); a capture is always "today". */
const STORABLE_DAYS = 'a stored value is for a day from 2000-01-01 to 2178-12-31';
function storableDay(day: string): boolean {
  return day >= '2000-01-01' && day <= '2178-12-31';
}

const isoTime = lazySchema(() => z.iso.datetime({ offset: true }));

/** Where a snapshot came from: the site its page is on, or a report file downloaded from it (issue 15). */
export const SNAPSHOT_SOURCES = ['sellercentral', 'advertising', 'file'] as const;

/**
 * A stored row of the `snapshots` table (contract §3). Built on first use (lib/read/lazy-schema.ts), as every
 * schema the page reader's modules hold: a script that never uses one neither builds nor carries it.
 */
export const snapshotSchema = lazySchema(() =>
  z.strictObject({
    marketplace: z.enum(MARKETPLACES),
    /** The site a page was read on, or `file` for a report file the assistant took in (lib/store/report-import.ts). */
    source: z.enum(SNAPSHOT_SOURCES),
    page: z.enum(ADAPTER_IDS),
    ...metricValueShape(),
    /** The word a status metric's number stands for (contract §2); only on status metrics. */
    status: z.optional(z.string().check(z.maxLength(50))),
    period: periodSchema.check(z.refine((p) => !p || (storableDay(p.slice(0, 10)) && storableDay(p.slice(12))), STORABLE_DAYS)),
    day: daySchema.check(z.refine(storableDay, STORABLE_DAYS)),
    capturedAt: isoTime,
  }).check(
    z.superRefine((row, ctx) => {
      checkMetricValue(row, ctx);
      const source = ADAPTER_SITES[row.page];
      if (row.source !== source && row.source !== 'file') {
        ctx.addIssue({ code: 'custom', path: ['source'], message: `${row.page} is read on ${source}, not ${row.source}` });
      }
    }),
  ),
);
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The fields that make a snapshot unique: a later capture with the same key replaces the row. */
export type SnapshotKey = [string, string, string, string, string, string];
export function snapshotKey(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric' | 'period' | 'day'>): SnapshotKey {
  return [s.marketplace, s.scope, s.entity, s.metric, s.period, s.day];
}

/** The snapshots' one secondary index, of days (lib/store/db.ts; its reads: lib/store/day-index.ts). */
export const DAY_INDEX = '[day+page+marketplace+metric]';

export const MODULES = ['listing', 'ads', 'inventory', 'customer', 'account'] as const;
export type Module = (typeof MODULES)[number];
export const CATEGORIES = ['operations', 'product', 'compliance'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A work-log entry (contract §3). */
export const entrySchema = lazySchema(() =>
  z.strictObject({
    id: z.uuid(),
    day: daySchema,
    createdAt: isoTime,
    updatedAt: isoTime,
    marketplace: z.optional(z.enum(MARKETPLACES)),
    module: z.enum(MODULES),
    category: z.enum(CATEGORIES),
    summary: z.string().check(z.trim(), z.minLength(1, 'a summary is required'), z.maxLength(2000)),
    entity: z.optional(z.string().check(z.maxLength(500))),
    metric: z.optional(z.string().check(z.maxLength(100))),
    value: z.optional(z.number()),
    threshold: z.optional(z.string().check(z.maxLength(200))),
    action: z._default(z.string().check(z.maxLength(2000)), ''),
    owner: z._default(z.string().check(z.maxLength(200)), ''),
    due: z.optional(isoTime),
    status: z.enum(['open', 'done']),
    pageUrl: z.optional(z.string().check(z.maxLength(4000))),
  }),
);
export type Entry = z.infer<typeof entrySchema>;
