/**
 * The Team tab's first read of a kept folder, started by a small classic script in the dashboard page's
 * head (entrypoints/team-early.ts) when it opens on `#team`, so that finding and reading the days shown
 * overlaps the loading of the dashboard's own scripts, its settings and its first drawing instead of
 * following them. The texts are read there; they are validated by the tab (lib/team/read-folder.ts),
 * which takes the result once; a later read (a click, another day) reads the folder again itself.
 * Kept light: the early script carries this module and lib/team/folder.ts only, no schema nor date
 * library (the days below are computed as lib/read/day.ts `localDay` and lib/review/days.ts `shiftDay` do).
 */
import { folderPermission, keptFolder, listFolderDays, type FolderFile } from './folder';

/** Days the Team tab reads and shows: two weeks up to today. */
export const DAYS_SHOWN = 14;

/** The days shown on `today` (`YYYY-MM-DD`), newest first. */
export function shownDays(today: string): string[] {
  const at = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: DAYS_SHOWN }, (_, i) => new Date(at - i * 86_400_000).toISOString().slice(0, 10));
}

/** This computer's calendar day, `YYYY-MM-DD`. */
function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface EarlyRead {
  handle: FileSystemDirectoryHandle;
  today: string;
  /** The days' files, their texts being read already (each `read()` returns the one reading). */
  files: FolderFile[];
  /** performance.now() at the start and after finding the files. */
  started: number;
  listed: number;
}

/** Between the early script and the dashboard's bundle, two separate scripts of one page. */
const KEY = '__solTeamEarlyRead';
type Holder = { [KEY]?: Promise<EarlyRead | undefined> };

/** Starts reading the kept folder, if there is one the browser lets this page read without asking. */
export function startEarlyTeamRead(day: string = today()): void {
  performance.mark('sol:team-early');
  // From the navigation to this script: the page's own loading, before anything of the team's runs.
  performance.measure('sol:team-page', { start: 0, end: 'sol:team-early' });
  (globalThis as Holder)[KEY] = (async () => {
    const handle = await keptFolder();
    performance.measure('sol:team-handle', { start: 'sol:team-early' });
    if (!handle || !(await folderPermission(handle, false, 'read'))) return undefined;
    const days = shownDays(day);
    const started = performance.now();
    const found = await listFolderDays(handle, days);
    const listed = performance.now();
    const files = found.map((f) => {
      // Read now, all at once; a failure is the tab's to report, as if it had read the file itself.
      const text = f.read();
      text.catch(() => undefined);
      return { path: f.path, read: () => text };
    });
    return { handle, today: day, files, started, listed };
  })().catch(() => undefined);
}

/** The early read, once (undefined if none was started or it was taken). */
export function takeEarlyTeamRead(): Promise<EarlyRead | undefined> | undefined {
  const holder = globalThis as Holder;
  const taken = holder[KEY];
  delete holder[KEY];
  return taken;
}
