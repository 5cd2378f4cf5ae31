/**
 * The team folder (issue 17, contract §9) across three browser profiles: two members hand in their
 * day, one into a kept folder (the origin-private file system gives a real directory handle) and one
 * by download; the lead opens the folder through `data-sol-team-folder`, sees both members' entries
 * and a corrupt file reported and skipped, signs off one day; the member's Team tab then shows it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../lib/read/day';
import { HANDLE_DB, HANDLE_KEY, HANDLE_STORE } from '../../lib/team/folder';
import { launchWithExtension, putRawRows, waitFor, type ExtensionBrowser } from './browser';

const today = localDay();
/** lib/team/auto-alarm.ts AUTO_HANDIN_ALARM (that module needs the extension's APIs to load). */
const AUTO_HANDIN_ALARM = 'sol-team-auto-handin';
const ID_WANG = '6f1d1f7a-1111-4aaa-8bbb-000000000001';
const ID_LI = '6f1d1f7a-2222-4aaa-8bbb-000000000002';
const ID_ZHAO = '6f1d1f7a-4444-4aaa-8bbb-000000000004';
const ID_ZHAO_OLD = '6f1d1f7a-5555-4aaa-8bbb-000000000005';

/** The extension APIs the tests call inside the extension's own pages. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  alarms: { create(name: string, info: { when: number }): Promise<void>; clear(name: string): Promise<boolean> };
};

function entry(id: string, summary: string) {
  const at = new Date().toISOString();
  return { id, day: today, createdAt: at, updatedAt: at, module: 'inventory', category: 'operations', summary, action: '', owner: '', status: 'open', marketplace: 'US' };
}

/** A member's profile: their name on the first-run page, and one entry logged today. */
async function member(name: string, id: string, summary: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ keepWelcome: true });
  const welcome = browser.welcome;
  await welcome.waitForSelector('[data-sol-welcome]');
  await welcome.locator('input[name=assistantName]').fill(name);
  await welcome.locator('[data-sol-welcome-save]').click();
  await welcome.waitForSelector('[data-sol-welcome-status=saved]');
  await putRawRows(welcome, 'entries', [entry(id, summary)]);
  await welcome.close();
  return browser;
}

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-sol-ready]');
  return popup;
}

/** Writes a file into the member's kept team folder (the origin-private `team` directory), as their sync client would. */
async function putInKeptFolder(page: Page, path: string, text: string): Promise<void> {
  await page.evaluate(async ({ path, text }) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
    const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }, { path, text });
}

async function openTeamTab(browser: ExtensionBrowser, folder: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#team`);
  await page.locator('input[type=file][webkitdirectory][data-sol-team-folder]').setInputFiles(folder);
  await page.waitForSelector('[data-sol-team-ready]');
  return page;
}

describe('team folder: hand in, read, sign off', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sol-team-'));
  let wang: ExtensionBrowser | undefined;
  let li: ExtensionBrowser | undefined;
  let lead: ExtensionBrowser | undefined;
  let wangSlug = '';
  let liSlug = '';

  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
  });
  afterAll(async () => {
    await wang?.close();
    await li?.close();
    await lead?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a member hands in the day into a kept folder (an origin-private directory handle)', async () => {
    wang = await member('Wang Fang', ID_WANG, 'Restocked RED-1 today');
    const popup = await openPopup(wang);
    // Keep a real directory handle as the team folder, as choosing a folder does.
    await popup.evaluate(
      async ({ db, store, key }) => {
        const root = await navigator.storage.getDirectory();
        const team = await root.getDirectoryHandle('team', { create: true });
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
      },
      { db: HANDLE_DB, store: HANDLE_STORE, key: HANDLE_KEY },
    );
    await popup.reload();
    await popup.waitForSelector('[data-sol-handin-folder-name=team]');
    await popup.locator('[data-sol-handin]').click();
    const status = popup.locator('[data-sol-handin-status=ok]');
    await status.waitFor();
    const path = /: (\S+\/\d{4}-\d{2}-\d{2}\.json)$/.exec((await status.textContent()) ?? '')?.[1];
    expect(path).toMatch(new RegExp(`^wang-fang-[a-z0-9]+/${today}\\.json$`));
    wangSlug = path!.split('/')[0]!;

    // Written whole into the folder: the file is read back from the handle.
    const text = await popup.evaluate(async ({ slug, day }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
      const file = await (await root.getDirectoryHandle(slug)).getFileHandle(`${day}.json`);
      return (await file.getFile()).text();
    }, { slug: wangSlug, day: today });
    const file = JSON.parse(text) as { kind: string; member: { slug: string; name: string }; day: string; entries: { id: string }[] };
    expect(file).toMatchObject({ kind: 'seller-ops-log/team-day', version: 1, member: { slug: wangSlug, name: 'Wang Fang' }, day: today });
    expect(file.entries.map((e) => e.id)).toEqual([ID_WANG]);
    // The sync client would put it in the team folder: here, the test does.
    mkdirSync(join(folder, wangSlug), { recursive: true });
    writeFileSync(join(folder, wangSlug, `${today}.json`), text);

    // Handing in again replaces that file and nothing else.
    await popup.locator('[data-sol-handin]').click();
    await popup.waitForFunction(() => document.querySelectorAll('[data-sol-handin-status=ok]').length > 0);
    // The status shown is still the first hand-in's: the second is done when Chrome's swap file of the
    // write (`.crswap`, while a writable stream is open) is gone.
    const listing = await waitFor(
      () => popup.evaluate(async (slug) => {
        const dir = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('team')).getDirectoryHandle(slug);
        const names: string[] = [];
        for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
        return names;
      }, wangSlug),
      (names) => !names.some((n) => n.endsWith('.crswap')),
    );
    expect(listing).toEqual([`${today}.json`]);

    // The automatic hand-in: at the member's hour, the background writes the day into the kept folder.
    // The test fires it itself: the periodic alarm is cleared first, so that it cannot write the file while
    // the test removes it (a file being written refuses removal).
    await wang.worker.evaluate((name) => chrome.alarms.clear(name), AUTO_HANDIN_ALARM);
    await popup.evaluate(async ({ slug, day }) => {
      const dir = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('team')).getDirectoryHandle(slug);
      await dir.removeEntry(`${day}.json`);
      const { team } = await chrome.storage.local.get('team');
      await chrome.storage.local.set({ team: { ...(team as object), autoHour: 0 } });
    }, { slug: wangSlug, day: today });
    await wang.worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 50 }), AUTO_HANDIN_ALARM);
    const again = await waitFor(
      () => popup.evaluate(async ({ slug, day }) => {
        const dir = await (await (await navigator.storage.getDirectory()).getDirectoryHandle('team')).getDirectoryHandle(slug);
        return dir.getFileHandle(`${day}.json`).then(async (h) => (await h.getFile()).text(), () => '');
      }, { slug: wangSlug, day: today }),
      (text) => text !== '',
    );
    expect(JSON.parse(again)).toMatchObject({ member: { slug: wangSlug }, day: today, entries: [{ id: ID_WANG }] });
    await popup.close();
  });

  it('a member without a folder hands in by download', async () => {
    li = await member('Li Lei', ID_LI, '李雷: adjusted the ACOS bids');
    const popup = await openPopup(li);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sol-handin]').click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(new RegExp(`^seller-ops-log-day-li-lei-[a-z0-9]+-${today}\\.json$`));
    liSlug = name.slice('seller-ops-log-day-'.length, -`-${today}.json`.length);
    await download.saveAs(join(folder, name));
    expect(JSON.parse(readFileSync(join(folder, name), 'utf8'))).toMatchObject({ member: { slug: liSlug }, entries: [{ id: ID_LI }] });
    await li.close();
    li = undefined;
  });

  it('the lead reads the folder, skips a corrupt file with a note, and signs off a day', async () => {
    // A file cut off by a sync still under way.
    mkdirSync(join(folder, 'zhao-abc123'), { recursive: true });
    writeFileSync(join(folder, 'zhao-abc123', `${today}.json`), '{"kind":"seller-ops-log/team-day","version":1,"member":{"sl');
    lead = await member('Team Lead', '6f1d1f7a-3333-4aaa-8bbb-000000000003', 'Lead note');
    const page = await openTeamTab(lead, folder);

    await page.locator(`[data-sol-member="${wangSlug}"]`).waitFor();
    await page.locator(`[data-sol-member="${liSlug}"]`).waitFor();
    expect(await page.locator(`[data-sol-entry="${ID_WANG}"]`).first().textContent()).toContain('Restocked RED-1 today');
    expect(await page.locator(`[data-sol-entry="${ID_LI}"]`).first().textContent()).toContain('李雷: adjusted the ACOS bids');
    const skipped = page.locator(`[data-sol-team-skipped="zhao-abc123/${today}.json"]`);
    expect(await skipped.textContent()).toContain(`zhao-abc123/${today}.json`);
    expect(await page.locator('[data-sol-member="zhao-abc123"]').count()).toBe(0);
    // Both members logged for US today: the week's marketplaces covered.
    expect(await page.locator('[data-sol-team-coverage]').getAttribute('data-sol-team-coverage')).toBe('US');

    // The morning meeting prints alone: the rest of the tab is hidden while printing.
    await page.evaluate(() => {
      (window as unknown as { print: () => void }).print = () => undefined;
    });
    await page.locator('[data-sol-team-print]').click();
    expect(await page.locator('section.team').getAttribute('data-sol-team-printing')).toBe('meeting');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`[data-sol-meeting-member="${wangSlug}"]`).isVisible()).toBe(true);
    expect(await page.locator('.team-calendar').isVisible()).toBe(false);
    expect(await page.locator('[data-sol-team-skipped]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-sol-handin]').isVisible()).toBe(false);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('section.team').getAttribute('data-sol-team-printing')).toBeNull();
    expect(await page.locator('.team-calendar').isVisible()).toBe(true);

    // The lead publishes team settings: an ACOS target of their own; no folder kept, so it downloads.
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = settings as { acosTargets: Record<string, number> };
      await chrome.storage.local.set({ settings: { ...current, acosTargets: { ...current.acosTargets, home: 22 } } });
    });
    const [published] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-team-settings-publish]').click()]);
    expect(published.suggestedFilename()).toBe('team-settings.json');
    await published.saveAs(join(folder, 'team-settings.json'));

    const key = `${wangSlug}/${today}`;
    const day = page.locator(`[data-sol-team-day="${key}"]`);
    await day.locator('input[name=signoffComment]').fill('Good catch on RED-1');
    // The lead keeps no folder here: the sign-off downloads as the lead's own file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-sol-signoff="${key}"]`).click()]);
    expect(download.suggestedFilename()).toBe(`seller-ops-log-signoff-${wangSlug}-${today}.json`);
    await download.saveAs(join(folder, download.suggestedFilename()));
    await page.locator(`[data-sol-signed-off="${key}"]`).waitFor();
    expect(await page.locator(`[data-sol-signoff="${liSlug}/${today}"]`).count()).toBe(1);
    await lead.close();
    lead = undefined;
  });

  it("the member's Team tab shows the sign-off after reading the folder, and the popup keeps it", async () => {
    const page = await openTeamTab(wang!, folder);
    const key = `${wangSlug}/${today}`;
    const signed = page.locator(`.team-day [data-sol-signed-off="${key}"]`);
    await signed.waitFor();
    expect(await signed.textContent()).toContain('Good catch on RED-1');
    const popup = await openPopup(wang!);
    await popup.locator(`[data-sol-signed-off="${key}"]`).waitFor();
    expect(await popup.locator(`[data-sol-signed-off="${key}"]`).textContent()).toContain('Team Lead');

    // The sync client brings the lead's team settings into the member's kept folder: the popup says newer
    // team settings exist (read from the kept folder without asking for a permission).
    const published = readFileSync(join(folder, 'team-settings.json'), 'utf8');
    await putInKeptFolder(popup, 'team-settings.json', published);
    await popup.reload();
    await popup.locator('[data-sol-team-settings-newer]').waitFor();
    expect(await popup.locator('[data-sol-team-settings-newer]').textContent()).toContain('Team Lead');

    // Newer team settings are offered and taken in one click; the member's own owners stay, shown as an override.
    await page.locator('[data-sol-team-settings-take]').click();
    await page.locator('[data-sol-team-overrides]').waitFor();
    expect(await page.locator('[data-sol-team-overrides]').textContent()).toContain('owners');
    const taken = (await page.evaluate(() => chrome.storage.local.get('settings'))).settings as { acosTargets: Record<string, number>; owners: string[] };
    expect(taken.acosTargets.home).toBe(22);
    expect(taken.owners).toEqual(['Wang Fang']);
    // Taken: the popup offers nothing more.
    await popup.reload();
    await popup.locator('[data-sol-team-settings-notice=taken]').waitFor({ state: 'attached' });
    expect(await popup.locator('[data-sol-team-settings-newer]').count()).toBe(0);

    // The lead publishes again (a later stamp, a new ACOS target): the popup offers it and takes it in one
    // click, the member's own owners kept and shown as an override.
    const republished = JSON.parse(published) as { publishedAt: string; settings: { acosTargets: Record<string, number> } };
    republished.publishedAt = new Date(Date.parse(republished.publishedAt) + 60_000).toISOString();
    republished.settings.acosTargets = { ...republished.settings.acosTargets, home: 25 };
    await putInKeptFolder(popup, 'team-settings.json', JSON.stringify(republished));
    await popup.reload();
    await popup.locator('[data-sol-team-settings-take]').click();
    await popup.locator('[data-sol-team-settings-status=ok]').waitFor();
    expect(await popup.locator('[data-sol-team-overrides]').textContent()).toContain('owners');
    const again = (await popup.evaluate(() => chrome.storage.local.get('settings'))).settings as { acosTargets: Record<string, number>; owners: string[] };
    expect(again.acosTargets.home).toBe(25);
    expect(again.owners).toEqual(['Wang Fang']);
    expect(await popup.locator('[data-sol-team-settings-newer]').count()).toBe(0);

    // The monthly backup goes into the kept folder's backups/.
    await page.locator('[data-sol-team-backup]').click();
    const status = page.locator('[data-sol-team-status]');
    await status.filter({ hasText: 'backups/' }).waitFor();
    const names = await page.evaluate(async (slug) => {
      const dir = await (await (await (await navigator.storage.getDirectory()).getDirectoryHandle('team')).getDirectoryHandle('backups')).getDirectoryHandle(slug);
      const out: string[] = [];
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(name);
      return out;
    }, wangSlug);
    expect(names).toEqual([`seller-ops-log-backup-${today}.json`]);
  });

  it("reads a kept folder's days by name as the tab opens, a lead's sign-off among them, and reads a half-synced file again on refresh", async () => {
    const page = await wang!.context.newPage();
    // Zhao's day arrives half-synced; the lead's sign-off of Wang's day sits in the lead's own signoffs/<day>/.
    await page.goto(`chrome-extension://${wang!.extensionId}/dashboard.html#log`);
    const whole = await page.evaluate(async ({ slug, day }) => {
      const team = await (await navigator.storage.getDirectory()).getDirectoryHandle('team');
      return (await (await (await team.getDirectoryHandle(slug)).getFileHandle(`${day}.json`)).getFile()).text();
    }, { slug: wangSlug, day: today });
    const zhao = JSON.parse(whole) as { member: { slug: string; name: string }; entries: { id: string }[] };
    zhao.member = { slug: 'zhao-abc123', name: 'Zhao' };
    zhao.entries = zhao.entries.map((e) => ({ ...e, id: ID_ZHAO }));
    const zhaoText = JSON.stringify(zhao);
    await putInKeptFolder(page, `zhao-abc123/${today}.json`, zhaoText.slice(0, 80));
    // A day of Zhao's from a week ago that nobody signed off: more than two working days have passed.
    const weekAgo = localDay(new Date(Date.now() - 7 * 86_400_000));
    const old = JSON.parse(zhaoText) as { day: string; entries: { id: string; day: string }[] };
    old.day = weekAgo;
    old.entries = old.entries.map((e) => ({ ...e, id: ID_ZHAO_OLD, day: weekAgo }));
    await putInKeptFolder(page, `zhao-abc123/${weekAgo}.json`, JSON.stringify(old));
    const signoff = { kind: 'seller-ops-log/team-signoff', version: 1, lead: { slug: 'lead-q7w8e9', name: 'Kept Lead' }, member: wangSlug, day: today, signedAt: new Date().toISOString(), comment: 'Seen in the kept folder' };
    await putInKeptFolder(page, `lead-q7w8e9/signoffs/${today}/signoff-${wangSlug}-${today}.json`, JSON.stringify(signoff));
    // The member's popup reads the lead's sign-off from the kept folder itself, no Team tab needed.
    const popup = await wang!.context.newPage();
    await popup.goto(`chrome-extension://${wang!.extensionId}/popup.html`);
    await expect.poll(() => popup.locator(`[data-sol-signed-off="${wangSlug}/${today}"]`).textContent(), { timeout: 10_000 }).toContain('Kept Lead');
    await popup.close();

    await page.goto(`chrome-extension://${wang!.extensionId}/dashboard.html#team`);
    await page.waitForSelector('[data-sol-team-ready]');
    const key = `${wangSlug}/${today}`;
    expect(await page.locator(`.team-day [data-sol-signed-off="${key}"]`).textContent()).toContain('Seen in the kept folder');
    expect(await page.locator(`[data-sol-team-skipped="zhao-abc123/${today}.json"]`).textContent()).toContain('read again on the next refresh');
    // Zhao's week-old day was read (by name) and shows as not signed off in time; today's is still waiting.
    const late = page.locator(`[data-sol-team-day="zhao-abc123/${weekAgo}"]`);
    expect(await late.getAttribute('data-sol-signoff-state')).toBe('late');
    expect(await late.textContent()).toContain('Not signed off within two working days');
    expect(await page.locator(`[data-sol-entry="${ID_ZHAO}"]`).count()).toBe(0);
    expect(await page.locator(`[data-sol-team-day="${key}"]`).getAttribute('data-sol-signoff-state')).toBe('signed');
    await page.waitForSelector('[data-sol-team-complete]');

    // The sync client finishes: the next refresh reads the file whole.
    await putInKeptFolder(page, `zhao-abc123/${today}.json`, zhaoText);
    await page.locator('[data-sol-team-refresh]').click();
    await page.locator(`[data-sol-entry="${ID_ZHAO}"]`).first().waitFor();
    expect(await page.locator('[data-sol-member="zhao-abc123"]').count()).toBe(1);
    expect(await page.locator('[data-sol-team-skipped]').count()).toBe(0);
    expect(await page.locator(`[data-sol-team-day="zhao-abc123/${today}"]`).getAttribute('data-sol-signoff-state')).toBe('waiting');
  });
});
