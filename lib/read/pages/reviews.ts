/**
 * Brand Customer Reviews (contract §1 `reviews`): each review on the page, and those below 4 stars as
 * due items (contract §7) with their 7-day removal-request window. Nothing is stored as a snapshot.
 *
 * Each review is a card (`data-testid="review-<id>"`, or a `data-review-id`); its rating is a
 * `kat-star-rating[value]`, its date sits in the byline ("Review by NAME on November 20, 2026", in the
 * page's language), its product is the detail-page link (`/dp/<ASIN>`) or the ASIN shown beside it.
 * Anchors first, words only for the defect check (lib/read/labels.ts `REVIEW_DEFECT_WORDS`).
 */
import { deepQueryAll, visibleText } from '../dom';
import { dueRow } from '../due-items';
import { mentionsAny, REVIEW_DEFECT_WORDS } from '../labels';
import { parseDate } from '../parse-date';
import { comparablePath } from './label-anchors';
import { emptyResult } from './read-metric';
import type { AdapterResult, DueReading, PageAdapter, PageContext } from './types';

const PATHS = /^\/brand-customer-reviews(?:\/.*)?$/;

/** A review id: R and 10–20 letters or digits. */
const REVIEW_ID = /^R[A-Z0-9]{9,20}$/;
/** An ASIN (or an ISBN-10, which books use as their ASIN). */
const ASIN = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;

/** Review cards, most stable anchor first; each alternative gives the card's review id. */
const CARD_ANCHORS: readonly { selector: string; id: (el: Element) => string | undefined }[] = [
  // a card named by its review id
  { selector: '[data-review-id]', id: (el) => el.getAttribute('data-review-id')?.trim() },
  // the Brand Customer Reviews React page: data-testid="review-<id>" (the list itself is "review-list")
  { selector: '[data-testid^="review-"]', id: (el) => el.getAttribute('data-testid')!.slice('review-'.length).trim() },
];

/** The review's rating widget; its `value` is the stars. */
const RATING_SELECTORS = ['kat-star-rating.reviewRating[value]', 'kat-star-rating[value]', '[data-rating]'];
/** Where the review's date is written, most specific first; else the byline, else the card. */
const DATE_SELECTORS = ['time[datetime]', '[data-testid="review-date"]', '.reviewDate', '.reviewMeta'];
const TITLE_SELECTORS = ['.reviewTitle', '[data-testid="review-title"]'];
const PRODUCT_LINK = 'a[href*="/dp/"]';

export const reviewsAdapter: PageAdapter = {
  id: 'reviews',
  source: 'sellercentral',
  metrics: [],
  matches: (url) => PATHS.test(comparablePath(url)),
  read(doc, ctx) {
    const out: AdapterResult = { ...emptyResult(), due: [] };
    try {
      readReviews(doc, ctx, out);
    } catch (error) {
      out.problems.push(`reviews page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

interface Card {
  id: string;
  element: Element;
}

function findCards(doc: Document): Card[] {
  for (const anchor of CARD_ANCHORS) {
    const cards = deepQueryAll(doc, anchor.selector)
      .map((element) => ({ element, id: anchor.id(element) ?? '' }))
      .filter((card) => REVIEW_ID.test(card.id));
    if (cards.length) return outermostCards(cards);
  }
  return [];
}

/** A review id shown twice (a card and its inner content both named) is one card: the outer one. */
function outermostCards(cards: Card[]): Card[] {
  return cards.filter((card) => !cards.some((other) => other !== card && other.element.contains(card.element)));
}

function readReviews(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const cards = findCards(doc);
  if (cards.length === 0) {
    out.problems.push('no review cards (data-testid="review-<id>" or data-review-id) found');
    return;
  }
  // Dates are written in the page's language; a page without `lang` on amazon.com writes them US-style.
  const lang = doc.documentElement.getAttribute('lang') || (ctx.marketplace === 'US' ? 'en-US' : undefined);
  const seen = new Map<string, string>();
  for (const card of cards) {
    const read = readCard(card, lang);
    if (typeof read === 'string') {
      out.problems.push(`review ${card.id}: ${read}`);
      continue;
    }
    if (!read) continue;
    // The same review twice (a re-render caught half-way) is one; shown twice differently, neither.
    const key = JSON.stringify(read.row);
    const before = seen.get(card.id);
    if (before === key) continue;
    if (before !== undefined) {
      out.problems.push(`review ${card.id}: shown twice with different values; not read`);
      out.due = out.due!.filter((d) => d.row.id !== card.id);
      continue;
    }
    seen.set(card.id, key);
    out.due!.push(read);
  }
}

/** A card's due item; undefined for 4 and 5 stars; a string says why the card cannot be read. */
function readCard(card: Card, lang: string | undefined): DueReading | string | undefined {
  const ratingEl = RATING_SELECTORS.flatMap((s) => deepQueryAll(card.element, s))[0];
  if (!ratingEl) return 'no star rating';
  const ratingText = (ratingEl.getAttribute('value') ?? ratingEl.getAttribute('data-rating') ?? '').trim();
  // Reviews are whole stars; a widget may write "2.0".
  if (!/^[1-5](?:[.,]0+)?$/.test(ratingText)) return `rating unreadable: "${ratingText}"`;
  const rating = Number(ratingText[0]);

  const date = reviewDate(card.element, lang);
  if (!date) return 'date unreadable';

  const asin = reviewAsin(card.element);
  if (typeof asin !== 'string') return asin.problem;

  const made = dueRow('review', card.id, asin, rating, date);
  if (!made) return undefined;
  if ('problem' in made) return made.problem;
  const title = TITLE_SELECTORS.flatMap((s) => deepQueryAll(card.element, s)).map(visibleText).find(Boolean) ?? '';
  const body = deepQueryAll(card.element, `[id="review-content-${card.id}"], .reviewContent, [data-testid="review-content"]`).map(visibleText).find(Boolean) ?? '';
  return {
    row: made.row,
    element: ratingEl,
    defect: mentionsAny(`${title} ${body}`, REVIEW_DEFECT_WORDS),
    ...(title ? { title: title.slice(0, 300) } : {}),
  };
}

/**
 * The review's date: a machine-readable `datetime`, else the one date written in its date element or
 * byline ("Review by Megan on November 20, 2026"): every run of words is tried, and exactly one date
 * must come out.
 */
function reviewDate(card: Element, lang: string | undefined): string | undefined {
  const time = deepQueryAll(card, 'time[datetime]')[0]?.getAttribute('datetime')?.slice(0, 10);
  if (time && /^\d{4}-\d{2}-\d{2}$/.test(time)) return time;
  for (const selector of DATE_SELECTORS.slice(1)) {
    const texts = deepQueryAll(card, selector).map(visibleText).filter(Boolean);
    for (const text of texts) {
      const date = oneDateIn(text, lang);
      if (date) return date;
    }
  }
  return undefined;
}

function oneDateIn(text: string, lang: string | undefined): string | undefined {
  const whole = parseDate(text, { lang });
  if (whole) return whole;
  const words = text.split(/\s+/).filter(Boolean);
  const found = new Set<string>();
  for (let length = Math.min(6, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const date = parseDate(words.slice(start, start + length).join(' ').replace(/[.,;]$/, ''), { lang });
      if (date) found.add(date);
    }
    // The longest runs that hold a date decide: "November 20, 2026" over "20, 2026".
    if (found.size) break;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The reviewed product's ASIN: its detail-page link, checked against the ASIN shown beside it. */
function reviewAsin(card: Element): string | { problem: string } {
  const fromLinks = new Set(
    deepQueryAll(card, PRODUCT_LINK)
      .map((a) => /\/dp\/([A-Z0-9]{10})/i.exec(a.getAttribute('href') ?? '')?.[1]?.toUpperCase())
      .filter((asin): asin is string => !!asin),
  );
  const shown = deepQueryAll(card, '[data-asin], .reviewAsin')
    .map((el) => el.getAttribute('data-asin')?.trim() || ASIN.exec(visibleText(el))?.[1])
    .filter((asin): asin is string => !!asin);
  const all = new Set([...fromLinks, ...shown]);
  if (all.size === 0) return { problem: 'no ASIN' };
  if (all.size > 1) return { problem: `two ASINs (${[...all].join(' / ')}); not read` };
  return [...all][0]!;
}
