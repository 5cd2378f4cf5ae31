/** The daily routine: each page kind per marketplace, ticked when captured today, else a link to open it. */
import type { MouseEvent } from 'react';
import type { ChecklistRow } from '@/lib/review/checklist';
import { t, type MessageKey } from '@/lib/i18n/ui';

function openPage(event: MouseEvent<HTMLAnchorElement>, url: string): void {
  event.preventDefault();
  void browser.tabs.create({ url });
}

export function Checklist({ rows }: { rows: readonly ChecklistRow[] }) {
  const items = rows.flatMap((r) => r.items);
  const done = items.filter((i) => i.done).length;
  return (
    <>
      <p className="sol-progress" data-sol-checklist-progress={`${done}/${items.length}`}>
        {t('popup.checklistProgress', { done, total: items.length })}
      </p>
      {rows.map((row) => (
        <div className="sol-check-row" key={row.marketplace} data-sol-checklist={row.marketplace}>
          <span className="sol-marketplace">{row.marketplace}</span>
          <ul className="sol-checks">
            {row.items.map((item) => {
              const name = t(`popup.page.${item.page}` as MessageKey);
              return (
                <li key={item.page} data-sol-check={item.page} data-sol-done={item.done}>
                  {item.done ? (
                    <span className="sol-checked" title={t('popup.captured', { page: name })}>
                      ✓ {name}
                    </span>
                  ) : (
                    <a href={item.url} target="_blank" rel="noreferrer" title={t('popup.openPage', { page: name, marketplace: row.marketplace })} onClick={(e) => openPage(e, item.url)}>
                      {name}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </>
  );
}
