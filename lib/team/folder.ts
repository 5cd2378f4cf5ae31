/**
 * The team folder on this computer. Where the browser has the File System Access API (Chrome, Edge) the
 * folder's handle is kept in a small IndexedDB database of its own (a handle is not JSON, so it cannot
 * go to `browser.storage`; it is written by the page that was given it, not by the background, which
 * owns the main database). Files are written whole or not at all: a writable stream replaces the file
 * only when it is closed. Elsewhere (Firefox, or no folder chosen) the same file downloads.
 */

export const HANDLE_DB = 'seller-ops-log-team-folder';
export const HANDLE_STORE = 'handles';
export const HANDLE_KEY = 'folder';
/**
 * The folder under a lead's own folder that holds their sign-offs, one subfolder per day signed off
 * (lib/team/files.ts `signoffFilePath`). Here, not in files.ts, so the popup loads no schema with it.
 */
export const SIGNOFF_FOLDER = 'signoffs';


/** The parts of the File System Access API used here (not in every TypeScript DOM library). */
interface PermissionHandle extends FileSystemDirectoryHandle {
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

export function canKeepFolder(): boolean {
  return typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

function openHandles(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(HANDLE_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(HANDLE_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

async function handleStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openHandles();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(HANDLE_STORE, mode).objectStore(HANDLE_STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
    });
  } finally {
    db.close();
  }
}

export async function keptFolder(): Promise<FileSystemDirectoryHandle | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  try {
    return (await handleStore<FileSystemDirectoryHandle | undefined>('readonly', (s) => s.get(HANDLE_KEY))) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function keepFolder(handle: FileSystemDirectoryHandle): Promise<void> {
  await handleStore('readwrite', (s) => s.put(handle, HANDLE_KEY));
}

export async function forgetFolder(): Promise<void> {
  await handleStore('readwrite', (s) => s.delete(HANDLE_KEY));
}

/** Asks for a folder and keeps it (Chrome, Edge); undefined if the member cancelled. */
export async function chooseFolder(): Promise<FileSystemDirectoryHandle | undefined> {
  const picker = (globalThis as { showDirectoryPicker?: (o: object) => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker;
  if (!picker) return undefined;
  try {
    const handle = await picker({ id: 'seller-ops-log-team', mode: 'readwrite' });
    await keepFolder(handle);
    return handle;
  } catch (error) {
    if ((error as DOMException).name === 'AbortError') return undefined;
    throw error;
  }
}

/**
 * Whether the kept folder may be written: asked again (only from a click, `ask`) when the browser has
 * dropped the permission since, e.g. after a restart.
 */
export async function folderPermission(handle: FileSystemDirectoryHandle, ask: boolean, mode: 'read' | 'readwrite' = 'readwrite'): Promise<boolean> {
  const h = handle as PermissionHandle;
  if (!h.queryPermission) return true;
  if ((await h.queryPermission({ mode })) === 'granted') return true;
  if (!ask || !h.requestPermission) return false;
  return (await h.requestPermission({ mode })) === 'granted';
}

/** Writes `data` at `path` (`member/day.json`) under the folder: whole, or not at all. */
export async function writeFolderFile(root: FileSystemDirectoryHandle, path: string, data: string | Blob): Promise<void> {
  const parts = path.split('/').filter(Boolean);
  let dir = root;
  for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
  const file = await dir.getFileHandle(parts.at(-1)!, { create: true });
  const writable = await file.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

export interface FolderFile {
  /** The path under the team folder, `/`-separated. */
  path: string;
  /** Read only when wanted: the Team tab reads the days it shows. */
  read(): Promise<string>;
}

/**
 * Every JSON file under a kept folder, by path (descending into member folders, passing over `backups/`).
 * Names only: a file is opened when it is read, so a folder of years lists fast; the member folders are
 * listed side by side.
 */
export async function listFolder(root: FileSystemDirectoryHandle, maxDepth = 4): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  async function walk(dir: FileSystemDirectoryHandle, prefix: string, depth: number): Promise<void> {
    const subfolders: Promise<void>[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
      if (/\.json$/i.test(name)) {
        out.push({ path: `${prefix}${name}`, read: async () => (await (await dir.getFileHandle(name)).getFile()).text() });
      } else if (depth < maxDepth && name !== 'backups' && !name.startsWith('.')) {
        subfolders.push(
          dir.getDirectoryHandle(name).then(
            (sub) => walk(sub, `${prefix}${name}/`, depth + 1),
            () => undefined, // a file that is not JSON: not ours
          ),
        );
      }
    }
    await Promise.all(subfolders);
  }
  await walk(root, '', 0);
  return out;
}

type Entries = AsyncIterable<[string, FileSystemHandle]>;
const entriesOf = (dir: FileSystemDirectoryHandle) => (dir as unknown as { entries(): Entries }).entries();

function fileOf(dir: FileSystemDirectoryHandle, name: string, path: string): FolderFile {
  return { path, read: async () => (await (await dir.getFileHandle(name)).getFile()).text() };
}

/**
 * The files the Team tab shows for `days`, found by name in a kept folder without listing the member
 * folders (a year of days each): the top level listed (member folders, downloaded files put there), then,
 * in every member folder at once, `<day>.json` for each day shown and the sign-offs the folder's owner
 * wrote for those days (`signoffs/<day>/`, a small folder each). Files placed under other names are found
 * by the whole listing (`listFolder`), which the Team tab runs after it has drawn these.
 */
export async function listFolderDays(root: FileSystemDirectoryHandle, days: readonly string[]): Promise<FolderFile[]> {
  return listByName(root, days, true);
}

/** Only the sign-offs of `days` in a kept folder, found by name as `listFolderDays` finds them (a member's own check). */
export async function listFolderSignoffs(root: FileSystemDirectoryHandle, days: readonly string[]): Promise<FolderFile[]> {
  return listByName(root, days, false);
}

async function listByName(root: FileSystemDirectoryHandle, days: readonly string[], withDays: boolean): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  const folders: Promise<void>[] = [];
  const probe = <T>(p: Promise<T>) => p.catch(() => undefined); // NotFoundError: not there
  for await (const [name, handle] of entriesOf(root)) {
    if (handle.kind === 'file') {
      if (withDays && /\.json$/i.test(name)) out.push(fileOf(root, name, name));
      continue;
    }
    if (name === 'backups' || name.startsWith('.')) continue;
    const dir = handle as FileSystemDirectoryHandle;
    folders.push(
      (async () => {
        const [found, signoffs] = await Promise.all([
          withDays ? Promise.all(days.map((day) => probe(dir.getFileHandle(`${day}.json`)).then((h) => (h ? `${day}.json` : undefined)))) : [],
          probe(dir.getDirectoryHandle(SIGNOFF_FOLDER)),
        ]);
        for (const base of found) if (base) out.push(fileOf(dir, base, `${name}/${base}`));
        if (!signoffs) return;
        await Promise.all(
          days.map(async (day) => {
            const dayDir = await probe(signoffs.getDirectoryHandle(day));
            if (!dayDir) return;
            for await (const [file, h] of entriesOf(dayDir)) if (h.kind === 'file' && /\.json$/i.test(file)) out.push(fileOf(dayDir, file, `${name}/${SIGNOFF_FOLDER}/${day}/${file}`));
          }),
        );
      })(),
    );
  }
  await Promise.all(folders);
  return out;
}

/** The files of an `<input webkitdirectory>`, by path under the chosen folder (its own name dropped). */
export function filesOfInput(files: Iterable<File>): FolderFile[] {
  return [...files].map((file) => {
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    const path = relative.split('/').slice(1).join('/') || file.name;
    return { path, read: () => file.text() };
  });
}
