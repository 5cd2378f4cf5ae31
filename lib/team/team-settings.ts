/**
 * Team settings: what a lead publishes and how a member takes it. Precedence: the team's value, except
 * where the member set their own (a value that differs from what they last took from the team, or any
 * value of theirs before they first took one): that is kept, and shown as an override. Pure.
 */
import { defaultSettings, validateSettings, type Settings } from '../store/settings';
import { TEAM_SETTING_KEYS, type TeamSettingKey, type TeamSettingsFile } from './files';
import { teamSettingsState } from './staleness';

export { teamSettingsState };

export type TeamSettings = Partial<Pick<Settings, TeamSettingKey>>;

/** The part of the member's settings a lead publishes. */
export function publishableSettings(settings: Settings): TeamSettings {
  const out: TeamSettings = {};
  for (const key of TEAM_SETTING_KEYS) (out as Record<string, unknown>)[key] = structuredClone(settings[key]);
  return out;
}

/** The team file's settings, each part checked by the settings schema; parts that do not pass are left out with a note. */
export function readTeamSettings(file: TeamSettingsFile): { settings: TeamSettings; notes: string[] } {
  const settings: TeamSettings = {};
  const notes: string[] = [];
  for (const key of TEAM_SETTING_KEYS) {
    if (!(key in file.settings)) continue;
    const result = validateSettings({ ...defaultSettings(), [key]: file.settings[key] });
    if (result.ok) (settings as Record<string, unknown>)[key] = result.settings[key];
    else notes.push(`${key}: ${result.errors.join('; ')}`);
  }
  return { settings, notes };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The member's own values among `own` (leaf by leaf for nested records such as rules and ACOS targets):
 * those that differ from `taken` (the team values taken before) and from the `team` being taken now.
 * Returns the paths, e.g. `rules.US.odr`, `acosTargets.home`, `owners`.
 */
function overridesOf(own: unknown, taken: unknown, team: unknown, path: string, out: Map<string, unknown>): void {
  if (isRecord(own) && isRecord(team) && (taken === undefined || isRecord(taken))) {
    for (const key of Object.keys(own)) overridesOf(own[key], isRecord(taken) ? taken[key] : undefined, team[key], `${path}.${key}`, out);
    return;
  }
  if (same(own, team)) return;
  if (taken !== undefined && same(own, taken)) return; // not changed since it was taken: the team's newer value wins
  out.set(path, own);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path.at(-1)!] = value;
}

export interface TakenSettings {
  settings: Settings;
  /** Where the member's own value was kept over the team's: `rules.US.odr`, `owners`, ... */
  overrides: string[];
}

/**
 * Takes `team` into `own`. `taken` is the team settings taken last time (undefined the first time: then
 * every own value that differs from the team's and from the default is the member's own).
 */
export function takeTeamSettings(own: Settings, team: TeamSettings, taken: TeamSettings | undefined): TakenSettings {
  const merged: Record<string, unknown> = structuredClone(own) as unknown as Record<string, unknown>;
  const overrides = new Map<string, unknown>();
  for (const key of TEAM_SETTING_KEYS) {
    if (!(key in team)) continue;
    const found = new Map<string, unknown>();
    overridesOf(own[key], taken ? taken[key] : defaultSettings()[key], team[key], key, found);
    merged[key] = structuredClone(team[key]);
    for (const [path, value] of found) {
      const parts = path.split('.');
      if (parts.length === 1) merged[key] = structuredClone(value);
      else if (value !== undefined) setPath(merged, parts, structuredClone(value));
      overrides.set(path, value);
    }
  }
  const result = validateSettings(merged);
  // The team's values passed on their own (readTeamSettings); a mix that does not pass keeps the team's.
  const settings = result.ok ? result.settings : { ...own, ...team };
  return { settings, overrides: [...overrides.keys()].sort() };
}

/** Whether `file` is newer than the team settings taken (by its publish time). */
export function isNewerTeamSetting(file: TeamSettingsFile | undefined, takenAt: string | undefined): boolean {
  return teamSettingsState(file, takenAt === undefined ? undefined : { publishedAt: takenAt }) === 'newer';
}
