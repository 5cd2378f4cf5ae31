/**
 * The dashboard (also the options page): where the assistant and their lead look back. One tab per
 * task; the tab is kept in the URL's hash so a link opens the right one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { LOG_FORM_CSS } from '@/components/LogForm';
import { backupIsDue } from '@/lib/export/backup';
import { getDb } from '@/lib/store/db';
import { setLanguage, t, type MessageKey } from '@/lib/i18n';
import { BackupView } from './BackupView';
import { EconomicsView } from './EconomicsView';
import { HistoryView } from './HistoryView';
import { useNow, useSettings } from './hooks';
import { LogView } from './LogView';
import { ReportsView } from './ReportsView';
import { ProductsView } from './ProductsView';
import { NegativeKeywordsView } from './NegativeKeywordsView';
import { ReviewView } from './ReviewView';
import { SettingsView } from './SettingsView';
import { TeamView } from './TeamView';
import { TeamSettingsNotice } from '@/components/popup/TeamSettingsNotice';

const TABS = ['log', 'history', 'review', 'economics', 'products', 'negatives', 'reports', 'team', 'settings', 'backup'] as const;
type Tab = (typeof TABS)[number];

function tabOfHash(): Tab {
  const hash = location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as Tab) : 'log';
}

function useHashTab(): [Tab, (tab: Tab) => void] {
  const [tab, setTab] = useState<Tab>(tabOfHash);
  useEffect(() => {
    const follow = () => setTab(tabOfHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [tab, (next) => {
    history.replaceState(null, '', `#${next}`);
    setTab(next);
  }];
}

/**
 * Asks the browser to keep this extension's data under storage pressure. Extensions with
 * `unlimitedStorage` are usually granted it; the answer is shown beside the backup controls.
 */
function usePersistentStorage(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    let live = true;
    const storage = navigator.storage;
    if (!storage?.persist) return;
    void storage
      .persist()
      .then((granted) => (granted ? true : storage.persisted()))
      .then((granted) => {
        if (live) setPersisted(granted);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return persisted;
}

export function Dashboard() {
  const settings = useSettings();
  const [tab, setTab] = useHashTab();
  const persisted = usePersistentStorage();
  const now = useNow();
  const hasData = useLiveQuery(async () => (await getDb().entries.count()) + (await getDb().snapshots.limit(1).count()) > 0, [], false);

  if (settings) setLanguage(settings.language);
  useEffect(() => {
    document.title = t('dash.title');
    document.documentElement.lang = settings?.language === 'zh_CN' ? 'zh-CN' : settings?.language === 'en' ? 'en' : navigator.language;
  }, [settings?.language]);

  if (!settings) return <p className="dash dash-muted">{t('dash.loading')}</p>;

  const due = backupIsDue(settings.lastBackupAt, hasData, now);
  const daysSince = settings.lastBackupAt ? Math.floor((now.getTime() - Date.parse(settings.lastBackupAt)) / 86_400_000) : undefined;

  return (
    <div className="dash">
      <style>{LOG_FORM_CSS}</style>
      <header className="dash-header">
        <h1>{t('dash.title')}</h1>
        <nav className="dash-tabs" role="tablist" aria-label={t('dash.title')}>
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls="dash-panel" data-sol-tab={id} onClick={() => setTab(id)}>
              {t(`dash.tab.${id}` as MessageKey)}
            </button>
          ))}
        </nav>
      </header>
      {due && tab !== 'backup' ? (
        <div className="dash-reminder" role="status" data-sol-backup-reminder="">
          <span>{daysSince === undefined ? t('dash.backup.reminderNever') : t('dash.backup.reminder', { days: daysSince })}</span>
          <button type="button" className="dash-button secondary" onClick={() => setTab('backup')}>
            {t('dash.backup.goToBackup')}
          </button>
        </div>
      ) : null}
      {/* Newer team settings in the kept team folder, on every tab (the Team tab has its own); Settings also lists the overrides. */}
      {tab !== 'team' ? <TeamSettingsNotice settings={settings} compact={tab !== 'settings'} /> : null}
      <main id="dash-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'log' ? <LogView settings={settings} /> : null}
        {tab === 'history' ? <HistoryView settings={settings} /> : null}
        {tab === 'review' ? <ReviewView settings={settings} /> : null}
        {tab === 'economics' ? <EconomicsView settings={settings} /> : null}
        {tab === 'reports' ? <ReportsView settings={settings} /> : null}
        {tab === 'team' ? <TeamView settings={settings} /> : null}
        {tab === 'products' ? <ProductsView settings={settings} /> : null}
        {tab === 'negatives' ? <NegativeKeywordsView settings={settings} /> : null}
        {tab === 'settings' ? <SettingsView settings={settings} /> : null}
        {tab === 'backup' ? <BackupView settings={settings} persisted={persisted} backupDue={due} daysSinceBackup={daysSince} /> : null}
      </main>
    </div>
  );
}
