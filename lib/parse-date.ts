/**
 * Reads the dates the pages show, in every UI language we support: "Nov 20, 2026", "20 nov. 2026",
 * "20. Nov. 2026", "2026年11月20日", "11/20/2026", "20.11.2026", "2026-11-20", and ranges of them
 * ("Nov 14, 2026 - Nov 20, 2026"). Month names vary by language, which is why this is written here
 * rather than taken from a date library: those want one known format, and the page's format is what
 * we are trying to find out. Like the number parser it never guesses: an ambiguous date is undefined.
 */

export interface DateHints {
  /** `<html lang>` of the page: decides 11/12/2026 between month-first (en-US) and day-first. */
  lang?: string | null;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, it, es, nl, pl, sv, pt, tr (lower case, without accents; abbreviations too)
  ['jan', 'january', 'januar', 'janv', 'janvier', 'gen', 'gennaio', 'ene', 'enero', 'januari', 'jänner', 'sty', 'stycznia', 'janeiro', 'ocak'],
  ['feb', 'february', 'februar', 'fevr', 'fev', 'fevrier', 'febbraio', 'febrero', 'februari', 'lut', 'lutego', 'fevereiro', 'subat'],
  ['mar', 'march', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'marca', 'marco', 'mart'],
  ['apr', 'april', 'avr', 'avril', 'aprile', 'abr', 'abril', 'kwi', 'kwietnia', 'nisan'],
  ['may', 'mai', 'maggio', 'mag', 'mayo', 'mei', 'maj', 'maja', 'maio', 'mayis'],
  ['jun', 'june', 'juni', 'juin', 'giugno', 'giu', 'junio', 'cze', 'czerwca', 'junho', 'haziran'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'luglio', 'lug', 'julio', 'lip', 'lipca', 'julho', 'temmuz'],
  ['aug', 'august', 'aout', 'agosto', 'ago', 'augustus', 'sie', 'sierpnia', 'agu', 'agustos'],
  ['sep', 'sept', 'september', 'septembre', 'settembre', 'set', 'septiembre', 'wrz', 'wrzesnia', 'setembro', 'eylul'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'ottobre', 'ott', 'octubre', 'okt', 'paz', 'pazdziernika', 'out', 'outubro', 'ekim'],
  ['nov', 'november', 'novembre', 'noviembre', 'lis', 'listopada', 'novembro', 'kasim'],
  ['dec', 'december', 'dez', 'dezember', 'dec', 'decembre', 'dicembre', 'dic', 'diciembre', 'gru', 'grudnia', 'dezembro', 'aralik'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
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

function monthFirst(lang: string | null | undefined): boolean | undefined {
  if (!lang) return undefined;
  const l = lang.toLowerCase();
  // The US (and Philippines) write month first; everyone else day first or year first.
  if (l === 'en-us' || l === 'en' || l === 'en-ph') return true;
  return false;
}

/** One date in `text` (the whole string must be one date, surrounding words aside). */
export function parseDate(text: string, hints: DateHints = {}): string | undefined {
  const dates = findDates(text, hints);
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * A range "A - B" (or "A – B", "A to B", "A 〜 B") in `text`, or a single date as a one-day range.
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

const WORD = '([a-z\\u00c0-\\u024f]{3,12})\\.?';
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, hints: DateHints) => string | undefined | null }[] = [
  // 2026年11月20日, 2026/11/20, 2026-11-20, 2026.11.20
  {
    re: /(?<![\d.])(\d{4})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?![\d.]))/g,
    read: (m) => (m[2] ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : iso(Number(m[1]), Number(m[5]), Number(m[6]))),
  },
  // Nov 20, 2026 / November 20 2026
  {
    re: new RegExp(`${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'g'),
    read: (m) => (MONTHS[m[1]!] ? iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2])) : null),
  },
  // 20 nov. 2026 / 20. Nov. 2026 / 20 de nov. de 2026 / 20 novembre 2026
  {
    re: new RegExp(`(\\d{1,2})\\.?\\s+(?:de\\s+)?${WORD}\\s+(?:de\\s+)?(\\d{4})`, 'g'),
    read: (m) => (MONTHS[m[2]!] ? iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1])) : null),
  },
  // 11/20/2026, 20/11/2026, 20.11.2026, 20-11-2026, 20.11.26
  {
    re: /(?<![\d.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d.])/g,
    read: (m, hints) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4]!);
      if (m[2] === '.') return iso(year, b, a); // dotted dates are day first everywhere
      if (a > 12 && b <= 12) return iso(year, b, a);
      if (b > 12 && a <= 12) return iso(year, a, b);
      if (a === b) return iso(year, a, b);
      const mf = monthFirst(hints.lang);
      if (mf === undefined) return undefined;
      return mf ? iso(year, a, b) : iso(year, b, a);
    },
  },
];

function findDates(text: string, hints: DateHints): string[] {
  const folded = fold(text);
  const found: { at: number; end: number; date: string | undefined }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.at)) continue; // already read by a more specific pattern
      const date = read(m, hints);
      if (date === null) continue; // a word that is not a month
      found.push({ at: start, end, date });
    }
  }
  if (found.some((f) => f.date === undefined)) return [];
  return found.sort((a, b) => a.at - b.at).map((f) => f.date!);
}
