/**
 * The toolbar popup as an assistant uses it, in Chromium with the built extension: log with the
 * keyboard alone, mark done, edit, delete and undo, export the day as files or copy the report, start
 * a quick log from the page in the active tab, follow the checklist, and watch the toolbar badge count
 * a captured breach. How fast it opens over a year of data is measured by `npm run bench`
 * (popupInteractiveMs), not here: timings belong in the benchmark, not in tests.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLIST_PAGES, checklistUrl } from '../../lib/review/checklist';
import { localDay } from '../../lib/read/day';
import { ENTRY_FIELDS } from '../../lib/export/day-log';
import { listFixtures, SHARED_FIXTURES } from '../fixtures';
import { clearTable, currentWorker, launchWithExtension, openFixture, readTable, waitFor, type ExtensionBrowser } from './browser';

interface StoredEntry {
  id: string;
  day: string;
  summary: string;
  marketplace?: string;
  module: string;
  category: string;
  entity?: string;
  action: string;
  owner: string;
  due?: string;
  status: string;
  pageUrl?: string;
}

/** The extension APIs the tests call inside the extension's own pages and worker. */
interface ChromeApis {
  action: { getBadgeText(details: object): Promise<string> };
}
declare const chrome: ChromeApis;

const accountHealth = listFixtures([SHARED_FIXTURES]).find((f) => f.expected.adapter === 'account-health')!;

async function openPopup(browser: ExtensionBrowser, page?: Page): Promise<Page> {
  const popup = page ?? (await browser.context.newPage());
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-sol-ready]');
  return popup;
}

function badgeText(browser: ExtensionBrowser): Promise<string> {
  return currentWorker(browser).evaluate(() => chrome.action.getBadgeText({}));
}

async function entries(browser: ExtensionBrowser): Promise<StoredEntry[]> {
  return readTable<StoredEntry>(browser, 'entries');
}

describe('popup: the day\'s log', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await clearTable(browser, 'entries');
    await clearTable(browser, 'snapshots');
  });

  it('logs an entry with the keyboard alone, marks it done, and exports the day as CSV', async () => {
    const popup = await openPopup(browser);
    const today = localDay();
    // The summary has focus as the popup opens: type, Tab through the form, Enter saves.
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('summary');
    await popup.keyboard.type('补货 RED-1, "urgent"');
    await popup.keyboard.press('Tab'); // module
    await popup.keyboard.press('i'); // Inventory
    await popup.keyboard.press('Tab'); // category
    await popup.keyboard.press('p'); // Product
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('RED-1');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('=cmd|calc');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('王芳');
    await popup.keyboard.press('Enter');

    const [entry] = await waitFor(() => entries(browser), (rows) => rows.length === 1);
    expect(entry).toMatchObject({ day: today, summary: '补货 RED-1, "urgent"', module: 'inventory', category: 'product', entity: 'RED-1', action: '=cmd|calc', owner: '王芳', status: 'open' });
    // Ready for the next one: the summary is empty and focused again.
    expect(await popup.locator('input[name=summary]').inputValue()).toBe('');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('summary');

    const row = popup.locator(`[data-sol-entry="${entry!.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.sol-summary').textContent()).toBe('补货 RED-1, "urgent"');
    await row.locator('[data-sol-action=toggle-done]').click();
    await waitFor(() => entries(browser), (rows) => rows[0]?.status === 'done');
    await expect.poll(() => row.getAttribute('data-sol-status')).toBe('done');

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sol-export=csv]').click()]);
    expect(download.suggestedFilename()).toBe(`seller-ops-log-${today}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...ENTRY_FIELDS]);
    expect(rows).toHaveLength(2);
    const cell = (field: (typeof ENTRY_FIELDS)[number]) => rows[1]![ENTRY_FIELDS.indexOf(field)];
    expect(cell('id')).toBe(entry!.id);
    expect(cell('summary')).toBe('补货 RED-1, "urgent"');
    expect(cell('action')).toBe("'=cmd|calc");
    expect(cell('owner')).toBe('王芳');
    expect(cell('status')).toBe('done');
    await popup.close();
  });

  it('edits an entry in the same form, deletes it and undoes the delete', async () => {
    const popup = await openPopup(browser);
    await popup.locator('input[name=summary]').fill('Check listing images');
    await popup.locator('input[name=summary]').press('Enter');
    const [entry] = await waitFor(() => entries(browser), (rows) => rows.length === 1);
    const row = popup.locator(`[data-sol-entry="${entry!.id}"]`);
    await row.locator('[data-sol-action=edit]').click();
    // The edit form is the shared entry form, filled with the entry.
    const summary = row.locator('input[name=summary]');
    expect(await summary.inputValue()).toBe('Check listing images');
    await summary.fill('Checked listing images: two replaced');
    await row.locator('input[name=owner]').fill('Li');
    await summary.press('Enter');
    await waitFor(() => entries(browser), (rows) => rows[0]?.summary === 'Checked listing images: two replaced');
    await expect.poll(() => row.locator('.sol-summary').textContent()).toBe('Checked listing images: two replaced');
    expect((await entries(browser))[0]).toMatchObject({ id: entry!.id, owner: 'Li', createdAt: (entry as unknown as { createdAt: string }).createdAt });

    await row.locator('[data-sol-action=delete]').click();
    await waitFor(() => entries(browser), (rows) => rows.length === 0);
    await expect.poll(() => row.count()).toBe(0);
    await popup.locator('[data-sol-undo] button').click();
    const [restored] = await waitFor(() => entries(browser), (rows) => rows.length === 1);
    expect(restored).toMatchObject({ id: entry!.id, summary: 'Checked listing images: two replaced', owner: 'Li' });
    await expect.poll(() => row.count()).toBe(1);
    await popup.close();
  });

  it('exports JSON and the Markdown report, and copies the report for a chat', async () => {
    const popup = await openPopup(browser);
    const today = localDay();
    await popup.locator('input[name=summary]').fill('库存低于 30：补货');
    await popup.locator('select[name=module]').selectOption('inventory');
    await popup.locator('input[name=owner]').fill('王芳');
    await popup.locator('input[name=summary]').press('Enter');
    await waitFor(() => entries(browser), (rows) => rows.length === 1);

    const [json] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sol-export=json]').click()]);
    expect(json.suggestedFilename()).toBe(`seller-ops-log-${today}.json`);
    const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(parsed).toMatchObject({ format: 'seller-ops-log/day', day: today, entries: [{ summary: '库存低于 30：补货', module: 'inventory', owner: '王芳' }], carriedOver: [], breaches: [] });

    const [md] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sol-export=md]').click()]);
    expect(md.suggestedFilename()).toBe(`seller-ops-log-${today}.md`);
    const report = readFileSync((await md.path())!, 'utf8');
    expect(report).toContain(`# Seller Ops Log · daily report ${today}`);
    expect(report).toContain('## Inventory');
    expect(report).toContain('- [ ] 库存低于 30：补货 · owner: 王芳');

    // What reaches the clipboard (an extension page may write it, but reading it back needs a permission).
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.locator('[data-sol-copy=md]').click();
    await expect.poll(() => popup.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(report);
    await expect.poll(() => popup.locator('[data-sol-export-status]').textContent()).toBe('Report copied: paste it into the chat.');

    // An earlier day (nothing logged then) exports under its own name.
    await popup.locator('input[name=exportDay]').fill('2026-01-05');
    const [earlier] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-sol-export=md]').click()]);
    expect(earlier.suggestedFilename()).toBe('seller-ops-log-2026-01-05.md');
    expect(readFileSync((await earlier.path())!, 'utf8')).toContain('Nothing logged, no breaches.');
    await popup.close();
  });
  it('opens in 中文 when the settings say so, loading only the 中文 strings, and follows a change of language while open', async () => {
    const setLanguage = (language: string) =>
      currentWorker(browser).evaluate(async (l) => {
        const area = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } } }).chrome.storage.local;
        const { settings } = await area.get('settings');
        await area.set({ settings: { ...((settings as object) ?? {}), language: l } });
      }, language);
    await setLanguage('zh_CN');
    try {
      const page = await browser.context.newPage();
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url().split('/').pop()!));
      const popup = await openPopup(browser, page);
      expect(await popup.locator('h1').textContent()).toBe('卖家运营日志');
      expect(await popup.locator('#sol-quick-log').textContent()).toBe('快速记录');
      expect(await popup.locator('#sol-checklist').textContent()).toBe('每日检查');
      // The log form's page strings too.
      expect(await popup.locator('select[name=module] option[value=inventory]').textContent()).toBe('库存');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      // One catalog loaded, the one shown (lib/i18n/ui.ts).
      expect(loaded.filter((name) => /^(en|zh_CN|index)-/.test(name))).toEqual([expect.stringMatching(/^zh_CN-/)]);
      // Switched to English while open: its strings load, and the popup follows.
      await setLanguage('en');
      await expect.poll(() => popup.locator('h1').textContent()).toBe('Seller Ops Log');
      expect(await popup.locator('select[name=module] option[value=inventory]').textContent()).toBe('Inventory');
      await popup.close();
    } finally {
      await setLanguage('en');
    }
  });
});

describe('popup with a page the extension reads', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    // A fresh profile: the badge counts everything in the database.
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ticks the checklist and counts the breaches of a page captured while it is open', async () => {
    const popup = await openPopup(browser);
    expect(await popup.locator('[data-sol-checklist-progress]').getAttribute('data-sol-checklist-progress')).toBe(`0/${CHECKLIST_PAGES.length}`);
    expect(await popup.locator('[data-sol-breaches]').count()).toBe(0);

    const { page } = await openFixture(browser, accountHealth);
    await waitFor(() => readTable(browser, 'snapshots'), (rows) => rows.length === accountHealth.expected.snapshots.length);
    await expect.poll(() => popup.locator('[data-sol-checklist-progress]').getAttribute('data-sol-checklist-progress'), { timeout: 10_000 }).toBe(`1/${CHECKLIST_PAGES.length}`);
    await expect.poll(() => popup.locator('[data-sol-breaches=account]').textContent(), { timeout: 10_000 }).toMatch(/Account health\s*1/);
    expect(await popup.locator('[data-sol-checklist=US] [data-sol-check=account-health]').getAttribute('data-sol-done')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('counts a captured breach on the toolbar badge, starts the quick log from the active tab, and ticks the checklist', async () => {
    const { page } = await openFixture(browser, accountHealth);
    await waitFor(() => readTable(browser, 'snapshots'), (rows) => rows.length === accountHealth.expected.snapshots.length);
    const breaches = accountHealth.expected.badges!.filter((b) => b.level === 'breach').length;
    expect(breaches).toBe(1);
    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe(String(breaches));

    // The popup asks the active tab: open it in a background tab, bring the page forward, reload.
    const popup = await openPopup(browser);
    await page.bringToFront();
    await popup.reload();
    await popup.waitForSelector('[data-sol-ready]');
    expect(await popup.locator('.sol-context').textContent()).toBe('US · Account health');
    expect(await popup.locator('select[name=module]').inputValue()).toBe('account');
    expect(await popup.locator('input[name=due]').inputValue()).toMatch(/T23:59$/);
    await popup.locator('input[name=summary]').fill('VTR below 95: asked the carrier');
    await popup.locator('input[name=summary]').press('Enter');
    const [entry] = await waitFor(() => entries(browser), (rows) => rows.length === 1);
    expect(entry).toMatchObject({ marketplace: 'US', module: 'account', pageUrl: accountHealth.expected.url, status: 'open' });
    // An open entry due today counts on the badge as soon as the popup stores it.
    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe(String(breaches + 1));

    // Today's breaches by module, from the captured snapshots.
    expect(await popup.locator('[data-sol-breaches=account]').textContent()).toMatch(/Account health\s*1/);

    // The checklist: account health captured for US, the other pages are links that open them.
    const checks = popup.locator('[data-sol-checklist=US]');
    expect(await checks.locator('[data-sol-check=account-health]').getAttribute('data-sol-done')).toBe('true');
    expect(await checks.locator('[data-sol-check=account-health] a').count()).toBe(0);
    const inventory = checks.locator('[data-sol-check=inventory] a');
    expect(await inventory.getAttribute('href')).toBe(checklistUrl('inventory', 'US'));
    const [opened, request] = await Promise.all([
      browser.context.waitForEvent('page'),
      browser.context.waitForEvent('request', (r) => r.resourceType() === 'document' && r.url().includes('/myinventory/')),
      inventory.click(),
    ]);
    expect(request.url()).toBe(checklistUrl('inventory', 'US'));
    await opened.close();
    expect(await popup.locator('[data-sol-checklist-progress]').getAttribute('data-sol-checklist-progress')).toBe(`1/${CHECKLIST_PAGES.length}`);

    // Done: the badge goes back to the breaches alone.
    await popup.locator(`[data-sol-entry="${entry!.id}"] [data-sol-action=toggle-done]`).click();
    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe(String(breaches));
    await popup.close();
    await page.close();
  });
});
