/**
 * The toolbar popup: the assistant's whole day in one place. Quick log first (the summary has focus),
 * then what is left to check, today's breaches and entries, what is due from earlier days, and the
 * day's report. Every list is a live query over an index, so the popup opens fast with a year of data.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LOG_FORM_CSS } from '@/components/LogForm';
import { holdBadgeWatch } from '@/lib/review/badge-port';
import type { SellerOpsDb } from '@/lib/store/db';
import { deleteEntry } from '@/lib/store/entries';
import { editEntry, restoreEntry, setEntryStatus } from '@/lib/store/entry-actions';
import { t } from '@/lib/i18n/ui';
import type { Entry } from '@/lib/store/schema';
import type { Settings } from '@/lib/store/settings';
import { BreachCounts } from './BreachCounts';
import { Checklist } from './Checklist';
import { DueList } from './DueList';
import { EntryList, type EntryActions } from './EntryList';
import { ExportPanel } from './ExportPanel';
import { HandIn } from './HandIn';
import { useSettings, useToday } from './hooks';
import { useLive, type LiveState, type LiveValue } from './live';
import { dayChecksLive, startPopupReads, type DayChecks, type PopupReads } from './reads';
import { QuickLog } from './QuickLog';
import { TeamSettingsNotice } from './TeamSettingsNotice';
import './popup.css';

/** How long "Entry deleted · Undo" stays. */
const UNDO_MS = 15_000;

/** A list's value; a failed read throws, as a failed live query did, rather than leaving the list empty. */
function valueOf<T>(state: LiveState<T>): T | undefined {
  if (state.error !== undefined) throw state.error;
  return state.value;
}

export interface PopupProps {
  db: SellerOpsDb;
  initialSettings: Settings;
  /** The reads the page started before drawing (entrypoints/popup/main.tsx), used while their day and settings hold. */
  start?: { reads: PopupReads; settings: Settings; dayChecks: LiveValue<DayChecks> };
}

export function Popup({ db, initialSettings, start }: PopupProps) {
  const settings = useSettings(initialSettings);
  const today = useToday();
  const [deleted, setDeleted] = useState<Entry>();
  const [problem, setProblem] = useState<string>();
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Every list is live; a new day (past midnight) starts new reads, and new settings a new read of the checks.
  const reads = useMemo(() => (start?.reads.day === today ? start.reads : startPopupReads(db, today)), [db, today]);
  useEffect(() => () => reads.close(), [reads]);
  const checks = useMemo(() => (start?.reads === reads && start.settings === settings ? start.dayChecks : dayChecksLive(db, reads, settings)), [db, reads, settings]);
  useEffect(() => () => checks.close(), [checks]);
  const todays = valueOf(useLive(reads.todays));
  const due = valueOf(useLive(reads.due));
  const dueItems = valueOf(useLive(reads.dueItems));
  const day = useLive(checks);
  const breaches = day.value?.breaches;
  const checklist = day.value?.checklist;
  const ready = todays !== undefined && due !== undefined && dueItems !== undefined && breaches !== undefined && checklist !== undefined;

  useEffect(() => holdBadgeWatch(), []);
  useEffect(() => {
    document.documentElement.lang = settings.language === 'zh_CN' ? 'zh-CN' : settings.language === 'en' ? 'en' : navigator.language;
  }, [settings.language]);

  const report = useCallback((result: { ok: boolean; error?: string }) => setProblem(result.ok ? undefined : t('popup.actionFailed', { error: result.error ?? '' })), []);
  // The same actions on every render, so the entry lists (memo) draw again only when their entries change,
  // not each time another of the popup's queries comes in.
  const actions: EntryActions = useMemo(
    () => ({
      toggleDone: (entry) => void setEntryStatus(db, entry.id, entry.status === 'open' ? 'done' : 'open').then(report),
      save: (entry, draft) => editEntry(db, entry.id, draft),
      remove: (entry) =>
        void deleteEntry(db, entry.id).then(() => {
          clearTimeout(undoTimer.current);
          setDeleted(entry);
          undoTimer.current = setTimeout(() => setDeleted(undefined), UNDO_MS);
        }),
    }),
    [db, report],
  );
  const undoDelete = (entry: Entry) => {
    clearTimeout(undoTimer.current);
    setDeleted(undefined);
    void restoreEntry(db, entry).then(report);
  };

  const carriedOver = useMemo(() => due?.filter((e) => e.day < today), [due, today]);

  return (
    <main className="sol-popup" data-sol-ready={ready ? '' : undefined}>
      <style>{LOG_FORM_CSS}</style>
      <header className="sol-header">
        <h1>{t('popup.title')}</h1>
        <span className="sol-day">{today}</span>
      </header>
      <TeamSettingsNotice settings={settings} compact />

      <section aria-labelledby="sol-quick-log">
        <h2 id="sol-quick-log">{t('popup.quickLog')}</h2>
        <QuickLog db={db} settings={settings} />
      </section>

      {deleted ? (
        <p className="sol-undo" role="status" data-sol-undo="">
          {t('popup.deleted')}{' '}
          <button type="button" className="sol-link" onClick={() => undoDelete(deleted)}>
            {t('popup.undo')}
          </button>
        </p>
      ) : null}
      {problem ? (
        <p className="sol-note sol-error" role="alert">
          {problem}
        </p>
      ) : null}
      {day.error ? (
        <p className="sol-note sol-error" role="alert">
          {t('popup.readFailed', { error: String(day.error) })}
        </p>
      ) : null}

      <section aria-labelledby="sol-checklist">
        <h2 id="sol-checklist">{t('popup.checklistHeading')}</h2>
        {checklist ? <Checklist rows={checklist} /> : null}
      </section>

      <section aria-labelledby="sol-breaches">
        <h2 id="sol-breaches">{t('popup.breachesHeading')}</h2>
        {breaches ? <BreachCounts breaches={breaches} db={db} today={today} /> : null}
      </section>

      <section aria-labelledby="sol-due-items" data-sol-due-list="">
        <h2 id="sol-due-items">{t('popup.dueHeading')}</h2>
        {dueItems ? <DueList items={dueItems} today={today} /> : null}
      </section>

      <section aria-labelledby="sol-today">
        <h2 id="sol-today">{t('popup.todayHeading')}</h2>
        {todays ? <EntryList entries={todays} actions={actions} owners={settings.owners} empty={t('popup.noEntries')} label={t('popup.todayHeading')} /> : null}
      </section>

      <section aria-labelledby="sol-open-items">
        <h2 id="sol-open-items">{t('popup.openItemsHeading')}</h2>
        {carriedOver ? <EntryList entries={carriedOver} actions={actions} owners={settings.owners} empty={t('popup.noOpenItems')} label={t('popup.openItemsHeading')} showDay /> : null}
      </section>

      <section aria-labelledby="sol-export">
        <h2 id="sol-export">{t('popup.exportHeading')}</h2>
        <ExportPanel db={db} settings={settings} today={today} />
      </section>

      <section aria-labelledby="sol-handin">
        <h2 id="sol-handin">{t('team.handin.heading')}</h2>
        <HandIn db={db} settings={settings} today={today} />
      </section>
    </main>
  );
}
