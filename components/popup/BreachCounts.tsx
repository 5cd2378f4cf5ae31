/**
 * Today's breaches from the captured snapshots, counted by module; those no entry answers yet (issue 16,
 * lib/review/response-time.ts) are counted on each chip and listed below, so nothing is left unlogged.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EvaluatedSnapshot } from '@/lib/rules/breaches';
import { t, type MessageKey } from '@/lib/i18n/ui';
import { LOOKBACK_DAYS } from '@/lib/review/weekly';
import { shiftDay } from '@/lib/review/days';
import { unansweredToday } from '@/lib/review/response-time';
import type { SellerOpsDb } from '@/lib/store/db';
import { MODULES } from '@/lib/store/schema';

/** At most this many unanswered breaches are listed by name. */
const LISTED = 8;

export function BreachCounts({ breaches, db, today }: { breaches: readonly EvaluatedSnapshot[]; db?: SellerOpsDb; today?: string }) {
  const entries = useLiveQuery(async () => (db && today ? db.entries.where('day').between(shiftDay(today, -LOOKBACK_DAYS), today, true, true).toArray() : undefined), [db, today]);
  if (!breaches.length) return <p className="sol-empty">{t('popup.noBreaches')}</p>;
  const unanswered = entries && today ? unansweredToday(breaches, entries, today) : undefined;
  const keyOf = (b: EvaluatedSnapshot) => `${b.snapshot.marketplace}|${b.snapshot.scope}|${b.snapshot.entity}|${b.snapshot.metric}`;
  const counts = MODULES.map((module) => {
    const own = breaches.filter((b) => b.evaluation.module === module);
    return { module, count: own.length, open: unanswered ? own.filter((b) => unanswered.has(keyOf(b))).length : 0 };
  }).filter((c) => c.count > 0);
  const open = unanswered ? breaches.filter((b) => unanswered.has(keyOf(b))) : [];
  return (
    <>
      <ul className="sol-chips">
        {counts.map(({ module, count, open: without }) => (
          <li key={module} className="sol-chip" data-sol-breaches={module} data-sol-unanswered-count={without}>
            {t(`module.${module}`)} <b>{count}</b>
            {without > 0 && <span title={t('popup.unansweredTitle')}> · {t('popup.unanswered', { count: without })}</span>}
          </li>
        ))}
      </ul>
      {open.length > 0 && (
        <ul className="sol-unanswered">
          {open.slice(0, LISTED).map((b) => (
            <li key={keyOf(b)} data-sol-breach={`${b.snapshot.metric}|${b.snapshot.entity}`} data-sol-unanswered="">
              {t(`metric.${b.snapshot.metric}` as MessageKey)} · {b.snapshot.entity === 'account' ? b.snapshot.marketplace : b.snapshot.entity} — {t('dash.response.noEntry')}
            </li>
          ))}
          {open.length > LISTED && <li>{t('popup.unansweredMore', { count: open.length - LISTED })}</li>}
        </ul>
      )}
    </>
  );
}
