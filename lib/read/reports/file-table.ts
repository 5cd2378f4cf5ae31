/**
 * A downloaded report file as a table of text (header and rows), whatever its format: CSV, TXT
 * (tab-separated) or XLSX. Parsers are loaded when a file is read (dynamic imports), so only the page
 * that reads files (the dashboard) ever loads them; no content script bundles them.
 *
 * Damage is refused whole, never half-read: a row with fewer cells than the header (a file cut off in
 * the middle of a row), an unclosed quote, a spreadsheet that does not open. A file cut exactly at
 * the end of a row cannot be told from a shorter report: it is read as what it holds.
 */
import type { ReportError, ReportTable } from './report-core';

/** Largest file read: a year of daily search terms is a few tens of MB. */
export const MAX_REPORT_BYTES = 200 * 1024 * 1024;

export type TableOutcome = { ok: true; table: ReportTable; format: 'csv' | 'tsv' | 'xlsx' } | { ok: false; error: ReportError };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07);
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function tableOfFile(name: string, data: ArrayBuffer | Uint8Array): Promise<TableOutcome> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_REPORT_BYTES) return { ok: false, error: { code: 'tooLarge', detail: `${bytes.length} bytes` } };
  if (!bytes.length) return { ok: false, error: { code: 'empty', detail: 'an empty file' } };
  if (isZip(bytes) || isOle(bytes) || /\.xlsx?$/i.test(name)) return tableOfSpreadsheet(bytes);
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, error: { code: 'unknownFile', detail: 'not text, not a spreadsheet' } };
  return tableOfText(text);
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; a file that is neither is read as Windows-1252. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return undefined; // binary
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `="123456"`: how Amazon's CSVs keep Excel from reading ids as numbers. */
function unwrap(cell: string): string {
  const m = /^="(.*)"$/.exec(cell);
  return m ? m[1]! : cell;
}

/** Rows as text; refuses a table whose rows do not fit its header. */
export function tableOfRows(all: string[][], format: 'csv' | 'tsv' | 'xlsx'): TableOutcome {
  const rows = all.filter((row) => row.some((cell) => cell.trim() !== ''));
  const header = rows.shift();
  if (!header) return { ok: false, error: { code: 'empty', detail: 'no header' } };
  // Trailing empty header cells (a trailing separator) are not columns.
  while (header.length && header[header.length - 1]!.trim() === '') header.pop();
  const width = header.length;
  const short: number[] = [];
  const table: ReportTable = { headers: header.map((h) => h.replace(/^\ufeff/, '').trim()), rows: [], ...(format === 'xlsx' ? { plainNumbers: true } : {}) };
  rows.forEach((row, i) => {
    const cells = row.map(unwrap);
    // Extra cells are allowed only when empty (a trailing separator).
    while (cells.length > width && cells[cells.length - 1]!.trim() === '') cells.pop();
    if (cells.length !== width && format !== 'xlsx') short.push(i + 2);
    while (cells.length < width) cells.push('');
    table.rows.push(cells);
  });
  if (short.length) {
    const last = short[short.length - 1] === rows.length + 1;
    return {
      ok: false,
      error: {
        code: 'truncated',
        detail: `${short.length} row(s) do not have the header's ${width} cells (rows ${short.slice(0, 10).join(', ')}${short.length > 10 ? ', …' : ''})${last ? '; the file ends inside a row' : ''}`,
      },
    };
  }
  return { ok: true, table, format };
}

export async function tableOfText(text: string): Promise<TableOutcome> {
  const { default: Papa } = await import('papaparse');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tsv = firstLine.includes('\t');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter: tsv ? '\t' : '', skipEmptyLines: 'greedy', quoteChar: tsv ? '\u0000' : '"' });
  const quotes = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (quotes) return { ok: false, error: { code: 'truncated', detail: `a quoted cell is never closed (row ${(quotes.row ?? 0) + 1}): the file is cut off or damaged` } };
  return tableOfRows(parsed.data, tsv ? 'tsv' : 'csv');
}

interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

export async function tableOfSpreadsheet(bytes: Uint8Array): Promise<TableOutcome> {
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    book = XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: true, cellText: false, dense: false, WTF: false });
  } catch (e) {
    return { ok: false, error: { code: 'truncated', detail: `the spreadsheet does not open (${String(e).slice(0, 120)}): cut off or damaged` } };
  }
  const sheet = book.SheetNames[0] === undefined ? undefined : book.Sheets[book.SheetNames[0]];
  if (!sheet?.['!ref']) return { ok: false, error: { code: 'empty', detail: 'an empty spreadsheet' } };
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const SSF = XLSX.SSF as { is_date(fmt: string | number): boolean; parse_date_code(v: number): { y: number; m: number; d: number } };
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = (sheet as Record<string, SheetCell | undefined>)[XLSX.utils.encode_cell({ r, c })];
      row.push(cell ? cellText(cell, SSF) : '');
    }
    rows.push(row);
  }
  return tableOfRows(rows, 'xlsx');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A spreadsheet cell as the text the readers parse: dates as `YYYY-MM-DD`, percentages (a fraction
 * with a `%` format) as `12.34%`, other numbers with a decimal point and no grouping, text as is.
 */
function cellText(cell: SheetCell, SSF: { is_date(fmt: string | number): boolean; parse_date_code(v: number): { y: number; m: number; d: number } }): string {
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = cell.z === undefined ? '' : String(cell.z);
    if (format && SSF.is_date(format)) {
      const d = SSF.parse_date_code(cell.v);
      return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    }
    if (format.includes('%')) return `${plain(cell.v * 100)}%`;
    return plain(cell.v);
  }
  if (cell.t === 's' || cell.t === 'str') return String(cell.v ?? '');
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  return ''; // errors (#N/A) and blanks are missing values
}

/** A number without exponent or float noise (0.1 × 100 = 10.000000000000002 → "10"). */
function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}
