/**
 * Handing in: the day file written into the kept team folder (whole or not at all), or downloaded
 * under its contract name where there is no folder or the browser cannot write one (Firefox). The same
 * path writes a lead's sign-off and the team settings.
 */
import { downloadText } from '../export/download';
import type { SellerOpsDb } from '../store/db';
import type { Settings } from '../store/settings';
import { localDay } from '../read/day';
import { dayFileDownloadName, dayFilePath, teamFileText, type TeamFile } from './files';
import { folderPermission, keptFolder, writeFolderFile } from './folder';
import { buildDayFile, currentMember } from './member';
import { teamStateItem, updateTeamState } from './state';

export type WriteResult = { how: 'folder'; path: string } | { how: 'download'; name: string };

/**
 * Writes one of this member's files: into the kept folder at `path` when there is one and it may be
 * written (`ask`: from a click, the permission may be asked for again), else downloads it as `downloadName`
 * (`download: false`, as the automatic hand-in does, leaves it unwritten instead and says so).
 */
export async function writeTeamFile(file: TeamFile, path: string, downloadName: string, options: { ask: boolean; download?: boolean }): Promise<WriteResult | undefined> {
  const text = teamFileText(file);
  const folder = await keptFolder();
  if (folder && (await folderPermission(folder, options.ask))) {
    await writeFolderFile(folder, path, text);
    return { how: 'folder', path };
  }
  if (options.download === false) return undefined;
  downloadText(downloadName, text, 'application/json;charset=utf-8');
  return { how: 'download', name: downloadName };
}

/** Hands in `day`: the member's own file for that day, replaced if it was handed in before. */
export async function handInDay(db: SellerOpsDb, day: string, settings: Settings, options: { ask: boolean; download?: boolean } = { ask: true }): Promise<WriteResult | undefined> {
  const member = await currentMember(settings);
  const file = await buildDayFile(db, day, settings, member);
  return writeTeamFile(file, dayFilePath(member.slug, day), dayFileDownloadName(member.slug, day), options);
}

/**
 * The automatic hand-in: once a day, at or after the hour the member set, into the kept folder only
 * (no download nobody asked for, no permission prompt without a click). Returns what it wrote.
 */
export async function autoHandIn(db: SellerOpsDb, settings: Settings, now: Date = new Date()): Promise<WriteResult | undefined> {
  const state = await teamStateItem.getValue();
  const today = localDay(now);
  if (state.autoHour === undefined || now.getHours() < state.autoHour || state.autoLastDay === today) return undefined;
  const written = await handInDay(db, today, settings, { ask: false, download: false });
  if (written) await updateTeamState((s) => ({ ...s, autoLastDay: today }));
  return written;
}
