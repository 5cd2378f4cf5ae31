import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entrySchema, snapshotSchema, type Entry, type Snapshot } from '../store/schema';
import { lastFullWeek, weekOf } from './days';
import { reviewToCsv, reviewToMarkdown, REVIEW_CSV_HEADER } from './report';
import { computeWeeklyReview } from './weekly';

const WEEK = { from: '2026-05-04', to: '2026-05-10' };
const AS_OF = new Date('2026-05-11T09:00:00+08:00');

function snap(partial: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric' | 'value'> & Partial<Snapshot>): Snapshot {
  const page = partial.page ?? (partial.scope === 'account' ? 'account-health' : partial.scope === 'sku' ? 'inventory' : partial.scope === 'asin' ? 'business-reports' : 'ads-campaigns');
  const units: Record<string, Snapshot['unit']> = { validTrackingRate: 'percent', orderDefectRate: 'percent', available: 'units', buyBoxPct: 'percent', acos: 'percent', sessions: 'count' };
  const day = partial.day!;
  return snapshotSchema.parse({
    source: page === 'ads-campaigns' ? 'advertising' : 'sellercentral',
    page,
    unit: units[partial.metric],
    period: '',
    capturedAt: `${day}T10:00:00.000+08:00`,
    ...partial,
  });
}

/** A value for one day read from a report the morning after, as Business Reports and the ads console give them. */
function daily(partial: Parameters<typeof snap>[0] & { of: string }): Snapshot {
  const { of, ...rest } = partial;
  const next = new Date(Date.parse(`${of}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return snap({ ...rest, period: `${of}..${of}`, day: next });
}

const SNAPSHOTS: Snapshot[] = [
  // Valid Tracking Rate: in breach from before the week until Tuesday; a warning on Wednesday ends it.
  snap({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: 94, day: '2026-05-01' }),
  snap({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: 94.5, day: '2026-05-03' }),
  snap({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: 94.3, day: '2026-05-05' }),
  snap({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: 96, day: '2026-05-06' }),
  snap({ marketplace: 'US', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: 98, day: '2026-05-08' }),
  // Stock of SKU-1: fine in April, in breach from Thursday to the week's end.
  snap({ marketplace: 'US', scope: 'sku', entity: 'SKU-1', metric: 'available', value: 100, day: '2026-04-20' }),
  snap({ marketplace: 'US', scope: 'sku', entity: 'SKU-1', metric: 'available', value: 20, day: '2026-05-07' }),
  snap({ marketplace: 'US', scope: 'sku', entity: 'SKU-1', metric: 'available', value: 10, day: '2026-05-08' }),
  snap({ marketplace: 'US', scope: 'sku', entity: 'SKU-1', metric: 'available', value: 25, day: '2026-05-10' }),
  // Buy Box below 60% three days running: a breach on the third day only.
  daily({ marketplace: 'US', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'buyBoxPct', value: 50, of: '2026-05-04' }),
  daily({ marketplace: 'US', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'buyBoxPct', value: 55, of: '2026-05-05' }),
  daily({ marketplace: 'US', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'buyBoxPct', value: 40, of: '2026-05-06' }),
  daily({ marketplace: 'US', scope: 'asin', entity: 'B0AAAAAAAA', metric: 'buyBoxPct', value: 70, of: '2026-05-07' }),
  // ACOS over 1.5 × the default 30% target on Saturday, a warning on Sunday.
  daily({ marketplace: 'US', scope: 'campaign', entity: 'Brand | exact', metric: 'acos', value: 50, of: '2026-05-09' }),
  daily({ marketplace: 'US', scope: 'campaign', entity: 'Brand | exact', metric: 'acos', value: 40, of: '2026-05-10' }),
  // A breach that ended before the week.
  snap({ marketplace: 'UK', scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 1.5, day: '2026-04-20' }),
  snap({ marketplace: 'UK', scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 0.5, day: '2026-04-22' }),
];

let n = 0;
function entry(partial: Partial<Entry> & Pick<Entry, 'day' | 'category' | 'status'>): Entry {
  n++;
  const createdAt = partial.createdAt ?? `${partial.day}T09:00:00.000+08:00`;
  return entrySchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt,
    updatedAt: createdAt,
    module: 'listing',
    summary: `entry ${n}`,
    owner: '',
    ...partial,
  });
}

const ENTRIES: Entry[] = [
  entry({ day: '2026-05-04', category: 'operations', owner: 'Li', status: 'done', createdAt: '2026-05-04T10:00:00.000+08:00', updatedAt: '2026-05-04T20:00:00.000+08:00' }),
  entry({ day: '2026-05-05', category: 'compliance', owner: 'Li', status: 'done', createdAt: '2026-05-05T09:00:00.000+08:00', updatedAt: '2026-05-06T09:00:00.000+08:00' }),
  entry({ day: '2026-05-06', category: 'product', owner: 'Wang', status: 'done', createdAt: '2026-05-06T08:00:00.000+08:00', updatedAt: '2026-05-06T12:00:00.000+08:00' }),
  entry({ day: '2026-05-07', category: 'operations', owner: 'Wang', status: 'open', due: '2026-05-08T23:59:00+08:00' }),
  entry({ day: '2026-05-08', category: 'operations', owner: '', status: 'open', due: '2026-05-12T23:59:00+08:00' }),
  entry({ day: '2026-05-10', category: 'compliance', owner: 'Li', status: 'open' }),
  entry({ day: '2026-04-28', category: 'operations', owner: 'Li', status: 'open' }),
  entry({ day: '2026-04-27', category: 'operations', owner: 'Li', status: 'done' }),
  entry({ day: '2026-05-11', category: 'operations', owner: 'Li', status: 'open' }),
];

describe('weeks', () => {
  it('runs Monday to Sunday; on a Monday the last full week is the one before', () => {
    expect(weekOf('2026-05-06')).toEqual(WEEK);
    expect(weekOf('2026-05-10')).toEqual(WEEK);
    expect(lastFullWeek('2026-05-11')).toEqual(WEEK);
    expect(lastFullWeek('2026-05-17')).toEqual(WEEK);
  });
});

describe('weekly review on a known data set', () => {
  const review = computeWeeklyReview({ week: WEEK, snapshots: SNAPSHOTS, entries: ENTRIES, asOf: AS_OF });

  it('finds each breach with how long it lasted', () => {
    const brief = review.episodes.map((e) => ({ metric: e.metric, entity: e.entity, from: e.from, to: e.to, days: e.days, daysInWeek: e.daysInWeek, startedBefore: e.startedBefore, ongoing: e.ongoing, worst: e.worst }));
    expect(brief).toEqual([
      { metric: 'available', entity: 'SKU-1', from: '2026-05-07', to: '2026-05-10', days: 4, daysInWeek: 4, startedBefore: false, ongoing: true, worst: 10 },
      { metric: 'validTrackingRate', entity: 'account', from: '2026-05-01', to: '2026-05-05', days: 5, daysInWeek: 2, startedBefore: true, ongoing: false, worst: 94 },
      { metric: 'acos', entity: 'Brand | exact', from: '2026-05-09', to: '2026-05-09', days: 1, daysInWeek: 1, startedBefore: false, ongoing: false, worst: 50 },
      { metric: 'buyBoxPct', entity: 'B0AAAAAAAA', from: '2026-05-06', to: '2026-05-06', days: 1, daysInWeek: 1, startedBefore: false, ongoing: false, worst: 40 },
    ]);
    expect(review.episodes.find((e) => e.metric === 'validTrackingRate')!.threshold).toBe('< 95');
  });

  it('groups breaches by module', () => {
    expect(review.byModule).toEqual([
      { module: 'listing', episodes: 1, breachDays: 1, longestDays: 1 },
      { module: 'ads', episodes: 1, breachDays: 1, longestDays: 1 },
      { module: 'inventory', episodes: 1, breachDays: 4, longestDays: 4 },
      { module: 'customer', episodes: 0, breachDays: 0, longestDays: 0 },
      { module: 'account', episodes: 1, breachDays: 2, longestDays: 5 },
    ]);
  });

  it('counts the week’s entries by category, owner and state, with the median time to resolve', () => {
    const { entries } = review;
    expect({ total: entries.total, done: entries.done, open: entries.open, overdue: entries.overdue }).toEqual({ total: 6, done: 3, open: 2, overdue: 1 });
    expect(entries.medianHoursToResolve).toBe(10);
    expect(entries.carriedOver).toBe(1);
    expect(entries.byCategory).toEqual([
      { category: 'operations', total: 3, done: 1, open: 1, overdue: 1 },
      { category: 'product', total: 1, done: 1, open: 0, overdue: 0 },
      { category: 'compliance', total: 2, done: 1, open: 1, overdue: 0 },
    ]);
    expect(entries.byOwner).toEqual([
      { owner: 'Li', total: 3, done: 2, open: 1, overdue: 0 },
      { owner: 'Wang', total: 2, done: 1, open: 0, overdue: 1 },
      { owner: '', total: 1, done: 0, open: 1, overdue: 0 },
    ]);
  });

  it('ranks the metrics that moved most, from the value going into the week', () => {
    expect(review.movers.map((m) => [m.metric, m.before, m.after, Math.round(m.relativeChange! * 1000) / 1000])).toEqual([
      ['available', { day: '2026-04-20', value: 100 }, { day: '2026-05-10', value: 25 }, -0.75],
      ['buyBoxPct', { day: '2026-05-04', value: 50 }, { day: '2026-05-07', value: 70 }, 0.4],
      ['acos', { day: '2026-05-09', value: 50 }, { day: '2026-05-10', value: 40 }, -0.2],
      ['validTrackingRate', { day: '2026-05-03', value: 94.5 }, { day: '2026-05-08', value: 98 }, 0.037],
    ]);
  });

  it('exports Markdown with page text escaped', () => {
    const md = reviewToMarkdown(review, 'en');
    expect(md).toContain('2026-05-04');
    expect(md).toContain('Brand \\| exact');
    expect(md).not.toMatch(/Brand \| exact/);
    const zh = reviewToMarkdown(review, 'zh_CN');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('exports CSV with a BOM, one header and neutralised formulas', () => {
    const hostile = computeWeeklyReview({
      week: WEEK,
      snapshots: [...SNAPSHOTS, daily({ marketplace: 'US', scope: 'campaign', entity: '=HYPERLINK("http://x","y")', metric: 'acos', value: 80, of: '2026-05-08' })],
      entries: [...ENTRIES, entry({ day: '2026-05-09', category: 'product', owner: '@admin', status: 'open' })],
      asOf: AS_OF,
    });
    const csv = reviewToCsv(hostile);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...REVIEW_CSV_HEADER]);
    const cells = parsed.data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x","y")`);
    expect(cells).toContain(`'@admin`);
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);
    // Numbers stay numbers, negative ones included.
    const mover = parsed.data.find((r) => r[0] === 'mover' && r[3] === 'SKU-1')!;
    expect(mover[REVIEW_CSV_HEADER.indexOf('change')]).toBe('-75');
  });
});
