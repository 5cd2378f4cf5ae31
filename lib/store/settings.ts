/**
 * The assistant's settings: rules and thresholds per marketplace, ACOS targets and assignments,
 * owners, deadlines, UI language, the marketplaces worked in. Validated with Zod: impossible values
 * are refused with a message, never stored. Kept in `browser.storage.local` (./settings-store.ts) so
 * content scripts read and follow them without asking the background.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import { MARKETPLACES } from '../read/marketplaces';
import { isStatusMetric, METRIC_IDS, STATUS_WORDS, statusValue, type MetricId, type StatusMetric } from '../read/metrics';
import { ADAPTER_IDS } from '../read/record';
import { CATEGORIES, type Category } from './schema';

const threshold = lazySchema(() => z.strictObject({ warn: z.number(), breach: z.number() }));
const name = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const DEFAULT_ACOS_TARGETS: Record<string, number> = { electronics: 18, home: 25, pet: 25, default: 30 };

/** Every word a status metric's taught page words point to is on that metric's list (contract §2). */
function statusWordsFitMetric(label: { metric: MetricId; statusWords?: Record<string, string> | undefined }): boolean {
  if (!label.statusWords) return true;
  if (!isStatusMetric(label.metric)) return Object.keys(label.statusWords).length === 0;
  const metric = label.metric;
  return Object.values(label.statusWords).every((word) => statusValue(metric, word) !== undefined);
}

const taughtLabelSchema = lazySchema(() =>
  z
    .strictObject({
      page: z.enum(ADAPTER_IDS),
      label: z.string().check(z.minLength(1), z.maxLength(200)),
      metric: z.enum(METRIC_IDS as [MetricId, ...MetricId[]]),
      /** For a status metric: the page's words (by label key) → the words of the metric's list. */
      statusWords: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.string().check(z.maxLength(50))).check(z.refine((w) => Object.keys(w).length <= 50, 'at most 50 status words per label'))),
    })
    .check(z.refine(statusWordsFitMetric, 'a taught status word is not on its metric\'s list, or the metric has no status words')),
);

const STATUS_METRIC_IDS = Object.keys(STATUS_WORDS) as [StatusMetric, ...StatusMetric[]];

function statusRulesUseListedWords(rules: Partial<Record<string, Partial<Record<StatusMetric, Record<string, string>>>>>): boolean {
  return Object.values(rules).every((byMetric) =>
    Object.entries(byMetric ?? {}).every(([metric, levels]) => Object.keys(levels ?? {}).every((word) => statusValue(metric as StatusMetric, word) !== undefined)),
  );
}

function uniqueTaughtLabels(labels: readonly { page: string; label: string }[]): boolean {
  return new Set(labels.map((l) => `${l.page}\u0000${l.label}`)).size === labels.length;
}

export const settingsSchema = lazySchema(() =>
  z.strictObject({
    language: z._default(z.enum(['auto', 'en', 'zh_CN']), 'auto'),
    assistantName: z._default(z.string().check(z.maxLength(100)), ''),
    /** The marketplaces the assistant works in (checklist rows). Empty: those seen in captures. */
    marketplaces: z._default(z.array(z.enum(MARKETPLACES)).check(z.maxLength(MARKETPLACES.length)), []),
    owners: z._default(z.array(name(100)).check(z.maxLength(100)), []),
    defaultOwner: z._default(z.record(z.enum(CATEGORIES), z.string().check(z.maxLength(100))), { operations: '', product: '', compliance: '' }),
    /** Threshold overrides: `rules[marketplace][metric]`, `'*'` for every marketplace. */
    rules: z._default(
      z.partialRecord(z.union([z.enum(MARKETPLACES), z.literal('*')]), z.partialRecord(z.enum(METRIC_IDS as [MetricId, ...MetricId[]]), threshold)),
      {},
    ),
    /**
     * Status rule overrides (contract §2 status metrics): `statusRules[marketplace][metric][word]` is the level
     * that word draws, `'*'` for every marketplace; a word left out is ok. Words off a metric's list are refused.
     */
    statusRules: z._default(
      z.partialRecord(
        z.union([z.enum(MARKETPLACES), z.literal('*')]),
        z.partialRecord(z.enum(STATUS_METRIC_IDS), z.record(z.string().check(z.maxLength(50)), z.enum(['ok', 'warn', 'breach']))),
      ).check(z.refine(statusRulesUseListedWords, 'a status rule names a word that is not on its metric\'s list')),
      {},
    ),
    /** ACOS target (percent) per product category; `default` applies to anything unassigned. */
    acosTargets: z._default(
      z
        .record(name(50), z.number().check(z.gt(0, 'an ACOS target is above 0'), z.lte(1000, 'an ACOS target is at most 1000')))
        .check(z.refine((t) => 'default' in t, 'the default ACOS target cannot be removed')),
      DEFAULT_ACOS_TARGETS,
    ),
    /** Campaign name, SKU or ASIN → ACOS category. */
    acosAssignments: z._default(z.record(name(500), name(50)), {}),
    feedbackResponseHours: z._default(z.int().check(z.gte(1), z.lte(24 * 30)), 48),
    negativeReviewRemovalDays: z._default(z.int().check(z.gte(1), z.lte(90)), 7),
    lastBackupAt: z.optional(z.iso.datetime({ offset: true })),
    /**
     * The ad budget's split (issue 16, contract §8): target percent of SP automatic, SP manual and SB spend,
     * and how many points a share may be away before it warns. The three targets add up to 100.
     */
    budgetSplit: z._default(
      z
        .strictObject({
          auto: z.number().check(z.gte(0), z.lte(100)),
          manual: z.number().check(z.gte(0), z.lte(100)),
          brand: z.number().check(z.gte(0), z.lte(100)),
          tolerance: z.number().check(z.gte(0), z.lte(100)),
        })
        .check(z.refine((b) => Math.abs(b.auto + b.manual + b.brand - 100) < 1e-6, 'the auto, manual and brand targets add up to 100')),
      { auto: 50, manual: 30, brand: 20, tolerance: 10 },
    ),
    /** Search terms to negate (issue 16): at least this many clicks without an order, or spend above this multiple of the target cost per order. */
    negativeKeywords: z._default(
      z.strictObject({ minClicks: z.int().check(z.gte(1), z.lte(100_000)), spendFactor: z.number().check(z.gt(0), z.lte(100)) }),
      { minClicks: 10, spendFactor: 2 },
    ),
    /** Labels the assistant taught the reader (lib/read/pages/types.ts `TaughtLabel`): one per page kind and label key. */
    taughtLabels: z._default(z.array(taughtLabelSchema).check(z.maxLength(500), z.refine(uniqueTaughtLabels, 'a label is taught once per page kind')), []),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;
export type TaughtLabelSetting = Settings['taughtLabels'][number];

/** The file a lead hands to the team: the labels taught on one computer, to be taken in on another. */
const TAUGHT_LABELS_FILE_KIND = 'seller-ops-log-taught-labels';
const taughtLabelsFileSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal(TAUGHT_LABELS_FILE_KIND),
    version: z.literal(1),
    labels: z.array(taughtLabelSchema).check(z.maxLength(500)),
  }),
);

export function taughtLabelsFile(labels: readonly TaughtLabelSetting[]): string {
  return JSON.stringify({ kind: TAUGHT_LABELS_FILE_KIND, version: 1, labels }, null, 2);
}

/** Reads a taught-labels file whole, or says why it cannot: a file that does not validate gives nothing. */
export function parseTaughtLabelsFile(text: string): { ok: true; labels: TaughtLabelSetting[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a JSON file (cut off, or another kind of file)' };
  }
  const parsed = taughtLabelsFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ') };
  return { ok: true, labels: parsed.data.labels };
}

/** Taught labels merged: a label taught again for the same page kind takes the newer metric. */
export function mergeTaughtLabels(current: readonly TaughtLabelSetting[], incoming: readonly TaughtLabelSetting[]): TaughtLabelSetting[] {
  const byKey = new Map(current.map((l) => [`${l.page}\u0000${l.label}`, l]));
  for (const label of incoming) byKey.set(`${label.page}\u0000${label.label}`, label);
  return [...byKey.values()];
}
export type SettingsInput = z.input<typeof settingsSchema>;

let defaults: Settings | undefined;
/** Every setting at its default: parsed on first use (see lazySchema), then the same object each time. */
export function defaultSettings(): Settings {
  return (defaults ??= settingsSchema.parse({}));
}

/**
 * Stored settings as far as they are valid. A value that no longer passes (written by another version
 * of the extension, or by hand) falls back to its default on its own, down to one rule or one ACOS
 * target, so one bad value never resets every other setting (which the next save would then erase).
 */
export function salvageSettings(stored: unknown): Settings {
  const fits = (candidate: unknown) => settingsSchema.safeParse(candidate).success;
  const kept = salvage(stored, fits, defaultSettings());
  return kept !== undefined && fits(kept) ? settingsSchema.parse(kept) : defaultSettings();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The largest part of `value` that `fits`, entry by entry (with `base`, the default, filling in). */
function salvage(value: unknown, fits: (candidate: unknown) => boolean, base: unknown): unknown {
  if (fits(value)) return value;
  if (Array.isArray(value)) {
    const items = value.filter((item) => fits([item]));
    return fits(items) ? items : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const defaults = isPlainObject(base) ? base : {};
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === '__proto__') continue;
    const part = salvage(entry, (candidate) => fits({ ...defaults, [key]: candidate }), defaults[key]);
    if (part !== undefined) kept[key] = part;
  }
  if (fits(kept)) return kept;
  const filled = { ...defaults, ...kept };
  return fits(filled) ? filled : undefined;
}

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
const LOWER_IS_WORSE = new Set<MetricId>(['accountHealthRating', 'validTrackingRate', 'onTimeDeliveryRate', 'ipiScore', 'available', 'buyBoxPct', 'feedbackRating', 'daysOfSupply', 'cxHealth', 'inventoryTurnover', 'sessionsChange']);
export function directionOf(metric: MetricId): 'below' | 'above' {
  return LOWER_IS_WORSE.has(metric) ? 'below' : 'above';
}

export function defaultOwnerFor(settings: Settings, category: Category): string {
  return settings.defaultOwner[category] ?? '';
}
