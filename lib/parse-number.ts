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

/** Currency markers, longest first so `Can$` wins over `$`. `null` means "ambiguous: use the hint". */
const CURRENCY_MARKERS: [string, string | null][] = [
  ['MXN$', 'MXN'], ['MX$', 'MXN'], ['Can$', 'CAD'], ['CA$', 'CAD'], ['CDN$', 'CAD'], ['C$', 'CAD'],
  ['AU$', 'AUD'], ['A$', 'AUD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['US$', 'USD'], ['R$', 'BRL'],
  ['AED', 'AED'], ['AUD', 'AUD'], ['BRL', 'BRL'], ['CAD', 'CAD'], ['CNY', 'CNY'], ['EGP', 'EGP'], ['EUR', 'EUR'],
  ['GBP', 'GBP'], ['INR', 'INR'], ['JPY', 'JPY'], ['MXN', 'MXN'], ['PLN', 'PLN'], ['SAR', 'SAR'], ['SEK', 'SEK'],
  ['SGD', 'SGD'], ['TRY', 'TRY'], ['USD', 'USD'], ['ZAR', 'ZAR'], ['RMB', 'CNY'],
  ['zł', 'PLN'], ['kr', 'SEK'], ['TL', 'TRY'], ['₺', 'TRY'], ['₹', 'INR'], ['Rs.', 'INR'], ['£', 'GBP'], ['€', 'EUR'],
  ['E£', 'EGP'], ['ج.م', 'EGP'], ['د.إ', 'AED'], ['ر.س', 'SAR'],
  ['$', null], ['￥', null], ['¥', null], ['円', 'JPY'], ['元', 'CNY'], ['R', 'ZAR'],
];

const SPACES = /[\s\u00a0\u2009\u202f\u2007']/g;

export function isMissingText(text: string): boolean {
  return MISSING.has(text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
}

export function parseLocaleNumber(input: string, hints: ParseHints = {}): ParsedNumber {
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
  if (/%\s*$/.test(rest) || /^%/.test(rest)) {
    percent = true;
    rest = rest.replace(/%/, '').trim();
  }

  let currency: string | undefined;
  let marked = false;
  for (const [marker, code] of CURRENCY_MARKERS) {
    const at = rest.indexOf(marker);
    if (at < 0) continue;
    const before = rest.slice(0, at).trim();
    const after = rest.slice(at + marker.length).trim();
    // A marker sits at one end of the figure (a sign may precede it), never in its middle.
    const atStart = before === '' || before === '-' || before === '−';
    const atEnd = after === '';
    if (!atStart && !atEnd) continue;
    // Letters stuck to the number are part of a word, not a currency ("R" in "Rating 4").
    if (/^[A-Za-z]$/.test(marker) && atStart && !/^[\d\s.,-]/.test(after)) continue;
    marked = true;
    currency = code ?? hints.currency ?? (marker === '$' ? 'USD' : 'JPY');
    rest = (before + after).trim();
    break;
  }
  if (percent && marked) return { kind: 'invalid', reason: `both a currency and a percent sign in "${input}"` };

  if (/^[-−–]/.test(rest)) {
    negative = !negative;
    rest = rest.replace(/^[-−–]\s*/, '');
  }
  rest = rest.replace(SPACES, '');

  if (!/^\d[\d.,]*$/.test(rest) && !/^[.,]\d+$/.test(rest)) {
    if (/[<>≤≥~≈+]/.test(text)) return { kind: 'invalid', reason: `"${input}" is a bound, not a value` };
    return { kind: 'invalid', reason: `"${input}" is not a number` };
  }

  const value = readDigits(rest, hints);
  if (typeof value === 'string') return { kind: 'invalid', reason: `${value} in "${input}"` };
  if (hints.integer && !Number.isInteger(value)) {
    return { kind: 'invalid', reason: `"${input}" is not a whole number` };
  }
  const signed = negative ? -value : value;
  const result: ParsedNumber = { kind: 'number', value: Object.is(signed, -0) ? 0 : signed, percent };
  if (currency) result.currency = currency;
  else if (!percent && hints.currency && marked) result.currency = hints.currency;
  return result;
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

/** The decimal separator a page's language uses: `lang="de-DE"` → `,`. */
export function decimalSeparatorOf(lang: string | undefined | null): '.' | ',' | undefined {
  if (!lang) return undefined;
  try {
    const parts = new Intl.NumberFormat(lang).formatToParts(1.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ',' : decimal === '.' ? '.' : undefined;
  } catch {
    return undefined;
  }
}
