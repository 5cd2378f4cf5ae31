import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from './db';
import { countOpenEntriesDue, dueIndexUpperBound, dueState, openEntriesDue } from './due';
import { addEntry } from './entries';

const originalTz = process.env.TZ;
function inZone(zone: string): void {
  process.env.TZ = zone;
}
afterEach(() => {
  process.env.TZ = originalTz;
});

const open = (due: string) => ({ status: 'open' as const, due });

describe('dueState', () => {
  it('is "today" until the deadline, "overdue" after it, in the assistant\'s zone', () => {
    inZone('Asia/Shanghai');
    const noon = new Date('2026-11-21T12:00:00+08:00');
    expect(dueState(open('2026-11-21T18:00:00+08:00'), noon)).toBe('today');
    expect(dueState(open('2026-11-21T09:00:00+08:00'), noon)).toBe('overdue');
    expect(dueState(open('2026-11-22T09:00:00+08:00'), noon)).toBe('later');
    expect(dueState(open('2026-11-21T23:59:59.999+08:00'), noon)).toBe('today');
    expect(dueState(open('2026-11-22T00:00:00+08:00'), noon)).toBe('later');
  });

  it('crosses midnight: tomorrow\'s item becomes due today, today\'s becomes overdue', () => {
    inZone('America/New_York');
    const beforeMidnight = new Date('2026-11-21T23:59:30-05:00');
    const afterMidnight = new Date('2026-11-22T00:00:30-05:00');
    const tonight = open('2026-11-21T23:59:45-05:00');
    const tomorrowMorning = open('2026-11-22T09:00:00-05:00');
    expect(dueState(tonight, beforeMidnight)).toBe('today');
    expect(dueState(tonight, afterMidnight)).toBe('overdue');
    expect(dueState(tomorrowMorning, beforeMidnight)).toBe('later');
    expect(dueState(tomorrowMorning, afterMidnight)).toBe('today');
  });

  it('reads deadlines written in another zone as instants', () => {
    // 09:00 in Shanghai on the 22nd is 20:00 on the 21st in New York: due today there.
    const written = open('2026-11-22T09:00:00+08:00');
    inZone('America/New_York');
    expect(dueState(written, new Date('2026-11-21T10:00:00-05:00'))).toBe('today');
    // ...and in Shanghai on the 21st it is tomorrow's.
    inZone('Asia/Shanghai');
    expect(dueState(written, new Date('2026-11-21T10:00:00+08:00'))).toBe('later');
    // A UTC deadline at 23:00Z on the 21st is 07:00 on the 22nd in Shanghai.
    expect(dueState(open('2026-11-21T23:00:00Z'), new Date('2026-11-21T20:00:00+08:00'))).toBe('later');
  });

  it('follows the local day length on a daylight-saving change', () => {
    inZone('Europe/Berlin');
    // 2026-10-25 has 25 hours in Berlin: 23:30 local is still that day.
    const morning = new Date('2026-10-25T08:00:00+01:00');
    expect(dueState(open('2026-10-25T23:30:00+01:00'), morning)).toBe('today');
    expect(dueState(open('2026-10-26T00:10:00+01:00'), morning)).toBe('later');
  });

  it('has nothing due for done entries or entries without a deadline', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(dueState({ status: 'done', due: '2026-11-20T12:00:00Z' }, now)).toBe('none');
    expect(dueState({ status: 'open' }, now)).toBe('none');
  });
});

describe('dueIndexUpperBound', () => {
  it('sorts after every wall-clock form of a deadline up to the end of the day, in any offset', () => {
    inZone('America/New_York');
    const now = new Date('2026-11-21T10:00:00-05:00');
    const bound = dueIndexUpperBound(now);
    // The end of the day in New York, written in UTC+14: the latest wall-clock form it can take.
    for (const due of ['2026-11-22T18:59:59.999+14:00', '2026-11-22T18:59:59+14:00', '2026-11-21T23:59:00-05:00', '2026-11-22T04:59:59Z']) {
      expect(due < bound, due).toBe(true);
    }
    expect('2026-11-22T19:00:00+14:00' < bound).toBe(false);
  });
});

describe('openEntriesDue / countOpenEntriesDue', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('finds open entries due by the end of the day whatever offset they were written in, earliest first', async () => {
    inZone('America/New_York');
    const now = new Date('2026-11-21T10:00:00-05:00');
    const draft = (summary: string, due: string | undefined, status: 'open' | 'done' = 'open') => ({ summary, module: 'inventory', category: 'operations', status, ...(due ? { due } : {}) });
    await addEntry(db, draft('overdue yesterday', '2026-11-20T17:00:00-05:00'), new Date('2026-11-20T09:00:00-05:00'));
    await addEntry(db, draft('tonight, written in Shanghai', '2026-11-22T09:00:00+08:00'), new Date('2026-11-21T08:00:00-05:00'));
    await addEntry(db, draft('tomorrow', '2026-11-22T09:00:00-05:00'), now);
    await addEntry(db, draft('tomorrow in Kiribati terms', '2026-11-22T19:30:00+14:00'), now);
    await addEntry(db, draft('done already', '2026-11-20T17:00:00-05:00', 'done'), now);
    await addEntry(db, draft('no deadline', undefined), now);
    const due = await openEntriesDue(db, now);
    expect(due.map((e) => e.summary)).toEqual(['overdue yesterday', 'tonight, written in Shanghai']);
    expect(await countOpenEntriesDue(db, now)).toBe(2);
    // After midnight, tomorrow's item is due today.
    const nextDay = new Date('2026-11-22T00:05:00-05:00');
    expect(await countOpenEntriesDue(db, nextDay)).toBe(4);
  });
});
