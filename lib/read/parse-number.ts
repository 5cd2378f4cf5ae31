/**
 * One locale-aware number parser for every figure the pages show (contract §1):
 * `$1,234.56`, `USD 1,234.56`, `1.234,56 €`, `€23.49`, `￥1,234`, `Can$619.90`, `MXN$4,829.37`,
 * `12.34%`, `12,34 %`, `0.42%`. It never guesses: text it cannot read for certain is `invalid`,
 * and the page's ways of saying "no value" (`—`, `--`, `N/A`, empty) are `missing`, not zero.
 */

export type ParsedNumber =
  | { kind: 'number'; value: number; currency?: string; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string };

export interface ParseHints {
  /**
   * The decimal separator the page's locale uses, for the one case the text alone cannot settle:
   * a single separator followed by exactly three digits (`1,234` is 1234 in en-US, 1.234 in de-DE).
   */
  decimalSeparator?: '.' | ',';
  /** The value must be a whole number (counts, units): `1.234` then reads as 1234 whatever the locale. */
  integer?: boolean;
  /** Currency to assume when a money symbol is shared (`$`, `¥`, `kr`) or absent. */
  currency?: string;
}

const MISSING = new Set([
  '', '-', '--', '---', '—', '–', '−', '―', '-%', '—%', '--%', 'n/a', 'na', 'n.a.', 'n/d', 'n.d.', 'nd', 'k.a.',
  'k. a.', 'none', 'null', 'no data', 'not available', 'unavailable', 'pending', '不适用', '无', '暂无', '暂无数据',
  '没有数据', '無', '該当なし', 'なし', 'データなし', 'keine daten', 'nicht verfugbar', 'non disponible',
  'non disponibile', 'no disponible', 'sin datos',
]);

/**
 * Currency markers, longest first so `Can$` wins over `$`. `null` means "shared: use the hint".
 * Besides each marketplace's own symbols these include how `Intl` writes foreign currencies in the
 * supported UI languages: `$US`, `$CA`, `£GB` (fr), `BR$` (sv), `CN¥`, `JP¥` (en, zh), `AU$` (de).
 */
const CURRENCY_MARKERS: [string, string | null][] = [
  ['MXN$', 'MXN'], ['MX$', 'MXN'], ['Can$', 'CAD'], ['CA$', 'CAD'], ['CDN$', 'CAD'], ['C$', 'CAD'],
  ['AU$', 'AUD'], ['A$', 'AUD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['US$', 'USD'], ['BR$', 'BRL'], ['R$', 'BRL'],
  ['$US', 'USD'], ['$CA', 'CAD'], ['$MX', 'MXN'], ['$AU', 'AUD'], ['$SG', 'SGD'], ['£GB', 'GBP'],
  ['CN¥', 'CNY'], ['JP¥', 'JPY'],
  ['AED', 'AED'], ['AUD', 'AUD'], ['BRL', 'BRL'], ['CAD', 'CAD'], ['CNY', 'CNY'], ['EGP', 'EGP'], ['EUR', 'EUR'],
  ['GBP', 'GBP'], ['INR', 'INR'], ['JPY', 'JPY'], ['MXN', 'MXN'], ['PLN', 'PLN'], ['SAR', 'SAR'], ['SEK', 'SEK'],
  ['SGD', 'SGD'], ['TRY', 'TRY'], ['USD', 'USD'], ['ZAR', 'ZAR'], ['RMB', 'CNY'],
  ['zł', 'PLN'], ['kr', 'SEK'], ['TL', 'TRY'], ['₺', 'TRY'], ['₹', 'INR'], ['Rs.', 'INR'], ['£', 'GBP'], ['€', 'EUR'],
  ['E£', 'EGP'], ['ج.م', 'EGP'], ['د.إ', 'AED'], ['ر.س', 'SAR'],
  ['$', null], ['￥', null], ['¥', null], ['円', 'JPY'], ['元', 'CNY'], ['R', 'ZAR'],
];
// Longest first: "US$" must be tried before "S$", "BR$" before "R$".
CURRENCY_MARKERS.sort(([a], [b]) => b.length - a.length);

/** The currencies a shared symbol can stand for: a hint outside them is not taken. */
const SHARED_SYMBOL_CURRENCIES: Record<string, { fallback: string; currencies: string[] }> = {
  $: { fallback: 'USD', currencies: ['USD', 'CAD', 'MXN', 'AUD', 'SGD', 'NZD', 'HKD', 'TWD', 'ARS', 'CLP', 'COP'] },
  '￥': { fallback: 'JPY', currencies: ['JPY', 'CNY'] },
  '¥': { fallback: 'JPY', currencies: ['JPY', 'CNY'] },
};

/** Spaces and apostrophes group thousands (`1 234,56`, `1 234,56` with (narrow) no-break spaces, `1’234.50`). */
const GROUP_SPACES = /[\s\u00a0\u2009\u202f\u2007'\u2019]/;
const ALL_GROUP_SPACES = new RegExp(GROUP_SPACES.source, 'g');

export function isMissingText(text: string): boolean {
  return MISSING.has(text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
}

export function parseLocaleNumber(input: string, hints: ParseHints = {}): ParsedNumber {
  // NFKC would turn superscripts, circled and fraction digits (a footnote mark in "1,234¹") into plain
  // digits that change the value; such text is not a figure we can read.
  if (/\p{No}/u.test(input)) return { kind: 'invalid', reason: `"${input}" holds a digit that is not a plain digit` };
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (isMissingText(text)) return { kind: 'missing' };

  let rest = text;
  let negative = false;
  // Accounting negatives: "($12.34)".
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) {
    negative = true;
    rest = paren[1]!.trim();
  }

  let percent = false;
  // "12.34%", "12,34 %", and the Turkish "%12,34" (a sign may come first: "-%12,34").
  if (/%$/.test(rest)) {
    percent = true;
    rest = rest.slice(0, -1).trim();
  } else if (/^[-−–]?\s*%/.test(rest)) {
    percent = true;
    rest = rest.replace(/%\s*/, '').trim();
  }

  let currency: string | undefined;
  let marked = false;
  for (const [marker, code] of CURRENCY_MARKERS) {
    const at = rest.indexOf(marker);
    if (at < 0) continue;
    const before = rest.slice(0, at).trim();
    const after = rest.slice(at + marker.length).trim();
    // A marker sits at one end of the figure (a sign may precede it), never in its middle.
    const atStart = before === '' || /^[-−–]$/.test(before);
    const atEnd = after === '';
    if (!atStart && !atEnd) continue;
    // Letters stuck to the number are part of a word, not a currency ("R" in "Rating 4").
    if (/^[A-Za-z]$/.test(marker) && atStart && !/^[\d\s.,-]/.test(after)) continue;
    marked = true;
    if (code) currency = code;
    else {
      const shared = SHARED_SYMBOL_CURRENCIES[marker]!;
      if (hints.currency && !shared.currencies.includes(hints.currency)) {
        return { kind: 'invalid', reason: `"${marker}" in "${input}" cannot be ${hints.currency}` };
      }
      currency = hints.currency ?? shared.fallback;
    }
    rest = (before + after).trim();
    break;
  }
  if (percent && marked) return { kind: 'invalid', reason: `both a currency and a percent sign in "${input}"` };

  if (/^[-−–]/.test(rest)) {
    negative = !negative;
    rest = rest.replace(/^[-−–]\s*/, '');
  }

  if (!/^\d[\d.,\s'\u2019]*$/.test(rest) && !/^[.,]\d+$/.test(rest)) {
    if (/[<>≤≥~≈+]/.test(text)) return { kind: 'invalid', reason: `"${input}" is a bound, not a value` };
    return { kind: 'invalid', reason: `"${input}" is not a number` };
  }

  const value = GROUP_SPACES.test(rest) ? readSpaceGrouped(rest) : readDigits(rest, hints);
  if (typeof value === 'string') return { kind: 'invalid', reason: `${value} in "${input}"` };
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: `"${input}" is too large` };
  if (hints.integer && !Number.isInteger(value)) {
    return { kind: 'invalid', reason: `"${input}" is not a whole number` };
  }
  const signed = negative ? -value : value;
  const result: ParsedNumber = { kind: 'number', value: Object.is(signed, -0) ? 0 : signed, percent };
  if (currency) result.currency = currency;
  return result;
}

/**
 * Digits grouped by spaces or apostrophes (`1 234 567,89`, `1’234.50`): the groups are thousands,
 * so a `.` or `,` after them can only be the decimal separator.
 */
function readSpaceGrouped(digits: string): number | string {
  const match = /^(\d{1,3}(?:[\s'\u2019]\d{3})+)(?:[.,](\d+))?$/.exec(digits);
  if (!match) return 'digit groups that are not thousands';
  const integerPart = match[1]!.replace(ALL_GROUP_SPACES, '');
  return Number(match[2] ? `${integerPart}.${match[2]}` : integerPart);
}

/** Digits with `.` and `,` only. Returns the number, or a reason it cannot be read. */
function readDigits(digits: string, hints: ParseHints): number | string {
  const dots = count(digits, '.');
  const commas = count(digits, ',');
  let grouping: string | undefined;
  let decimal: string | undefined;

  if (dots && commas) {
    // Both appear: the last one is the decimal separator, and it appears once.
    decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    grouping = decimal === '.' ? ',' : '.';
    if (count(digits, decimal) > 1) return 'two decimal separators';
  } else if (dots || commas) {
    const sep = dots ? '.' : ',';
    const occurrences = dots || commas;
    const tail = digits.length - digits.lastIndexOf(sep) - 1;
    if (occurrences > 1) grouping = sep;
    else if (tail !== 3) decimal = sep;
    else if (hints.integer) grouping = sep;
    else if (hints.decimalSeparator) {
      if (hints.decimalSeparator === sep) decimal = sep;
      else grouping = sep;
    } else if (/^0[.,]/.test(digits) || digits.startsWith(sep)) decimal = sep;
    else return `"${sep}" could be a decimal or a thousands separator`;
  }

  let integerPart = digits;
  let fraction = '';
  if (decimal) {
    const at = digits.lastIndexOf(decimal);
    integerPart = digits.slice(0, at);
    fraction = digits.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return 'no digits after the decimal separator';
  }
  if (grouping) {
    const groups = integerPart.split(grouping);
    const [head, ...tailGroups] = groups;
    // Thousands groups are three digits; Indian lakh grouping (1,23,456.00) has twos before the last three.
    const western = /^\d{1,3}$/.test(head!) && tailGroups.every((g) => /^\d{3}$/.test(g));
    const indian =
      grouping === ',' &&
      /^\d{1,2}$/.test(head!) &&
      tailGroups.length >= 2 &&
      tailGroups.slice(0, -1).every((g) => /^\d{2}$/.test(g)) &&
      /^\d{3}$/.test(tailGroups[tailGroups.length - 1]!);
    if (!western && !indian) return 'digit groups that are not thousands';
    integerPart = groups.join('');
  }
  if (integerPart === '') integerPart = '0';
  if (!/^\d+$/.test(integerPart)) return 'stray separators';
  return Number(fraction ? `${integerPart}.${fraction}` : integerPart);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

const decimalSeparators = new Map<string, '.' | ',' | undefined>();

/** The decimal separator a page's language uses: `lang="de-DE"` → `,`. Remembered per language: Intl is slow to start. */
export function decimalSeparatorOf(lang: string | undefined | null): '.' | ',' | undefined {
  if (!lang) return undefined;
  if (decimalSeparators.has(lang)) return decimalSeparators.get(lang);
  let separator: '.' | ',' | undefined;
  try {
    const parts = new Intl.NumberFormat(lang).formatToParts(1.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    separator = decimal === ',' ? ',' : decimal === '.' ? '.' : undefined;
  } catch {
    separator = undefined;
  }
  decimalSeparators.set(lang, separator);
  return separator;
}
