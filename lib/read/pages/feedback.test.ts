import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures, SHARED_FIXTURES, type Fixture } from '../../../test/fixtures';
import { feedbackAdapter, readFeedbackRows, type FeedbackRow } from './feedback';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('feedback'));
const sharedPath = resolve(SHARED_FIXTURES, 'feedback/feedback-manager-en-us');
const shared: Fixture = {
  name: 'shared/feedback/feedback-manager-en-us.html',
  htmlPath: `${sharedPath}.html`,
  html: readFileSync(`${sharedPath}.html`, 'utf8'),
  expected: JSON.parse(readFileSync(`${sharedPath}.expected.json`, 'utf8')),
};

type ExpectedRow = Omit<FeedbackRow, 'comment'>;
const expectedRows = (fixture: Fixture) => (fixture.expected as unknown as { feedbackRows?: ExpectedRow[] }).feedbackRows ?? [];
const withoutComments = (rows: FeedbackRow[]): ExpectedRow[] => rows.map(({ comment: _comment, ...rest }) => rest);

describe('feedbackAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/feedback-manager/index.html',
    'https://sellercentral.amazon.com/feedback-manager/index.html#/',
    'https://sellercentral.amazon.de/feedback-manager/index.html#/?ref=xx_feedback_dnav_xx',
    'https://sellercentral.amazon.co.uk/feedback-manager/',
    'https://sellercentral-europe.amazon.com/Feedback-Manager/index.html?mons_sel_mkid=A1RKKUPIHCS9HS#/feedback',
  ])('serves %s', (url) => expect(feedbackAdapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/feedback-manager/respond.html',
    'https://sellercentral.amazon.com/performance/dashboard',
    'https://sellercentral.amazon.com/messaging/inbox',
  ])('does not serve %s', (url) => expect(feedbackAdapter.matches(new URL(url))).toBe(false));
});

describe.each(fixtures.map((f) => [f.name, f] as const))('feedback fixture %s', (_name, fixture) => {
  it('reads exactly the expected values and rows, with no problems', async () => {
    const run = await runFixture(feedbackAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
      if (!run.ctx) return;
      const rows = readFeedbackRows(run.document, run.ctx);
      expect(withoutComments(rows)).toEqual(expectedRows(fixture));
      for (const row of rows) expect(row.comment).not.toBe('');
      // Rows below 4 stars are due items (contract §7) with the same 48-hour deadline, badged at their stars.
      const due = run.result!.due ?? [];
      expect(due.map((d) => d.row)).toEqual(
        expectedRows(fixture).filter((r) => r.respondBy).map((r) => ({ kind: 'feedback', id: r.orderId, entity: r.orderId, rating: r.rating, date: r.date, due: r.respondBy })),
      );
      for (const reading of due) expect(reading.element?.isConnected).toBe(true);
    } finally {
      run.close();
    }
  });
});

describe('feedback rows', () => {
  it('keeps the comment text as shown, entities decoded', async () => {
    const run = await runFixture(feedbackAdapter, shared);
    try {
      const rows = readFeedbackRows(run.document, run.ctx!);
      expect(rows.find((r) => r.orderId === '112-7730591-0049316')?.comment).toBe('Arrived two days late & the box was crushed. Bowls dented.');
      expect(rows.find((r) => r.orderId === '114-6602187-3349570')?.comment).toBe('Brush works but one of the pins was bent <not happy>.');
    } finally {
      run.close();
    }
  });

  it('finds the order id in its column when the row has no data-order-id', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      for (const row of Array.from(doc.querySelectorAll('[data-order-id]'))) row.removeAttribute('data-order-id');
    });
    try {
      expect(withoutComments(readFeedbackRows(run.document, run.ctx!))).toEqual(expectedRows(shared));
    } finally {
      run.close();
    }
  });

  it('reports a row whose date cannot be read and keeps the others', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('[data-order-id="111-5038826-7712460"] .fm-date')!.textContent = 'yesterday';
    });
    try {
      expect(run.result!.problems).toEqual(['recent feedback row 4: date unreadable: "yesterday"']);
      expect(readFeedbackRows(run.document, run.ctx!).map((r) => r.orderId)).not.toContain('111-5038826-7712460');
      expect(readFeedbackRows(run.document, run.ctx!)).toHaveLength(7);
    } finally {
      run.close();
    }
  });
});

describe('feedback pages that are broken', () => {
  const metricsOf = (run: Awaited<ReturnType<typeof runFixture>>) => run.result!.readings.map((r) => r.record.metric);
  const summaryRows = (doc: Document) => Array.from(doc.querySelectorAll('.fm-summary-table kat-table-row'));

  it('reports a summary table whose Negative row is gone', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('.fm-summary-table .fm-neg kat-table-cell')!.textContent = 'Critical';
    });
    try {
      expect(run.result!.problems).toEqual(['no feedback summary table with a Negative row and a 30 days column']);
      expect(metricsOf(run)).toEqual(['feedbackRating']);
    } finally {
      run.close();
    }
  });

  it('reads the 30-day column wherever it is, and nothing when two columns say "30 days"', async () => {
    const moved = await runFixture(feedbackAdapter, shared, (doc) => {
      // move the 30-day column to the end of every summary row
      for (const row of summaryRows(doc)) row.appendChild(row.children[1]!);
    });
    const doubled = await runFixture(feedbackAdapter, shared, (doc) => {
      summaryRows(doc)[0]!.children[2]!.textContent = '30 days';
    });
    try {
      expect(moved.result!.problems).toEqual([]);
      expect(moved.result!.readings.find((r) => r.record.metric === 'negativeFeedbackPct')?.record.value).toBe(3);
      expect(doubled.result!.problems).toEqual(['Negative feedback (30 days): two "30 days" columns, none read']);
      expect(metricsOf(doubled)).not.toContain('negativeFeedbackPct');
    } finally {
      moved.close();
      doubled.close();
    }
  });

  it('turns an unreadable percentage into a problem, not a record', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('.fm-summary-table .fm-neg .fm-pct')!.textContent = '1.2.3%';
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('negativeFeedbackPct:'))).toBe(true);
      expect(metricsOf(run)).not.toContain('negativeFeedbackPct');
    } finally {
      run.close();
    }
  });

  it('reads the rating from its text when the star widget is gone, and by its heading without the component', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('.fm-rating kat-star-rating')!.remove();
      const summary = doc.querySelector('feedback-summary')!;
      const plain = doc.createElement('section');
      plain.append(...Array.from(summary.childNodes));
      summary.replaceWith(plain);
      doc.querySelector('.fm-rating')!.classList.remove('fm-rating');
    });
    try {
      expect(run.result!.problems).toEqual([]);
      const rating = run.result!.readings.find((r) => r.record.metric === 'feedbackRating');
      expect(rating?.record.value).toBe(4.6);
      expect(rating?.element?.classList.contains('fm-rating-value')).toBe(true);
    } finally {
      run.close();
    }
  });

  it('takes an empty star widget as no rating yet, not as zero stars', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('.fm-rating kat-star-rating')!.setAttribute('value', '0');
      doc.querySelector('.fm-rating-value')!.textContent = 'No ratings yet';
    });
    try {
      expect(run.result!.problems).toEqual([]);
      expect(metricsOf(run)).toEqual(['negativeFeedbackPct']);
    } finally {
      run.close();
    }
  });

  it('never takes the stars of single feedback rows for the overall rating', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('.fm-rating-line')!.remove();
      const summary = doc.querySelector('feedback-summary')!;
      const plain = doc.createElement('section');
      plain.append(...Array.from(summary.childNodes));
      summary.replaceWith(plain);
      for (const stars of Array.from(doc.querySelectorAll('.fm-recent-table kat-star-rating'))) stars.setAttribute('value', '5');
    });
    try {
      expect(run.result!.problems).toEqual(['no feedback rating']);
      expect(metricsOf(run)).toEqual(['negativeFeedbackPct']);
    } finally {
      run.close();
    }
  });

  it('reports every value, and reads none, while the app is still loading', async () => {
    const run = await runFixture(feedbackAdapter, shared, (doc) => {
      doc.querySelector('my-app')!.replaceChildren(doc.createElement('kat-spinner'));
    });
    try {
      expect(run.result!.readings).toEqual([]);
      expect(run.result!.problems).toEqual(['no feedback rating', 'no feedback summary table with a Negative row and a 30 days column']);
      expect(readFeedbackRows(run.document, run.ctx!)).toEqual([]);
    } finally {
      run.close();
    }
  });
});
