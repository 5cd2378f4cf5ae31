/**
 * Turns the text of one cell into a validated record, or says why it cannot. Every adapter reads
 * numbers through here, so every page follows the same rules: one parser, missing is never zero,
 * nothing unreadable is guessed.
 */
import { isIntegerUnit, METRICS, type MetricId, type Scope } from '../metrics';
import { builtSchema } from '../lazy-schema';
import { parseLocaleNumber, type ParseHints } from '../parse-number';
import { metricRecordSchema, type MetricRecordInput } from '../record';
import type { AdapterResult, PageContext } from './types';

export interface MetricCell {
  scope: Scope;
  entity: string;
  metric: MetricId;
  /** The text the page shows for the value. */
  text: string | null | undefined;
  /** Where the value is shown: the badge goes beside it. */
  element?: Element;
  /** `YYYY-MM-DD..YYYY-MM-DD` for values shown for a chosen date range. */
  period?: string;
  /** The label or column header the value was read under ("What was read here"). */
  label?: string;
}

export type ReadOutcome = 'read' | 'missing' | 'problem' | 'skipped';

/**
 * Whether a read leaves `metric` unread because the context wants only other metrics (`PageContext.metrics`:
 * the first read of a page, for its badges); it then marks the result partial. Asked before a cell's text is
 * taken, where a page has many.
 */
export function skipsMetric(out: AdapterResult, ctx: PageContext, metric: MetricId): boolean {
  if (!ctx.metrics || ctx.metrics.has(metric)) return false;
  out.partial = true;
  return true;
}

/** The context of a read of every metric: for a page whose values give each other their context. */
export function everyMetric(ctx: PageContext): PageContext {
  if (!ctx.metrics) return ctx;
  const { metrics: _wanted, ...all } = ctx;
  return all;
}

/** Reads one cell into `out`: a reading when it holds a value, a problem when it cannot be read. */
export function readMetric(out: AdapterResult, cell: MetricCell, ctx: PageContext): ReadOutcome {
  if (skipsMetric(out, ctx, cell.metric)) return 'skipped';
  const unit = METRICS[cell.metric].unit;
  const parsed = parseLocaleNumber(cell.text ?? '', hintsFor(ctx, isIntegerUnit(unit)));
  if (parsed.kind === 'missing') return 'missing';
  const where = cell.scope === 'account' ? cell.metric : `${cell.metric} of ${cell.entity}`;
  if (parsed.kind === 'invalid') {
    out.problems.push(`${where}: ${parsed.reason}`);
    return 'problem';
  }
  if (parsed.percent && unit !== 'percent') {
    out.problems.push(`${where}: "${cell.text}" is a percentage, expected ${unit}`);
    return 'problem';
  }
  if (parsed.currency && unit !== 'money') {
    out.problems.push(`${where}: "${cell.text}" is money, expected ${unit}`);
    return 'problem';
  }
  const input: MetricRecordInput = { scope: cell.scope, entity: entityOf(cell.entity), metric: cell.metric, value: parsed.value, unit };
  if (unit === 'money') input.currency = parsed.currency ?? ctx.currency;
  input.period = cell.period ?? '';
  // Every record is validated by its schema; the built one, not its lazy stand-in (lib/read/lazy-schema.ts).
  const result = (recordSchema ??= builtSchema(metricRecordSchema)).safeParse(input);
  if (!result.success) {
    out.problems.push(`${where}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    return 'problem';
  }
  const reading: AdapterResult['readings'][number] = { record: result.data };
  if (cell.element) reading.element = cell.element;
  if (cell.label) reading.label = cell.label;
  out.readings.push(reading);
  return 'read';
}

let recordSchema: typeof metricRecordSchema | undefined;

/**
 * The parser's hints for a page and a unit, made once per page context rather than once per value
 * (a grid reads tens of thousands of values with one context).
 */
const hintsOfContext = new WeakMap<PageContext, { whole: ParseHints; decimal: ParseHints }>();
function hintsFor(ctx: PageContext, integer: boolean): ParseHints {
  let hints = hintsOfContext.get(ctx);
  if (!hints || hints.whole.decimalSeparator !== ctx.decimalSeparator || hints.whole.currency !== ctx.currency) {
    const base = { decimalSeparator: ctx.decimalSeparator, currency: ctx.currency };
    hints = { whole: { ...base, integer: true }, decimal: { ...base, integer: false } };
    hintsOfContext.set(ctx, hints);
  }
  return integer ? hints.whole : hints.decimal;
}

/** An entity's name with its white space folded; a row's values share it, so the last one is remembered. */
let lastEntity: { shown: string; folded: string } | undefined;
function entityOf(shown: string): string {
  if (lastEntity?.shown !== shown) lastEntity = { shown, folded: shown.replace(/\s+/g, ' ').trim() };
  return lastEntity.folded;
}

export function emptyResult(): AdapterResult {
  return { readings: [], problems: [] };
}

/**
 * One entity can be listed twice on a page (one row per SKU of an ASIN, a re-render caught half-way, a
 * variation shown twice). The same value read twice is one value; two different values for one
 * (entity, metric) cannot be told apart, and neither is stored.
 */
export function dropConflicts(out: AdapterResult): AdapterResult {
  const byKey = new Map<string, AdapterResult['readings']>();
  for (const reading of out.readings) {
    const key = `${reading.record.entity}\u0000${reading.record.metric}`;
    byKey.set(key, [...(byKey.get(key) ?? []), reading]);
  }
  const readings: AdapterResult['readings'] = [];
  const problems = [...out.problems];
  for (const group of byKey.values()) {
    const first = group[0]!;
    const values = new Set(group.map((r) => `${r.record.value} ${r.record.currency ?? ''}`));
    if (values.size === 1) readings.push(first);
    else problems.push(`${first.record.metric} of ${first.record.entity}: different values in two rows`);
  }
  return { ...out, readings, problems };
}
