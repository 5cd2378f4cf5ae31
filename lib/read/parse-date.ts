/**
 * Reads the dates the pages show, in every UI language we support: "Nov 20, 2026", "20 nov. 2026",
 * "20. Nov. 2026", "2026年11月20日", "11/20/2026", "20.11.2026", "2026-11-20", and ranges of them
 * ("Nov 14, 2026 - Nov 20, 2026"). Month names vary by language, which is why this is written here
 * rather than taken from a date library: those want one known format, and the page's format is what
 * we are trying to find out. Like the number parser it never guesses: an ambiguous date is undefined.
 */

import { plainDigits, SUPPORTED_LOCALES } from './parse-number';

export interface DateHints {
  /** `<html lang>` of the page: decides 11/12/2026 between month-first (en-US) and day-first. */
  lang?: string | null;
}

/**
 * Spellings `Intl` does not write but pages and people do (older or regional forms, ASCII transliterations),
 * lower case and folded like the text they are compared with. The test checks that none of them names
 * another month than `Intl` does in a supported locale.
 */
export const EXTRA_MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'janv', 'janvier', 'gen', 'gennaio', 'ene', 'enero', 'januari', 'janner', 'jann', 'sty', 'stycznia', 'janeiro', 'ocak', 'oca'],
  ['feb', 'february', 'februar', 'feber', 'fevr', 'fev', 'fevrier', 'febbraio', 'febrero', 'februari', 'lut', 'lutego', 'fevereiro', 'subat', 'sub', 'febr'],
  ['mar', 'march', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'marca', 'marco', 'mart', 'mrt'],
  ['apr', 'april', 'avr', 'avril', 'aprile', 'abr', 'abril', 'kwi', 'kwietnia', 'nisan', 'nis'],
  ['may', 'mai', 'maggio', 'mag', 'mayo', 'mei', 'maj', 'maja', 'maio', 'mayis'],
  ['jun', 'june', 'juni', 'juin', 'giugno', 'giu', 'junio', 'cze', 'czerwca', 'junho', 'haziran', 'haz'],
  ['jul', 'july', 'juli', 'juil', 'juill', 'juillet', 'luglio', 'lug', 'julio', 'lip', 'lipca', 'julho', 'temmuz', 'tem'],
  ['aug', 'august', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sie', 'sierpnia', 'agu', 'agustos'],
  ['sep', 'sept', 'september', 'septembre', 'settembre', 'set', 'septiembre', 'wrz', 'wrzesnia', 'setembro', 'eylul', 'eyl'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'ottobre', 'ott', 'octubre', 'paz', 'pazdziernika', 'out', 'outubro', 'ekim', 'eki'],
  ['nov', 'november', 'novembre', 'noviembre', 'lis', 'listopada', 'novembro', 'kasim', 'kas'],
  ['dec', 'december', 'dez', 'dezember', 'decembre', 'dicembre', 'dic', 'diciembre', 'gru', 'grudnia', 'dezembro', 'aralik', 'ara'],
];

/** How each month is written, in the ways a date can show it: alone and inside a date, long and short. */
const MONTH_SHAPES: Intl.DateTimeFormatOptions[] = [
  { month: 'long' },
  { month: 'short' },
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { dateStyle: 'full' },
];

let monthTable: ReadonlyMap<string, number> | undefined;

/**
 * Folded month name → month (1–12): what `Intl` writes for every supported locale, derived at first use
 * (a few hundred formatters, once) so the list follows the engine's CLDR data instead of drifting from it,
 * plus the extra spellings. Names that contain digits (Korean "7월") are read by the date patterns instead.
 * A name two locales give to different months would be a guess, so it is left out.
 */
export function monthNames(): ReadonlyMap<string, number> {
  return (monthTable ??= monthTableOf(SUPPORTED_LOCALES, EXTRA_MONTH_NAMES));
}

const pageMonthTables = new Map<string, ReadonlyMap<string, number> | undefined>();

/**
 * The month names of the page's own language alone (`<html lang>`), when the engine knows it: a few
 * formatters rather than every locale's, which is what a page's first read would otherwise wait for,
 * and a name is read as the page's language means it even where another language names another month.
 */
function pageMonthNames(lang: string | null | undefined): ReadonlyMap<string, number> | undefined {
  if (!lang) return undefined;
  const tag = lang.replace(/_/g, '-');
  if (pageMonthTables.has(tag)) return pageMonthTables.get(tag);
  let table: ReadonlyMap<string, number> | undefined;
  try {
    // An unknown tag would silently format in the engine's default locale: not the page's names.
    if (Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0) table = monthTableOf([tag], []);
  } catch {
    table = undefined; // a malformed tag: the whole table answers
  }
  pageMonthTables.set(tag, table);
  return table;
}

function monthTableOf(locales: readonly string[], extraNames: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  const clashes = new Set<string>();
  const add = (name: string, month: number) => {
    const key = fold(name).replace(/\.$/, '').trim();
    if (!key || /\d/.test(key) || clashes.has(key)) return;
    const known = table.get(key);
    if (known !== undefined && known !== month) {
      clashes.add(key);
      table.delete(key);
    } else table.set(key, month);
  };
  for (const locale of locales) {
    for (const shape of MONTH_SHAPES) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' });
      } catch {
        continue; // an engine without this locale: the extra spellings still apply
      }
      for (let month = 1; month <= 12; month++) {
        const part = format.formatToParts(Date.UTC(2026, month - 1, 15)).find((p) => p.type === 'month');
        if (part) add(part.value, month);
      }
    }
  }
  extraNames.forEach((names, i) => names.forEach((name) => add(name, i + 1)));
  return table;
}

/** The month a folded word names, if any: in the page's language first, else in any supported one. */
function monthOf(word: string, hints: DateHints): number | undefined {
  return pageMonthNames(hints.lang)?.get(word) ?? monthNames().get(word);
}

/**
 * Text as the patterns read it: ASCII digits (Arabic-Indic too), no direction marks, no accents, lower case.
 * The Devanagari abbreviation sign works like an abbreviation dot ("जुल॰" is "Jul.").
 */
function fold(text: string): string {
  return (plainDigits(text) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC') // NFKD splits Hangul syllables ("년" into jamo): put them back together
    .toLowerCase()
    .replace(/ı/g, 'i') // Turkish dotless i has no decomposition: "Kasım" → "kasim"
    .replace(/\u0970/g, '.');
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 Nov
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

type NumericOrder = 'mdy' | 'dmy' | 'ymd';

const numericOrders = new Map<string, NumericOrder>();

/**
 * The order in which `lang` writes a numeric date, as `Intl` gives it: 11/20/2026 (mdy: en-US),
 * 20/11/2026 (dmy), 2026-11-20 (ymd: ja, zh, ko, sv, en-CA, en-ZA). Remembered per language; a tag the
 * engine does not know reads day first, as it always did.
 */
function numericOrder(lang: string | null | undefined): NumericOrder | undefined {
  if (!lang) return undefined;
  const tag = lang.replace(/_/g, '-');
  const known = numericOrders.get(tag);
  if (known) return known;
  let order: NumericOrder = 'dmy';
  try {
    const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(0)
      .map((part) => part.type[0])
      .filter((type) => type === 'y' || type === 'm' || type === 'd')
      .join('');
    if (parts === 'mdy' || parts === 'ymd') order = parts;
  } catch {
    order = 'dmy';
  }
  numericOrders.set(tag, order);
  return order;
}

const dayMonthOrders = new Map<string, 'mdy' | 'dmy' | undefined>();

/**
 * Whether `lang` writes a date that ends in its year month first or day first. Year-first languages
 * still write such dates in their ranges, each its own way (en-CA "1/3/2026–2/4/2026", en-ZA
 * "03/01/2026 – 04/02/2026"), so `Intl`'s short range of Jan 3 – Feb 4 tells; when it shows neither, the
 * date is refused rather than guessed.
 */
function dayMonthOrder(lang: string | null | undefined): 'mdy' | 'dmy' | undefined {
  const order = numericOrder(lang);
  if (order !== 'ymd') return order;
  const tag = lang!.replace(/_/g, '-');
  if (dayMonthOrders.has(tag)) return dayMonthOrders.get(tag);
  let result: 'mdy' | 'dmy' | undefined;
  try {
    const range = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone: 'UTC' }).formatRange(
      Date.UTC(2026, 0, 3),
      Date.UTC(2026, 1, 4),
    );
    const [first, second] = (plainDigits(range) ?? '').match(/\d+/g)?.map(Number) ?? [];
    result = first === 1 && second === 3 ? 'mdy' : first === 3 && second === 1 ? 'dmy' : undefined;
  } catch {
    result = undefined;
  }
  dayMonthOrders.set(tag, result);
  return result;
}

const gregorianLangs = new Map<string, boolean>();

/**
 * Whether `lang` writes Gregorian dates. Languages whose default calendar is another (fa: Persian, th:
 * Buddhist, or a `-u-ca-` tag) write years such as 1405 or 2569 and months that are not ours, which the
 * patterns would read as wrong Gregorian days, so their dates are refused. A tag the engine does not know
 * is taken as Gregorian, as it always was.
 */
function writesGregorian(lang: string | null | undefined): boolean {
  if (!lang) return true;
  const tag = lang.replace(/_/g, '-');
  const known = gregorianLangs.get(tag);
  if (known !== undefined) return known;
  let gregorian = true;
  try {
    const calendar = new Intl.DateTimeFormat(tag).resolvedOptions().calendar;
    gregorian = calendar === 'gregory' || calendar === 'iso8601';
  } catch {
    gregorian = true;
  }
  gregorianLangs.set(tag, gregorian);
  return gregorian;
}

/**
 * Looks up, ahead of the first read, what reading `lang`'s dates asks of `Intl` (its calendar, date order
 * and month names): the engine's first formatters of a page cost tens of milliseconds, better spent in a
 * task of their own than inside the read.
 */
export function prepareDates(lang: string | null | undefined): void {
  if (!writesGregorian(lang)) return;
  patterns();
  numericOrder(lang);
  pageMonthNames(lang);
}

/** One date in `text` (the whole string must be one date, surrounding words aside). */
export function parseDate(text: string, hints: DateHints = {}): string | undefined {
  const dates = findDates(text, hints);
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * A range "A - B" (or "A – B", "A to B", "A 〜 B") in `text`, or a single date as a one-day range.
 * The first date may leave out what it shares with the second, as `Intl` ranges do: "Nov 14 – 20, 2026",
 * "14–20 nov. 2026", "14.–20.11.2026", "28 oct. – 3 nov. 2026", "2026-11-14–20".
 * Returns undefined when no date, more than two, or an ambiguous one is found.
 */
export function parseDateRange(text: string, hints: DateHints = {}): { from: string; to: string } | undefined {
  const dates = findDates(text, hints);
  if (dates.length === 1) return { from: dates[0]!, to: dates[0]! };
  if (dates.length === 2 && dates[0]! <= dates[1]!) return { from: dates[0]!, to: dates[1]! };
  return undefined;
}

export function formatPeriod(range: { from: string; to: string }): string {
  return `${range.from}..${range.to}`;
}

/** A month name: letters of any script with their marks (Arabic, Devanagari), maybe an abbreviation dot. */
const WORD = '([\\p{L}\\p{M}]{2,16})\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** What joins the two ends of a range: dashes, tildes, "to", "bis", "au", "al", "a", "至". */
const SEP = '(?:\\s*(?:[-\\u2010-\\u2015~\\u301c]|至)\\s*|\\s+(?:to|bis|au|al|a|tot|till|do|ile)\\s+)';
/** Not preceded by a letter, digit or date separator: the start of a partial date. */
const LEFT_EDGE = '(?<![\\p{L}\\p{M}\\d./-])';

interface Pattern {
  re: RegExp;
  /** The dates read (undefined: a date that cannot be told), or null when the match is not a date after all. */
  read: (m: RegExpExecArray, hints: DateHints) => (string | undefined)[] | null;
  /** Year, month, day order: a range's second end may then give only the day or month and day. */
  ymd?: boolean;
}

/**
 * The date patterns, built on first use (or by `prepareDates`, ahead of a page's first read): seven of
 * them are Unicode property patterns over every script, whose construction was half the page reader's
 * top-level run when the reader is evaluated as the page loads (bench/README.md).
 */
function buildPatterns() {
  const dates: Pattern[] = [
    // 2026年11月20日, 2026년 11월 20일, 2026/11/20, 2026-11-20, 2026.11.20, and Korean 2026. 11. 20.
    {
      re: /(?<![\d.])(\d{4})(?:\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|([-/.])(\d{1,2})\4(\d{1,2})(?![\d.])|\.\s(\d{1,2})\.\s(\d{1,2})\.?(?![\d.]))/gu,
      read: (m) => {
        const year = Number(m[1]);
        if (m[2]) return [iso(year, Number(m[2]), Number(m[3]))];
        if (m[5]) return [iso(year, Number(m[5]), Number(m[6]))];
        return [iso(year, Number(m[7]), Number(m[8]))];
      },
      ymd: true,
    },
    // 26年7月5日, 26년 7월 5일: a two-digit year Intl writes for `year: '2-digit'`, marked as the year.
    {
      re: /(?<![\d.])(\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
      read: (m) => [iso(fullYear(m[1]!), Number(m[2]), Number(m[3]))],
      ymd: true,
    },
    // Korean short dates put a two-digit year first: "26. 7. 5." Only a year-first page is read that way.
    {
      re: /(?<![\d.])(\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.(?![\d.])/gu,
      read: (m, hints) => [numericOrder(hints.lang) === 'ymd' ? iso(fullYear(m[1]!), Number(m[2]), Number(m[3])) : undefined],
    },
    // Nov 14 – 20, 2026 (a range within one month, as en-US writes it)
    {
      re: new RegExp(`${WORD}\\s+(\\d{1,2})${ORDINAL}${SEP}(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`, 'gu'),
      read: (m, hints) => {
        const month = monthOf(m[1]!, hints);
        if (!month) return null;
        return [iso(Number(m[4]), month, Number(m[2])), iso(Number(m[4]), month, Number(m[3]))];
      },
    },
    // Nov 20, 2026 / November 20 2026
    {
      re: new RegExp(`${WORD}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})`, 'gu'),
      read: (m, hints) => (monthOf(m[1]!, hints) ? [iso(Number(m[3]), monthOf(m[1]!, hints)!, Number(m[2]))] : null),
    },
    // 20 nov. 2026 / 20. Nov. 2026 / 20 de nov. de 2026 / 20 novembre 2026 / 01 Jan, 2026 (en-IN)
    {
      re: new RegExp(`(\\d{1,2})\\.?\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})`, 'gu'),
      read: (m, hints) => (monthOf(m[2]!, hints) ? [iso(Number(m[3]), monthOf(m[2]!, hints)!, Number(m[1]))] : null),
    },
    // 11/20/2026, 20/11/2026, 20.11.2026, 20-11-2026, 20.11.26
    {
      re: /(?<![\d.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{1,2})(?![\d.])/g,
      read: (m, hints) => {
        const a = Number(m[1]);
        const b = Number(m[3]);
        // Year-first languages write two-digit years first too ("26-07-05" in sv-SE, "26/07/05" in en-ZA),
        // and with a one-digit day when asked for `day: 'numeric'` ("26/7/5" in ja, "26-07-5" in en-CA).
        const yearFirst = m[2] !== '.' && m[1]!.length === 2 && numericOrder(hints.lang) === 'ymd';
        if (yearFirst && m[4]!.length <= 2) return [iso(fullYear(m[1]!), b, Number(m[4]))];
        // A one-digit last part is a day, not a year: such a date only reads year first.
        if (m[4]!.length === 1) return null;
        const year = fullYear(m[4]!);
        if (m[2] === '.') return [iso(year, b, a)]; // dotted dates are day first everywhere
        if (a > 12 && b <= 12) return [iso(year, b, a)];
        if (b > 12 && a <= 12) return [iso(year, a, b)];
        if (a === b) return [iso(year, a, b)];
        const order = dayMonthOrder(hints.lang);
        if (order === undefined) return [undefined];
        return [order === 'mdy' ? iso(year, a, b) : iso(year, b, a)];
      },
    },
  ];
  /** A range's first end without the year (and maybe the month) it shares with the second, then the joiner. */
  const leftPartials: { re: RegExp; read: (m: RegExpExecArray, hints: DateHints) => { month?: number; day: number } | null }[] = [
    // "Oct 28 – "
    {
      re: new RegExp(`${LEFT_EDGE}${WORD}\\s+(\\d{1,2})${ORDINAL}${SEP}$`, 'u'),
      read: (m, hints) => (monthOf(m[1]!, hints) ? { month: monthOf(m[1]!, hints)!, day: Number(m[2]) } : null),
    },
    // "28 oct. – ", "28. Oktober – ", "28 de octubre – "
    {
      re: new RegExp(`${LEFT_EDGE}(\\d{1,2})\\.?\\s+(?:de\\s+)?${WORD}${SEP}$`, 'u'),
      read: (m, hints) => (monthOf(m[2]!, hints) ? { month: monthOf(m[2]!, hints)!, day: Number(m[1]) } : null),
    },
    // "28.10. – ", "28.10–" (dotted: day first)
    { re: new RegExp(`${LEFT_EDGE}(\\d{1,2})\\.(\\d{1,2})\\.?${SEP}$`, 'u'), read: (m) => ({ month: Number(m[2]), day: Number(m[1]) }) },
    // "14–", "14.–": only the day differs
    { re: new RegExp(`${LEFT_EDGE}(\\d{1,2})\\.?${SEP}$`, 'u'), read: (m) => ({ day: Number(m[1]) }) },
  ];
  return {
    dates,
    leftPartials,
    /** Digits just before a joiner that no partial form explains ("10/30 – Nov 20, 2026"): not readable. */
    leftUnreadable: new RegExp(`(?:^|[^\\d:])[\\d./]*\\d\\.?${SEP}$`, 'u'),
    /** After a year-first date: "–20", "–11-03", "～12月3日", "~2월 12일" (not a time such as " - 10:30"). */
    rightPartial: new RegExp(`^${SEP}(?:(\\d{1,2})(?:[-/.]|\\s*[月월]\\s*))?(\\d{1,2})(?![\\d:./-])`, 'u'),
    rightUnreadable: new RegExp(`^${SEP}\\d(?!\\d?:)`, 'u'),
  };
}

let builtPatterns: ReturnType<typeof buildPatterns> | undefined;
const patterns = () => (builtPatterns ??= buildPatterns());

interface Found {
  at: number;
  end: number;
  dates: (string | undefined)[];
  ymd: boolean;
}

function findDates(text: string, hints: DateHints): string[] {
  const folded = fold(text);
  // "هـ" marks a Hijri (Islamic calendar) year, as ar-SA writes with `-u-ca-islamic-umalqura`: its
  // day, month and year are not the Gregorian ones, so such a date is refused rather than misread.
  if (folded.includes('\u0647\u0640')) return [];
  if (!writesGregorian(hints.lang)) return [];
  const found: Found[] = [];
  for (const { re, read, ymd } of patterns().dates) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.at)) continue; // already read by a more specific pattern
      const dates = read(m, hints);
      if (dates === null) continue; // a word that is not a month
      found.push({ at: start, end, dates, ymd: ymd ?? false });
    }
  }
  found.sort((a, b) => a.at - b.at);

  const dates: (string | undefined)[] = [];
  found.forEach((f, i) => {
    const single = f.dates.length === 1 ? f.dates[0] : undefined;
    if (single) {
      const left = folded.slice(i > 0 ? found[i - 1]!.end : 0, f.at);
      const partial = leftPartial(left, single, hints);
      if (partial !== null) dates.push(partial);
    }
    dates.push(...f.dates);
    if (single && f.ymd) {
      const right = folded.slice(f.end, i + 1 < found.length ? found[i + 1]!.at : folded.length);
      const partial = rightPartial(right, single);
      if (partial !== null) dates.push(partial);
    }
  });
  if (dates.some((d) => d === undefined)) return [];
  return dates as string[];
}

/** The first end of a range written without its year: null when there is none, undefined when unreadable. */
function leftPartial(left: string, to: string, hints: DateHints): string | undefined | null {
  const [year, month] = to.split('-').map(Number) as [number, number, number];
  for (const { re, read } of patterns().leftPartials) {
    const m = re.exec(left);
    const part = m && read(m, hints);
    if (!part) continue;
    if (part.month === undefined) {
      const from = iso(year, month, part.day);
      return from && from <= to ? from : undefined;
    }
    const from = iso(year, part.month, part.day);
    // "Dec 28 – Jan 3, 2027": the first end is in the year before.
    return from && from > to ? iso(year - 1, part.month, part.day) : from;
  }
  return patterns().leftUnreadable.test(left) ? undefined : null;
}

/** The second end of a range after a year-first date: "2026-11-14–20", "2026-10-28–11-03". */
function rightPartial(right: string, from: string): string | undefined | null {
  const [year, month] = from.split('-').map(Number) as [number, number, number];
  const m = patterns().rightPartial.exec(right);
  if (m) {
    const to = iso(year, m[1] ? Number(m[1]) : month, Number(m[2]));
    if (!m[1]) return to && to >= from ? to : undefined;
    return to && to < from ? iso(year + 1, Number(m[1]), Number(m[2])) : to;
  }
  return patterns().rightUnreadable.test(right) ? undefined : null;
}
