/**
 * Turns the text of one cell into a validated record, or says why it cannot. Every adapter reads
 * numbers through here, so every page follows the same rules: one parser, missing is never zero,
 * nothing unreadable is guessed.
 */
import { isIntegerUnit, METRICS, type MetricId, type Scope } from '../metrics';
import { parseLocaleNumber } from '../parse-number';
import { metricRecordSchema } from '../record';
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

export type ReadOutcome = 'read' | 'missing' | 'problem';

/** Reads one cell into `out`: a reading when it holds a value, a problem when it cannot be read. */
export function readMetric(out: AdapterResult, cell: MetricCell, ctx: PageContext): ReadOutcome {
  const unit = METRICS[cell.metric].unit;
  const where = cell.scope === 'account' ? cell.metric : `${cell.metric} of ${cell.entity}`;
  const parsed = parseLocaleNumber(cell.text ?? '', {
    decimalSeparator: ctx.decimalSeparator,
    integer: isIntegerUnit(unit),
    currency: ctx.currency,
  });
  if (parsed.kind === 'missing') return 'missing';
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
  const result = metricRecordSchema.safeParse({
    scope: cell.scope,
    entity: cell.entity.replace(/\s+/g, ' ').trim(),
    metric: cell.metric,
    value: parsed.value,
    unit,
    ...(unit === 'money' ? { currency: parsed.currency ?? ctx.currency } : {}),
    period: cell.period ?? '',
  });
  if (!result.success) {
    out.problems.push(`${where}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    return 'problem';
  }
  out.readings.push({
    record: result.data,
    ...(cell.element ? { element: cell.element } : {}),
    ...(cell.label ? { label: cell.label } : {}),
  });
  return 'read';
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
