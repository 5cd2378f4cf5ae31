import { describe, expect, it } from 'vitest';
import type { DueItem } from '../store/due-items';
import type { Entry, Snapshot } from '../store/schema';
import { defaultSettings } from '../store/settings';
import { computeWeeklyOps, cxMovers, dueOutcomes, listingStatusChanges, restockActions } from './weekly-ops';

const WEEK = { from: '2026-05-04', to: '2026-05-10' };
/** Local time, as due deadlines (the end of their local day) are. */
const local = (day: string, hour: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
};

function snap(metric: Snapshot['metric'], entity: string, value: number, day: string, over: Partial<Snapshot> = {}): Snapshot {
  const units: Partial<Record<string, Snapshot['unit']>> = { returnRate: 'percent', daysOfSupply: 'days' };
  return {
    marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity, metric, value, unit: units[metric] ?? 'status',
    period: '', day, capturedAt: `${day}T09:00:00.000Z`, ...over,
  };
}
const listing = (sku: string, word: string, value: number, day: string, over: Partial<Snapshot> = {}) => snap('listingStatus', sku, value, day, { status: word, ...over });

function entry(over: Partial<Entry>): Entry {
  return {
    id: crypto.randomUUID(), day: '2026-05-05', createdAt: '2026-05-05T10:00:00.000+08:00', updatedAt: '2026-05-05T10:00:00.000+08:00',
    marketplace: 'US', module: 'inventory', category: 'operations', summary: 's', action: '', owner: 'Mei', status: 'open', pageUrl: '', ...over,
  } as Entry;
}

describe('weekly review: listing status changes', () => {
  it('names the SKUs that went suppressed or inactive in the week, and those that came back', () => {
    const rows = [
      listing('A', 'active', 0, '2026-05-01'),
      listing('A', 'searchSuppressed', 3, '2026-05-05'),
      listing('A', 'searchSuppressed', 3, '2026-05-06'),
      listing('B', 'inactive', 1, '2026-04-28'),
      listing('B', 'active', 0, '2026-05-07'),
      // First seen in the week already inactive: a change down (nothing known before).
      listing('C', 'inactive', 1, '2026-05-08'),
      // First seen active: no change. Incomplete after active: another change.
      listing('D', 'active', 0, '2026-05-04'),
      listing('E', 'active', 0, '2026-05-03'),
      listing('E', 'incomplete', 4, '2026-05-09'),
      // After the week, and before it: not this week's.
      listing('F', 'active', 0, '2026-04-20'),
      listing('F', 'inactive', 1, '2026-04-25'),
      listing('F', 'active', 0, '2026-05-12'),
      // Two captures on a day: the later one counts.
      listing('G', 'active', 0, '2026-05-02'),
      listing('G', 'inactive', 1, '2026-05-06'),
      listing('G', 'active', 0, '2026-05-06', { capturedAt: '2026-05-06T18:00:00.000Z' }),
    ];
    expect(listingStatusChanges(rows, WEEK)).toEqual([
      { marketplace: 'US', sku: 'A', from: 'active', to: 'searchSuppressed', day: '2026-05-05', direction: 'down' },
      { marketplace: 'US', sku: 'C', to: 'inactive', day: '2026-05-08', direction: 'down' },
      { marketplace: 'US', sku: 'B', from: 'inactive', to: 'active', day: '2026-05-07', direction: 'back' },
      { marketplace: 'US', sku: 'E', from: 'active', to: 'incomplete', day: '2026-05-09', direction: 'other' },
    ]);
  });

  it('takes the word from the number when no word is stored', () => {
    const rows = [snap('listingStatus', 'A', 0, '2026-05-01'), snap('listingStatus', 'A', 3, '2026-05-05')];
    expect(listingStatusChanges(rows, WEEK)[0]).toMatchObject({ from: 'active', to: 'searchSuppressed', direction: 'down' });
  });
});

describe('weekly review: due items', () => {
  const item = (over: Partial<DueItem>): DueItem => ({ kind: 'review', id: 'R0000000001', marketplace: 'US', entity: 'B0TEST0001', rating: 2, date: '2026-05-01', due: '2026-05-08', state: 'open', ...over });

  it('handled on time or late by when its entry was done, still open, or overdue', () => {
    const onTime = entry({ status: 'done', updatedAt: local('2026-05-07', 15).toISOString() });
    const late = entry({ status: 'done', updatedAt: local('2026-05-09', 9).toISOString() });
    const stillOpen = entry({ status: 'open' });
    const items = [
      item({ id: 'R-ONTIME-01', state: 'handled', entryId: onTime.id }),
      item({ id: 'R-LATE-0001', state: 'handled', entryId: late.id }),
      item({ id: 'R-OPEN-0001', entryId: stillOpen.id }),
      item({ id: 'R-NOTYET-01', date: '2026-05-09', due: '2026-05-16' }),
      item({ kind: 'feedback', id: '111-0000000-0000001', entity: '111-0000000-0000001', rating: 3, date: '2026-05-05', due: '2026-05-07', state: 'handled' }),
      // Closed before the week, or opened after it: not this week's.
      item({ id: 'R-BEFORE-01', date: '2026-04-20', due: '2026-04-27' }),
      item({ id: 'R-AFTER-001', date: '2026-05-11', due: '2026-05-18' }),
    ];
    const { counts, items: rows } = dueOutcomes(items, [onTime, late, stillOpen], WEEK, local('2026-05-11', 9));
    expect(counts).toEqual({ total: 5, onTime: 1, late: 1, handled: 1, open: 1, overdue: 1 });
    expect(rows.map((r) => [r.id, r.outcome])).toEqual([
      ['111-0000000-0000001', 'handled'],
      ['R-LATE-0001', 'late'],
      ['R-ONTIME-01', 'onTime'],
      ['R-OPEN-0001', 'overdue'],
      ['R-NOTYET-01', 'open'],
    ]);
    expect(rows.find((r) => r.id === 'R-ONTIME-01')!.doneAt).toBe(onTime.updatedAt);
  });
});

describe('weekly review: return rate and CX health movers', () => {
  it('the biggest change per SKU week over week, per metric, largest first', () => {
    const rows = [
      snap('returnRate', 'A', 4, '2026-04-30'),
      snap('returnRate', 'A', 6, '2026-05-05'),
      snap('returnRate', 'A', 9.5, '2026-05-09'),
      snap('returnRate', 'B', 10, '2026-05-02'),
      snap('returnRate', 'B', 7, '2026-05-08'),
      // No value before the week: no week-over-week change.
      snap('returnRate', 'C', 12, '2026-05-06'),
      // Unchanged: not a mover.
      snap('returnRate', 'D', 5, '2026-05-01'),
      snap('returnRate', 'D', 5, '2026-05-06'),
      snap('cxHealth', 'A', 4, '2026-05-01', { status: 'good' }),
      snap('cxHealth', 'A', 2, '2026-05-07', { status: 'poor' }),
    ];
    const movers = cxMovers(rows, WEEK);
    expect(movers.map((m) => [m.metric, m.entity, m.before.value, m.after.value, m.change])).toEqual([
      ['cxHealth', 'A', 4, 2, -2],
      ['returnRate', 'A', 4, 9.5, 5.5],
      ['returnRate', 'B', 10, 7, -3],
    ]);
    expect(movers[1]).toMatchObject({ before: { day: '2026-04-30' }, after: { day: '2026-05-09' } });
    expect(cxMovers(rows, WEEK, 1).filter((m) => m.metric === 'returnRate')).toHaveLength(1);
  });
});

describe('weekly review: restock actions', () => {
  it('the SKUs in restock breach in the week, worst alert and lowest supply, and whether an entry was logged', () => {
    const restock = (metric: Snapshot['metric'], sku: string, value: number, day: string, status?: string) => snap(metric, sku, value, day, { page: 'restock', ...(status ? { status } : {}) });
    const rows = [
      restock('restockAlert', 'A', 2, '2026-05-05', 'reorderNow'),
      restock('restockAlert', 'A', 3, '2026-05-07', 'outOfStock'),
      restock('daysOfSupply', 'A', 10, '2026-05-05'),
      restock('daysOfSupply', 'A', 3, '2026-05-07'),
      restock('daysOfSupply', 'B', 12, '2026-05-06'),
      restock('restockAlert', 'C', 2, '2026-05-08', 'reorderNow'),
      // Fine, or in breach only before the week: none of the week's.
      restock('restockAlert', 'D', 1, '2026-05-06', 'reorderSoon'),
      restock('restockAlert', 'E', 3, '2026-05-01', 'outOfStock'),
    ];
    const entries = [
      entry({ entity: 'A', day: '2026-05-07', status: 'done' }),
      entry({ entity: 'C', day: '2026-05-08' }),
      // Another module, or another marketplace: not a restock entry for B.
      entry({ entity: 'B', day: '2026-05-06', module: 'listing' }),
      entry({ entity: 'B', day: '2026-05-06', marketplace: 'UK' }),
    ];
    expect(restockActions(rows, entries, WEEK)).toEqual([
      { marketplace: 'US', sku: 'B', from: '2026-05-06', to: '2026-05-06', daysOfSupply: 12, logged: false, done: false },
      { marketplace: 'US', sku: 'A', from: '2026-05-05', to: '2026-05-07', alert: 'outOfStock', daysOfSupply: 3, logged: true, done: true },
      { marketplace: 'US', sku: 'C', from: '2026-05-08', to: '2026-05-08', alert: 'reorderNow', logged: true, done: false },
    ]);
    const strict = { ...defaultSettings(), statusRules: { US: { restockAlert: { reorderSoon: 'breach' as const } } } };
    expect(restockActions(rows, entries, WEEK, strict).map((a) => a.sku)).toContain('D');
  });

  it('computeWeeklyOps puts the four together; an empty week has none', () => {
    const ops = computeWeeklyOps({ week: WEEK, snapshots: [], entries: [], dueItems: [], asOf: local('2026-05-11', 9) });
    expect(ops).toEqual({ statusChanges: [], due: { counts: { total: 0, onTime: 0, late: 0, handled: 0, open: 0, overdue: 0 }, items: [] }, cxMovers: [], restock: [] });
  });
});

describe('weekly review files with the issue-15 part', () => {
  it('Markdown sections in English and 中文, and CSV rows under the one header', async () => {
    const { computeWeeklyReview } = await import('./weekly');
    const { reviewToCsv, reviewToMarkdown, REVIEW_CSV_HEADER } = await import('./report');
    const Papa = (await import('papaparse')).default;
    const rows = [
      listing('A', 'active', 0, '2026-05-01'),
      listing('A', 'searchSuppressed', 3, '2026-05-05'),
      snap('returnRate', 'A', 4, '2026-04-30'),
      snap('returnRate', 'A', 9.5, '2026-05-09'),
      snap('restockAlert', 'A|B', 3, '2026-05-06', { page: 'restock', status: 'outOfStock' }),
    ];
    const dueItems: DueItem[] = [{ kind: 'review', id: 'R0000000001', marketplace: 'US', entity: 'B0TEST0001', rating: 2, date: '2026-05-01', due: '2026-05-08', state: 'open' }];
    const asOf = local('2026-05-11', 9);
    const ops = computeWeeklyOps({ week: WEEK, snapshots: rows, entries: [], dueItems, asOf });
    const review = computeWeeklyReview({ week: WEEK, snapshots: rows, entries: [], asOf });
    const md = reviewToMarkdown(review, 'en', ops);
    expect(md).toContain('## Listing status changes');
    expect(md).toContain('| US | A | Active | Search suppressed | 2026-05-05 | Went inactive or suppressed |');
    expect(md).toContain('1 due in the week: 0 handled on time, 0 late, 0 handled (no entry to date it), 0 still open, 1 overdue.');
    expect(md).toContain('+5.5 pts');
    // A SKU with a pipe is escaped, not a new cell.
    expect(md).toContain('A\\|B');
    expect(md).toContain('Not logged');
    const zh = reviewToMarkdown(review, 'zh_CN', ops);
    expect(zh).toContain('## 商品状态变化');
    expect(zh).toContain('补货处理');
    expect(reviewToMarkdown(review, 'en')).not.toContain('Listing status changes');

    const parsed = Papa.parse<Record<string, string>>(reviewToCsv(review, ops).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...REVIEW_CSV_HEADER]);
    const sections = parsed.data.map((r) => r.section);
    for (const section of ['listing_status_change', 'due_items', 'due_item', 'cx_mover', 'restock_action']) expect(sections).toContain(section);
    expect(parsed.data.find((r) => r.section === 'restock_action')).toMatchObject({ entity: 'A|B', group: 'not_logged', note: 'outOfStock' });
    expect(parsed.data.find((r) => r.section === 'due_item')).toMatchObject({ note: 'overdue', to: '2026-05-08' });
  });
});
