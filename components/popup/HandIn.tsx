/**
 * Hand in the day (contract §9 `data-sol-handin`), in the popup and on the dashboard's Team tab: the
 * day's file goes into the kept team folder, or downloads where there is none. On the dashboard
 * (`full`) the member also chooses the folder and the hour of the automatic hand-in; the popup, which
 * closes when a folder picker opens, points there instead.
 */
import { useEffect, useState } from 'react';
import type { SellerOpsDb } from '@/lib/store/db';
import { t } from '@/lib/i18n/ui';
import { localDay } from '@/lib/read/day';
import { daySchema } from '@/lib/read/record';
import type { Settings } from '@/lib/store/settings';
import { canKeepFolder, chooseFolder, forgetFolder, keptFolder } from '@/lib/team/folder';
import type { WriteResult } from '@/lib/team/hand-in';
import { teamStateItem, updateTeamState, type TeamLocalState } from '@/lib/team/state';
import './handin.css';

export interface HandInProps {
  db: SellerOpsDb;
  settings: Settings;
  today: string;
  /** The dashboard's version: folder choice and the automatic hour. */
  full?: boolean;
}

export function useTeamState(): TeamLocalState | undefined {
  const [state, setState] = useState<TeamLocalState>();
  useEffect(() => {
    let live = true;
    void teamStateItem.getValue().then((s) => live && setState(s));
    const unwatch = teamStateItem.watch((s) => setState(s ?? {}));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}

function resultText(result: WriteResult): string {
  return result.how === 'folder' ? t('team.handin.toFolder', { path: result.path }) : t('team.handin.downloaded', { name: result.name });
}

export function HandIn({ db, settings, today, full }: HandInProps) {
  const [picked, setPicked] = useState<string>();
  const [folderName, setFolderName] = useState<string | null>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const state = useTeamState();
  const day = picked ?? today;
  const keepable = canKeepFolder();

  useEffect(() => {
    void keptFolder().then((h) => setFolderName(h?.name ?? null));
  }, []);
  // The lead's sign-offs of this member's days, from the kept folder (its code loads after the first paint);
  // read again only when the member's name or the day changes, not on every other setting.
  const { assistantName } = settings;
  useEffect(() => {
    // Without a kept folder there is nothing to read, and its code (with the day log's and both catalogs)
    // is not loaded at all.
    void keptFolder()
      .then((handle) => handle && import('@/lib/team/signoff-check').then(({ keptOwnSignoffs }) => keptOwnSignoffs({ assistantName }, today)))
      .catch(() => undefined);
  }, [assistantName, today]);
  // The automatic hand-in, if the background's alarm could not write (it tries every quarter hour);
  // its code loads only when a hand-in is due.
  useEffect(() => {
    void teamStateItem
      .getValue()
      .then(async (s) => {
        if (s.autoHour === undefined || new Date().getHours() < s.autoHour || s.autoLastDay === localDay()) return;
        const { autoHandIn } = await import('@/lib/team/hand-in');
        const written = await autoHandIn(db, settings);
        if (written) setStatus({ ok: true, text: t('team.handin.autoDone', { path: written.how === 'folder' ? written.path : written.name }) });
      })
      .catch(() => undefined);
  }, [db, settings]);

  async function handIn(): Promise<void> {
    setBusy(true);
    try {
      // The hand-in code (day log, schemas) loads on the first click: the popup opens without it.
      const { handInDay } = await import('@/lib/team/hand-in');
      const written = await handInDay(db, day, settings, { ask: true });
      if (written) setStatus({ ok: true, text: resultText(written) });
    } catch (error) {
      setStatus({ ok: false, text: t('team.handin.failed', { error: String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  async function choose(): Promise<void> {
    try {
      const handle = await chooseFolder();
      if (handle) setFolderName(handle.name);
    } catch (error) {
      setStatus({ ok: false, text: t('team.handin.failed', { error: String(error) }) });
    }
  }

  const signed = Object.entries(state?.signoffs ?? {}).sort(([a], [b]) => b.localeCompare(a)).slice(0, full ? 14 : 3);

  return (
    <div className="sol-handin" data-sol-handin-panel="">
      {!settings.assistantName.trim() ? <p className="sol-note dash-muted">{t('team.handin.noName')}</p> : null}
      <div className="sol-handin-row">
        <label className="sol-inline">
          <span>{t('team.handin.day')}</span>
          <input type="date" name="handinDay" value={day} max={today} onChange={(e) => setPicked(daySchema.safeParse(e.target.value).success ? e.target.value : undefined)} />
        </label>
        <button type="button" className="dash-button" data-sol-handin="" disabled={busy} onClick={() => void handIn()}>
          {t('team.handin.button', { day })}
        </button>
      </div>
      <p className="sol-note dash-muted" data-sol-handin-folder-name={folderName ?? undefined}>
        {folderName ? t('team.handin.folder', { name: folderName }) : keepable ? (full ? t('team.handin.noFolder') : t('team.handin.chooseInDashboard')) : t('team.handin.noFolderApi')}
      </p>
      {full && keepable ? (
        <div className="sol-handin-row">
          <button type="button" className="dash-button secondary" data-sol-handin-choose="" onClick={() => void choose()}>
            {t('team.handin.chooseFolder')}
          </button>
          {folderName ? (
            <button type="button" className="dash-button secondary" onClick={() => void forgetFolder().then(() => setFolderName(null))}>
              {t('team.handin.forgetFolder')}
            </button>
          ) : null}
          <label className="sol-inline">
            <span>{t('team.handin.autoHour')}</span>
            <select
              name="handinHour"
              value={state?.autoHour === undefined ? '' : String(state.autoHour)}
              onChange={(e) => {
                const hour = e.target.value === '' ? undefined : Number(e.target.value);
                void updateTeamState((s) => {
                  const { autoHour: _drop, ...rest } = s;
                  return hour === undefined ? rest : { ...rest, autoHour: hour };
                });
              }}
            >
              <option value="">{t('team.handin.autoOff')}</option>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {status ? (
        <p className={status.ok ? 'sol-note' : 'sol-note sol-error'} role="status" data-sol-handin-status={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      ) : null}
      {signed.length ? (
        <ul className="sol-handin-signed">
          {signed.map(([key, s]) => (
            <li key={key} data-sol-signed-off={key}>
              {s.comment
                ? t('team.handin.signedOffComment', { day: key.split('/')[1] ?? key, lead: s.lead, comment: s.comment })
                : t('team.handin.signedOff', { day: key.split('/')[1] ?? key, lead: s.lead })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
