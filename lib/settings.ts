/**
 * The assistant's settings: rules and thresholds per marketplace, ACOS targets and assignments,
 * owners, deadlines, UI language, the marketplaces worked in. Validated with Zod: impossible values
 * are refused with a message, never stored. Kept in `browser.storage.local` (a WXT storage item) so
 * content scripts read and follow them without asking the background.
 */
import { z } from 'zod';
import { MARKETPLACES } from './marketplaces';
import { METRIC_IDS, type MetricId } from './metrics';
import { CATEGORIES, type Category } from './schema';

const threshold = z
  .object({ warn: z.number().finite(), breach: z.number().finite() })
  .strict();

export const DEFAULT_ACOS_TARGETS: Record<string, number> = { electronics: 18, home: 25, pet: 25, default: 30 };

export const settingsSchema = z
  .object({
    language: z.enum(['auto', 'en', 'zh_CN']).default('auto'),
    assistantName: z.string().max(100).default(''),
    /** The marketplaces the assistant works in (checklist rows). Empty: those seen in captures. */
    marketplaces: z.array(z.enum(MARKETPLACES)).max(MARKETPLACES.length).default([]),
    owners: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
    defaultOwner: z.record(z.enum(CATEGORIES), z.string().max(100)).default({ operations: '', product: '', compliance: '' }),
    /** Threshold overrides: `rules[marketplace][metric]`, `'*'` for every marketplace. */
    rules: z
      .partialRecord(z.union([z.enum(MARKETPLACES), z.literal('*')]), z.partialRecord(z.enum(METRIC_IDS as [MetricId, ...MetricId[]]), threshold))
      .default({}),
    /** ACOS target (percent) per product category; `default` applies to anything unassigned. */
    acosTargets: z
      .record(z.string().trim().min(1).max(50), z.number().gt(0, 'an ACOS target is above 0').max(1000, 'an ACOS target is at most 1000'))
      .refine((t) => 'default' in t, 'the default ACOS target cannot be removed')
      .default(DEFAULT_ACOS_TARGETS),
    /** Campaign name, SKU or ASIN → ACOS category. */
    acosAssignments: z.record(z.string().trim().min(1).max(500), z.string().trim().min(1).max(50)).default({}),
    feedbackResponseHours: z.number().int().min(1).max(24 * 30).default(48),
    negativeReviewRemovalDays: z.number().int().min(1).max(90).default(7),
    lastBackupAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parses settings, or explains in one line per problem why they are refused. */
export function validateSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) return checkRelations(parsed.data);
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`) };
}

function checkRelations(settings: Settings): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  for (const [market, rules] of Object.entries(settings.rules)) {
    for (const [metric, t] of Object.entries(rules ?? {})) {
      if (!t) continue;
      const direction = directionOf(metric as MetricId);
      if (direction === 'below' && t.breach > t.warn) errors.push(`rules.${market}.${metric}: the breach level (${t.breach}) must not be above the warn level (${t.warn})`);
      if (direction === 'above' && t.breach < t.warn) errors.push(`rules.${market}.${metric}: the breach level (${t.breach}) must not be below the warn level (${t.warn})`);
    }
  }
  for (const [entity, category] of Object.entries(settings.acosAssignments)) {
    if (!(category in settings.acosTargets)) errors.push(`acosAssignments.${entity}: no ACOS target for category "${category}"`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

// Which way each thresholded metric goes bad; kept here (not imported from rules) so settings stay a leaf.
const LOWER_IS_WORSE = new Set<MetricId>(['accountHealthRating', 'validTrackingRate', 'onTimeDeliveryRate', 'ipiScore', 'available', 'buyBoxPct', 'feedbackRating']);
export function directionOf(metric: MetricId): 'below' | 'above' {
  return LOWER_IS_WORSE.has(metric) ? 'below' : 'above';
}

export function defaultOwnerFor(settings: Settings, category: Category): string {
  return settings.defaultOwner[category] ?? '';
}
