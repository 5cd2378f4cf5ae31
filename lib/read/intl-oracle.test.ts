/**
 * Oracle tests: what `Intl` writes for the supported locales (contract §1: "what Intl.NumberFormat /
 * Intl.DateTimeFormat write for a marketplace's locale is what a page may show") must read back exactly.
 * The cases are plain loops over fixed values and a seeded generator, so a failure is the same every run
 * and the report names each text that did not come back.
 */
import { describe, expect, it } from 'vitest';
import { EXTRA_MONTH_NAMES, monthNames, parseDate } from './parse-date';
import { decimalSeparatorOf, parseLocaleNumber, SUPPORTED_LOCALES, type ParseHints } from './parse-number';
import { seededRandom } from '../../test/seeded-random';

/** The marketplace currency of each locale; UI-only languages (ko, zh-TW, de-CH, pt-PT, hi) get one they may show. */
const LOCALE_CURRENCY: Record<(typeof SUPPORTED_LOCALES)[number], string> = {
  'en-US': 'USD', 'en-CA': 'CAD', 'fr-CA': 'CAD', 'es-MX': 'MXN', 'pt-BR': 'BRL', 'en-GB': 'GBP', 'de-DE': 'EUR',
  'de-AT': 'EUR', 'fr-FR': 'EUR', 'it-IT': 'EUR', 'es-ES': 'EUR', 'nl-NL': 'EUR', 'nl-BE': 'EUR', 'fr-BE': 'EUR',
  'sv-SE': 'SEK', 'pl-PL': 'PLN', 'en-IE': 'EUR', 'tr-TR': 'TRY', 'ar-AE': 'AED', 'ar-SA': 'SAR', 'ar-EG': 'EGP',
  'en-AE': 'AED', 'en-ZA': 'ZAR', 'en-IN': 'INR', 'hi-IN': 'INR', 'ja-JP': 'JPY', 'en-AU': 'AUD', 'en-SG': 'SGD',
  'zh-CN': 'CNY', 'zh-TW': 'JPY', 'ko-KR': 'USD', 'pt-PT': 'EUR', 'de-CH': 'EUR',
};

/** Values with `digits` decimals, exact in decimal: small, large, negative, zero, and seeded ones. */
function valuesWith(digits: number, random: () => number): number[] {
  const scale = 10 ** digits;
  const fixed = [0, 1, -1, 0.5, 12.34, -12.34, 999, 1000, 1234.56, -1234.56, 12345.6, 100000, 1234567.891, -987654321.5];
  const drawn = Array.from({ length: 12 }, (_, i) => {
    const magnitude = 10 ** Math.floor(random() * 10);
    const value = Math.round(random() * magnitude * scale) / scale;
    return i % 3 === 0 ? -value : value;
  });
  return [...fixed, ...drawn].map((v) => Math.round(v * scale) / scale);
}

/** Symbols that stand for several currencies (contract §1): the hint decides, or the text is refused. */
const SHARED_SYMBOLS = ['$', '¥', '￥'];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

interface Miss {
  text: string;
  detail: string;
}

/** Reads `text` with each way callers pass the locale, and notes every reading that is not `expected`. */
function checkNumber(
  misses: Miss[],
  text: string,
  locale: string,
  expected: { value: number; percent: boolean; currency?: string },
  extra: ParseHints = {},
): void {
  const hintSets: ParseHints[] = [
    { locale, ...extra },
    { decimalSeparator: decimalSeparatorOf(locale), ...extra },
  ];
  for (const hints of hintSets) {
    const parsed = parseLocaleNumber(text, hints);
    const wrong =
      parsed.kind !== 'number' ||
      !close(parsed.value, expected.value) ||
      parsed.percent !== expected.percent ||
      (expected.currency !== undefined && parsed.currency !== expected.currency) ||
      (expected.currency === undefined && parsed.currency !== undefined);
    if (wrong) misses.push({ text, detail: `${locale} ${JSON.stringify(hints)} → ${JSON.stringify(parsed)}` });
  }
}

/** A miss's kind, for numbers: its locale and what the text holds besides digits and separators. */
const numberShape = (m: Miss) => `${m.detail.split(' ')[0]} ${m.text.replace(/[\d.,\s\u066b\u066c\u0660-\u0669]/g, '')}`;

function report(misses: Miss[], total: number, shapeOf: (m: Miss) => string = numberShape): void {
  // A few misses of each kind, so a report shows every kind of failure rather than one kind 60 times.
  const seen = new Map<string, number>();
  const varied = misses.filter((m) => {
    const shape = shapeOf(m);
    seen.set(shape, (seen.get(shape) ?? 0) + 1);
    return seen.get(shape)! <= 2;
  });
  const sample = varied.slice(0, 60).map((m) => `${JSON.stringify(m.text)} ${m.detail}`);
  expect(sample, `${misses.length} of ${total} texts did not read back`).toEqual([]);
}

describe('numbers Intl.NumberFormat writes read back exactly', () => {
  it('decimal: grouped and ungrouped, 0–3 fraction digits, negatives', () => {
    const random = seededRandom(1);
    const misses: Miss[] = [];
    let total = 0;
    for (const locale of SUPPORTED_LOCALES) {
      for (const digits of [0, 1, 2, 3]) {
        for (const useGrouping of [true, false]) {
          const format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping });
          for (const value of valuesWith(digits, random)) {
            total++;
            checkNumber(misses, format.format(value), locale, { value, percent: false });
          }
        }
      }
    }
    report(misses, total);
  });

  it('percent: small (0.42%) and large, with and without fraction digits', () => {
    const random = seededRandom(2);
    const misses: Miss[] = [];
    let total = 0;
    for (const locale of SUPPORTED_LOCALES) {
      for (const digits of [0, 1, 2]) {
        const format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
        const values = [...valuesWith(digits, random), 0.42, 0.05, 99.9, 100, 250.5].map((v) => Number(v.toFixed(digits)));
        for (const shown of values) {
          total++;
          checkNumber(misses, format.format(shown / 100), locale, { value: shown, percent: true });
        }
      }
    }
    report(misses, total);
  });

  it('currency: the marketplace currency, USD and EUR; symbol, narrow symbol, code, name; accounting negatives', () => {
    const random = seededRandom(3);
    const misses: Miss[] = [];
    let total = 0;
    for (const locale of SUPPORTED_LOCALES) {
      const marketplaceCurrency = LOCALE_CURRENCY[locale];
      for (const currency of new Set([marketplaceCurrency, 'USD', 'EUR'])) {
        for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code', 'name'] as const) {
          for (const currencySign of ['standard', 'accounting'] as const) {
            // Names of whole amounts are tried without decimals too: they take other plural forms.
            const whole = currencyDisplay === 'name' && currencySign === 'accounting';
            const format = new Intl.NumberFormat(locale, {
              style: 'currency',
              currency,
              currencyDisplay,
              currencySign,
              ...(whole ? { maximumFractionDigits: 0 } : {}),
            });
            const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
            for (const value of valuesWith(digits, random)) {
              total++;
              const text = format.format(value);
              // With its own currency as hint every text reads back as that currency.
              checkNumber(misses, text, locale, { value, percent: false, currency }, { currency });
              // With the marketplace's currency as hint, a marker that names one currency still names it.
              // A narrow symbol shared by several ("$" for USD, CAD, MXN...) is the marketplace's when it
              // can be, and refused when it cannot ("$" on a BRL page): refusing is right, guessing is not.
              const marker = format.formatToParts(value).find((part) => part.type === 'currency')?.value;
              const shared = SHARED_SYMBOLS.includes(marker ?? '') && currency !== marketplaceCurrency;
              const parsed = parseLocaleNumber(text, { locale, currency: marketplaceCurrency });
              const right = shared
                ? parsed.kind === 'invalid' ||
                  (parsed.kind === 'number' && close(parsed.value, value) && [currency, marketplaceCurrency].includes(parsed.currency!))
                : parsed.kind === 'number' && close(parsed.value, value) && parsed.currency === currency;
              if (!right) misses.push({ text, detail: `${locale} marketplace ${marketplaceCurrency} → ${JSON.stringify(parsed)}` });
            }
          }
        }
      }
    }
    report(misses, total);
  });

  it('every marketplace currency in every locale, with that currency as hint', () => {
    // A seller may view any marketplace in any UI language: EGP in en-AU is a bare "£", AED in de-DE "AED".
    const currencies = ['USD', 'CAD', 'MXN', 'BRL', 'GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'AED', 'SAR', 'EGP', 'ZAR', 'INR', 'JPY', 'AUD', 'SGD', 'CNY'];
    const values = [0.42, 12.34, -1234.56, 98765.4];
    const misses: Miss[] = [];
    let total = 0;
    for (const locale of SUPPORTED_LOCALES) {
      for (const currency of currencies) {
        for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
          const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
          const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
          for (const value of values.map((v) => Number(v.toFixed(digits)))) {
            total++;
            checkNumber(misses, format.format(value), locale, { value, percent: false, currency }, { currency });
          }
        }
      }
    }
    report(misses, total);
  });
});

/** Every way a date is written by `Intl` that a page may show. */
const DATE_SHAPES: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'short' },
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { dateStyle: 'full' },
  { year: 'numeric', month: 'numeric', day: 'numeric' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { year: '2-digit', month: '2-digit', day: '2-digit' },
  // Two-digit years with one-digit days: "26/7/5" (ja), "26-07-5" (en-CA), "26年7月5日星期日" (zh).
  { year: '2-digit', month: 'numeric', day: 'numeric' },
  { year: '2-digit', month: '2-digit', day: 'numeric', weekday: 'long' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  { year: 'numeric', month: 'short', day: '2-digit', weekday: 'short' },
];

/** Days in every month of several years (leap and not, two-digit years from 00 to 99): first, last and seeded. */
function sampleDays(): Date[] {
  const random = seededRandom(4);
  const days: Date[] = [];
  for (const year of [2000, 2009, 2019, 2024, 2026, 2031, 2099]) {
    for (let month = 0; month < 12; month++) {
      const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const picks = new Set([1, 12, 13, last, 1 + Math.floor(random() * last), 1 + Math.floor(random() * last)]);
      for (const day of picks) days.push(new Date(Date.UTC(year, month, day)));
    }
  }
  return days;
}

describe('dates Intl.DateTimeFormat writes read back to their day', () => {
  it('every supported locale, date style and month form', () => {
    const days = sampleDays();
    const misses: Miss[] = [];
    let total = 0;
    for (const locale of SUPPORTED_LOCALES) {
      for (const shape of DATE_SHAPES) {
        const format = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' });
        for (const day of days) {
          total++;
          const text = format.format(day);
          const expected = day.toISOString().slice(0, 10);
          const read = parseDate(text, { lang: locale });
          if (read !== expected) misses.push({ text, detail: `${locale} ${JSON.stringify(shape)} → ${read} (${expected})` });
        }
      }
    }
    report(misses, total, (m) => m.detail.split(' → ')[0]!);
  });

  it('the month names Intl writes are all known, and the extra spellings agree with Intl', () => {
    const names = monthNames();
    const misses: string[] = [];
    for (const locale of SUPPORTED_LOCALES) {
      for (const month of ['long', 'short'] as const) {
        const standalone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
        for (let m = 1; m <= 12; m++) {
          for (const format of [standalone, inDate]) {
            const name = format.formatToParts(Date.UTC(2026, m - 1, 15)).find((p) => p.type === 'month')!.value;
            if (/\d/.test(name)) continue; // "7월", "7月": read by the date patterns
            const key = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/ı/g, 'i').replace(/[.\u0970]$/, '');
            if (names.get(key) !== m) misses.push(`${locale} ${month} "${name}" → ${names.get(key)} (${m})`);
          }
        }
      }
    }
    EXTRA_MONTH_NAMES.forEach((spellings, i) => {
      for (const name of spellings) if (names.get(name) !== i + 1) misses.push(`extra "${name}" → ${names.get(name)} (${i + 1})`);
    });
    expect(misses).toEqual([]);
  });
});
