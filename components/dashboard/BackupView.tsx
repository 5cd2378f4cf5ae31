/**
 * Backup and restore (contract §5, §6): one file with everything, and a restore that checks every row
 * before it writes anything and says what it added, updated and skipped, or which row is wrong.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ChangeEvent } from 'react';
import { backupFileName, backupParts, checkBackupSize, collectBackup, restoreFromText, type RestoreError, type RestoreReport, type TableOutcome } from '@/lib/export/backup';
import { isoWithOffset } from '@/lib/read/day';
import { getDb } from '@/lib/store/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/store/settings';
import { loadSettings, saveSettings } from '@/lib/store/settings-store';
import { downloadBlob } from './hooks';

type RestoreState = { kind: 'idle' } | { kind: 'working'; file: string } | { kind: 'ok'; file: string; report: RestoreReport } | { kind: 'error'; file: string; error: RestoreError };

const SETTINGS_ACCESS = { load: loadSettings, save: saveSettings };

function OutcomeRow({ table, outcome }: { table: 'snapshots' | 'entries' | 'settings' | 'dueItems'; outcome: TableOutcome }) {
  return (
    <tr data-sol-restore-table={table}>
      <td>{t(`dash.backup.table.${table}` as MessageKey)}</td>
      <td className="num" data-sol-count="added">{outcome.added}</td>
      <td className="num" data-sol-count="updated">{outcome.updated}</td>
      <td className="num" data-sol-count="skipped">
        {outcome.skipped}
        {outcome.keptNewer ? <span className="dash-muted"> ({t('dash.backup.keptNewer', { count: outcome.keptNewer })})</span> : null}
      </td>
    </tr>
  );
}

function errorText(error: RestoreError): string {
  switch (error.code) {
    case 'tooLarge':
      return t('dash.backup.error.tooLarge', error.params);
    case 'newerSchema':
      return t('dash.backup.error.newerSchema', error.params);
    case 'truncated':
      return t('dash.backup.error.truncated');
    case 'empty':
      return t('dash.backup.error.empty');
    case 'notJson':
      return t('dash.backup.error.notJson');
    case 'notBackup':
      return t('dash.backup.error.notBackup');
    case 'invalidRows':
      return t('dash.backup.error.invalidRows', { count: error.problemCount });
    case 'writeFailed':
      return error.message; // already in the assistant's language (lib/store/storage-error)
  }
}

export function BackupView({ settings, persisted, backupDue, daysSinceBackup }: { settings: Settings; persisted: boolean | undefined; backupDue: boolean; daysSinceBackup: number | undefined }) {
  const db = getDb();
  const counts = useLiveQuery(async () => ({ snapshots: await db.snapshots.count(), entries: await db.entries.count() }), []);
  const [backingUp, setBackingUp] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'error'; error: string }>({ kind: 'idle' });
  const [restore, setRestore] = useState<RestoreState>({ kind: 'idle' });

  async function backUp() {
    setBackingUp({ kind: 'working' });
    try {
      const now = new Date();
      const current = await loadSettings();
      const backup = await collectBackup(db, current, now);
      const file = backupFileName(now);
      downloadBlob(new Blob(backupParts(backup), { type: 'application/json' }), file);
      await saveSettings({ ...current, lastBackupAt: isoWithOffset(now) });
      setBackingUp({ kind: 'done', file });
    } catch (e) {
      setBackingUp({ kind: 'error', error: String(e) });
    }
  }

  async function restoreFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setRestore({ kind: 'working', file: file.name });
    try {
      // Refuse an oversized file before reading it into memory.
      const size = checkBackupSize(file.size);
      const outcome = size.ok ? await restoreFromText(db, await file.text(), SETTINGS_ACCESS, file.size) : size;
      setRestore(outcome.ok ? { kind: 'ok', file: file.name, report: outcome.report } : { kind: 'error', file: file.name, error: outcome.error });
    } catch (e) {
      setRestore({ kind: 'error', file: file.name, error: { code: 'notBackup', message: String(e), params: {}, problems: [], problemCount: 0 } });
    } finally {
      // The same file can be chosen again (after fixing it).
      input.value = '';
    }
  }

  return (
    <section aria-label={t('dash.tab.backup')}>
      <h2>{t('dash.backup.title')}</h2>
      <p>{t('dash.backup.explain')}</p>
      <p className={backupDue ? 'dash-error' : 'dash-muted'} data-sol-last-backup={settings.lastBackupAt ?? ''}>
        {settings.lastBackupAt ? t('dash.backup.last', { day: settings.lastBackupAt.slice(0, 10), days: daysSinceBackup ?? 0 }) : t('dash.backup.never')}
        {counts ? ` · ${t('dash.backup.holding', { entries: counts.entries, snapshots: counts.snapshots })}` : ''}
      </p>
      <div className="dash-toolbar">
        <button type="button" className="dash-button" data-sol-export="backup" onClick={backUp} disabled={backingUp.kind === 'working'}>
          {backingUp.kind === 'working' ? t('dash.backup.working') : t('dash.backup.download')}
        </button>
        <span role="status">
          {backingUp.kind === 'done' ? <span className="dash-ok">{t('dash.backup.saved', { file: backingUp.file })}</span> : null}
          {backingUp.kind === 'error' ? <span className="dash-error">{backingUp.error}</span> : null}
        </span>
      </div>
      <p className="dash-muted">
        {persisted === true ? t('dash.backup.persisted') : persisted === false ? t('dash.backup.notPersisted') : ''}
      </p>

      <h2>{t('dash.backup.restoreTitle')}</h2>
      <p>{t('dash.backup.restoreExplain')}</p>
      <label className="dash-toolbar">
        <span>{t('dash.backup.choose')}</span>
        <input type="file" accept=".json,application/json" data-sol-restore="" onChange={restoreFile} disabled={restore.kind === 'working'} />
      </label>
      {restore.kind === 'working' ? <p role="status">{t('dash.backup.restoring', { file: restore.file })}</p> : null}
      {restore.kind === 'ok' ? (
        <div className="restore-result" role="status" data-sol-restore-result="" data-sol-status="ok">
          <p className="dash-ok">{t('dash.backup.restored', { file: restore.file })}</p>
          <table className="dash-table">
            <thead>
              <tr>
                <th />
                <th className="num">{t('dash.backup.added')}</th>
                <th className="num">{t('dash.backup.updated')}</th>
                <th className="num">{t('dash.backup.skipped')}</th>
              </tr>
            </thead>
            <tbody>
              <OutcomeRow table="entries" outcome={restore.report.entries} />
              <OutcomeRow table="snapshots" outcome={restore.report.snapshots} />
              <OutcomeRow table="settings" outcome={restore.report.settings} />
              <OutcomeRow table="dueItems" outcome={restore.report.dueItems} />
            </tbody>
          </table>
          <p className="dash-muted">{restore.report.settingsChanged ? t('dash.backup.settingsRestored') : t('dash.backup.settingsSame')}</p>
        </div>
      ) : null}
      {restore.kind === 'error' ? (
        <div className="restore-result" role="alert" data-sol-restore-result="" data-sol-status="error" data-sol-error={restore.error.code}>
          <p className="dash-error">
            <b>{t('dash.backup.refused', { file: restore.file })}</b> {errorText(restore.error)}
          </p>
          {restore.error.problems.length ? (
            <ul>
              {restore.error.problems.map((p, i) => (
                <li key={i} data-sol-problem-row={p.row} data-sol-problem-field={p.field}>
                  {t('dash.backup.problem', { table: p.table === 'settingsObject' ? t('dash.tab.settings') : t(`dash.backup.table.${p.table}` as MessageKey), row: p.row, field: p.field, message: p.message })}
                  {p.id ? <span className="dash-muted"> ({p.id})</span> : null}
                </li>
              ))}
              {restore.error.problemCount > restore.error.problems.length ? <li>{t('dash.backup.moreProblems', { count: restore.error.problemCount - restore.error.problems.length })}</li> : null}
            </ul>
          ) : null}
          <p className="dash-muted">{t('dash.backup.nothingWritten')}</p>
        </div>
      ) : null}
    </section>
  );
}
