import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import type { DueReading } from '../read/pages/types';
import { dueTooltipLines, spanText } from './due-tooltip';

const review: DueReading = { row: { kind: 'review', id: 'R2K8QW4N1ZT7XA', entity: 'B0BX8QW3LM', rating: 2, date: '2026-11-20', due: '2026-11-27' } };
const feedback: DueReading = { row: { kind: 'feedback', id: '112-7730591-0049316', entity: '112-7730591-0049316', rating: 3, date: '2026-11-19', due: '2026-11-21' } };
/** Local time, as the deadline (the end of its local day) is. */
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

describe("a due badge's tooltip", () => {
  it('a review: its window of 7 days, the deadline, the time left and the removal request', () => {
    setLanguage('en');
    const lines = dueTooltipLines(review, at(2026, 11, 25, 9, 30));
    expect(lines.map((l) => l.text)).toEqual([
      'Review 2★ on B0BX8QW3LM · removal request window: 7 days from the review (2026-11-20)',
      'Deadline: end of 2026-11-27',
      '2 d 14 h left',
      expect.stringMatching(/^Suggested: Request removal of the review by 2026-11-27/),
      'Click to log it',
    ]);
    expect(lines[2]!.tone).toBe('warn');
  });

  it('the last day is a breach, and past the deadline says how long overdue', () => {
    setLanguage('en');
    const last = dueTooltipLines(review, at(2026, 11, 27, 20));
    expect(last[2]).toEqual({ text: '3 h left', tone: 'breach' });
    const late = dueTooltipLines(review, at(2026, 11, 30, 10));
    expect(late[2]).toEqual({ text: 'Overdue by 2 d 10 h', tone: 'breach' });
  });

  it('feedback: its 48-hour window and the answer to the buyer, in 中文 too', () => {
    setLanguage('en');
    const lines = dueTooltipLines(feedback, at(2026, 11, 20, 12));
    expect(lines[0]!.text).toBe('Feedback 3★ on order 112-7730591-0049316 · response window: 48 hours from the feedback (2026-11-19)');
    expect(lines[3]!.text).toContain('Answer the buyer by 2026-11-21');
    setLanguage('zh_CN');
    const zh = dueTooltipLines(feedback, at(2026, 11, 22, 12));
    expect(zh[0]!.text).toContain('48 小时');
    expect(zh[2]!.text).toMatch(/^已逾期 12 小时/);
    expect(zh[3]!.text).toMatch(/^建议：/);
    setLanguage('en');
  });

  it('a span under an hour counts as one hour', () => {
    setLanguage('en');
    expect(spanText(5 * 60_000)).toBe('1 h');
    expect(spanText(-(49 * 3_600_000))).toBe('2 d 1 h');
  });
});
