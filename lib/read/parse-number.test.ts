import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, isMissingText, parseLocaleNumber, type ParseHints, type ParsedNumber } from './parse-number';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function num(text: string, hints?: ParseHints): { value: number; currency?: string; percent: boolean } {
  const parsed = parseLocaleNumber(text, hints);
  if (parsed.kind !== 'number') throw new Error(`"${text}" parsed as ${JSON.stringify(parsed)}`);
  const { kind: _kind, ...rest } = parsed;
  return rest;
}

describe('parseLocaleNumber: the formats of contract §1', () => {
  const cases: [string, ParseHints, { value: number; currency?: string; percent?: boolean }][] = [
    ['$1,234.56', {}, { value: 1234.56, currency: 'USD' }],
    ['USD 1,234.56', {}, { value: 1234.56, currency: 'USD' }],
    ['1.234,56 €', {}, { value: 1234.56, currency: 'EUR' }],
    ['€23.49', {}, { value: 23.49, currency: 'EUR' }],
    ['￥1,234', { decimalSeparator: '.' }, { value: 1234, currency: 'JPY' }],
    ['¥1,234', { decimalSeparator: '.' }, { value: 1234, currency: 'JPY' }],
    ['￥1,234', { decimalSeparator: '.', currency: 'JPY' }, { value: 1234, currency: 'JPY' }],
    ['Can$619.90', {}, { value: 619.9, currency: 'CAD' }],
    ['MXN$4,829.37', {}, { value: 4829.37, currency: 'MXN' }],
    ['12.34%', {}, { value: 12.34, percent: true }],
    ['12,34 %', {}, { value: 12.34, percent: true }],
    [`12,34${NBSP}%`, {}, { value: 12.34, percent: true }],
    ['0.42%', {}, { value: 0.42, percent: true }],
    ['R$ 1.234,56', {}, { value: 1234.56, currency: 'BRL' }],
    [`R$${NBSP}1.234,56`, {}, { value: 1234.56, currency: 'BRL' }],
    ['1 234,56 €', {}, { value: 1234.56, currency: 'EUR' }],
    [`1${NBSP}234,56${NBSP}€`, {}, { value: 1234.56, currency: 'EUR' }],
    [`1${NNBSP}234,56${NBSP}€`, {}, { value: 1234.56, currency: 'EUR' }],
    [`1${NNBSP}234${NNBSP}567,89${NBSP}€`, {}, { value: 1234567.89, currency: 'EUR' }],
    ['£0.99', {}, { value: 0.99, currency: 'GBP' }],
    ['₹1,23,456.00', {}, { value: 123456, currency: 'INR' }],
    ['₹12,34,56,789.50', {}, { value: 123456789.5, currency: 'INR' }],
    ['-$12.34', {}, { value: -12.34, currency: 'USD' }],
    ['−$12.34', {}, { value: -12.34, currency: 'USD' }],
    ['$-12.34', {}, { value: -12.34, currency: 'USD' }],
    ['($12.34)', {}, { value: -12.34, currency: 'USD' }],
    ['(12.34%)', {}, { value: -12.34, percent: true }],
    ['-1.234,56 €', {}, { value: -1234.56, currency: 'EUR' }],
    ['kr 1 234,50', {}, { value: 1234.5, currency: 'SEK' }],
    [`1${NBSP}234,50${NBSP}kr`, {}, { value: 1234.5, currency: 'SEK' }],
    ['1234,50 zł', {}, { value: 1234.5, currency: 'PLN' }],
    ['₺1.234,50', {}, { value: 1234.5, currency: 'TRY' }],
    ['%12,34', {}, { value: 12.34, percent: true }],
    ['-%12,34', {}, { value: -12.34, percent: true }],
    ['1.234.567', {}, { value: 1234567 }],
    ['1,234,567', {}, { value: 1234567 }],
    ['0', {}, { value: 0 }],
    ['0.00', {}, { value: 0 }],
    ['$0.00', {}, { value: 0, currency: 'USD' }],
    ['-0', {}, { value: 0 }],
    ['0,123', {}, { value: 0.123 }],
    ['.5', {}, { value: 0.5 }],
    ['1,5', {}, { value: 1.5 }],
    ["1'234.50", {}, { value: 1234.5 }],
    ['1’234.50', {}, { value: 1234.5 }],
    ['１２３', {}, { value: 123 }],
    ['１２．５％', {}, { value: 12.5, percent: true }],
    ['1,234', { decimalSeparator: '.' }, { value: 1234 }],
    ['1,234', { decimalSeparator: ',' }, { value: 1.234 }],
    ['1.234', { decimalSeparator: ',' }, { value: 1234 }],
    ['1.234', { decimalSeparator: '.' }, { value: 1.234 }],
    ['1,234', { integer: true }, { value: 1234 }],
    ['1.234', { integer: true, decimalSeparator: '.' }, { value: 1234 }],
    ['1,234.00', { integer: true }, { value: 1234 }],
    ['$619.90', { currency: 'CAD' }, { value: 619.9, currency: 'CAD' }],
    ['$4,829.37', { currency: 'MXN' }, { value: 4829.37, currency: 'MXN' }],
    ['¥1,234.50', { currency: 'CNY' }, { value: 1234.5, currency: 'CNY' }],
    ['€23.49', { currency: 'USD' }, { value: 23.49, currency: 'EUR' }],
    ['1 234,56 $US', {}, { value: 1234.56, currency: 'USD' }],
    ['1 234,56 $CA', {}, { value: 1234.56, currency: 'CAD' }],
    ['1 234,56 £GB', {}, { value: 1234.56, currency: 'GBP' }],
    ['CN¥1,234.50', {}, { value: 1234.5, currency: 'CNY' }],
    ['JP¥1,235', { decimalSeparator: '.' }, { value: 1235, currency: 'JPY' }],
    ['1 234,50 BR$', {}, { value: 1234.5, currency: 'BRL' }],
    ['619.90', { currency: 'CAD' }, { value: 619.9 }],
    // Arabic-Indic digits and separators, and the marks right-to-left pages put around signs.
    ['١٢٣', {}, { value: 123 }],
    ['٣٫٥٪', {}, { value: 3.5, percent: true }],
    ['١٬٢٣٤', {}, { value: 1234 }],
    ['\u061c-١٬٢٣٤٫٥٦', {}, { value: -1234.56 }],
    ['\u061c-\u200f١٬٢٣٤٫٥٠\u00a0ر.س.\u200f', {}, { value: -1234.5, currency: 'SAR' }],
    ['\u200e-0.42\u200e%\u200e', {}, { value: -0.42, percent: true }],
    ['(\u061c1,234.50\u00a0د.إ.\u200f)', { locale: 'ar-AE' }, { value: -1234.5, currency: 'AED' }],
    ['۱۲٫۵', {}, { value: 12.5 }],
    ['1,234', { locale: 'de-DE' }, { value: 1.234 }],
    ['1,234', { locale: 'en-US' }, { value: 1234 }],
    ['1.234,50 US-Dollar', {}, { value: 1234.5, currency: 'USD' }],
    ['$.5', {}, { value: 0.5, currency: 'USD' }],
    ['Rs.1,234.50', {}, { value: 1234.5, currency: 'INR' }],
    // Currency names as Intl writes them (currencyDisplay "name"), in any plural form.
    ['1,234.50 US dollars', {}, { value: 1234.5, currency: 'USD' }],
    ['1 234,50 dollars des États-Unis', {}, { value: 1234.5, currency: 'USD' }],
    ['2 złote polskie', { locale: 'pl-PL' }, { value: 2, currency: 'PLN' }],
    ['١٬٢٣٤٫٥٠ ريال سعودي', {}, { value: 1234.5, currency: 'SAR' }],
    ['₺1.234,50 Türk lirası', {}, { value: 1234.5, currency: 'TRY' }],
    ['1.234,50 E£', { locale: 'nl-BE' }, { value: 1234.5, currency: 'EGP' }],
    // en-AU writes the Egyptian pound's narrow symbol as a bare `£`: an EGP page reads it so, any other as GBP.
    ['£1,234.50', { locale: 'en-AU', currency: 'EGP' }, { value: 1234.5, currency: 'EGP' }],
    ['£1,234.50', { locale: 'en-GB', currency: 'GBP' }, { value: 1234.5, currency: 'GBP' }],
    ['£1,234.50', { locale: 'de-DE', currency: 'EUR' }, { value: 1234.5, currency: 'GBP' }],
  ];
  it.each(cases)('%s %j', (text, hints, expected) => {
    expect(num(text, hints)).toEqual({ percent: false, ...expected });
  });
});

describe('parseLocaleNumber: missing values are missing, never 0', () => {
  it.each(['—', '--', '-', '–', 'N/A', 'n/a', '', ' ', `${NBSP}`, '\t\n', ' — ', '-%', '—%', 'N/A ', '\u200f—\u200f', '\u061c-\u200e'])('%j', (text) => {
    expect(parseLocaleNumber(text)).toEqual({ kind: 'missing' });
    expect(isMissingText(text)).toBe(true);
  });
  it('isMissingText is false for real values, including zero', () => {
    for (const text of ['0', '0%', '$0.00', '12', 'abc']) expect(isMissingText(text)).toBe(false);
  });
});

describe('parseLocaleNumber: text it cannot read for certain is invalid, never guessed', () => {
  const cases: [string, ParseHints][] = [
    ['1.2.3%', {}],
    ['< 0.1%', {}],
    ['<0.1%', {}],
    ['>99%', {}],
    ['≥ 5', {}],
    ['~12', {}],
    ['+12%', {}],
    ['12abc', {}],
    ['abc', {}],
    ['1,2,3', {}],
    ['$', {}],
    ['%', {}],
    ['€', {}],
    ['1,234', {}],
    ['1.234', {}],
    ['12,345%', {}],
    ['1.5', { integer: true }],
    ['1,5', { integer: true }],
    ['1.234,5', { integer: true }],
    ['1,234.56.78', {}],
    ['1.', {}],
    ['1,', {}],
    ['1 2 3', {}],
    ['12 34', {}],
    ['1234 567', {}],
    ['1,234 567', {}],
    ['12,34,5', {}],
    ['1,2345.6', {}],
    ['$12%', {}],
    ['12% €', {}],
    ['1,234¹', {}],
    ['²', {}],
    ['①', {}],
    ['½', {}],
    ['1'.repeat(400), {}],
    ['$1,234.56', { currency: 'EUR' }],
    ['¥1,234', { currency: 'USD', decimalSeparator: '.' }],
    ['12 - 14', {}],
    ['Rating 4', {}],
    // Digits of two scripts, and digits of a script no supported locale writes (Thai): never guessed.
    ['١2٣', {}],
    ['๑๒๓', {}],
    ['1.234٫5', {}],
    ['$1.234,50 Türk lirası', {}],
    ['1,234.50 dollars', {}],
    ['12 $ %', {}],
    // Not a marketplace currency: its symbol is not known, so the figure is not taken as money or plain.
    ['₩1,235', { decimalSeparator: '.' }],
  ];
  it.each(cases)('%j %j', (text, hints) => {
    const parsed = parseLocaleNumber(text, hints);
    expect(parsed.kind, JSON.stringify(parsed)).toBe('invalid');
    if (parsed.kind === 'invalid') expect(parsed.reason).toContain(text);
  });
});

describe('decimalSeparatorOf', () => {
  it.each([
    ['en-US', '.'], ['en', '.'], ['de-DE', ','], ['de', ','], ['fr-FR', ','], ['it-IT', ','], ['es-ES', ','],
    ['ja-JP', '.'], ['zh-CN', '.'], ['en-GB', '.'], ['en-IN', '.'], ['pt-BR', ','], ['sv-SE', ','], ['pl-PL', ','],
    ['tr-TR', ','], ['de-CH', '.'], ['nl-NL', ','], ['ar-SA', '.'], ['ar-AE', '.'], ['ko-KR', '.'], ['en-ZA', ','],
  ] as const)('%s → %s', (lang, sep) => {
    expect(decimalSeparatorOf(lang)).toBe(sep);
  });
  it.each([undefined, null, '', 'not a locale!!', '???'])('%j → undefined', (lang) => {
    expect(decimalSeparatorOf(lang)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests: whatever Intl writes in a supported locale reads back to the same value.

const LOCALES = [
  'en-US', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'ja-JP', 'zh-CN', 'en-GB', 'en-IN', 'pt-BR', 'sv-SE', 'pl-PL', 'tr-TR',
  'de-CH', 'nl-NL',
] as const;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'MXN', 'BRL', 'INR', 'SEK', 'PLN', 'TRY', 'AUD', 'SGD', 'AED', 'CNY'];
/** Symbols that name more than one currency: without a hint they read as the first one. */
const SHARED_SYMBOLS = ['$', '¥', '￥'];

/** Integers and two-decimal values from -1e9 to 1e9 (cents are drawn as integers: no float noise). */
const amount = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100),
);
const locale = fc.constantFrom(...LOCALES);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function expectNumber(parsed: ParsedNumber, text: string): asserts parsed is Extract<ParsedNumber, { kind: 'number' }> {
  if (parsed.kind !== 'number') throw new Error(`"${text}" parsed as ${JSON.stringify(parsed)}`);
}

describe('parseLocaleNumber: Intl round trips', () => {
  it('plain numbers', () => {
    fc.assert(
      fc.property(locale, amount, (loc, value) => {
        const text = new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(value);
        const parsed = parseLocaleNumber(text, { decimalSeparator: decimalSeparatorOf(loc) });
        expectNumber(parsed, text);
        expect(close(parsed.value, value), `${loc} "${text}" → ${parsed.value}`).toBe(true);
        expect(parsed.percent).toBe(false);
        expect(parsed.currency).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('whole numbers with the integer hint, and with no decimal hint when the text settles it', () => {
    fc.assert(
      fc.property(locale, fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (loc, value) => {
        const text = new Intl.NumberFormat(loc).format(value);
        const parsed = parseLocaleNumber(text, { integer: true, decimalSeparator: decimalSeparatorOf(loc) });
        expectNumber(parsed, text);
        expect(parsed.value).toBe(value);
        const unhinted = parseLocaleNumber(text, { integer: true });
        expectNumber(unhinted, text);
        expect(unhinted.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('percentages, as style "percent" and as "12,34 %"', () => {
    fc.assert(
      fc.property(locale, amount, fc.constantFrom('intl', ' %', `${NBSP}%`, '%'), (loc, value, form) => {
        const text =
          form === 'intl'
            ? new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100)
            : new Intl.NumberFormat(loc, { maximumFractionDigits: 2 }).format(value) + form;
        const parsed = parseLocaleNumber(text, { decimalSeparator: decimalSeparatorOf(loc) });
        expectNumber(parsed, text);
        expect(close(parsed.value, value), `${loc} "${text}" → ${parsed.value}`).toBe(true);
        expect(parsed.percent).toBe(true);
        expect(parsed.currency).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('currencies, with and without the marketplace currency as hint', () => {
    fc.assert(
      fc.property(
        locale,
        fc.constantFrom(...CURRENCIES),
        amount,
        fc.constantFrom('standard', 'accounting') as fc.Arbitrary<'standard' | 'accounting'>,
        (loc, currency, raw, currencySign) => {
          const format = new Intl.NumberFormat(loc, { style: 'currency', currency, currencySign });
          const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
          const value = digits === 0 ? Math.round(raw) : raw;
          const text = format.format(value);
          const decimalSeparator = decimalSeparatorOf(loc);

          const hinted = parseLocaleNumber(text, { decimalSeparator, currency });
          expectNumber(hinted, text);
          expect(close(hinted.value, value), `${loc} "${text}" → ${hinted.value}`).toBe(true);
          expect(hinted.currency, `${loc} "${text}"`).toBe(currency);
          expect(hinted.percent).toBe(false);

          const unhinted = parseLocaleNumber(text, { decimalSeparator });
          expectNumber(unhinted, text);
          expect(close(unhinted.value, value)).toBe(true);
          if (unhinted.currency !== currency) {
            // Only a bare shared symbol may read as another currency, and only without a hint.
            const symbol = text.replace(/[\d\s.,'’()\-−]/g, '');
            expect(SHARED_SYMBOLS, `${loc} "${text}" read as ${unhinted.currency}`).toContain(symbol);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('es-ES writes four-digit numbers ungrouped and five-digit ones grouped', () => {
    expect(new Intl.NumberFormat('es-ES').format(1234.56)).toBe('1234,56');
    expect(num('1234,56', { decimalSeparator: ',' }).value).toBe(1234.56);
    expect(num('12.345', { decimalSeparator: ',' }).value).toBe(12345);
    expect(num('1234,56 €', { decimalSeparator: ',' })).toEqual({ value: 1234.56, currency: 'EUR', percent: false });
  });

  it('de-CH groups with an apostrophe (ASCII or typographic)', () => {
    for (const sep of ["'", '’']) {
      expect(num(`1${sep}234${sep}567.5`, { decimalSeparator: '.' }).value).toBe(1234567.5);
      expect(num(`1${sep}234`).value).toBe(1234);
      expect(num(`$-1${sep}234.50`).value).toBe(-1234.5);
    }
  });

  it('en-IN groups in lakhs and crores', () => {
    expect(num('1,23,456', { decimalSeparator: '.' }).value).toBe(123456);
    expect(num('1,00,00,00,000', { decimalSeparator: '.' }).value).toBe(1e9);
    expect(parseLocaleNumber('1,23,4567').kind).toBe('invalid');
    expect(parseLocaleNumber('12,3,456').kind).toBe('invalid');
  });
});

describe('parseLocaleNumber: robustness', () => {
  const noDigit = (s: string) => !/\p{Nd}/u.test(s);

  it('never throws, and never reads a number from text without a digit', () => {
    // Plain checks that throw only on a failure: 35,000 runs of `expect` cost more than the parsing.
    const check = (s: string) => {
      const parsed = parseLocaleNumber(s);
      if (!['number', 'missing', 'invalid'].includes(parsed.kind)) throw new Error(`"${s}" → kind ${parsed.kind}`);
      if (parsed.kind === 'number') {
        if (!Number.isFinite(parsed.value)) throw new Error(`"${s}" read as ${parsed.value}`);
        if (noDigit(s)) throw new Error(`"${s}" has no digit but read as ${parsed.value}`);
      }
    };
    fc.assert(fc.property(fc.string(), check), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), check), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 5000 });
    // Strings made of the characters the parser cares about find the corners faster.
    const alphabet = fc.constantFrom(...'0123456789.,-−–()%$€£¥￥ R$kr \u00a0\u202f\'’<>+~NA/—'.split(''));
    fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 14 }), check), { numRuns: 20000 });
  });

  it('with any hints', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.record(
          {
            decimalSeparator: fc.constantFrom('.', ',') as fc.Arbitrary<'.' | ','>,
            integer: fc.boolean(),
            currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CAD'),
          },
          { requiredKeys: [] },
        ),
        (s, hints) => {
          const parsed = parseLocaleNumber(s, hints);
          if (parsed.kind === 'number') {
            expect(noDigit(s)).toBe(false);
            if (hints.integer) expect(Number.isInteger(parsed.value)).toBe(true);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads a value the same with surrounding white space', () => {
    expect(num('  $1,234.56\n')).toEqual(num('$1,234.56'));
    expect(num(`${NBSP}12,34 %${NBSP}`)).toEqual(num('12,34%'));
  });
});
