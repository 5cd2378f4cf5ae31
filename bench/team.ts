/**
 * teamFolderOpenMs (issue 17): the Team tab opened over a team folder that holds a year of days of 20
 * members. The folder is a real directory handle (the origin-private file system) kept as the team
 * folder, as *Remember the team folder* keeps one; each day file is valid, with 8 entries. The clock runs
 * from the navigation to `dashboard.html#team` to the moment the tab marks the folder read
 * (`data-sol-team-ready`): the folder listed (every file name), the days shown read and validated, drawn.
 */
import type { BenchBrowser } from './browsers';
import { extensionPage } from './browsers';
import { HANDLE_DB, HANDLE_KEY, HANDLE_STORE } from '../lib/team/folder';

export const TEAM_MEMBERS = 20;
const ENTRIES_PER_DAY = 8;

interface SeedArgs {
  members: number;
  days: number;
  entries: number;
  db: string;
  store: string;
  key: string;
}

/** Runs in an extension page: writes the folder and keeps it as the team folder. Returns the files written. */
async function seedFolder({ members, days, entries, db, store, key }: SeedArgs): Promise<number> {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const dayOf = (back: number) => {
    const d = new Date();
    d.setDate(d.getDate() - back);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const root = await navigator.storage.getDirectory();
  await root.removeEntry('bench-team', { recursive: true }).catch(() => undefined);
  const team = await root.getDirectoryHandle('bench-team', { create: true });
  let written = 0;
  for (let m = 0; m < members; m++) {
    const slug = `member${m}-b${pad(m, 5)}`;
    const dir = await team.getDirectoryHandle(slug, { create: true });
    const files = [];
    for (let back = 0; back < days; back++) {
      const day = dayOf(back);
      const at = `${day}T10:00:00.000Z`;
      const list = Array.from({ length: entries }, (_, e) => ({
        id: `00000000-0000-4000-8000-${pad(m, 3)}${pad(back, 4)}${pad(e, 5)}`,
        day, createdAt: at, updatedAt: at, marketplace: 'US', module: 'inventory', category: 'operations',
        summary: `Member ${m} entry ${e} on ${day}: restock SKU-${e}`, action: 'Restock', owner: `Member ${m}`, status: e % 3 ? 'done' : 'open',
      }));
      const file = {
        kind: 'seller-ops-log/team-day', version: 1, member: { slug, name: `Member ${m}` }, day, handedInAt: `${day}T18:00:00.000Z`,
        entries: list, carriedOver: [], breaches: [], dueItems: [],
        summary: { entries: list.length, open: list.filter((e) => e.status === 'open').length, done: list.filter((e) => e.status === 'done').length, breaches: 0, carriedOver: 0, dueItems: 0, marketplaces: ['US'], pages: ['inventory'] },
      };
      files.push(
        (async () => {
          const handle = await dir.getFileHandle(`${day}.json`, { create: true });
          const writable = await handle.createWritable();
          await writable.write(JSON.stringify(file));
          await writable.close();
        })(),
      );
      if (files.length >= 16) await Promise.all(files.splice(0));
      written++;
    }
    await Promise.all(files);
  }
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(db, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(store);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(team, key);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
  return written;
}

function watchTeamReady(): void {
  const w = window as unknown as { __solTeamReadyAt?: number };
  const seen = () => {
    if (w.__solTeamReadyAt === undefined && document.querySelector('[data-sol-team-ready]')) w.__solTeamReadyAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sol-team-ready'] });
}

/** Seeds the folder once; returns the number of files. */
export async function seedTeamFolder(browser: BenchBrowser, days: number): Promise<number> {
  const page = await extensionPage(browser);
  const files = await page.evaluate(seedFolder, { members: TEAM_MEMBERS, days, entries: ENTRIES_PER_DAY, db: HANDLE_DB, store: HANDLE_STORE, key: HANDLE_KEY });
  await page.close();
  return files;
}

/** One opening of the Team tab over the kept folder, in ms from navigation start; checks every member is shown. */
export async function teamFolderOpen(browser: BenchBrowser, log?: (line: string) => void): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript(watchTeamReady);
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#team`);
  const handle = await page.waitForFunction(() => (window as unknown as { __solTeamReadyAt?: number }).__solTeamReadyAt, undefined, { timeout: 120_000 });
  const ms = (await handle.jsonValue()) as number;
  const members = await page.locator('[data-sol-member]').count();
  const parts = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sol:team')).map((m) => `${m.name} ${m.duration.toFixed(0)} ms`));
  log?.(`team: ${parts.join(', ')}, ready at ${ms.toFixed(0)} ms`);
  await page.close();
  if (members !== TEAM_MEMBERS) throw new Error(`the Team tab showed ${members} members, not ${TEAM_MEMBERS}`);
  return ms;
}
