import { describe, expect, it } from 'vitest';
import type { Entry, Snapshot } from '../store/schema';
import { responseTimes, unansweredToday } from './response-time';
import { computeWeeklyReview } from './weekly';
import type { EvaluatedSnapshot } from '../rules/breaches';

const WEEK = { from: '2026-03-02', to: '2026-03-08' };

const snap = (over: Partial<Snapshot>): Snapshot => ({
  marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity: 'SKU-1', metric: 'available',
  value: 10, unit: 'units', period: '', day: '2026-03-03', capturedAt: '2026-03-03T08:00:00.000Z', ...over,
});

let n = 0;
const entry = (over: Partial<Entry>): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, day: '2026-03-03', createdAt: '2026-03-03T10:00:00.000Z', updatedAt: '2026-03-03T10:00:00.000Z',
  marketplace: 'US', module: 'inventory', category: 'operations', summary: 's', entity: 'SKU-1', metric: 'available', action: '', owner: 'Li', status: 'open', ...over,
});

function review(snapshots: Snapshot[], entries: Entry[]) {
  const r = computeWeeklyReview({ week: WEEK, snapshots, entries, asOf: new Date('2026-03-09T09:00:00Z') });
  return responseTimes(r.episodes, snapshots, entries);
}

describe('responseTimes', () => {
  it('times each breach from its first capture to its entry and to done', () => {
    const snapshots = [snap({}), snap({ day: '2026-03-04', capturedAt: '2026-03-04T08:00:00.000Z' })];
    const entries = [entry({ createdAt: '2026-03-03T10:00:00.000Z', updatedAt: '2026-03-04T08:00:00.000Z', status: 'done' })];
    const out = review(snapshots, entries);
    expect(out.responses).toEqual([
      expect.objectContaining({ entity: 'SKU-1', metric: 'available', from: '2026-03-03', firstSeen: '2026-03-03T08:00:00.000Z', logged: '2026-03-03T10:00:00.000Z', done: '2026-03-04T08:00:00.000Z', hoursToLog: 2, hoursToDone: 24, owner: 'Li', category: 'operations' }),
    ]);
    expect(out.unanswered).toEqual([]);
    expect(out.byOwner).toEqual([{ key: 'Li', breaches: 1, answered: 1, medianHoursToLog: 2, medianHoursToDone: 24 }]);
    expect(out.byCategory).toEqual([{ key: 'operations', breaches: 1, answered: 1, medianHoursToLog: 2, medianHoursToDone: 24 }]);
  });

  it('gives the median per owner and category, and lists the breaches without an entry', () => {
    const snapshots = ['A', 'B', 'C', 'D'].map((s) => snap({ entity: s }));
    const entries = [
      entry({ entity: 'A', createdAt: '2026-03-03T09:00:00.000Z', owner: 'Li' }), // 1 h
      entry({ entity: 'B', createdAt: '2026-03-03T11:00:00.000Z', owner: 'Li', category: 'product' }), // 3 h
      entry({ entity: 'C', day: '2026-03-04', createdAt: '2026-03-04T08:00:00.000Z', owner: 'Wang' }), // 24 h
    ];
    const out = review(snapshots, entries);
    expect(out.byOwner).toEqual([
      { key: 'Li', breaches: 2, answered: 2, medianHoursToLog: 2 },
      { key: 'Wang', breaches: 1, answered: 1, medianHoursToLog: 24 },
    ]);
    expect(out.byCategory).toEqual([
      { key: 'operations', breaches: 2, answered: 2, medianHoursToLog: 12.5 },
      { key: 'product', breaches: 1, answered: 1, medianHoursToLog: 3 },
    ]);
    expect(out.unanswered.map((r) => r.entity)).toEqual(['D']);
  });

  it('does not count an entry about another metric, marketplace or an earlier day', () => {
    const snapshots = [snap({})];
    const entries = [
      entry({ metric: 'inbound' }),
      entry({ marketplace: 'UK' }),
      entry({ day: '2026-03-02', createdAt: '2026-03-02T10:00:00.000Z' }),
    ];
    expect(review(snapshots, entries).unanswered).toHaveLength(1);
  });

  it('takes the entry as first sight when it was logged before the day’s last capture', () => {
    const snapshots = [snap({ capturedAt: '2026-03-03T18:00:00.000Z' })];
    const out = review(snapshots, [entry({ createdAt: '2026-03-03T10:00:00.000Z' })]);
    expect(out.responses[0]).toMatchObject({ firstSeen: '2026-03-03T10:00:00.000Z', hoursToLog: 0 });
  });
});

describe('unansweredToday', () => {
  it('marks today’s breaches no entry of the last 28 days answers', () => {
    const evaluated = (entity: string) => ({ snapshot: snap({ entity, day: '2026-03-09' }) }) as unknown as EvaluatedSnapshot;
    const out = unansweredToday([evaluated('A'), evaluated('B')], [entry({ entity: 'A', day: '2026-03-01' })], '2026-03-09');
    expect([...out]).toEqual(['US|sku|B|available']);
  });
});
