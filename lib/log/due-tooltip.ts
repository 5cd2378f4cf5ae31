/**
 * The tooltip of a due item's badge (contract §7): what it is (review or feedback, its stars, its window:
 * 7 days for a removal request, 48 hours for an answer), the deadline and the time left or how long it is
 * overdue, and the suggested action, as the entry logged from it would say. Text only.
 */
import { t } from '../i18n/page';
import type { DueReading } from '../read/pages/types';
import { dueAction, dueDeadline } from './due-form-values';

export interface DueTooltipLine {
  text: string;
  tone?: 'warn' | 'breach' | 'muted';
}

const HOUR_MS = 3_600_000;

/** A span of time in days and hours ("2 d 5 h"), or hours alone under a day (at least 1 h). */
export function spanText(ms: number): string {
  const hours = Math.max(1, Math.floor(Math.abs(ms) / HOUR_MS));
  return hours < 24 ? t('due.tip.hours', { hours }) : t('due.tip.days', { days: Math.floor(hours / 24), hours: hours % 24 });
}

export function dueTooltipLines(reading: DueReading, now: Date): DueTooltipLine[] {
  const { row } = reading;
  const left = dueDeadline(row.due).getTime() - now.getTime();
  const params = { rating: row.rating, entity: row.entity, id: row.id, date: row.date, due: row.due };
  return [
    { text: t(`due.tip.${row.kind}`, params) },
    { text: t('due.tip.deadline', params) },
    left >= 0
      ? { text: t('due.tip.left', { time: spanText(left) }), tone: left < 24 * HOUR_MS ? 'breach' : 'warn' }
      : { text: t('due.tip.overdue', { time: spanText(left) }), tone: 'breach' },
    { text: t('due.tip.action', { action: dueAction(reading) }) },
    { text: t('due.tip.click'), tone: 'muted' },
  ];
}
