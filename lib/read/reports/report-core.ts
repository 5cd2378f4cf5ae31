/**
 * What every report file reader shares (issue 15, "Amazon's report files in"): a file is a table of
 * header and rows of text (lib/read/reports/file-table.ts turns CSV, TXT and XLSX into one); a reader
 * finds its columns by the header words of every UI language (lib/read/labels.ts), reads each row's
 * cells through the same number parser and record schema as the page adapters (`readMetric`), and says
 * which rows it could not read. Pure: nothing here touches storage.
 */
import { LANGS, labelScore, type LabelSet, type Lang } from '../labels';
import { isMarketplace, MARKETPLACE_CURRENCY, type Marketplace } from '../marketplaces';
import { decimalSeparatorOf } from '../parse-number';
import type { AdapterId, MetricRecord } from '../record';
import { readMetric } from '../pages/read-metric';
import type { AdapterResult, PageContext } from '../pages/types';
import type { MetricId, Scope } from '../metrics';

export const REPORT_KINDS = ['businessReportByChild', 'businessReportByDate', 'searchTermReport', 'restockReport', 'fbaInventoryReport'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A file as a table: the header row and the data rows, every cell as text. */
export interface ReportTable {
  headers: string[];
  rows: string[][];
  /** Numbers written plainly with a decimal point (cells of a spreadsheet), whatever the header language. */
  plainNumbers?: boolean;
}

/** What the assistant tells the import besides the file. */
export interface ReportOptions {
  /** The marketplace the files are for, when a file does not say it itself. */
  marketplace?: Marketplace | undefined;
  /** `YYYY-MM-DD..YYYY-MM-DD`: the dates a report without a date column covers (Business Report by child item). */
  period?: string | undefined;
}

/** One value a report gave, and the marketplace its row named (when the file has a marketplace column). */
export interface ReportValue {
  record: MetricRecord;
  marketplace?: Marketplace;
  /** The day a point-in-time value is for, when the file says it (`snapshot-date`). */
  day?: string;
  /** The spreadsheet row it was read from (see `rowNumber`); 0 for a value summed over rows. */
  row?: number;
}

/** A row not read, numbered as a spreadsheet numbers it (the header is row 1). */
export interface RowProblem {
  row: number;
  reason: string;
}

export interface ReportReading {
  kind: ReportKind;
  /** The page kind whose history the values join (contract §1). */
  page: AdapterId;
  /** Point-in-time values (stock, restock) rather than values for a period. */
  pointInTime: boolean;
  values: ReportValue[];
  /** Data rows in the file. */
  rowsRead: number;
  /** Rows not read (their values are not stored), with why. */
  badRows: RowProblem[];
}

export type ReportErrorCode = 'unknownFile' | 'ambiguousFile' | 'empty' | 'truncated' | 'unreadable' | 'noMarketplace' | 'noPeriod' | 'tooLarge';
export interface ReportError {
  code: ReportErrorCode;
  /** English detail for a report (rows, columns); the UI says the code in the assistant's language. */
  detail: string;
}

/** A refusal names the kind when the file was recognised ("Business Report by child item: no dates"). */
export type ReportOutcome = { ok: true; reading: ReportReading } | { ok: false; error: ReportError; kind?: ReportKind };

/** Column key → the index of the one header it names. */
export type Columns<K extends string> = Partial<Record<K, number>>;

/**
 * Finds each column by its header's phrase (report headers are fixed words, so phrases only: no
 * guessing by words). A key two headers fit is not used (neither is read), as on the pages.
 */
export function findColumns<K extends string>(headers: readonly string[], sets: Readonly<Record<K, LabelSet>>): Columns<K> {
  const found: Columns<K> = {};
  const twice = new Set<K>();
  headers.forEach((header, index) => {
    let best: K | undefined;
    let bestScore = 0;
    let tie = false;
    for (const key of Object.keys(sets) as K[]) {
      const score = labelScore(header, sets[key]);
      if (score > bestScore) [best, bestScore, tie] = [key, score, false];
      else if (score === bestScore && score > 0) tie = true;
    }
    // Only exact headers: "Sessions - Total - B2B" or "Units Ordered - B2B" are other figures.
    if (!best || tie || bestScore < 2) return;
    if (found[best] !== undefined) twice.add(best);
    else found[best] = index;
  });
  for (const key of twice) delete found[key];
  return found;
}

/** The UI language the headers are in: the language of most headers matched exactly, if any. */
export function headerLanguage(headers: readonly string[], sets: Readonly<Record<string, LabelSet>>): Lang | undefined {
  const votes = new Map<Lang, number>();
  for (const header of headers) {
    for (const lang of LANGS) {
      // English first: many languages borrow English headers ("Sessions", "ASIN"); an English match is English.
      if (Object.values(sets).some((set) => (set[lang] ?? []).length && labelScore(header, { en: set[lang] ?? [] }) === 2)) {
        votes.set(lang, (votes.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  let best: Lang | undefined;
  for (const [lang, n] of votes) if (!best || n > votes.get(best)!) best = lang;
  return best;
}

/** A locale for a header language in a marketplace, for the date and number parsers. */
export function localeOf(lang: Lang | undefined, marketplace: Marketplace | undefined): string | undefined {
  if (!lang) return undefined;
  const region = marketplace === 'UK' ? 'GB' : marketplace;
  const defaults: Record<Lang, string> = {
    en: 'en-US', zh: 'zh-CN', de: 'de-DE', ja: 'ja-JP', fr: 'fr-FR', it: 'it-IT', es: 'es-ES', ko: 'ko-KR',
    ar: 'ar-SA', pt: 'pt-BR', tr: 'tr-TR', nl: 'nl-NL', pl: 'pl-PL', sv: 'sv-SE',
  };
  if (lang === 'en' && region) return `en-${region}`;
  return defaults[lang];
}

const DECIMAL_POINT = /^[^\d]*\d{1,3}(?:,\d{3})+\.\d+[^\d]*$|^[^\d]*\d+\.\d{1,2}[^\d]*$/;
const DECIMAL_COMMA = /^[^\d]*\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+,\d+[^\d]*$|^[^\d]*\d+,\d{1,2}[^\d]*$/;

/**
 * The file's decimal separator, from the cells that can only be read one way ("12.34%", "1,234.56",
 * "12,34 %", "1.234,56 €"); cells of both kinds make the file unreadable (undefined + conflict);
 * none of either leaves it to the header language.
 */
export function decimalSeparatorOfCells(cells: Iterable<string>): { separator?: '.' | ','; conflict: boolean } {
  let point = 0;
  let comma = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (!text || !/\d/.test(text) || /^\d{4}-\d{2}-\d{2}/.test(text)) continue;
    if (DECIMAL_POINT.test(text)) point++;
    else if (DECIMAL_COMMA.test(text)) comma++;
    if (point && comma) return { conflict: true };
  }
  return point ? { separator: '.', conflict: false } : comma ? { separator: ',', conflict: false } : { conflict: false };
}

/** A marketplace code as a file writes it (`US`, `GB` for the UK), or undefined. */
export function marketplaceOfCode(text: string | undefined): Marketplace | undefined {
  const code = (text ?? '').trim().toUpperCase();
  if (code === 'GB') return 'UK';
  return isMarketplace(code) ? code : undefined;
}

/** What one reader needs to read a row's cells as a page adapter reads a page's. */
export interface RowContext {
  ctx: PageContext;
  /** The locale of the headers, for dates. */
  lang: string | undefined;
}

/**
 * Builds the reading context of a file: the decimal separator from the cells (else the header
 * language's), the currency of the marketplace. Returns an error when the cells disagree.
 */
export function rowContext(table: ReportTable, lang: Lang | undefined, marketplace: Marketplace | undefined, numericColumns: readonly number[], currency?: string): RowContext | ReportError {
  const cells = function* () {
    for (const row of table.rows) for (const i of numericColumns) if (row[i] !== undefined) yield row[i]!;
  };
  const found = table.plainNumbers ? { separator: '.' as const, conflict: false } : decimalSeparatorOfCells(cells());
  if (found.conflict) return { code: 'unreadable', detail: 'numbers written with both decimal points and decimal commas' };
  const locale = localeOf(lang, marketplace);
  const separator = found.separator ?? decimalSeparatorOf(locale) ?? '.';
  return {
    ctx: {
      url: new URL('file:///report'),
      marketplace: marketplace ?? 'US',
      currency: currency ?? (marketplace ? MARKETPLACE_CURRENCY[marketplace] : 'USD'),
      decimalSeparator: separator,
    },
    lang: locale,
  };
}

/** A metric and the column of the file it is read from. */
export interface MetricColumn {
  metric: MetricId;
  index: number;
}

/**
 * For each metric, the first of its columns the file has (`['sessions', ['sessionsTotal', 'sessions']]`:
 * "Sessions - Total" before "Sessions"); a metric with none is left out.
 */
export function metricColumns<K extends string>(cols: Columns<K>, wanted: readonly (readonly [MetricId, readonly K[]])[]): MetricColumn[] {
  return wanted.flatMap(([metric, keys]) => {
    const key = keys.find((k) => cols[k] !== undefined);
    return key ? [{ metric, index: cols[key]! }] : [];
  });
}

/** Reads one row's cells of `columns`; the row's values, or the reasons it could not be read. */
export function readRowMetrics(
  row: readonly string[],
  columns: readonly MetricColumn[],
  where: { scope: Scope; entity: string; period: string },
  context: RowContext,
  currency?: string,
): { records: MetricRecord[]; problems: string[] } {
  const out: AdapterResult = { readings: [], problems: [] };
  const ctx = currency && currency !== context.ctx.currency ? { ...context.ctx, currency } : context.ctx;
  for (const { metric, index } of columns) readMetric(out, { scope: where.scope, entity: where.entity, period: where.period, metric, text: row[index] }, ctx);
  return { records: out.readings.map((r) => r.record), problems: out.problems };
}

/**
 * The same value read twice (a row listed twice) is one value; two different values for one
 * (scope, entity, metric, period, marketplace) are neither, and their rows are reported.
 */
export function dropConflicts(values: ReportValue[], badRows: RowProblem[]): ReportValue[] {
  const byKey = new Map<string, ReportValue | ReportValue[]>();
  let conflicts = false;
  for (const v of values) {
    const r = v.record;
    const key = `${v.marketplace ?? ''}\u0000${r.scope}\u0000${r.entity}\u0000${r.metric}\u0000${r.period}\u0000${v.day ?? ''}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, v);
    else if (Array.isArray(seen)) seen.push(v);
    else if (seen.record.value !== r.value || seen.record.currency !== r.currency) {
      byKey.set(key, [seen, v]);
      conflicts = true;
    }
  }
  if (!conflicts && byKey.size === values.length) return values;
  const out: ReportValue[] = [];
  for (const same of byKey.values()) {
    if (!Array.isArray(same)) {
      out.push(same);
      continue;
    }
    const first = same[0]!;
    const rows = same.map((v) => v.row ?? 0);
    for (const row of new Set(rows)) badRows.push({ row, reason: `${first.record.metric} of ${first.record.entity}: different values in rows ${rows.join(', ')}; none stored` });
  }
  return out;
}

/** A data row of a per-SKU report (Restock, FBA inventory) as its reader gets it. */
export interface SkuRow {
  row: readonly string[];
  /** Its spreadsheet row number (`rowNumber`). */
  n: number;
  sku: string;
  /** The marketplace its marketplace column names, when the file has one and the row fills it. */
  marketplace?: Marketplace;
}

/** What a reader makes of one SKU row: its records (and the day they are for), or why it cannot. */
export interface SkuRowReading {
  records: MetricRecord[];
  problems: string[];
  day?: string | undefined;
}

/** The first marketplace a file's marketplace column names, to read its numbers and currency by. */
export function firstMarketplace(table: ReportTable, column: number | undefined): Marketplace | undefined {
  if (column === undefined) return undefined;
  for (const row of table.rows) {
    const found = marketplaceOfCode(text(row, column));
    if (found) return found;
  }
  return undefined;
}

/**
 * The per-row loop of the per-SKU reports: a row without a SKU, or whose marketplace column (`column`,
 * named `word` in the reason) holds a code that is no marketplace, is reported and not read; otherwise
 * `readRow` reads it, and a row with any problem stores none of its values. Values that disagree for one
 * key are dropped (`dropConflicts`).
 */
export function readSkuRows(
  table: ReportTable,
  cols: { sku: number | undefined; marketplace: number | undefined; word: string },
  readRow: (row: SkuRow) => SkuRowReading,
): { values: ReportValue[]; badRows: RowProblem[] } {
  const values: ReportValue[] = [];
  const badRows: RowProblem[] = [];
  table.rows.forEach((row, i) => {
    const n = rowNumber(i);
    const sku = (text(row, cols.sku) ?? '').trim();
    if (!sku) {
      badRows.push({ row: n, reason: 'no SKU' });
      return;
    }
    const shown = text(row, cols.marketplace);
    const marketplace = marketplaceOfCode(shown);
    if (cols.marketplace !== undefined && shown?.trim() && !marketplace) {
      badRows.push({ row: n, reason: `unknown ${cols.word} '${shown.slice(0, 20)}'` });
      return;
    }
    const read = readRow({ row, n, sku, ...(marketplace ? { marketplace } : {}) });
    if (read.problems.length) {
      badRows.push({ row: n, reason: read.problems.join('; ') });
      return;
    }
    for (const record of read.records) values.push({ record, row: n, ...(marketplace ? { marketplace } : {}), ...(read.day ? { day: read.day } : {}) });
  });
  return { values: dropConflicts(values, badRows), badRows };
}

/** A reader of one kind of report file: one file per kind in this folder, listed in `index.ts`. */
export interface ReportReader {
  kind: ReportKind;
  page: AdapterId;
  /** Whether the headers are this report's (its key columns found, none of another report's). */
  recognizes(headers: readonly string[]): boolean;
  read(table: ReportTable, options: ReportOptions): ReportOutcome;
}

/** Spreadsheet row number of data row `index` (0-based): the header is row 1. */
export function rowNumber(index: number): number {
  return index + 2;
}

export function text(row: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : row[index];
}

/** Two label sets as one: each language's phrases of both. */
export function mergeSets(...sets: LabelSet[]): LabelSet {
  const out: Record<string, string[]> = { en: [] };
  for (const set of sets) {
    for (const lang of LANGS) if (set[lang]) out[lang] = [...(out[lang] ?? []), ...set[lang]];
  }
  return out as unknown as LabelSet;
}
