/**
 * The due items (contract §7) still open: reviews and feedback below 4 stars, by deadline, the overdue
 * ones first and marked. Each links to the page that shows it, where its badge logs it in one click.
 */
import { t } from '@/lib/i18n/ui';
import { checklistUrl } from '@/lib/review/checklist';
import { dueStanding, type DueItem } from '@/lib/store/due-items';

export function DueList({ items, today }: { items: readonly DueItem[]; today: string }) {
  if (!items.length) return <p className="sol-empty">{t('popup.noDueItems')}</p>;
  return (
    <ul className="sol-entries" aria-label={t('popup.dueHeading')}>
      {items.map((item) => {
        const standing = dueStanding(item, today);
        const when = standing === 'overdue' ? t('popup.dueOverdue', { due: item.due }) : standing === 'today' ? t('popup.dueTodayDay') : t('popup.dueOn', { due: item.due });
        const page = item.kind === 'review' ? 'reviews' : 'feedback';
        return (
          <li key={`${item.kind}/${item.id}`} className="sol-entry" data-sol-due-item={`${item.kind}/${item.id}`} data-sol-due-state={standing} data-sol-due={item.due}>
            <span className="sol-entry-text">
              <span className="sol-summary">{t(item.kind === 'review' ? 'popup.dueReview' : 'popup.dueFeedback', { rating: item.rating, entity: item.entity })}</span>
              <span className="sol-meta">
                <span className={standing === 'overdue' ? 'sol-due-overdue' : standing === 'today' ? 'sol-due-today' : undefined}>{when}</span> · {item.marketplace} · {item.id}
              </span>
            </span>
            <span className="sol-entry-buttons">
              <a className="sol-link" href={checklistUrl(page, item.marketplace)} target="_blank" rel="noreferrer">
                {t('popup.dueOpen')}
              </a>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
