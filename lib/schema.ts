/**
 * Zod schemas of every record that crosses a boundary: what adapters read, what the background
 * stores (contract §3), and the work-log entries. Types are inferred from them.
 *
 * Written with `zod/mini`: the content script validates every value it reads, and classic Zod alone
 * would be larger (≈90 kB gzipped) than the whole content script's budget.
 */
import * as z from 'zod/mini';
import { MARKETPLACES } from './marketplaces';
import { METRICS, METRIC_IDS, SCOPES, UNITS, type MetricId } from './metrics';

// Extension pages and content scripts run under a policy without 'unsafe-eval': Zod's compiled
// parsers cannot run there, and its probe for them (new Function) is reported as a CSP violation.
z.config({ jitless: true });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: "2026-02-30" and "2026-13-01" have the right shape and are no day. */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

export const daySchema = z.string().check(z.regex(DAY, 'a day is YYYY-MM-DD'), z.refine(isCalendarDay, 'not a calendar day'));
export const periodSchema = z.string().check(
  z.regex(/^(\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})?$/, 'a period is YYYY-MM-DD..YYYY-MM-DD or empty'),
  z.refine((p) => !p || (isCalendarDay(p.slice(0, 10)) && isCalendarDay(p.slice(12))), 'a period runs between calendar days'),
  z.refine((p) => !p || p.slice(0, 10) <= p.slice(12), 'a period starts before it ends'),
);

/** Snapshot keys hold days as 16-bit day numbers from 2000 (lib/snapshot-key.ts); a capture is always "today". */
const STORABLE_DAYS = 'a stored value is for a day from 2000-01-01 to 2178-12-31';
function storableDay(day: string): boolean {
  return day >= '2000-01-01' && day <= '2178-12-31';
}

/** Text fields: trimmed, then bounded. */
// No U+0000: it ends the entity in the snapshots' binary key (lib/snapshot-key.ts); no page shows one.
const entityText = z.string().check(z.trim(), z.minLength(1), z.maxLength(500), z.refine((s) => !s.includes('\u0000'), 'an entity cannot contain U+0000'));
const currencyCode = z.optional(z.string().check(z.regex(/^[A-Z]{3}$/)));
const isoTime = z.iso.datetime({ offset: true });

export const ADAPTER_IDS = [
  'account-health',
  'inventory',
  'inventory-performance',
  'business-reports',
  'feedback',
  'ads-campaigns',
] as const;
export type AdapterId = (typeof ADAPTER_IDS)[number];

/**
 * What a value must agree with in its metric's definition (contract §2): unit, scope, the `account`
 * entity, a currency on money and only on money, whole counts and units.
 */
function checkMetricValue(
  record: { scope: string; entity: string; metric: MetricId; value: number; unit: string; currency?: string | undefined },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const def = METRICS[record.metric];
  if (def.unit !== record.unit) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: `${record.metric} is stored in ${def.unit}, not ${record.unit}` });
  }
  if (!(def.scopes as readonly string[]).includes(record.scope)) {
    ctx.addIssue({ code: 'custom', path: ['scope'], message: `${record.metric} has no ${record.scope} scope` });
  }
  if (record.scope === 'account' && record.entity !== 'account') {
    ctx.addIssue({ code: 'custom', path: ['entity'], message: 'account-scope values have entity "account"' });
  }
  if ((record.unit === 'money') !== (record.currency !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'money values, and only they, carry a currency' });
  }
  if ((record.unit === 'count' || record.unit === 'units') && !Number.isInteger(record.value)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `${record.unit} are whole numbers` });
  }
}

/** One value an adapter read from a page, before the capture adds where and when. */
export const metricRecordSchema = z
  .strictObject({
    scope: z.enum(SCOPES),
    entity: entityText,
    metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
    value: z.number(),
    unit: z.enum(UNITS),
    currency: currencyCode,
    period: z._default(periodSchema, ''),
  })
  .check(z.superRefine(checkMetricValue));
export type MetricRecord = z.infer<typeof metricRecordSchema>;
export type MetricRecordInput = z.input<typeof metricRecordSchema>;

/**
 * A stored row of the `snapshots` table (contract §3).
 *
 * Built inside a call marked pure, as `entrySchema` below and `messageSchema` (lib/messages.ts) are: to the
 * bundler Zod's `.check` calls are side effects, so it would build these schemas in every script that
 * imports the module, the page reader included, which never uses them (~2.5 ms of its evaluation).
 */
export const snapshotSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    marketplace: z.enum(MARKETPLACES),
    source: z.enum(['sellercentral', 'advertising']),
    page: z.enum(ADAPTER_IDS),
    scope: z.enum(SCOPES),
    entity: entityText,
    metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
    value: z.number(),
    unit: z.enum(UNITS),
    currency: currencyCode,
    period: periodSchema.check(z.refine((p) => !p || (storableDay(p.slice(0, 10)) && storableDay(p.slice(12))), STORABLE_DAYS)),
    day: daySchema.check(z.refine(storableDay, STORABLE_DAYS)),
    capturedAt: isoTime,
  }).check(
    z.superRefine((row, ctx) => {
      checkMetricValue(row, ctx);
      const source = row.page === 'ads-campaigns' ? 'advertising' : 'sellercentral';
      if (row.source !== source) {
        ctx.addIssue({ code: 'custom', path: ['source'], message: `${row.page} is read on ${source}, not ${row.source}` });
      }
    }),
  ))();
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The fields that make a snapshot unique: a later capture with the same key replaces the row. */
export type SnapshotKey = [string, string, string, string, string, string];
export function snapshotKey(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric' | 'period' | 'day'>): SnapshotKey {
  return [s.marketplace, s.scope, s.entity, s.metric, s.period, s.day];
}

export const MODULES = ['listing', 'ads', 'inventory', 'customer', 'account'] as const;
export type Module = (typeof MODULES)[number];
export const CATEGORIES = ['operations', 'product', 'compliance'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A work-log entry (contract §3); built in a call marked pure, as `snapshotSchema` is. */
export const entrySchema = /* @__PURE__ */ (() =>
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
  }))();
export type Entry = z.infer<typeof entrySchema>;
