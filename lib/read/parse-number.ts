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
  /**
   * The page's locale (`<html lang>`): gives the decimal separator when `decimalSeparator` is not set.
   * Text in Arabic digits or with the Arabic separators needs neither: those separators say which is which.
   */
  locale?: string | null;
}

const MISSING = new Set([
  '', '-', '--', '---', '—', '–', '−', '―', '-%', '—%', '--%', 'n/a', 'na', 'n.a.', 'n/d', 'n.d.', 'nd', 'k.a.',
  'k. a.', 'none', 'null', 'no data', 'not available', 'unavailable', 'pending', '不适用', '无', '暂无', '暂无数据',
  '没有数据', '無', '該当なし', 'なし', 'データなし', 'keine daten', 'nicht verfugbar', 'non disponible',
  'non disponibile', 'no disponible', 'sin datos',
]);

/**
 * Currency markers, as the whole text before or after the digits. `null` means "shared: use the hint".
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
  ['zł', 'PLN'], ['kr', 'SEK'], ['TL', 'TRY'], ['₺', 'TRY'], ['₹', 'INR'], ['Rs.', 'INR'], ['£', null], ['€', 'EUR'],
  ['E£', 'EGP'], ['£E', 'EGP'], ['ج.م', 'EGP'], ['د.إ', 'AED'], ['ر.س', 'SAR'], ['ج.م.', 'EGP'], ['د.إ.', 'AED'],
  ['ر.س.', 'SAR'],
  ['$', null], ['￥', null], ['¥', null], ['円', 'JPY'], ['元', 'CNY'], ['R', 'ZAR'],
];
const STATIC_MARKERS = new Map(CURRENCY_MARKERS);

/**
 * The currencies a shared symbol can stand for. A hint among them decides; a hint outside them makes the
 * text unreadable when `otherwise` is 'refuse' (a `$` on a BRL page could be any dollar), and reads the
 * fallback when it is 'fallback'.
 */
const SHARED_SYMBOL_CURRENCIES: Record<string, { fallback: string; currencies: string[]; otherwise: 'refuse' | 'fallback' }> = {
  $: { fallback: 'USD', currencies: ['USD', 'CAD', 'MXN', 'AUD', 'SGD', 'NZD', 'HKD', 'TWD', 'ARS', 'CLP', 'COP'], otherwise: 'refuse' },
  '￥': { fallback: 'JPY', currencies: ['JPY', 'CNY'], otherwise: 'refuse' },
  '¥': { fallback: 'JPY', currencies: ['JPY', 'CNY'], otherwise: 'refuse' },
  // `£` is the pound everywhere except that en-AU writes the Egyptian pound's narrow symbol as `£` too:
  // only an EGP page makes it EGP, and on any other page it stays the pound it has always been read as.
  '£': { fallback: 'GBP', currencies: ['GBP', 'EGP'], otherwise: 'fallback' },
};

/** Spaces and apostrophes group thousands (`1 234,56`, `1 234,56` with (narrow) no-break spaces, `1’234.50`). */
const GROUP_SPACES = /[\s\u00a0\u2009\u202f\u2007'\u2019]/;
const ALL_GROUP_SPACES = new RegExp(GROUP_SPACES.source, 'g');

/**
 * The locales whose `Intl` output a page may show (contract §1): each marketplace's and each UI language's.
 * Currency symbols and names, and month names in parse-date, are derived from what `Intl` writes for them.
 */
export const SUPPORTED_LOCALES = [
  'en-US', 'en-CA', 'fr-CA', 'es-MX', 'pt-BR', 'en-GB', 'de-DE', 'de-AT', 'fr-FR', 'it-IT', 'es-ES', 'nl-NL', 'nl-BE',
  'fr-BE', 'sv-SE', 'pl-PL', 'en-IE', 'tr-TR', 'ar-AE', 'ar-SA', 'ar-EG', 'en-AE', 'en-ZA', 'en-IN', 'hi-IN', 'ja-JP',
  'en-AU', 'en-SG', 'zh-CN', 'zh-TW', 'ko-KR', 'pt-PT', 'de-CH',
] as const;

/** The marketplaces' currencies (contract §1), whose symbols and names are derived from `Intl`. */
const MARKETPLACE_CURRENCIES = [
  'USD', 'CAD', 'MXN', 'BRL', 'GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'AED', 'SAR', 'EGP', 'ZAR', 'INR', 'JPY', 'AUD', 'SGD',
  'CNY',
];

/**
 * Invisible marks right-to-left pages put around signs, digits and percent signs (LRM, RLM, ALM, the
 * embedding and isolate controls, zero-width characters): they carry no value and would hide a sign.
 */
const INVISIBLE_MARKS = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Zero of each non-Latin digit script a supported locale writes by default or on request: Arabic-Indic
 * (ar-SA, ar-EG), Extended Arabic-Indic (Persian, Urdu) and Devanagari (hi-IN with `-u-nu-deva`).
 * Unicode encodes each script's 0–9 as ten consecutive code points, so the value is the offset.
 * Digits of other scripts are left alone and make the text unreadable, never a guess.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966];
/** A decimal digit of any script but the Latin one. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * `text` with its digits as ASCII and invisible marks removed. Returns undefined when digits of two
 * scripts are mixed: no locale writes that, so it is not a figure to trust.
 */
export function plainDigits(text: string): string | undefined {
  // Latin digits only (nearly every cell): each would map to itself, and one script cannot be mixed.
  if (!OTHER_DIGIT.test(text)) return text.replace(INVISIBLE_MARKS, '');
  let script: number | undefined;
  let mixed = false;
  const out = text.replace(INVISIBLE_MARKS, '').replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = code >= 0x30 && code <= 0x39 ? 0x30 : DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero === undefined) return digit;
    if (script !== undefined && script !== zero) mixed = true;
    script = zero;
    return String(code - zero);
  });
  return mixed ? undefined : out;
}

/** Printable ASCII only: NFKC leaves such text as it is, and it holds no invisible mark. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** NFKC (full-width digits and signs become ASCII), marks removed, white space collapsed. */
function normalized(text: string): string {
  // Most cells are plain ASCII: the mark removal and NFKC would change nothing there.
  const plain = PLAIN_ASCII.test(text) ? text : text.replace(INVISIBLE_MARKS, '').normalize('NFKC');
  return plain.replace(/\s+/g, ' ').trim();
}

export function isMissingText(text: string): boolean {
  return MISSING.has(normalized(text).toLowerCase());
}

/** The Arabic separators and percent sign: unlike `.` and `,` they say what they are. */
const ARABIC_DECIMAL = '\u066b';
const ARABIC_GROUP = '\u066c';
const ARABIC_PERCENT = '\u066a';

interface Affix {
  sign: boolean;
  percent: boolean;
  /** The currency marker's text, when the affix is one. */
  marker?: string;
}

/**
 * What stands before or after the digits: a sign, a percent sign or a currency marker, in either order
 * (`-$`, `$-`, `€ -`, `-%`). Returns null for anything else, such as a word or a second sign.
 */
function readAffix(text: string): Affix | null {
  // Nothing before or after the digits (most cells): what the pattern below finds in an empty text.
  if (text === '') return { sign: false, percent: false };
  const m = /^([-−–]?)\s*(.*?)\s*([-−–]?)$/u.exec(text.trim())!;
  if (m[1] && m[3]) return null;
  const middle = m[2]!;
  const sign = Boolean(m[1] || m[3]);
  if (middle === '') return { sign, percent: false };
  if (middle === '%') return { sign, percent: true };
  if (/[\d<>≤≥~≈+%()]/.test(middle)) return null;
  return { sign, percent: false, marker: middle };
}

export function parseLocaleNumber(input: string, hints: ParseHints = {}): ParsedNumber {
  // NFKC would turn superscripts, circled and fraction digits (a footnote mark in "1,234¹") into plain
  // digits that change the value; such text is not a figure we can read.
  // Plain ASCII (most cells) holds no such digit, no digit of another script and no invisible mark.
  const ascii = PLAIN_ASCII.test(input);
  if (!ascii && /\p{No}/u.test(input)) return { kind: 'invalid', reason: `"${input}" holds a digit that is not a plain digit` };
  const digitsPlain = ascii ? input : plainDigits(input);
  if (digitsPlain === undefined) return { kind: 'invalid', reason: `"${input}" mixes digits of two scripts` };
  let text = normalized(digitsPlain);
  // `text` is normalized already (normalizing is idempotent): isMissingText's own pass is not needed.
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };

  let decimalSeparator = hints.decimalSeparator ?? decimalSeparatorOf(hints.locale);
  if (text.includes(ARABIC_DECIMAL) || text.includes(ARABIC_GROUP)) {
    // Arabic separators settle which is which; Latin ones beside them would make it a guess again.
    if (/\d[.,]|[.,]\d/.test(text)) return { kind: 'invalid', reason: `Arabic and Latin separators together in "${input}"` };
    text = text.replaceAll(ARABIC_DECIMAL, '.').replaceAll(ARABIC_GROUP, ',');
    decimalSeparator = '.';
  }
  text = text.replaceAll(ARABIC_PERCENT, '%');

  let rest = text;
  let negative = false;
  // Accounting negatives: "($12.34)".
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) {
    negative = true;
    rest = paren[1]!.trim();
  }

  const first = rest.search(/\d/);
  if (first < 0) return { kind: 'invalid', reason: `"${input}" is not a number` };
  let last = first;
  for (let i = rest.length - 1; i > first; i--) {
    const code = rest.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      last = i;
      break;
    }
  }
  let core = rest.slice(first, last + 1);
  const before = rest.slice(0, first);
  let prefix = readAffix(before);
  const suffix = readAffix(rest.slice(last + 1));
  // ".5", "$.5": a separator before the first digit belongs to the digits, unless it ends a marker ("Rs.").
  const knownPrefix = (affix: Affix | null) => affix && (affix.marker === undefined || currencyOf(affix.marker, hints) !== undefined);
  if (/[.,]$/.test(before) && !knownPrefix(prefix)) {
    const shorter = readAffix(before.slice(0, -1));
    if (knownPrefix(shorter)) {
      prefix = shorter;
      core = before.slice(-1) + core;
    }
  }
  const bound = () => /[<>≤≥~≈+]/.test(text);
  if (!prefix || !suffix || !/^[\d.,\s'\u2019]+$/.test(core)) {
    if (bound()) return { kind: 'invalid', reason: `"${input}" is a bound, not a value` };
    return { kind: 'invalid', reason: `"${input}" is not a number` };
  }
  if (prefix.sign && suffix.sign) return { kind: 'invalid', reason: `two signs in "${input}"` };
  if (prefix.sign || suffix.sign) negative = !negative;
  if (prefix.percent && suffix.percent) return { kind: 'invalid', reason: `two percent signs in "${input}"` };
  const percent = prefix.percent || suffix.percent;
  if (percent && (prefix.marker || suffix.marker)) {
    return { kind: 'invalid', reason: `both a currency and a percent sign in "${input}"` };
  }

  // Turkish currency names carry the symbol too ("₺1.234,50 Türk lirası"): two markers must then agree.
  let currency: string | undefined;
  for (const marker of [prefix.marker, suffix.marker]) {
    if (marker === undefined) continue;
    const found = currencyOf(marker, hints);
    if (found === undefined) return { kind: 'invalid', reason: `"${marker}" in "${input}" is not a currency we know` };
    if (typeof found !== 'string') return { kind: 'invalid', reason: `${found.reason} in "${input}"` };
    if (currency && currency !== found) return { kind: 'invalid', reason: `two currencies in "${input}"` };
    currency = found;
  }

  const value = GROUP_SPACES.test(core) ? readSpaceGrouped(core) : readDigits(core, hints, decimalSeparator);
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
 * The currency a marker names: its code, a reason it cannot be told, or undefined when it names none.
 * The fixed list is tried first; then what `Intl` writes for the marketplace currencies in the page's
 * locale, then in all supported locales, each built at the first marker the list before it does not know.
 */
function currencyOf(marker: string, hints: ParseHints): string | { reason: string } | undefined {
  const known = STATIC_MARKERS.get(marker);
  if (known !== undefined) {
    if (known) return known;
    const shared = SHARED_SYMBOL_CURRENCIES[marker]!;
    if (hints.currency && shared.currencies.includes(hints.currency)) return hints.currency;
    if (hints.currency && shared.otherwise === 'refuse') return { reason: `"${marker}" cannot be ${hints.currency}` };
    return shared.fallback;
  }
  // The page's own locale first: building its table is cheap, and its words are what the page shows.
  const own = hints.locale ? intlMarkersOf(hints.locale).get(marker) : undefined;
  const derived = own ?? intlMarkersOfAll().get(marker);
  if (!derived) return undefined;
  if (derived.size === 1) return [...derived][0];
  if (hints.currency && derived.has(hints.currency)) return hints.currency;
  return { reason: `"${marker}" could be ${[...derived].join(' or ')}` };
}

/** Values that bring out every plural form of a currency name (Arabic has six, Polish four). */
const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 11, 100, 1.5, 1_000_000];

const markersByLocale = new Map<string, Map<string, Set<string>>>();
let allMarkers: Map<string, Set<string>> | undefined;

/**
 * How `Intl` writes the marketplace currencies in one locale: symbol, narrow symbol, code and name in
 * each plural form, each mapped to the currencies it stands for. About 70 formatters: built once per locale.
 */
function intlMarkersOf(locale: string): Map<string, Set<string>> {
  const cached = markersByLocale.get(locale);
  if (cached) return cached;
  const table = new Map<string, Set<string>>();
  const shapes: Intl.NumberFormatOptions[] = [
    { currencyDisplay: 'symbol' },
    { currencyDisplay: 'narrowSymbol' },
    { currencyDisplay: 'code' },
    { currencyDisplay: 'name' },
    // Whole amounts take other plural forms than amounts with decimals ("2 złote", "2,00 złotego").
    { currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  ];
  for (const currency of MARKETPLACE_CURRENCIES) {
    for (const shape of shapes) {
      let format: Intl.NumberFormat;
      try {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...shape });
      } catch {
        continue; // not a locale tag, or an engine without its data: the fixed list still applies
      }
      for (const sample of shape.currencyDisplay === 'name' ? PLURAL_SAMPLES : [1]) {
        for (const part of format.formatToParts(sample)) {
          if (part.type === 'currency') addMarker(table, normalized(part.value), currency);
        }
      }
    }
  }
  markersByLocale.set(locale, table);
  return table;
}

/** The markers of every supported locale together (a few hundred milliseconds, once). */
function intlMarkersOfAll(): Map<string, Set<string>> {
  if (allMarkers) return allMarkers;
  const table = new Map<string, Set<string>>();
  for (const locale of SUPPORTED_LOCALES) {
    for (const [marker, codes] of intlMarkersOf(locale)) for (const code of codes) addMarker(table, marker, code);
  }
  allMarkers = table;
  return table;
}

function addMarker(table: Map<string, Set<string>>, marker: string, currency: string): void {
  if (!marker) return;
  const codes = table.get(marker) ?? new Set<string>();
  codes.add(currency);
  table.set(marker, codes);
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
function readDigits(digits: string, hints: ParseHints, decimalSeparator: ParseHints['decimalSeparator']): number | string {
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
    else if (decimalSeparator) {
      if (decimalSeparator === sep) decimal = sep;
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
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
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
    // The Arabic decimal separator (ar-SA, ar-EG) is written `.` when the same page shows Latin digits.
    separator = decimal === ',' ? ',' : decimal === '.' || decimal === ARABIC_DECIMAL ? '.' : undefined;
  } catch {
    separator = undefined;
  }
  decimalSeparators.set(lang, separator);
  return separator;
}
