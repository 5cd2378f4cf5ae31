/**
 * CSV for spreadsheets (the day's log and the weekly review): UTF-8 with a byte-order mark so Excel
 * opens 中文 correctly, CRLF lines, and text cells that a spreadsheet would run as a formula made inert.
 */
import Papa from 'papaparse';

export const UTF8_BOM = '\uFEFF';

/**
 * Text that Excel, LibreOffice or Sheets would treat as a formula: a leading =, +, -, @, tab or
 * carriage return (OWASP's list), plus their full-width forms, which a Chinese IME types and some
 * spreadsheets accept as the same. Papaparse's own default pattern ends in `$` without the `s` flag,
 * so it lets "=cmd\n..." through; this one only looks at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | boolean | null | undefined;

/** Rows (the first is the header) as CSV text with a BOM; numbers stay numbers, text is neutralised. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    rows.map((row) => row.map((cell) => (typeof cell === 'number' && !Number.isFinite(cell) ? '' : cell))),
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return UTF8_BOM + body + '\r\n';
}

