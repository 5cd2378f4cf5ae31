/**
 * The weekly review as files: Markdown to paste into chat or a ticket (in the UI language), and a
 * CSV with one header, one row per figure, ids rather than labels, for a spreadsheet's pivot table.
 */
import { t, type MessageKey, type UiLanguage } from '../i18n';
import { METRICS } from '../read/metrics';
import { toCsv, type CsvCell } from '../export/csv';
import { formatChange, formatHours, formatMetricValue, formatRatio } from './format';
import type { BreachEpisode, StatusCounts, WeeklyReview } from './weekly';
import type { WeeklyOps } from './weekly-ops';
import { opsToCsvRows, opsToMarkdown } from './weekly-ops-report';

/** Page-derived text (campaign names, owners) must not turn into Markdown: tables, links, emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

export function reviewFileName(review: WeeklyReview, extension: 'md' | 'csv'): string {
  return `seller-ops-log-review-${review.week.from}.${extension}`;
}

/** `ops`: the listing, due-item, customer-experience and restock part (issue 15), when loaded. */
export function reviewToMarkdown(review: WeeklyReview, language: UiLanguage, ops?: WeeklyOps): string {
  const tr = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, params, language);
  const metric = (id: string) => tr(`metric.${id}` as MessageKey);
  const statusCells = (c: StatusCounts) => [String(c.total), String(c.done), String(c.open), String(c.overdue)];
  const episodeLine = (e: BreachEpisode) => {
    const notes = [e.startedBefore ? tr('dash.review.startedBefore') : '', e.ongoing ? tr('dash.review.ongoing') : ''].filter(Boolean);
    return `- **${tr(`module.${e.module}` as MessageKey)}** · ${e.marketplace} · ${escapeMarkdown(e.entity)} · ${metric(e.metric)}: ${tr('dash.review.episode', {
      from: e.from,
      to: e.to,
      days: e.days,
      worst: formatMetricValue(e.worst, METRICS[e.metric].unit),
      threshold: e.threshold,
    })}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  };
  const { entries } = review;
  const lines = [
    `# ${tr('dash.review.title', { from: review.week.from, to: review.week.to })}`,
    '',
    tr('dash.review.asOf', { at: review.asOf.slice(0, 16).replace('T', ' ') }),
    '',
    `## ${tr('dash.review.breaches')}`,
    '',
    ...table(
      [tr('form.module'), tr('dash.review.episodes'), tr('dash.review.breachDays'), tr('dash.review.longest')],
      review.byModule.map((m) => [tr(`module.${m.module}` as MessageKey), String(m.episodes), String(m.breachDays), String(m.longestDays)]),
    ),
    '',
    ...(review.episodes.length ? review.episodes.map(episodeLine) : [tr('dash.review.noBreaches')]),
    '',
    `## ${tr('dash.review.workLog')}`,
    '',
    tr('dash.review.entrySummary', { total: entries.total, done: entries.done, open: entries.open, overdue: entries.overdue }),
    tr('dash.review.median', { hours: formatHours(entries.medianHoursToResolve) }),
    tr('dash.review.carriedOver', { count: entries.carriedOver }),
    '',
    ...table(
      [tr('form.category'), tr('dash.review.logged'), tr('status.done'), tr('status.open'), tr('dash.overdue')],
      entries.byCategory.map((c) => [tr(`category.${c.category}` as MessageKey), ...statusCells(c)]),
    ),
    '',
    ...table(
      [tr('form.owner'), tr('dash.review.logged'), tr('status.done'), tr('status.open'), tr('dash.overdue')],
      entries.byOwner.map((o) => [o.owner ? escapeMarkdown(o.owner) : tr('dash.unassigned'), ...statusCells(o)]),
    ),
    '',
    `## ${tr('dash.review.movers')}`,
    '',
    ...(review.movers.length
      ? table(
          [tr('dash.marketplace'), tr('dash.entity'), tr('dash.metric'), tr('dash.review.before'), tr('dash.review.after'), tr('dash.review.change')],
          review.movers.map((m) => [
            m.marketplace,
            escapeMarkdown(m.entity),
            metric(m.metric),
            `${formatMetricValue(m.before.value, m.unit, m.currency)} (${m.before.day})`,
            `${formatMetricValue(m.after.value, m.unit, m.currency)} (${m.after.day})`,
            `${formatChange(m.change, m.unit, tr('dash.review.points'))} (${formatRatio(m.relativeChange)})`,
          ]),
        )
      : [tr('dash.review.noMovers')]),
    '',
    ...(ops ? opsToMarkdown(ops, language) : []),
  ];
  return lines.join('\n');
}

export const REVIEW_CSV_HEADER = [
  'section', 'group', 'marketplace', 'entity', 'metric', 'from', 'to', 'days',
  'count', 'done', 'open', 'overdue', 'value', 'before', 'after', 'change', 'relative_change', 'note',
] as const;
type CsvRow = Partial<Record<(typeof REVIEW_CSV_HEADER)[number], CsvCell>>;

export function reviewToCsv(review: WeeklyReview, ops?: WeeklyOps): string {
  const { week, entries } = review;
  const status = (c: StatusCounts) => ({ count: c.total, done: c.done, open: c.open, overdue: c.overdue });
  const rows: CsvRow[] = [
    ...review.byModule.map((m) => ({ section: 'breaches_by_module', group: m.module, from: week.from, to: week.to, days: m.breachDays, count: m.episodes, value: m.longestDays, note: 'days=breach days in week; value=longest episode in days' })),
    ...review.episodes.map((e) => ({
      section: 'breach', group: e.module, marketplace: e.marketplace, entity: e.entity, metric: e.metric, from: e.from, to: e.to, days: e.days,
      value: e.worst, note: [e.threshold, e.startedBefore ? 'started_before_week' : '', e.ongoing ? 'ongoing' : ''].filter(Boolean).join('; '),
    })),
    { section: 'entries', group: 'all', from: week.from, to: week.to, ...status(entries) },
    ...entries.byCategory.map((c) => ({ section: 'entries_by_category', group: c.category, from: week.from, to: week.to, ...status(c) })),
    ...entries.byOwner.map((o) => ({ section: 'entries_by_owner', group: o.owner, from: week.from, to: week.to, ...status(o) })),
    { section: 'median_hours_to_resolve', from: week.from, to: week.to, value: entries.medianHoursToResolve === undefined ? '' : Math.round(entries.medianHoursToResolve * 100) / 100 },
    { section: 'carried_over_open', to: week.from, count: entries.carriedOver },
    ...review.movers.map((m) => ({
      section: 'mover', group: m.scope, marketplace: m.marketplace, entity: m.entity, metric: m.metric, from: m.before.day, to: m.after.day,
      before: m.before.value, after: m.after.value, change: m.change,
      relative_change: m.relativeChange === undefined ? '' : Math.round(m.relativeChange * 10_000) / 10_000,
      note: m.currency ?? m.unit,
    })),
    ...(ops ? (opsToCsvRows(ops, week) as CsvRow[]) : []),
  ];
  return toCsv([REVIEW_CSV_HEADER, ...rows.map((r) => REVIEW_CSV_HEADER.map((column) => r[column]))]);
}

