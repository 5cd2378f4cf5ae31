/**
 * Reading the team folder for the days shown: only files whose name holds a day in the range (or no
 * day), each validated whole; a file that fails is skipped with a note and read again next time.
 */
import { parseTeamFile, worthReading } from './files';
import type { FolderFile } from './folder';
import { mergeTeamFiles, type TeamFolder } from './team-view';

/** Files read at once: a few hundred files open fast without holding every one in memory together. */
const AT_ONCE = 64;

export async function readTeamFolder(files: readonly FolderFile[], from: string, to: string): Promise<TeamFolder & { read: number }> {
  const wanted = files.filter((f) => worthReading(f.path, from, to));
  const parsed = [];
  for (let i = 0; i < wanted.length; i += AT_ONCE) {
    parsed.push(
      ...(await Promise.all(
        wanted.slice(i, i + AT_ONCE).map(async (f) => {
          try {
            return parseTeamFile(f.path, await f.read());
          } catch (error) {
            return { ok: false as const, path: f.path, note: `${f.path}: could not be read (${String(error)})` };
          }
        }),
      )),
    );
  }
  return { ...mergeTeamFiles(parsed), read: wanted.length };
}
