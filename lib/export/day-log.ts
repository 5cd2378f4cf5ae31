/**
 * A day's log as files (contract §6): CSV for Excel, JSON for scripts, and a Markdown daily report to
 * paste into chat. The formatting functions are pure; `loadDayLog` gathers a day from the database
 * with indexed queries only. Shared by the popup and the dashboard.
 */
import { toCsv } from './csv';
import { lightFormat } from 'date-fns';
import { breachesOfDay } from '../rules/breaches';
import type { SellerOpsDb } from '../store/db';
import { localDay } from '../read/day';
import { dueState, openEntriesDue } from '../store/due';
import { t, type MessageKey, type UiLanguage } from '../i18n';
import type { MetricId, Scope, Unit } from '../read/metrics';
import type { Entry, Module } from '../store/schema';
import type { Settings } from '../store/settings';

export type ExportKind = 'csv' | 'json' | 'md';

/** A value out of bounds on the day, as reports show it. */
export interface DayBreach {
  marketplace: string;
  module: Module;
  metric: MetricId;
  scope: Scope;
  entity: string;
  value: number;
  unit: Unit;
  currency?: string;
  period: string;
  /** The bound that was crossed, e.g. "< 95". */
  threshold: string;
}

export interface DayLog {
  day: string;
  /** The entries logged on the day, oldest first. */
  entries: Entry[];
  /** Entries logged on earlier days, still open and due by the end of the day, earliest deadline first. */
  carriedOver: Entry[];
  breaches: DayBreach[];
}

/** `seller-ops-log-YYYY-MM-DD.csv|json|md` (contract §6). */
export function exportFileName(day: string, kind: ExportKind): string {
  return `seller-ops-log-${day}.${kind}`;
}

export const EXPORT_MIME: Record<ExportKind, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/** The entry fields of contract §3, in the order of the CSV columns. */
export const ENTRY_FIELDS = [
  'id', 'day', 'createdAt', 'updatedAt', 'marketplace', 'module', 'category', 'summary', 'entity', 'metric',
  'value', 'threshold', 'action', 'owner', 'due', 'status', 'pageUrl',
] as const satisfies readonly (keyof Entry)[];

/** The day's entries as CSV: UTF-8 with BOM, CRLF lines, formula-looking text cells neutralised with `'`. */
export function dayLogCsv(log: Pick<DayLog, 'entries'>): string {
  return toCsv([ENTRY_FIELDS, ...log.entries.map((entry) => ENTRY_FIELDS.map((field) => entry[field]))]);
}

/** The day as JSON: entries with every field of contract §3, carried-over items and breaches. */
export function dayLogJson(log: DayLog, exportedAt: string): string {
  const { day, entries, carriedOver, breaches } = log;
  return `${JSON.stringify({ format: 'seller-ops-log/day', version: 1, day, exportedAt, entries, carriedOver, breaches }, null, 2)}\n`;
}

const MODULE_ORDER: readonly Module[] = ['account', 'inventory', 'listing', 'ads', 'customer'];
/** A chat message stays readable: at most this many entities per breach line. */
const ENTITIES_PER_LINE = 10;

/** Text from entries or pages, as Markdown text: one line, no markup of its own. */
function mdText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** An identifier (SKU, ASIN, campaign) as a code span that no backtick inside can end early. */
function mdCode(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function formatBreachValue(b: Pick<DayBreach, 'value' | 'unit' | 'currency'>): string {
  const n = formatNumber(b.value);
  if (b.unit === 'percent') return `${n}%`;
  if (b.unit === 'money') return `${n} ${b.currency ?? ''}`.trim();
  return n;
}

/** A deadline in the assistant's local time. */
function formatDue(due: string): string {
  return lightFormat(new Date(due), 'yyyy-MM-dd HH:mm');
}

function entryLine(entry: Entry, reference: Date, language: UiLanguage, withModule: boolean): string {
  const parts = [
    [entry.marketplace, withModule ? t(`module.${entry.module}`, {}, language) : undefined].filter(Boolean).join(' · '),
    mdText(entry.summary),
    entry.entity ? mdCode(entry.entity) : '',
    entry.action ? t('export.md.action', { action: mdText(entry.action) }, language) : '',
    t('export.md.owner', { owner: entry.owner ? mdText(entry.owner) : t('export.md.noOwner', {}, language) }, language),
    entry.due ? t('export.md.due', { due: formatDue(entry.due) }, language) : '',
    dueState(entry, reference) === 'overdue' ? `**${t('export.md.overdue', {}, language)}**` : '',
  ].filter(Boolean);
  const box = entry.status === 'done' ? '[x]' : '[ ]';
  return `- ${box} ${parts.join(' · ')}`;
}

function breachLines(breaches: readonly DayBreach[], language: UiLanguage): string[] {
  const groups = new Map<string, DayBreach[]>();
  for (const b of breaches) {
    const key = `${b.marketplace}|${b.metric}|${b.threshold}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const metric = t(`metric.${first.metric}` as MessageKey, {}, language);
    const head = `- ${first.marketplace} · ${metric} ${first.threshold}`;
    if (first.scope === 'account') return `${head}: ${formatBreachValue(first)}`;
    const shown = group
      .slice(0, ENTITIES_PER_LINE)
      .map((b) => `${mdCode(b.entity)} ${formatBreachValue(b)}`)
      .join(', ');
    const more = group.length > ENTITIES_PER_LINE ? ` ${t('export.md.more', { count: group.length - ENTITIES_PER_LINE }, language)}` : '';
    return `${head} (${group.length}): ${shown}${more}`;
  });
}

/**
 * The daily report: a summary line, then per module the day's breaches and entries with owners and
 * deadlines, then what is still open from earlier days. `reference` is the moment "overdue" is
 * judged at (now for today, the day's end for a past day).
 */
export function dayLogMarkdown(log: DayLog, language: UiLanguage, reference: Date = new Date()): string {
  const open = log.entries.filter((e) => e.status === 'open').length;
  const lines = [
    `# ${t('export.md.title', { day: log.day }, language)}`,
    '',
    t('export.md.summary', { entries: log.entries.length, open, done: log.entries.length - open, breaches: log.breaches.length, carried: log.carriedOver.length }, language),
  ];
  for (const module of MODULE_ORDER) {
    const breaches = log.breaches.filter((b) => b.module === module);
    const entries = log.entries.filter((e) => e.module === module);
    if (!breaches.length && !entries.length) continue;
    lines.push('', `## ${t(`module.${module}`, {}, language)}`);
    if (breaches.length) lines.push('', `${t('export.md.breaches', {}, language)}:`, ...breachLines(breaches, language));
    if (entries.length) lines.push('', `${t('export.md.entries', {}, language)}:`, ...entries.map((e) => entryLine(e, reference, language, false)));
  }
  if (log.carriedOver.length) {
    lines.push('', `## ${t('export.md.carriedOver', {}, language)}`, '', ...log.carriedOver.map((e) => entryLine(e, reference, language, true)));
  }
  if (!log.entries.length && !log.breaches.length && !log.carriedOver.length) lines.push('', t('export.md.nothing', {}, language));
  return `${lines.join('\n')}\n`;
}

/** The moment a day's report judges deadlines at: now for today, else the end of that (local) day. */
export function reportReference(day: string, now: Date = new Date()): Date {
  if (day === localDay(now)) return now;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59, 999);
}

/** Everything a day's export holds, read with indexed queries (`day`, `[status+due]`, snapshots by day). */
export async function loadDayLog(db: SellerOpsDb, day: string, settings?: Settings, now: Date = new Date()): Promise<DayLog> {
  const [entries, due, evaluated] = await Promise.all([
    db.entries.where('day').equals(day).toArray(),
    openEntriesDue(db, reportReference(day, now)),
    breachesOfDay(db, day, settings),
  ]);
  return {
    day,
    entries: entries.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    carriedOver: due.filter((e) => e.day < day),
    breaches: evaluated.map(({ snapshot: s, evaluation }) => ({
      marketplace: s.marketplace,
      module: evaluation.module,
      metric: s.metric,
      scope: s.scope,
      entity: s.entity,
      value: s.value,
      unit: s.unit,
      ...(s.currency ? { currency: s.currency } : {}),
      period: s.period,
      threshold: evaluation.threshold,
    })),
  };
}
