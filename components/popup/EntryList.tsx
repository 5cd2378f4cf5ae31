/**
 * Log entries as the popup lists them: each with its module, entity, owner and deadline, and buttons to
 * mark it done (or open again), edit it in the shared entry form, or delete it (undone from the popup).
 */
import { lightFormat } from 'date-fns';
import { memo, useMemo, useState } from 'react';
import { LogForm } from '@/components/LogForm';
import { formValuesOfEntry } from '@/lib/log/log-form-values';
import { dueState } from '@/lib/store/due';
import type { EntryDraft, EntryResult } from '@/lib/store/entries';
import { t } from '@/lib/i18n/ui';
import type { Entry } from '@/lib/store/schema';

export interface EntryActions {
  toggleDone(entry: Entry): void;
  save(entry: Entry, draft: EntryDraft): Promise<EntryResult>;
  remove(entry: Entry): void;
}

function DueNote({ entry, now }: { entry: Entry; now: Date }) {
  if (!entry.due) return null;
  const state = dueState(entry, now);
  const due = new Date(entry.due);
  const text =
    state === 'today'
      ? t('popup.dueToday', { time: lightFormat(due, 'HH:mm') })
      : state === 'overdue'
        ? t('popup.overdue', { due: lightFormat(due, 'MM-dd HH:mm') })
        : t('popup.due', { due: lightFormat(due, 'yyyy-MM-dd HH:mm') });
  return (
    <span className={`sol-due sol-due-${state}`} data-sol-due={state}>
      {text}
    </span>
  );
}

interface EntryItemProps {
  entry: Entry;
  actions: EntryActions;
  owners: readonly string[];
  now: Date;
  /** Entries from earlier days say which day they were logged. */
  showDay: boolean;
}

function EntryItem({ entry, actions, owners, now, showDay }: EntryItemProps) {
  const [editing, setEditing] = useState(false);
  // The form starts from the entry as it was when editing began; live updates must not reset typing.
  const initial = useMemo(() => formValuesOfEntry(entry), [editing, entry.id]);
  const done = entry.status === 'done';

  if (editing) {
    return (
      <li className="sol-entry sol-editing" data-sol-entry={entry.id}>
        <LogForm
          initial={initial}
          context={{}}
          owners={owners}
          onSubmit={async (draft) => {
            const result = await actions.save(entry, draft);
            if (result.ok) setEditing(false);
            return result;
          }}
          onClose={() => setEditing(false)}
        />
        <button type="button" className="sol-link" onClick={() => setEditing(false)}>
          {t('popup.cancel')}
        </button>
      </li>
    );
  }

  return (
    <li className={`sol-entry${done ? ' sol-done' : ''}`} data-sol-entry={entry.id} data-sol-status={entry.status}>
      <div className="sol-entry-text">
        <span className="sol-summary">{entry.summary}</span>
        <span className="sol-meta">
          {[entry.marketplace, t(`module.${entry.module}`), entry.entity].filter(Boolean).join(' · ')}
          {' · '}
          {entry.owner ? t('popup.owner', { owner: entry.owner }) : t('popup.noOwner')}
          {entry.due ? ' · ' : ''}
          <DueNote entry={entry} now={now} />
          {showDay ? ` · ${t('popup.loggedOn', { day: entry.day })}` : ''}
        </span>
      </div>
      <div className="sol-entry-buttons">
        <button type="button" data-sol-action="toggle-done" aria-pressed={done} aria-label={done ? t('popup.reopen') : t('popup.markDoneLabel', { summary: entry.summary })} onClick={() => actions.toggleDone(entry)}>
          {done ? t('popup.reopen') : t('popup.markDone')}
        </button>
        <button type="button" data-sol-action="edit" onClick={() => setEditing(true)}>
          {t('popup.edit')}
        </button>
        <button type="button" data-sol-action="delete" onClick={() => actions.remove(entry)}>
          {t('popup.delete')}
        </button>
      </div>
    </li>
  );
}

/** How many rows a list shows before "show more": the popup must stay quick with a year of data. */
const PAGE_SIZE = 30;

export interface EntryListProps {
  entries: readonly Entry[];
  actions: EntryActions;
  owners: readonly string[];
  empty: string;
  showDay?: boolean;
  label: string;
}

export const EntryList = memo(function EntryList({ entries, actions, owners, empty, showDay = false, label }: EntryListProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const now = new Date();
  if (!entries.length) return <p className="sol-empty">{empty}</p>;
  return (
    <>
      <ul className="sol-entries" aria-label={label}>
        {entries.slice(0, shown).map((entry) => (
          <EntryItem key={entry.id} entry={entry} actions={actions} owners={owners} now={now} showDay={showDay} />
        ))}
      </ul>
      {entries.length > shown ? (
        <button type="button" className="sol-link" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('popup.showMore', { count: Math.min(PAGE_SIZE, entries.length - shown) })}
        </button>
      ) : null}
    </>
  );
});
