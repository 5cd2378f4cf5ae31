import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures } from '../../../test/fixtures';
import type { DueRow } from '../due-items';
import { reviewsAdapter } from './reviews';
import type { PageContext } from './types';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('reviews'));
const dueItemsOf = (expected: unknown) => (expected as { dueItems?: DueRow[] }).dueItems ?? [];

describe('reviewsAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/brand-customer-reviews/',
    'https://sellercentral.amazon.com/brand-customer-reviews',
    'https://sellercentral.amazon.de/brand-customer-reviews/ref=xx_crvws_dnav_xx?asin=B0BX8QW3LM',
    'https://sellercentral-europe.amazon.com/brand-customer-reviews/reviews?mons_sel_mkid=A1PA6795UKMFR9',
  ])('serves %s', (url) => expect(reviewsAdapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/feedback-manager/index.html',
    'https://sellercentral.amazon.com/brand-customer-reviews-old',
    'https://sellercentral.amazon.com/voice-of-the-customer',
  ])('does not serve %s', (url) => expect(reviewsAdapter.matches(new URL(url))).toBe(false));
});

describe('reviews fixtures', () => {
  it('has the shared sample and our own', () => {
    expect(fixtures.some((f) => f.name.startsWith('shared/'))).toBe(true);
    expect(fixtures.filter((f) => f.name.startsWith('own/')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: exactly the expected due items, nothing stored, no problems', async (_name, fixture) => {
    const run = await runFixture(reviewsAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
      const due = run.result!.due ?? [];
      expect(due.map((d) => d.row)).toEqual(dueItemsOf(fixture.expected));
      // Each due item's badge goes beside its stars, in the page's light DOM or a shadow root of it.
      for (const reading of due) expect(reading.element?.isConnected).toBe(true);
    } finally {
      run.close();
    }
  });
});

describe('the shared sample', () => {
  const shared = fixtures.find((f) => f.name === 'shared/reviews/brand-reviews-en-us.html')!;

  it('tells a review that names a defect from one that does not', async () => {
    const run = await runFixture(reviewsAdapter, shared);
    try {
      const defect = Object.fromEntries((run.result!.due ?? []).map((d) => [d.row.id, d.defect]));
      expect(defect).toEqual({
        R2K8QW4N1ZT7XA: true, // "The pump stopped after 8 days"
        R3P0LN6VW2K9QE: true, // "Zipper broke", "Not as described"
        R1ZQ8W2N5K3TLD: false, // the app logs out: a complaint, no defect named
        R2B5N8Q1ZT4KWG: true, // "Foam went flat"
        R3Q2M7ZK5W8TRA: false,
        R1X3K8Q2W7NTZC: true, // "tips over", "Dangerous"
      });
      // The review text is kept as text: the "<img onerror>" in it is no element.
      expect(run.document.querySelector('.reviewContent img')).toBeNull();
    } finally {
      run.close();
    }
  });
});

// Unit cases, written as the page's DOM after rendering.
const US: PageContext = { url: new URL('https://sellercentral.amazon.com/brand-customer-reviews/'), marketplace: 'US', currency: 'USD', decimalSeparator: '.' };
let open: JSDOM | undefined;
afterEach(() => {
  open?.window.close();
  open = undefined;
});

function card(id: string, rating: string, byline: string, asin = 'B0BX8QW3LM', text = 'Fine.'): string {
  return `<div class="reviewContainer" data-testid="review-${id}"><div class="reviewHeader"><span class="rating" data-rating="${rating}"></span><span class="reviewTitle">Title</span></div>
    <div class="reviewMeta">${byline}</div><div class="reviewProduct"><a href="https://www.amazon.com/dp/${asin}">Product</a><span class="reviewAsin"> ASIN: ${asin}</span></div>
    <div class="reviewContent" id="review-content-${id}">${text}</div></div>`;
}
function read(body: string, lang = 'en-US', ctx: PageContext = US) {
  open = new JSDOM(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`, { url: ctx.url.href });
  return reviewsAdapter.read(open.window.document, ctx);
}

describe('reviews adapter: unusual and broken pages', () => {
  it('gives each review below 4 stars its 7-day window, across a month and a year end', () => {
    const result = read(card('R1AAAAAAAAAAAA', '1', 'Review by A on December 28, 2026') + card('R2AAAAAAAAAAAA', '3.0', 'Review by B on January 30, 2026') + card('R3AAAAAAAAAAAA', '4', 'Review by C on January 30, 2026'));
    expect(result.problems).toEqual([]);
    expect(result.readings).toEqual([]);
    expect(result.due!.map((d) => [d.row.id, d.row.rating, d.row.date, d.row.due])).toEqual([
      ['R1AAAAAAAAAAAA', 1, '2026-12-28', '2027-01-04'],
      ['R2AAAAAAAAAAAA', 3, '2026-01-30', '2026-02-06'],
    ]);
  });

  it('reads bylines in other languages, and a machine-readable date first', () => {
    const de = read(card('R1AAAAAAAAAAAA', '2', 'Rezension von Jonas am 20. November 2026'), 'de-DE', { ...US, marketplace: 'DE', currency: 'EUR', decimalSeparator: ',' });
    expect(de.due!.map((d) => d.row.date)).toEqual(['2026-11-20']);
    const zh = read(card('R1AAAAAAAAAAAA', '2', '王 于 2026年11月20日 发表评论'), 'zh-CN');
    expect(zh.due!.map((d) => d.row.date)).toEqual(['2026-11-20']);
    const time = read(card('R1AAAAAAAAAAAA', '2', 'Review by A on <time datetime="2026-11-19T22:00:00Z">yesterday</time>'));
    expect(time.due!.map((d) => d.row.date)).toEqual(['2026-11-19']);
  });

  it('reports a card whose date, rating or product cannot be read, and reads the others', () => {
    const result = read(
      card('R1AAAAAAAAAAAA', '2', 'Review by A yesterday') +
        card('R2AAAAAAAAAAAA', 'two', 'Review by B on November 20, 2026') +
        card('R3AAAAAAAAAAAA', '2', 'Review by C on November 20, 2026', 'B0BX8QW3LM').replace('ASIN: B0BX8QW3LM', 'ASIN: B0CG2PK7YB') +
        card('R4AAAAAAAAAAAA', '1', 'Review by D on November 18, 2026'),
    );
    expect(result.problems).toEqual([
      'review R1AAAAAAAAAAAA: date unreadable',
      'review R2AAAAAAAAAAAA: rating unreadable: "two"',
      'review R3AAAAAAAAAAAA: two ASINs (B0BX8QW3LM / B0CG2PK7YB); not read',
    ]);
    expect(result.due!.map((d) => d.row.id)).toEqual(['R4AAAAAAAAAAAA']);
  });

  it('reports a page without review cards', () => {
    expect(read('<div data-testid="review-list"></div>').problems).toEqual(['no review cards (data-testid="review-<id>" or data-review-id) found']);
  });

  it('reads a review shown twice alike once, and one shown twice differently not at all', () => {
    const same = read(card('R1AAAAAAAAAAAA', '2', 'Review by A on November 20, 2026').repeat(2));
    expect(same.due!.length).toBe(1);
    const differ = read(card('R1AAAAAAAAAAAA', '2', 'Review by A on November 20, 2026') + card('R1AAAAAAAAAAAA', '1', 'Review by A on November 20, 2026'));
    expect(differ.due).toEqual([]);
    expect(differ.problems).toEqual(['review R1AAAAAAAAAAAA: shown twice with different values; not read']);
  });

  it('finds a defect named in any supported language, and none in a plain complaint', () => {
    const texts = ['Kaputt nach zwei Tagen.', '用了三天就坏了', 'Arrived late, box dented.', 'It is DEFECTIVE'];
    const result = read(texts.map((text, i) => card(`R${i + 1}AAAAAAAAAAAA`, '2', 'Review by A on November 20, 2026', 'B0BX8QW3LM', text)).join(''));
    expect(result.due!.map((d) => d.defect)).toEqual([true, true, false, true]);
  });
});
