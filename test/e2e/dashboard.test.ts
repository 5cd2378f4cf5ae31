/**
 * The dashboard as the assistant and their lead use it, in the built extension: the log (filters,
 * inline edit, bulk mark-done, overdue rows), history charts, the weekly review and its exports, unit
 * economics, settings that refuse bad values, and a backup that moves everything to a fresh profile
 * and back through `input[data-sol-restore]`, while a corrupt file changes nothing.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearTable, currentWorker, launchWithExtension, putRawRows, readTable, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

interface StoredEntry {
  id: string;
  day: string;
  createdAt: string;
  updatedAt: string;
  marketplace?: string;
  module: string;
  category: string;
  summary: string;
  entity?: string;
  action: string;
  owner: string;
  due?: string;
  status: 'open' | 'done';
}

/** The extension APIs the tests call inside the dashboard and the worker. */
interface ChromeApis {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { getManifest(): { options_ui?: unknown } };
}
declare const chrome: ChromeApis;

const HOUR = 3_600_000;
const localDay = (at: Date) => format(at, 'yyyy-MM-dd');
const localIso = (at: Date) => format(at, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
const daysAgo = (n: number, hour = 10) => {
  const at = new Date();
  at.setHours(hour, 0, 0, 0);
  at.setDate(at.getDate() - n);
  return at;
};

/** 40 entries over the last three weeks: mixed owners, modules and states, one long overdue, page text that must stay text. */
function makeEntries(): StoredEntry[] {
  const owners = ['李雷', 'Wang', ''];
  const modules = ['listing', 'ads', 'inventory', 'customer', 'account'];
  const categories = ['operations', 'product', 'compliance'];
  return Array.from({ length: 40 }, (_, i) => {
    const created = daysAgo(i % 20, 9 + (i % 8));
    const due = new Date(created.getTime() + (i % 4 === 0 ? 2 * HOUR : 30 * 24 * HOUR));
    const done = i % 3 === 0;
    return {
      id: crypto.randomUUID(),
      day: localDay(created),
      createdAt: localIso(created),
      updatedAt: localIso(done ? new Date(created.getTime() + (i + 1) * HOUR) : created),
      marketplace: i % 5 === 0 ? 'DE' : 'US',
      module: modules[i % modules.length]!,
      category: categories[i % categories.length]!,
      summary: i === 1 ? '<img src=x onerror="window.pwned=1"> 降低广告竞价' : `Entry ${i} 检查库存`,
      // Entry 7 is about the account's Valid Tracking Rate: the history chart marks its day.
      entity: i === 7 ? 'account' : i % 2 ? `B0TEST${String(i).padStart(4, '0')}` : '=HYPERLINK("http://x","y")',
      action: 'checked',
      owner: owners[i % owners.length]!,
      due: localIso(due),
      status: done ? 'done' : 'open',
    };
  });
}

/** Thirty days of account metrics for US (VTR dipping below 95 a week ago) and stock for one SKU. */
function makeSnapshots(): StoredSnapshot[] {
  const rows: StoredSnapshot[] = [];
  for (let n = 0; n < 30; n++) {
    const at = daysAgo(n);
    const day = localDay(at);
    const capturedAt = localIso(at);
    const base = { marketplace: 'US', source: 'sellercentral', period: '', day, capturedAt };
    rows.push({ ...base, page: 'account-health', scope: 'account', entity: 'account', metric: 'validTrackingRate', value: n >= 6 && n <= 9 ? 94 + n / 10 : 98.5, unit: 'percent' });
    rows.push({ ...base, page: 'account-health', scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 0.3 + (n % 5) / 10, unit: 'percent' });
    rows.push({ ...base, page: 'account-health', scope: 'account', entity: 'account', metric: 'accountHealthRating', value: 220 + n, unit: 'score' });
    rows.push({ ...base, page: 'inventory', scope: 'sku', entity: 'SKU-红色-1', metric: 'available', value: 20 + n * 3, unit: 'units' });
  }
  return rows;
}

/** The assistant's settings as the dashboard tests start from them (English). */
const STORED_SETTINGS = { settings: { language: 'en', owners: ['李雷', 'Wang'], marketplaces: ['US', 'DE'] } };

const ECONOMICS_ROW = { key: 'economics', value: { inputs: { 'US|*': { commissionRatePct: 15, fbaFeePerUnit: 1.8, productCostPerUnit: 8.4, returnRatePct: 5, toolCost: 200, labourCost: 2500 } }, campaigns: {} } };


const byId = (rows: StoredEntry[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const snapshotKey = (s: StoredSnapshot) => [s.marketplace, s.scope, s.entity, s.metric, s.period, s.day].join('|');
const byKey = (rows: StoredSnapshot[]) => [...rows].sort((a, b) => snapshotKey(a).localeCompare(snapshotKey(b)));

describe('dashboard', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dir: string;
  const errors: string[] = [];
  const entries = makeEntries();
  const snapshots = makeSnapshots();
  const url = (hash: string) => `chrome-extension://${browser.extensionId}/dashboard.html#${hash}`;
  /** Loads the dashboard afresh (a hash change alone would keep the page and its queries). */
  const open = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(url(hash));
    await page.locator(`[data-sol-tab=${hash}][aria-selected=true]`).waitFor();
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    dir = mkdtempSync(join(tmpdir(), 'sol-dashboard-'));
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.locator('[data-sol-tab]').first().waitFor();
    await putRawRows(page, 'entries', entries);
    await putRawRows(page, 'snapshots', snapshots);
    await putRawRows(page, 'settings', [ECONOMICS_ROW]);
    await page.evaluate((stored) => chrome.storage.local.set(stored), STORED_SETTINGS);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is the options page, opened in a tab', async () => {
    const manifest = await currentWorker(browser).evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'dashboard.html', open_in_tab: true });
  });

  it('lists every entry, filters them, highlights the overdue ones and keeps page text as text', async () => {
    await open('log');
    await page.locator('[data-sol-filter-all]').click();
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe('40');
    const overdue = entries.find((e) => e.status === 'open' && Date.parse(e.due!) < Date.now())!;
    await page.locator('[data-sol-filter=status]').selectOption('overdue');
    const expectedOverdue = entries.filter((e) => e.status === 'open' && Date.parse(e.due!) < Date.now()).length;
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe(String(expectedOverdue));
    await expect.poll(() => page.locator(`[data-sol-entry="${overdue.id}"]`).getAttribute('data-sol-state')).toBe('overdue');
    await page.locator('[data-sol-filter=status]').selectOption('');
    await page.locator('[data-sol-filter=owner]').selectOption('李雷');
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe(String(entries.filter((e) => e.owner === '李雷').length));
    await page.locator('[data-sol-filter=owner]').selectOption('');
    await page.locator('[data-sol-filter=marketplace]').selectOption('DE');
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe(String(entries.filter((e) => e.marketplace === 'DE').length));
    await page.locator('[data-sol-filter=marketplace]').selectOption('');
    await page.locator('[data-sol-filter=text]').fill('onerror');
    await expect.poll(() => page.locator('[data-sol-entry]').count()).toBe(1);
    expect(await page.locator('[data-sol-entry] .summary').first().textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.log-list img').count()).toBe(0);
  });

  it('edits an entry in place with the entry form and marks a selection done in bulk', async () => {
    await open('log');
    await page.locator('[data-sol-filter-all]').click();
    const target = entries.find((e) => e.status === 'open')!;
    await page.locator('[data-sol-filter=text]').fill(target.summary);
    const row = page.locator(`[data-sol-entry="${target.id}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    const summary = page.locator('.log-editor input[name=summary]');
    await summary.fill('Raised the price back, Buy Box regained');
    await page.locator('.log-editor input[name=owner]').fill('Wang');
    await summary.press('Enter');
    const [edited] = await waitFor(
      async () => (await readTable<StoredEntry>(browser, 'entries')).filter((e) => e.id === target.id),
      ([e]) => e?.summary === 'Raised the price back, Buy Box regained',
    );
    expect(edited).toMatchObject({ summary: 'Raised the price back, Buy Box regained', owner: 'Wang', status: 'open', createdAt: target.createdAt, entity: target.entity });
    expect(Date.parse(edited!.updatedAt)).toBeGreaterThan(Date.parse(target.updatedAt));
    await expect.poll(() => page.locator('.log-editor').count()).toBe(0);

    await page.locator('[data-sol-filter=text]').fill('');
    await page.locator('[data-sol-filter=status]').selectOption('overdue');
    await expect.poll(async () => Number(await page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count'))).toBeGreaterThan(0);
    const overdueIds = await page.locator('[data-sol-entry]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sol-entry')!));
    await page.locator('[data-sol-select-all]').check();
    await page.locator('[data-sol-bulk-done]').click();
    const after = await waitFor(
      () => readTable<StoredEntry>(browser, 'entries'),
      (rows) => overdueIds.every((id) => rows.find((r) => r.id === id)?.status === 'done'),
    );
    expect(overdueIds.every((id) => after.find((r) => r.id === id)?.status === 'done')).toBe(true);
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe('0');
  });

  it('draws the account metrics and one metric with its rule lines and log marks', async () => {
    await open('history');
    await expect.poll(() => page.locator('[data-sol-multiple]').count()).toBe(3);
    await page.locator('[data-sol-multiple=validTrackingRate]').click();
    const chart = page.locator('[data-sol-chart="Valid Tracking Rate"]');
    await expect.poll(() => chart.getAttribute('data-sol-points')).toBe('30');
    expect(await chart.locator('canvas').count()).toBe(1);
    await expect.poll(() => page.locator('.chart-legend').textContent()).toContain('Breach at 95');
    expect(await page.locator('.chart-legend').textContent()).toContain('Days with log entries (1)');
    expect(await page.locator('.markers [data-sol-entry]').getAttribute('data-sol-entry')).toBe(entries[7]!.id);
    await page.locator('[data-sol-history=metric]').selectOption('available');
    await expect.poll(() => page.locator('[data-sol-chart="Available"]').getAttribute('data-sol-points')).toBe('30');
    expect(await page.locator('[data-sol-history=entity]').getAttribute('placeholder')).toBe('SKU-红色-1');
  });

  it('runs the weekly review and exports it as Markdown and CSV', async () => {
    await open('review');
    // The week of eight days ago holds the Valid Tracking Rate breach (six to nine days ago).
    await page.locator('[data-sol-review-week]').fill(localDay(daysAgo(8)));
    await expect.poll(() => page.locator('[data-sol-module=account] td').nth(1).textContent()).not.toBe('0');
    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-review-export=md]').click()]);
    expect(md.suggestedFilename()).toMatch(/^seller-ops-log-review-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('# Weekly review');
    expect(markdown).toContain('Valid Tracking Rate');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-review-export=csv]').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('breach,account,US,account,validTrackingRate');
  });

  it("gives the seed's worked example in unit economics", async () => {
    await open('economics');
    await page.locator('[data-sol-econ=manual]').check();
    await page.locator('[data-sol-econ=sales]').fill('50000');
    await page.locator('[data-sol-econ=units]').fill('800');
    await page.locator('[data-sol-econ=adSpend]').fill('10000');
    await expect.poll(() => page.locator('[data-sol-term=profit]').getAttribute('data-sol-amount')).toBe('19140');
    expect(await page.locator('[data-sol-term=contributionMargin]').getAttribute('data-sol-amount')).toBe('21840');
    expect(await page.locator('[data-sol-ratio=tacos] b').textContent()).toBe('20%');
    await page.locator('[data-sol-econ=returnRatePct]').fill('10');
    await expect.poll(() => page.locator('[data-sol-term=profit]').getAttribute('data-sol-amount')).toBe('16640');
  });

  it('refuses bad settings with a message and saves good ones', async () => {
    await open('settings');
    await page.locator('[data-sol-rule-scope]').selectOption('US');
    await page.locator('input[name=rule-available-warn]').fill('20');
    await page.locator('input[name=rule-available-breach]').fill('40');
    await page.locator('[data-sol-save-settings]').click();
    await expect.poll(() => page.locator('[data-sol-settings-status]').getAttribute('data-sol-settings-status')).toBe('error');
    expect(await page.locator('[data-sol-settings-errors]').textContent()).toContain('rules.US.available');
    const stored = await page.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { rules?: unknown }).rules).toBeUndefined();

    await page.locator('input[name=rule-available-warn]').fill('60');
    await page.locator('[data-sol-save-settings]').click();
    await expect.poll(() => page.locator('[data-sol-settings-status]').getAttribute('data-sol-settings-status')).toBe('ok');
    const saved = await page.evaluate(() => chrome.storage.local.get('settings'));
    expect((saved.settings as { rules: unknown }).rules).toEqual({ US: { available: { warn: 60, breach: 40 } } });
  });

  it('backs up everything, restores it into empty tables through the file input, and finds every row again', async () => {
    const before = {
      entries: byId(await readTable<StoredEntry>(browser, 'entries')),
      snapshots: byKey(await readTable<StoredSnapshot>(browser, 'snapshots')),
      settings: await readTable(browser, 'settings'),
    };
    expect(before.entries).toHaveLength(40);

    await open('backup');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-export=backup]').click()]);
    expect(download.suggestedFilename()).toBe(`seller-ops-log-backup-${localDay(new Date())}.json`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; counts: Record<string, number>; tables: Record<string, unknown[]> };
    // Schema 2: the file holds the due items too (none here).
    expect(backup.schemaVersion).toBe(2);
    expect(backup.counts).toEqual({ snapshots: 120, entries: 40, settings: 1, dueItems: 0 });
    await expect.poll(() => page.locator('[data-sol-last-backup]').getAttribute('data-sol-last-backup')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    for (const table of ['entries', 'snapshots', 'settings']) await clearTable(browser, table);
    expect(await readTable(browser, 'entries')).toHaveLength(0);

    await page.locator('input[type=file][data-sol-restore]').setInputFiles(file);
    const result = page.locator('[data-sol-restore-result]');
    await expect.poll(() => result.getAttribute('data-sol-status')).toBe('ok');
    expect(await result.locator('[data-sol-restore-table=entries] [data-sol-count=added]').textContent()).toBe('40');
    expect(await result.locator('[data-sol-restore-table=snapshots] [data-sol-count=added]').textContent()).toBe('120');

    expect(byId(await readTable<StoredEntry>(browser, 'entries'))).toEqual(before.entries);
    expect(byKey(await readTable<StoredSnapshot>(browser, 'snapshots'))).toEqual(before.snapshots);
    expect(await readTable(browser, 'settings')).toEqual(before.settings);

    // And the log shows every one of them again.
    await open('log');
    await page.locator('[data-sol-filter-all]').click();
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).toBe('40');
    const shown = new Set<string>();
    const list = page.locator('.log-list');
    for (let step = 0; step < 20 && shown.size < 40; step++) {
      for (const id of await page.locator('[data-sol-entry]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sol-entry')!))) shown.add(id);
      await list.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
      await page.waitForTimeout(50);
    }
    expect([...shown].sort()).toEqual(before.entries.map((e) => e.id));

    // Restoring the same file again adds nothing.
    await open('backup');
    await page.locator('input[data-sol-restore]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-sol-restore-result]').getAttribute('data-sol-status')).toBe('ok');
    expect(await page.locator('[data-sol-restore-table=entries] [data-sol-count=added]').textContent()).toBe('0');
    expect(await page.locator('[data-sol-restore-table=entries] [data-sol-count=skipped]').textContent()).toBe('40');
    expect(await readTable(browser, 'entries')).toHaveLength(40);
  });

  it('refuses a corrupt or truncated file, says which row and field, and leaves the data as it was', async () => {
    const before = {
      entries: byId(await readTable<StoredEntry>(browser, 'entries')),
      snapshots: byKey(await readTable<StoredSnapshot>(browser, 'snapshots')),
    };
    await open('backup');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-export=backup]').click()]);
    const good = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(good) as { tables: { entries: Record<string, unknown>[] } };
    // Every entry changed (so a partial write would show), and row 17 broken.
    for (const entry of file.tables.entries) entry.summary = 'overwritten';
    file.tables.entries[16]!.status = 'finished';
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, JSON.stringify(file));

    await page.locator('input[data-sol-restore]').setInputFiles(corrupt);
    const result = page.locator('[data-sol-restore-result]');
    await expect.poll(() => result.getAttribute('data-sol-status')).toBe('error');
    expect(await result.locator('[data-sol-problem-row]').getAttribute('data-sol-problem-row')).toBe('17');
    expect(await result.locator('[data-sol-problem-row]').getAttribute('data-sol-problem-field')).toBe('status');
    expect(await result.textContent()).toContain('row 17');

    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, good.slice(0, Math.floor(good.length * 0.6)));
    await page.locator('input[data-sol-restore]').setInputFiles(truncated);
    await expect.poll(() => page.locator('[data-sol-restore-result]').getAttribute('data-sol-error')).toBe('truncated');
    expect(await page.locator('[data-sol-restore-result]').getAttribute('data-sol-status')).toBe('error');

    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 }));
    await page.locator('input[data-sol-restore]').setInputFiles(newer);
    await expect.poll(() => page.locator('[data-sol-restore-result]').getAttribute('data-sol-error')).toBe('newerSchema');

    expect(byId(await readTable<StoredEntry>(browser, 'entries'))).toEqual(before.entries);
    expect(byKey(await readTable<StoredSnapshot>(browser, 'snapshots'))).toEqual(before.snapshots);
    expect(errors).toEqual([]);
  });

  it('speaks 中文 when the settings say so', async () => {
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), language: 'zh_CN' } });
    });
    await open('review');
    await expect.poll(() => page.locator('[data-sol-tab=review]').textContent()).toBe('周复盘');
    expect(await page.locator('h2').first().textContent()).toBe('各模块超标情况');
  });

  it('logs a new entry from the dashboard with the one entry form', async () => {
    await open('log');
    await page.locator('[data-sol-new-entry]').click();
    const summary = page.locator('.log-new input[name=summary]');
    await summary.fill('周会：复盘上周 ACOS 超标的广告活动');
    await page.locator('.log-new select[name=category]').selectOption('compliance');
    await summary.press('Enter');
    const rows = await waitFor(() => readTable<StoredEntry>(browser, 'entries'), (all) => all.length === 41);
    expect(rows.find((e) => e.summary === '周会：复盘上周 ACOS 超标的广告活动')).toMatchObject({ category: 'compliance', status: 'open', day: localDay(new Date()) });
    await expect.poll(() => page.locator('[data-sol-log-count]').getAttribute('data-sol-log-count')).not.toBe('0');
  });

  it('keeps the weekly review current while an entry is logged elsewhere', async () => {
    await page.evaluate((stored) => chrome.storage.local.set(stored), STORED_SETTINGS);
    await open('review');
    await page.locator('.dash-link', { hasText: 'This week' }).click();
    const section = page.locator('[data-sol-review-section=entries]');
    await section.waitFor();
    const before = await section.textContent();
    const logged = Number(/(\d+) logged/.exec(before ?? '')?.[1]);
    expect(Number.isInteger(logged)).toBe(true);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-sol-ready]');
    await popup.locator('input[name=summary]').fill('Review open in another tab');
    await popup.locator('input[name=summary]').press('Enter');
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain(`${logged + 1} logged`);
    await popup.close();
  });
});
