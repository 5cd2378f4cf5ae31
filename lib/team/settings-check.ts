/**
 * Is there a newer team setting? The popup and the dashboard look at the kept team folder's
 * `team-settings.json` (only where the folder is kept and the browser still allows reading it without
 * asking: no prompt ever opens from here) and compare its stamp with the one taken; one click takes it,
 * keeping the member's own values as overrides (lib/team/team-settings.ts).
 */
import { saveSettings } from '../store/settings-store';
import type { Settings } from '../store/settings';
import { parseTeamFile, TEAM_SETTINGS_FILE_KIND, TEAM_SETTINGS_FILE_NAME, type TeamSettingsFile } from './files';
import { folderPermission, keptFolder } from './folder';
import { updateTeamState, type TeamLocalState } from './state';
import { teamSettingsState } from './staleness';
import { readTeamSettings, takeTeamSettings, type TeamSettings } from './team-settings';

export type KeptSettingsCheck =
  | { found: 'file'; file: TeamSettingsFile }
  | { found: 'bad'; note: string }
  | { found: 'nothing' };

/** The kept folder's team settings file, read whole and validated; nothing without a kept, readable folder. */
export async function keptTeamSettingsFile(): Promise<KeptSettingsCheck> {
  const handle = await keptFolder();
  if (!handle || !(await folderPermission(handle, false, 'read'))) return { found: 'nothing' };
  let text: string;
  try {
    text = await (await (await handle.getFileHandle(TEAM_SETTINGS_FILE_NAME)).getFile()).text();
  } catch {
    return { found: 'nothing' }; // none published yet (NotFoundError), or the folder is gone
  }
  const parsed = parseTeamFile(TEAM_SETTINGS_FILE_NAME, text);
  if (!parsed) return { found: 'nothing' };
  if (!parsed.ok) return { found: 'bad', note: parsed.note };
  return parsed.file.kind === TEAM_SETTINGS_FILE_KIND ? { found: 'file', file: parsed.file } : { found: 'nothing' };
}

/** The kept folder's team settings when they are newer than those taken, else undefined. */
export async function newerKeptTeamSettings(state: TeamLocalState): Promise<TeamSettingsFile | undefined> {
  const check = await keptTeamSettingsFile();
  return check.found === 'file' && teamSettingsState(check.file, state.takenSettings) === 'newer' ? check.file : undefined;
}

/**
 * Takes `file` into the member's settings in one step: the team's values, the member's own kept and
 * recorded as overrides beside the stamp taken. Returns the overrides and the parts of the file left out.
 */
export async function takeTeamSettingsFile(
  file: TeamSettingsFile,
  own: Settings,
  state: TeamLocalState,
): Promise<{ ok: true; overrides: string[]; notes: string[] } | { ok: false; errors: string[] }> {
  const team = readTeamSettings(file);
  const taken = takeTeamSettings(own, team.settings, state.takenSettings?.settings as TeamSettings | undefined);
  const saved = await saveSettings(taken.settings);
  if (!saved.ok) return saved;
  await updateTeamState((s) => ({
    ...s,
    takenSettings: { publishedAt: file.publishedAt, lead: file.lead.name || file.lead.slug, settings: team.settings as Record<string, unknown>, overrides: taken.overrides },
  }));
  return { ok: true, overrides: taken.overrides, notes: team.notes };
}
