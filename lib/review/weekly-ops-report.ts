/**
 * The weekly review's issue-15 part (lib/review/weekly-ops.ts) as the review's files show it: Markdown
 * sections in the UI language, and CSV rows under the review's one header (ids, not labels).
 */
import { t, type MessageKey, type UiLanguage } from '../i18n';
import { statusWordOf } from '../read/metrics';
import type { CsvCell } from '../export/csv';
import { formatChange, formatMetricValue } from './format';
import type { CxMover, WeeklyOps } from './weekly-ops';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

const escape = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [row(header), row(header.map(() => '---')), ...rows.map(row)];

/** A return rate as a percent, a CX health as its word. */
export function cxValue(metric: CxMover['metric'], value: number, tr: Tr): string {
  if (metric === 'returnRate') return formatMetricValue(value, 'percent');
  const word = statusWordOf('cxHealth', value);
  return word ? tr(`metricStatus.cxHealth.${word}` as MessageKey) : formatMetricValue(value, 'count');
}

export function opsToMarkdown(ops: WeeklyOps, language: UiLanguage): string[] {
  const tr: Tr = (key, params = {}) => t(key, params, language);
  const listingWord = (word: string | undefined) => (word ? tr(`metricStatus.listingStatus.${word}` as MessageKey) : '–');
  const alertWord = (word: string | undefined) => (word ? tr(`metricStatus.restockAlert.${word}` as MessageKey) : '–');
  const { counts } = ops.due;
  return [
    `## ${tr('dash.review.ops.listing')}`,
    '',
    ...(ops.statusChanges.length
      ? table(
          [tr('dash.marketplaceShort'), 'SKU', tr('dash.review.before'), tr('dash.review.after'), tr('dash.day'), tr('dash.review.ops.change')],
          ops.statusChanges.map((c) => [c.marketplace, escape(c.sku), listingWord(c.from), listingWord(c.to), c.day, tr(`dash.review.ops.direction.${c.direction}` as MessageKey)]),
        )
      : [tr('dash.review.ops.noListing')]),
    '',
    `## ${tr('dash.review.ops.due')}`,
    '',
    counts.total ? tr('dash.review.ops.dueSummary', { ...counts }) : tr('dash.review.ops.noDue'),
    ...(ops.due.items.length
      ? [
          '',
          ...table(
            [tr('dash.marketplaceShort'), tr('dash.review.ops.kind'), tr('dash.entity'), tr('dash.review.ops.rating'), tr('dash.review.ops.deadline'), tr('dash.review.ops.outcome')],
            ops.due.items.map((i) => [i.marketplace, tr(`dash.review.ops.kind.${i.kind}` as MessageKey), escape(i.entity), `${i.rating}★`, i.due, tr(`dash.review.ops.outcome.${i.outcome}` as MessageKey)]),
          ),
        ]
      : []),
    '',
    `## ${tr('dash.review.ops.cx')}`,
    '',
    ...(ops.cxMovers.length
      ? table(
          [tr('dash.marketplaceShort'), tr('dash.entity'), tr('dash.metric'), tr('dash.review.before'), tr('dash.review.after'), tr('dash.review.change')],
          ops.cxMovers.map((m) => [
            m.marketplace,
            escape(m.entity),
            tr(`metric.${m.metric}` as MessageKey),
            `${cxValue(m.metric, m.before.value, tr)} (${m.before.day})`,
            `${cxValue(m.metric, m.after.value, tr)} (${m.after.day})`,
            formatChange(m.change, m.metric === 'returnRate' ? 'percent' : 'count', tr('dash.review.points')),
          ]),
        )
      : [tr('dash.review.ops.noCx')]),
    '',
    `## ${tr('dash.review.ops.restock')}`,
    '',
    ...(ops.restock.length
      ? table(
          [tr('dash.marketplaceShort'), 'SKU', tr('dash.review.period'), tr('metric.restockAlert'), tr('metric.daysOfSupply'), tr('dash.review.ops.entry')],
          ops.restock.map((a) => [
            a.marketplace,
            escape(a.sku),
            `${a.from} – ${a.to}`,
            alertWord(a.alert),
            a.daysOfSupply === undefined ? '–' : formatMetricValue(a.daysOfSupply, 'days'),
            tr(a.done ? 'dash.review.ops.entryDone' : a.logged ? 'dash.review.ops.entryOpen' : 'dash.review.ops.entryNone'),
          ]),
        )
      : [tr('dash.review.ops.noRestock')]),
    '',
  ];
}

/** The CSV rows of the issue-15 part, keyed by the review CSV's columns. */
export function opsToCsvRows(ops: WeeklyOps, week: { from: string; to: string }): Record<string, CsvCell>[] {
  const { counts } = ops.due;
  return [
    ...ops.statusChanges.map((c) => ({ section: 'listing_status_change', group: c.direction, marketplace: c.marketplace, entity: c.sku, metric: 'listingStatus', from: c.day, to: c.day, before: c.from ?? '', after: c.to })),
    { section: 'due_items', from: week.from, to: week.to, count: counts.total, done: counts.onTime + counts.late + counts.handled, open: counts.open, overdue: counts.overdue, note: `on_time=${counts.onTime}; late=${counts.late}; handled_undated=${counts.handled}` },
    ...ops.due.items.map((i) => ({ section: 'due_item', group: i.kind, marketplace: i.marketplace, entity: i.entity, from: i.date, to: i.due, value: i.rating, note: i.outcome })),
    ...ops.cxMovers.map((m) => ({ section: 'cx_mover', group: 'sku', marketplace: m.marketplace, entity: m.entity, metric: m.metric, from: m.before.day, to: m.after.day, before: m.before.value, after: m.after.value, change: m.change })),
    ...ops.restock.map((a) => ({
      section: 'restock_action', group: a.done ? 'done' : a.logged ? 'logged' : 'not_logged', marketplace: a.marketplace, entity: a.sku, metric: 'restockAlert', from: a.from, to: a.to,
      value: a.daysOfSupply ?? '', note: a.alert ?? '',
    })),
  ];
}
