/**
 * Zod schemas of what an adapter reads from a page (reading's vocabulary): the record, its day and period
 * fields, the adapter ids. The stored rows' schemas, built on these, are the store's (lib/store/schema.ts).
 *
 * Written with `zod/mini`: the content script validates every value it reads, and classic Zod alone
 * would be larger (≈90 kB gzipped) than the whole content script's budget.
 */
import * as z from 'zod/mini';
import { builtSchema, lazySchema } from './lazy-schema';
import type { Source } from './marketplaces';
import { isStatusMetric, METRICS, METRIC_IDS, SCOPES, statusValue, UNITS, type MetricId } from './metrics';

// Extension pages and content scripts run under a policy without 'unsafe-eval': Zod's compiled
// parsers cannot run there, and its probe for them (new Function) is reported as a CSP violation.
z.config({ jitless: true });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: "2026-02-30" and "2026-13-01" have the right shape and are no day. */
function isCalendarDay(day: string): boolean {
  // A page's values share one period: each day is worked out once, not once per value.
  let known = calendarDays.get(day);
  if (known === undefined) {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const utc = new Date(Date.UTC(year, month - 1, date));
    known = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
    if (calendarDays.size >= 1_000) calendarDays.clear();
    calendarDays.set(day, known);
  }
  return known;
}
const calendarDays = new Map<string, boolean>();

export const daySchema = lazySchema(() => z.string().check(z.regex(DAY, 'a day is YYYY-MM-DD'), z.refine(isCalendarDay, 'not a calendar day')));
export const periodSchema = lazySchema(() =>
  z.string().check(
    z.regex(/^(\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})?$/, 'a period is YYYY-MM-DD..YYYY-MM-DD or empty'),
    z.refine((p) => !p || (isCalendarDay(p.slice(0, 10)) && isCalendarDay(p.slice(12))), 'a period runs between calendar days'),
    z.refine((p) => !p || p.slice(0, 10) <= p.slice(12), 'a period starts before it ends'),
  ),
);

/** Text fields: trimmed, then bounded. */
// No U+0000: it ends the entity in the snapshots' binary key (lib/store/snapshot-key.ts); no page shows one.
export const entityText = lazySchema(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(500), z.refine((s) => !s.includes('\u0000'), 'an entity cannot contain U+0000')));
export const currencyCode = lazySchema(() => z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))));

export const ADAPTER_IDS = [
  'account-health',
  'inventory',
  'inventory-performance',
  'business-reports',
  'feedback',
  'ads-campaigns',
  // Appended, never inserted: stored rows and settings name pages by these ids.
  'restock',
  'voice-of-customer',
  'ads-products',
  'reviews',
] as const;
export type AdapterId = (typeof ADAPTER_IDS)[number];

/**
 * The site each page kind is read on (contract §1). Each adapter declares its `source` as this says
 * (lib/read/pages/index.test.ts); the stored rows' schema checks a captured row against it without
 * loading the adapters.
 */
export const ADAPTER_SITES: Readonly<Record<AdapterId, Source>> = {
  'account-health': 'sellercentral',
  inventory: 'sellercentral',
  'inventory-performance': 'sellercentral',
  'business-reports': 'sellercentral',
  feedback: 'sellercentral',
  'ads-campaigns': 'advertising',
  restock: 'sellercentral',
  'voice-of-customer': 'sellercentral',
  'ads-products': 'advertising',
  reviews: 'sellercentral',
};

/**
 * What a value must agree with in its metric's definition (contract §2): unit, scope, the `account`
 * entity, a currency on money and only on money, whole counts and units.
 */
export function checkMetricValue(
  record: { scope: string; entity: string; metric: MetricId; value: number; unit: string; currency?: string | undefined; status?: string | undefined },
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
  // A status metric's number and word are one fact: the word must be on the metric's list and be that number.
  if (isStatusMetric(record.metric)) {
    const expected = record.status === undefined ? undefined : statusValue(record.metric, record.status);
    if (record.status === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: `${record.metric} carries its status word` });
    else if (expected === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: `"${record.status}" is not a ${record.metric} word` });
    else if (expected !== record.value) ctx.addIssue({ code: 'custom', path: ['value'], message: `${record.metric} "${record.status}" is stored as ${expected}, not ${record.value}` });
  } else if (record.status !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: `only status metrics carry a status word` });
  }
}


/** The fields that say what a value is, the record's and the stored row's (lib/store/schema.ts). */
export function metricValueShape() {
  return {
    scope: z.enum(SCOPES),
    // The built schemas, not their lazy stand-ins: every value validated reads them (lazy-schema.ts).
    entity: builtSchema(entityText),
    metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
    value: z.number(),
    unit: z.enum(UNITS),
    currency: builtSchema(currencyCode),
  };
}

/** One value an adapter read from a page, before the capture adds where and when. */
export const metricRecordSchema = lazySchema(() =>
  z
    .strictObject({
      ...metricValueShape(),
      period: z._default(builtSchema(periodSchema), ''),
      /** The word of a status metric (contract §2), and only of one. */
      status: z.optional(z.string()),
    })
    .check(z.superRefine(checkMetricValue)),
);
export type MetricRecord = z.infer<typeof metricRecordSchema>;
export type MetricRecordInput = z.input<typeof metricRecordSchema>;
