/**
 * Whether the folder's team settings are newer than those taken, by the file's stamp (`publishedAt`).
 * Pure and without imports, so the popup decides without loading the settings schema.
 */
export type TeamSettingsState = 'none' | 'newer' | 'taken' | 'older';

/**
 * `none` (no file), `newer` (never taken, or published after the stamp taken), `taken` (the same
 * stamp), `older` (a file older than the one taken, e.g. a sync client restoring an old copy: not
 * offered, the values taken stay).
 */
export function teamSettingsState(file: { publishedAt: string } | undefined, taken: { publishedAt: string } | undefined): TeamSettingsState {
  if (!file) return 'none';
  if (!taken) return 'newer';
  const at = Date.parse(file.publishedAt);
  const was = Date.parse(taken.publishedAt);
  if (Number.isNaN(was) || at > was) return 'newer';
  return at === was ? 'taken' : 'older';
}
