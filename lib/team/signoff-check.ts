/**
 * The member's own days the lead has signed off, read from the kept team folder by the popup and the
 * dashboard as they open (only where the folder is kept and the browser still allows reading it without
 * asking: no prompt ever opens from here), and recorded in the member's team state, which both show. The
 * Team tab records the same from the files it has read.
 */
import type { Settings } from '../store/settings';
import { SIGNOFF_FILE_KIND, type ParsedTeamFile, type TeamMember } from './files';
import { folderPermission, keptFolder, listFolderSignoffs } from './folder';
import { currentMember } from './member';
import { readTeamFiles } from './read-folder';
import { shownDays } from './early-read';
import { updateTeamState } from './state';
import { signoffKey } from './team-view';

/** Records the sign-offs of `me` among `parsed` in the team state; returns how many there were. */
export async function recordOwnSignoffs(parsed: readonly (ParsedTeamFile | null)[], me: Pick<TeamMember, 'slug'>): Promise<number> {
  const mine = parsed.flatMap((p) => (p?.ok && p.file.kind === SIGNOFF_FILE_KIND && p.file.member === me.slug ? [p.file] : []));
  if (!mine.length) return 0;
  await updateTeamState((s) => ({
    ...s,
    signoffs: { ...s.signoffs, ...Object.fromEntries(mine.map((m) => [signoffKey(m.member, m.day), { lead: m.lead.name || m.lead.slug, comment: m.comment, signedAt: m.signedAt }])) },
  }));
  return mine.length;
}

/** Reads the kept folder's sign-offs of the last two weeks for this member and records them; 0 without a readable kept folder. */
export async function keptOwnSignoffs(settings: Pick<Settings, 'assistantName'>, today: string): Promise<number> {
  const handle = await keptFolder();
  if (!handle || !(await folderPermission(handle, false, 'read'))) return 0;
  const days = shownDays(today);
  const files = await listFolderSignoffs(handle, days);
  const { parsed } = await readTeamFiles(files, days.at(-1)!, today);
  return recordOwnSignoffs(parsed, await currentMember(settings));
}
