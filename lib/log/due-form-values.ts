/**
 * The log panel filled in from a due item's badge (contract §7): a review below 4 stars asks for a removal
 * request within its 7-day window, or, when its text names a defect, goes to the product owner; feedback
 * below 4 stars asks for an answer within 48 hours. Due at the end of the deadline day.
 */
import { t, type PageMessageKey } from '../i18n/page';
import { dueLevel } from '../read/due-items';
import type { DueReading } from '../read/pages/types';
import { endOfLocalDay } from '../rules';
import type { Settings } from '../store/settings';
import { emptyFormValues, toLocalInput, type LogFormContext, type LogFormValues } from './log-form-values';

/** The suggested action of a due item: a removal request, the product owner for a defect, or an answer to the buyer. */
export function dueAction(reading: DueReading): string {
  const { row, defect } = reading;
  const which = row.kind === 'feedback' ? 'feedback' : defect ? 'reviewDefect' : 'review';
  return t(`due.action.${which}` as PageMessageKey, { rating: row.rating, entity: row.entity, id: row.id, date: row.date, due: row.due });
}

/** The end of a due item's deadline day, in local time (as the entry's due). */
export function dueDeadline(due: string): Date {
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return endOfLocalDay(new Date(year, month - 1, day, 12));
}

export function dueFormValues(reading: DueReading, settings: Pick<Settings, 'defaultOwner'>, marketplace: LogFormContext['marketplace'], pageUrl: string): { initial: LogFormValues; context: LogFormContext } {
  const { row, defect } = reading;
  const handTo = row.kind === 'review' && defect ? 'product' : 'operations';
  const level = t(`level.${dueLevel(row.rating)}` as PageMessageKey);
  const params = { rating: row.rating, entity: row.entity, id: row.id, date: row.date, due: row.due };
  const title = reading.title ? ` "${reading.title.slice(0, 120)}"` : '';
  return {
    initial: emptyFormValues({
      summary: `${t(`due.summary.${row.kind}` as PageMessageKey, params)}${title}`,
      module: 'customer',
      category: handTo,
      entity: row.entity,
      action: dueAction(reading),
      owner: settings.defaultOwner[handTo] ?? '',
      due: toLocalInput(dueDeadline(row.due)),
    }),
    context: {
      pageUrl,
      contextLine: t('due.context', { marketplace: marketplace ?? '', ...params, level }),
      ...(marketplace ? { marketplace } : {}),
    },
  };
}
