import { describe, expect, it } from 'vitest';
import { dueDayOf, dueLevel, dueRow, dueRowSchema, isDueRating } from './due-items';

describe('due-item deadlines (contract §7)', () => {
  it.each([
    ['review', '2026-11-13', '2026-11-20'],
    ['review', '2026-12-28', '2027-01-04'],
    ['review', '2028-02-25', '2028-03-03'], // a leap year's February
    ['feedback', '2026-11-19', '2026-11-21'],
    ['feedback', '2026-02-27', '2026-03-01'],
    ['feedback', '2026-12-31', '2027-01-02'],
    // the last Sunday of March and October: the window is counted in days, not in 24-hour steps of a local clock
    ['review', '2026-03-25', '2026-04-01'],
    ['feedback', '2026-10-24', '2026-10-26'],
  ] as const)('a %s of %s is due %s', (kind, date, due) => expect(dueDayOf(kind, date)).toBe(due));

  it('only ratings below 4 stars are due; 1–2 stars breach, 3 warns', () => {
    expect([1, 2, 3, 4, 5].map(isDueRating)).toEqual([true, true, true, false, false]);
    expect([1, 2, 3].map(dueLevel)).toEqual(['breach', 'breach', 'warn']);
    expect(dueRow('review', 'R1AAAAAAAAAAAA', 'B0BX8QW3LM', 4, '2026-11-20')).toBeUndefined();
    expect(dueRow('review', 'R1AAAAAAAAAAAA', 'B0BX8QW3LM', 3, '2026-11-20')).toEqual({ row: { kind: 'review', id: 'R1AAAAAAAAAAAA', entity: 'B0BX8QW3LM', rating: 3, date: '2026-11-20', due: '2026-11-27' } });
  });

  it('refuses a row whose deadline does not follow from its date, or whose fields are not ids', () => {
    const row = { kind: 'feedback', id: '112-7730591-0049316', entity: '112-7730591-0049316', rating: 2, date: '2026-11-19', due: '2026-11-21' };
    expect(dueRowSchema.safeParse(row).success).toBe(true);
    expect(dueRowSchema.safeParse({ ...row, due: '2026-11-26' }).success).toBe(false);
    expect(dueRowSchema.safeParse({ ...row, rating: 4 }).success).toBe(false);
    expect(dueRowSchema.safeParse({ ...row, id: '<img src=x>' }).success).toBe(false);
    expect(dueRowSchema.safeParse({ ...row, date: '2026-02-30', due: '2026-03-02' }).success).toBe(false);
    expect(dueRow('review', 'R1', 'B0BX8QW3LM', 2, '2026-11-20')).toEqual({ problem: 'a review or order id is letters, digits and dashes' });
  });
});
