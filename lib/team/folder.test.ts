/**
 * Finding the days shown in a kept folder by name (listFolderDays), over an in-memory directory handle
 * that counts what is listed and read: a year of days per member is neither listed nor read.
 */
import { describe, expect, it } from 'vitest';
import { signoffFilePath } from './files';
import { listFolder, listFolderDays } from './folder';
import { readTeamFiles } from './read-folder';

interface Counts {
  listed: string[];
  read: string[];
}

type Tree = { [name: string]: string | Tree };

/** Just the parts of FileSystemDirectoryHandle that folder.ts uses. */
function fakeDir(tree: Tree, path: string, counts: Counts): FileSystemDirectoryHandle {
  const notFound = () => Promise.reject(new DOMException('not found', 'NotFoundError'));
  const fileHandle = (name: string, text: string) => ({
    kind: 'file' as const,
    name,
    getFile: async () => ({ text: async () => (counts.read.push(`${path}${name}`), text) }),
  });
  const handle = {
    kind: 'directory' as const,
    name: path,
    getFileHandle: (name: string) => (typeof tree[name] === 'string' ? Promise.resolve(fileHandle(name, tree[name])) : notFound()),
    getDirectoryHandle: (name: string) => (typeof tree[name] === 'object' ? Promise.resolve(fakeDir(tree[name], `${path}${name}/`, counts)) : notFound()),
    async *entries() {
      counts.listed.push(path || '/');
      for (const [name, value] of Object.entries(tree)) yield [name, typeof value === 'string' ? fileHandle(name, value) : fakeDir(value, `${path}${name}/`, counts)] as const;
    },
    async *keys() {
      counts.listed.push(path || '/');
      yield* Object.keys(tree);
    },
  };
  return handle as unknown as FileSystemDirectoryHandle;
}

function put(tree: Tree, path: string, text: string): void {
  const parts = path.split('/');
  let at = tree;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Tree;
  at[parts.at(-1)!] = text;
}

const year = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));

describe('the days shown, found by name in a kept folder', () => {
  it('lists only the top and the days shown, and reads only their files', async () => {
    const tree: Tree = {};
    for (const member of ['wang-k3x9q1', 'li-abc123']) for (const day of year) put(tree, `${member}/${day}.json`, `{"m":"${member}","d":"${day}"}`);
    put(tree, signoffFilePath('lead-a1', 'wang-k3x9q1', '2026-12-30'), '{}');
    put(tree, signoffFilePath('lead-a1', 'wang-k3x9q1', '2026-06-01'), '{}');
    put(tree, 'seller-ops-log-day-zhao-x1-2026-12-31.json', '{}');
    put(tree, 'team-settings.json', '{}');
    put(tree, 'backups/wang-k3x9q1/seller-ops-log-backup-2026-12-01.json', '{}');
    put(tree, 'wang-k3x9q1/notes.txt', 'x');
    const counts: Counts = { listed: [], read: [] };
    const days = ['2026-12-31', '2026-12-30', '2026-12-29'];
    const files = await listFolderDays(fakeDir(tree, '', counts), days);
    expect(files.map((f) => f.path).sort()).toEqual([
      'lead-a1/signoffs/2026-12-30/signoff-wang-k3x9q1-2026-12-30.json',
      'li-abc123/2026-12-29.json', 'li-abc123/2026-12-30.json', 'li-abc123/2026-12-31.json',
      'seller-ops-log-day-zhao-x1-2026-12-31.json',
      'team-settings.json',
      'wang-k3x9q1/2026-12-29.json', 'wang-k3x9q1/2026-12-30.json', 'wang-k3x9q1/2026-12-31.json',
    ]);
    // Listed: the top and the one day folder of sign-offs shown; never a member's year of days, nor backups.
    expect(counts.listed.sort()).toEqual(['/', 'lead-a1/signoffs/2026-12-30/']);
    expect(counts.read).toEqual([]);
    const read = await readTeamFiles(files, '2026-12-29', '2026-12-31');
    expect(read.paths.size).toBe(9);
    expect(counts.read).toHaveLength(9);

    // The whole listing, run after the tab is drawn, finds the rest; what was read already is not read again.
    put(tree, 'wang-k3x9q1/2026-12-30 (1).json', '{}');
    const all = await listFolder(fakeDir(tree, '', counts));
    const rest = await readTeamFiles(all, '2026-12-29', '2026-12-31', read.paths);
    expect([...rest.paths]).toEqual(['wang-k3x9q1/2026-12-30 (1).json']);
  });
});

describe('the days the Team tab shows', () => {
  it('are the two weeks up to today, as shiftDay counts them, across a month and a year', async () => {
    const { shownDays, DAYS_SHOWN } = await import('./early-read');
    const { shiftDay } = await import('../review/days');
    for (const today of ['2026-12-04', '2027-01-03', '2028-03-01']) {
      expect(shownDays(today)).toEqual(Array.from({ length: DAYS_SHOWN }, (_, i) => shiftDay(today, -i)));
    }
  });
});
