/**
 * "Newer team settings exist: take them" (issue 17), in the popup and on the dashboard's Team tab. Given
 * the file the Team tab read (`file`), it judges that one; otherwise it looks at the kept team folder's
 * `team-settings.json` itself, only where the browser still allows reading the folder without asking.
 * One click takes the team's values; the member's own values stay and are listed as overrides.
 */
import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/ui';
import type { Settings } from '@/lib/store/settings';
import type { TeamSettingsFile } from '@/lib/team/files';
import { keptFolder } from '@/lib/team/folder';
import { teamSettingsState } from '@/lib/team/staleness';
import { useTeamState } from './HandIn';

export interface TeamSettingsNoticeProps {
  settings: Settings;
  /** The team settings file the Team tab read; undefined: look at the kept folder. */
  file?: TeamSettingsFile;
  /** The Team tab has read a folder (says so when it held no team settings). */
  folderRead?: boolean;
  /** The popup's: shown only when newer settings wait, or just taken. */
  compact?: boolean;
}

const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function TeamSettingsNotice({ settings, file, folderRead, compact }: TeamSettingsNoticeProps) {
  const state = useTeamState();
  const [kept, setKept] = useState<TeamSettingsFile>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  /** The kept folder has been looked at (the popup marks it, hidden, when there is nothing to offer). */
  const [checked, setChecked] = useState(false);
  const own = file === undefined && !folderRead;

  // The kept folder's file, checked as the page opens (its code loads only here, after the first paint).
  useEffect(() => {
    if (!own) return;
    let live = true;
    // Without a kept folder there is nothing to check, and the check's code is not loaded at all.
    void keptFolder()
      .then((handle) => (handle ? import('@/lib/team/settings-check').then(({ keptTeamSettingsFile }) => keptTeamSettingsFile()) : ({ found: 'nothing' } as const)))
      .then((check) => {
        if (!live) return;
        if (check.found === 'file') setKept(check.file);
        setChecked(true);
      })
      .catch(() => live && setChecked(true));
    return () => {
      live = false;
    };
  }, [own]);

  if (!state) return null;
  const shown = file ?? kept;
  const judged = teamSettingsState(shown, state.takenSettings);

  async function take(): Promise<void> {
    if (!shown || !state) return;
    setBusy(true);
    try {
      const { takeTeamSettingsFile } = await import('@/lib/team/settings-check');
      const result = await takeTeamSettingsFile(shown, settings, state);
      if (!result.ok) setStatus({ ok: false, text: t('team.settings.takeFailed', { error: result.errors.join('; ') }) });
      else setStatus({ ok: true, text: [t('team.settings.taken'), result.notes.length ? t('team.settings.notes', { notes: result.notes.join('; ') }) : ''].filter(Boolean).join(' ') });
    } catch (error) {
      setStatus({ ok: false, text: t('team.settings.takeFailed', { error: String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const taken = state.takenSettings;
  if (compact && judged !== 'newer' && !status) return checked ? <span hidden data-sol-team-settings-notice={judged} /> : null;
  if (!compact && judged !== 'newer' && !taken && !folderRead && !status) return null;
  return (
    <div className="sol-team-settings" data-sol-team-settings-notice={judged}>
      {shown && judged === 'newer' ? (
        <p data-sol-team-settings-newer="">
          {t('team.settings.newer', { lead: shown.lead.name || shown.lead.slug, at: at(shown.publishedAt) })}{' '}
          <button type="button" className="dash-button" data-sol-team-settings-take="" disabled={busy} onClick={() => void take()}>
            {t('team.settings.take')}
          </button>
        </p>
      ) : taken && !compact ? (
        <p className="dash-muted">{t('team.settings.current', { lead: taken.lead, at: at(taken.publishedAt) })}</p>
      ) : folderRead ? (
        <p className="dash-muted">{t('team.settings.none')}</p>
      ) : null}
      {taken?.overrides.length ? (
        <p data-sol-team-overrides="">
          {t('team.settings.overrides', { paths: taken.overrides.join(', ') })}
        </p>
      ) : null}
      {status ? (
        <p className={status.ok ? 'sol-note' : 'sol-note sol-error'} role="status" data-sol-team-settings-status={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
