/** Today's breaches from the captured snapshots, counted by module. */
import type { EvaluatedSnapshot } from '@/lib/rules/breaches';
import { t } from '@/lib/i18n';
import { MODULES } from '@/lib/store/schema';

export function BreachCounts({ breaches }: { breaches: readonly EvaluatedSnapshot[] }) {
  if (!breaches.length) return <p className="sol-empty">{t('popup.noBreaches')}</p>;
  const counts = MODULES.map((module) => ({ module, count: breaches.filter((b) => b.evaluation.module === module).length })).filter((c) => c.count > 0);
  return (
    <ul className="sol-chips">
      {counts.map(({ module, count }) => (
        <li key={module} className="sol-chip" data-sol-breaches={module}>
          {t(`module.${module}`)} <b>{count}</b>
        </li>
      ))}
    </ul>
  );
}
