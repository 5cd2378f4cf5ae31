import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, parseDate, parseDateRange, type DateHints } from './parse-date';
import { SUPPORTED_LOCALES } from './parse-number';

describe('parseDate: one date in every supported language', () => {
  const cases: [string, DateHints, string][] = [
    ['Nov 20, 2026', {}, '2026-11-20'],
    ['November 20, 2026', {}, '2026-11-20'],
    ['Fri, Nov 20, 2026', {}, '2026-11-20'],
    ['Nov 20th, 2026', {}, '2026-11-20'],
    ['11/20/2026', {}, '2026-11-20'],
    ['11/20/2026', { lang: 'en-US' }, '2026-11-20'],
    ['11/20/26', { lang: 'en-US' }, '2026-11-20'],
    ['20/11/2026', { lang: 'en-GB' }, '2026-11-20'],
    ['03/04/2026', { lang: 'en-US' }, '2026-03-04'],
    ['03/04/2026', { lang: 'en_US' }, '2026-03-04'],
    ['03/04/2026', { lang: 'en-GB' }, '2026-04-03'],
    ['03/04/2026', { lang: 'fr-FR' }, '2026-04-03'],
    ['04/04/2026', {}, '2026-04-04'],
    ['20.11.2026', {}, '2026-11-20'],
    ['03.04.2026', {}, '2026-04-03'],
    ['20.11.26', {}, '2026-11-20'],
    ['20. Nov. 2026', {}, '2026-11-20'],
    ['20. November 2026', {}, '2026-11-20'],
    ['5. März 2026', {}, '2026-03-05'],
    ['20 nov. 2026', {}, '2026-11-20'],
    ['20 novembre 2026', {}, '2026-11-20'],
    ['5 févr. 2026', {}, '2026-02-05'],
    ['5 août 2026', {}, '2026-08-05'],
    ['5 déc. 2026', {}, '2026-12-05'],
    ['20 nov 2026', { lang: 'it-IT' }, '2026-11-20'],
    ['5 gen 2026', {}, '2026-01-05'],
    ['5 giu 2026', {}, '2026-06-05'],
    ['20 nov 2026', { lang: 'es-ES' }, '2026-11-20'],
    ['20 de nov. de 2026', {}, '2026-11-20'],
    ['20 de noviembre de 2026', {}, '2026-11-20'],
    ['5 ene 2026', {}, '2026-01-05'],
    ['2026年11月20日', {}, '2026-11-20'],
    ['２０２６年１１月２０日', {}, '2026-11-20'],
    ['2026 年 1 月 5 日', {}, '2026-01-05'],
    ['2026/11/20', {}, '2026-11-20'],
    ['2026-11-20', {}, '2026-11-20'],
    ['2026.11.20', {}, '2026-11-20'],
    ['20 Kas 2026', {}, '2026-11-20'],
    ['20 Kasım 2026', {}, '2026-11-20'],
    ['3 Aralık 2026', {}, '2026-12-03'],
    ['20 listopada 2026', {}, '2026-11-20'],
    ['20 mrt 2026', {}, '2026-03-20'],
    ['Yesterday Nov 20, 2026', {}, '2026-11-20'],
    ['Date: 20.11.2026', {}, '2026-11-20'],
    ['29 Feb 2028', {}, '2028-02-29'],
    // Korean, Arabic (Arabic-Indic digits, direction marks), Hindi, and regional month names.
    ['2026년 1월 5일', {}, '2026-01-05'],
    ['2026년 1월 5일 월요일', { lang: 'ko-KR' }, '2026-01-05'],
    ['2026. 1. 5.', {}, '2026-01-05'],
    ['26. 1. 5.', { lang: 'ko-KR' }, '2026-01-05'],
    ['٥\u200f/٧\u200f/٢٠٢٦', { lang: 'ar-SA' }, '2026-07-05'],
    ['5\u200f/7\u200f/2026', { lang: 'ar-AE' }, '2026-07-05'],
    ['الأحد، ٥ يوليو ٢٠٢٦', {}, '2026-07-05'],
    ['5 जुल॰ 2026', {}, '2026-07-05'],
    ['रविवार, 5 जुलाई 2026', {}, '2026-07-05'],
    ['5 Jänner 2026', {}, '2026-01-05'],
    ['5. Jän. 2026', {}, '2026-01-05'],
    ['5. Feber 2026', {}, '2026-02-05'],
    ['5 juill. 2026', {}, '2026-07-05'],
    ['5 de julho de 2026', {}, '2026-07-05'],
    ['söndag 5 juli 2026', {}, '2026-07-05'],
    ['5 lip 2026', {}, '2026-07-05'],
    ['Sun, 05 Jul, 2026', { lang: 'en-IN' }, '2026-07-05'],
    ['26-07-05', { lang: 'sv-SE' }, '2026-07-05'],
    ['26/07/05', { lang: 'en-ZA' }, '2026-07-05'],
    ['5/7/26', { lang: 'hi-IN' }, '2026-07-05'],
    // Year-first locales whose ranges write day-month-year dates: en-CA month first, en-ZA day first.
    ['03/04/2026', { lang: 'en-CA' }, '2026-03-04'],
    ['03/04/2026', { lang: 'en-ZA' }, '2026-04-03'],
    // Two-digit years with a one-digit day, as Intl writes `{ year: '2-digit', day: 'numeric' }`.
    ['26/7/5', { lang: 'ja-JP' }, '2026-07-05'],
    ['26-07-5', { lang: 'en-CA' }, '2026-07-05'],
    ['26年7月5日星期日', { lang: 'zh-CN' }, '2026-07-05'],
    ['26年07月5日 星期日', {}, '2026-07-05'],
  ];
  it.each(cases)('%s %j → %s', (text, hints, expected) => {
    expect(parseDate(text, hints)).toBe(expected);
  });

  it.each([
    ['03/04/2026', {}],
    ['03/04/2026', { lang: null }],
    ['31 Nov 2026', {}],
    ['Nov 31, 2026', {}],
    ['31.11.2026', {}],
    ['2026-11-31', {}],
    ['29 Feb 2026', {}],
    ['2026-13-01', {}],
    ['13/13/2026', {}],
    ['00/10/2026', { lang: 'en-US' }],
    ['', {}],
    ['Yesterday', {}],
    ['Sessions 20 2026', {}],
    ['Nov 20', {}],
    ['Nov 14, 2026 - Nov 20, 2026', {}],
    ['Nov 14 – Nov 20, 2026', {}],
    ['14–20 nov. 2026', {}],
    // Korean two-digit-year-first dates only on a year-first page; a year-first page that writes no
    // day-month-year dates at all (ja) cannot say which of 03 and 04 is the month.
    ['26. 1. 5.', {}],
    ['26. 1. 5.', { lang: 'de-DE' }],
    ['03/04/2026', { lang: 'ja-JP' }],
    ['٥/٧/2026', {}],
    // A one-digit last part is a day: the date reads only year first, on a year-first page.
    ['26/7/5', {}],
    ['26/7/5', { lang: 'de-DE' }],
    ['26/7/5', { lang: 'en-US' }],
    ['5/7/6', { lang: 'ja-JP' }],
    // Hijri dates (ar-SA with the Islamic calendar) are not Gregorian days.
    ['٢٠\u200f/١\u200f/١٤٤٨ هـ', { lang: 'ar-SA' }],
    ['٢٠ محرم ١٤٤٨ هـ', { lang: 'ar-SA' }],
    // Pages in a language with another calendar: Persian (1405/4/14 is 5 July 2026), Buddhist (69 is 2569).
    ['۱۴۰۵/۴/۱۴', { lang: 'fa-IR' }],
    ['5/7/69', { lang: 'th-TH' }],
    ['R8/7/5', { lang: 'ja-JP-u-ca-japanese' }],
  ] as [string, DateHints][])('%j %j → undefined', (text, hints) => {
    expect(parseDate(text, hints)).toBeUndefined();
  });
});

describe('parseDateRange', () => {
  const cases: [string, DateHints, string, string][] = [
    ['Nov 14, 2026 - Nov 20, 2026', {}, '2026-11-14', '2026-11-20'],
    ['Nov 14, 2026 – Nov 20, 2026', {}, '2026-11-14', '2026-11-20'],
    ['Nov 14, 2026 to Nov 20, 2026', {}, '2026-11-14', '2026-11-20'],
    ['11/14/2026 - 11/20/2026', { lang: 'en-US' }, '2026-11-14', '2026-11-20'],
    ['11/14/2026-11/20/2026', { lang: 'en-US' }, '2026-11-14', '2026-11-20'],
    ['Yesterday Nov 20, 2026', {}, '2026-11-20', '2026-11-20'],
    ['Yesterday: 11/20/2026', { lang: 'en-US' }, '2026-11-20', '2026-11-20'],
    ['Last 7 days Nov 14, 2026 - Nov 20, 2026', {}, '2026-11-14', '2026-11-20'],
    ['Last 7 days - Nov 20, 2026', {}, '2026-11-20', '2026-11-20'],
    ['Letzte 7 Tage 14.11.2026 - 20.11.2026', {}, '2026-11-14', '2026-11-20'],
    ['Letzte 7 Tage: 14.11.2026 – 20.11.2026', { lang: 'de-DE' }, '2026-11-14', '2026-11-20'],
    ['14. Nov. 2026 - 20. Nov. 2026', {}, '2026-11-14', '2026-11-20'],
    ['14 nov. 2026 ~ 20 nov. 2026', {}, '2026-11-14', '2026-11-20'],
    ['14 novembre 2026 au 20 novembre 2026', {}, '2026-11-14', '2026-11-20'],
    ['14 de nov. de 2026 - 20 de nov. de 2026', {}, '2026-11-14', '2026-11-20'],
    ['过去 7 天 2026年11月14日 - 2026年11月20日', {}, '2026-11-14', '2026-11-20'],
    ['过去 7 天 2026/11/14 ~ 2026/11/20', {}, '2026-11-14', '2026-11-20'],
    ['2026/11/14～2026/11/20', {}, '2026-11-14', '2026-11-20'],
    ['2026年11月14日～2026年11月20日', {}, '2026-11-14', '2026-11-20'],
    ['Dec 28, 2026 - Jan 3, 2027', {}, '2026-12-28', '2027-01-03'],
    // Ends that leave out what they share with the other, as Intl writes ranges.
    ['Nov 14 – 20, 2026', {}, '2026-11-14', '2026-11-20'],
    ['Oct 28 – Nov 3, 2026', {}, '2026-10-28', '2026-11-03'],
    ['Dec 28 – Jan 3, 2027', {}, '2026-12-28', '2027-01-03'],
    ['14–20 nov. 2026', {}, '2026-11-14', '2026-11-20'],
    ['28 oct. – 3 nov. 2026', {}, '2026-10-28', '2026-11-03'],
    ['14.–20.11.2026', {}, '2026-11-14', '2026-11-20'],
    ['28.10. – 03.11.2026', {}, '2026-10-28', '2026-11-03'],
    ['14. – 20. November 2026', {}, '2026-11-14', '2026-11-20'],
    ['28 de octubre – 3 de noviembre de 2026', {}, '2026-10-28', '2026-11-03'],
    ['2026-11-14–20', {}, '2026-11-14', '2026-11-20'],
    ['2026-10-28–11-03', {}, '2026-10-28', '2026-11-03'],
    ['2026年11月14日～20日', {}, '2026-11-14', '2026-11-20'],
    ['2026年10月28日～11月3日', {}, '2026-10-28', '2026-11-03'],
    ['Nov 20, 2026 - 10:30 AM', {}, '2026-11-20', '2026-11-20'],
    ['2026-11-20 - 10:30', {}, '2026-11-20', '2026-11-20'],
    ['2026년 1월 3일~2월 12일', {}, '2026-01-03', '2026-02-12'],
    ['2026년 1월 3일~12일', {}, '2026-01-03', '2026-01-12'],
  ];
  it.each(cases)('%s %j', (text, hints, from, to) => {
    expect(parseDateRange(text, hints)).toEqual({ from, to });
  });

  it.each([
    ['Nov 20, 2026 - Nov 14, 2026', {}],
    ['20.11.2026 - 14.11.2026', {}],
    ['03/04/2026 - 03/10/2026', {}],
    ['Nov 14, 2026 - Nov 31, 2026', {}],
    ['Nov 1, 2026 - Nov 2, 2026 - Nov 3, 2026', {}],
    ['Yesterday', {}],
    ['Letzte 7 Tage', {}],
    ['', {}],
    // A first end that cannot be read must not leave a one-day range behind.
    ['10/30 – Nov 20, 2026', {}],
    ['20–14 nov. 2026', {}],
    ['31.–20.11.2026', {}],
    ['2026-11-20–14', {}],
  ] as [string, DateHints][])('%j → undefined', (text, hints) => {
    expect(parseDateRange(text, hints)).toBeUndefined();
  });

  it("reads month names in the page's own language, as Intl writes them, beyond the supported locales", () => {
    // Czech and Croatian are not marketplace languages: their month words are found through the page's lang.
    const cs = new Intl.DateTimeFormat('cs', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 20));
    expect(parseDate(cs, { lang: 'cs-CZ' })).toBe('2026-11-20');
    expect(parseDate('20. studenoga 2026.', { lang: 'hr' })).toBe('2026-11-20');
    // Without the page's language the same word names no month anyone can be sure of.
    expect(parseDate('20. studenoga 2026.')).toBeUndefined();
    // A tag the engine does not know does not borrow the default locale's names: the usual table answers.
    expect(parseDate('Nov 20, 2026', { lang: 'xx-XX' })).toBe('2026-11-20');
  });

  it('formatPeriod writes YYYY-MM-DD..YYYY-MM-DD', () => {
    expect(formatPeriod({ from: '2026-11-14', to: '2026-11-20' })).toBe('2026-11-14..2026-11-20');
    const range = parseDateRange('Nov 20, 2026');
    expect(range && formatPeriod(range)).toBe('2026-11-20..2026-11-20');
  });
});

// ---------------------------------------------------------------------------------------------------
// Property tests: what Intl writes in a supported language reads back with that language.

const LANGS = ['en-US', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'ja-JP', 'zh-CN'] as const;
const MORE_LANGS = SUPPORTED_LOCALES.filter((l) => !(LANGS as readonly string[]).includes(l));
const DAY_MS = 86_400_000;
/** Two-digit years read as 20xx, so the dates stay in this century. */
const day = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS));
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

describe('Intl round trips', () => {
  it('dateStyle medium and short (and long) parse back with their lang', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS, ...MORE_LANGS), fc.constantFrom('medium', 'short', 'long') as fc.Arbitrary<'medium' | 'short' | 'long'>, day, (lang, dateStyle, date) => {
        const text = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).format(date);
        expect(parseDate(text, { lang }), `${lang} ${dateStyle} "${text}"`).toBe(isoOf(date));
      }),
      { numRuns: 3000 },
    );
  });

  it('ranges (formatRange) parse back with their lang', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS, ...MORE_LANGS),
        fc.constantFrom('medium', 'short', 'long') as fc.Arbitrary<'medium' | 'short' | 'long'>,
        day,
        fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400 })),
        (lang, dateStyle, from, length) => {
          const to = new Date(from.getTime() + length * DAY_MS);
          fc.pre(to.getUTCFullYear() <= 2099);
          const text = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).formatRange(from, to);
          expect(parseDateRange(text, { lang }), `${lang} ${dateStyle} "${text}"`).toEqual({ from: isoOf(from), to: isoOf(to) });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a range joined by any supported joiner, with a leading word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom('medium', 'short') as fc.Arbitrary<'medium' | 'short'>,
        day,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(' - ', '-', ' – ', '–', ' ~ ', '～', ' to '),
        fc.constantFrom('', 'Yesterday ', 'Letzte 7 Tage ', '过去 7 天 ', 'Custom: '),
        (lang, dateStyle, from, length, joiner, lead) => {
          const to = new Date(from.getTime() + length * DAY_MS);
          fc.pre(to.getUTCFullYear() <= 2099);
          const format = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' });
          const text = `${lead}${format.format(from)}${joiner}${format.format(to)}`;
          expect(parseDateRange(text, { lang }), `"${text}"`).toEqual({ from: isoOf(from), to: isoOf(to) });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(undefined, 'en-US', 'de-DE', 'ja-JP'), (text, lang) => {
        const single = parseDate(text, { lang });
        const range = parseDateRange(text, { lang });
        if (single !== undefined) expect(single).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (range) expect(range.from <= range.to).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
