/**
 * Zod schemas of every record that crosses a boundary: what adapters read, what the background
 * stores (contract §3), and the work-log entries. Types are inferred from them.
 */
import { z } from 'zod';
import { MARKETPLACES } from './marketplaces';
import { METRICS, METRIC_IDS, SCOPES, UNITS, type MetricId } from './metrics';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const daySchema = z.string().regex(DAY, 'a day is YYYY-MM-DD');
export const periodSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})?$/, 'a period is YYYY-MM-DD..YYYY-MM-DD or empty')
  .refine((p) => !p || p.slice(0, 10) <= p.slice(12), 'a period starts before it ends');

export const ADAPTER_IDS = [
  'account-health',
  'inventory',
  'inventory-performance',
  'business-reports',
  'feedback',
  'ads-campaigns',
] as const;
export type AdapterId = (typeof ADAPTER_IDS)[number];

/** One value an adapter read from a page, before the capture adds where and when. */
export const metricRecordSchema = z
  .object({
    scope: z.enum(SCOPES),
    entity: z.string().trim().min(1).max(500),
    metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
    value: z.number().finite(),
    unit: z.enum(UNITS),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    period: periodSchema.default(''),
  })
  .strict()
  .superRefine((record, ctx) => {
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
  });
export type MetricRecord = z.infer<typeof metricRecordSchema>;
export type MetricRecordInput = z.input<typeof metricRecordSchema>;

/** A stored row of the `snapshots` table (contract §3). */
export const snapshotSchema = z
  .object({
    marketplace: z.enum(MARKETPLACES),
    source: z.enum(['sellercentral', 'advertising']),
    page: z.enum(ADAPTER_IDS),
    scope: z.enum(SCOPES),
    entity: z.string().trim().min(1).max(500),
    metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
    value: z.number().finite(),
    unit: z.enum(UNITS),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    period: periodSchema,
    day: daySchema,
    capturedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
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

/** A work-log entry (contract §3). */
export const entrySchema = z
  .object({
    id: z.uuid(),
    day: daySchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    marketplace: z.enum(MARKETPLACES).optional(),
    module: z.enum(MODULES),
    category: z.enum(CATEGORIES),
    summary: z.string().trim().min(1, 'a summary is required').max(2000),
    entity: z.string().max(500).optional(),
    metric: z.string().max(100).optional(),
    value: z.number().finite().optional(),
    threshold: z.string().max(200).optional(),
    action: z.string().max(2000).default(''),
    owner: z.string().max(200).default(''),
    due: z.iso.datetime({ offset: true }).optional(),
    status: z.enum(['open', 'done']),
    pageUrl: z.string().max(4000).optional(),
  })
  .strict();
export type Entry = z.infer<typeof entrySchema>;
