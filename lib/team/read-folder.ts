/**
 * Reading the team folder for the days shown: only files whose name holds a day in the range (or no
 * day), all at once, each validated whole; a file that fails is skipped with a note and read again next
 * time.
 */
import { parseTeamFile, worthReading, type ParsedTeamFile } from './files';
import type { FolderFile } from './folder';
import { mergeTeamFiles, type TeamFolder } from './team-view';

export interface ReadFiles {
  /** Each file read, validated (null: JSON that is not a team file). */
  parsed: (ParsedTeamFile | null)[];
  /** The paths read. */
  paths: Set<string>;
}

/** Reads the files among `files` worth reading for `from`..`to` (and not in `skip`), all at once. */
export async function readTeamFiles(files: readonly FolderFile[], from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<ReadFiles> {
  const wanted = files.filter((f) => !skip.has(f.path) && worthReading(f.path, from, to));
  const parsed = await Promise.all(
    wanted.map(async (f) => {
      try {
        return parseTeamFile(f.path, await f.read());
      } catch (error) {
        return { ok: false as const, path: f.path, note: `${f.path}: could not be read (${String(error)})`, reason: 'unreadable' as const, params: { detail: String(error) } };
      }
    }),
  );
  return { parsed, paths: new Set(wanted.map((f) => f.path)) };
}

export async function readTeamFolder(files: readonly FolderFile[], from: string, to: string): Promise<TeamFolder & { read: number }> {
  const { parsed, paths } = await readTeamFiles(files, from, to);
  return { ...mergeTeamFiles(parsed), read: paths.size };
}
