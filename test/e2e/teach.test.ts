/**
 * Teaching the reader what it missed (issue 14). A Business Reports page whose Buy Box column header
 * is worded in a way no dictionary knows: the diagnostic lists that header; the assistant teaches it as
 * Buy Box %; the values are read and badged at once and after a reload; the taught label goes with a
 * backup into an empty profile and reads the page there too. And an Account Health page of our own
 * (test/e2e/pages/) whose Order Defect Rate row has a label no dictionary knows: listed, taught from the
 * list and by pointing at the page, read and badged, kept over a reload and a backup; the diagnostic in
 * 中文; "What was read here" in the log panel.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';
import { clearTable, launchWithExtension, openFixture, readTable, servePage, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

const REWORDED = 'Zuschlagsquote (won offers)';

/** The shared child-item report with its Buy Box header reworded: the same values, a header nobody knows. */
function rewordedReport(): Fixture {
  const shared = listFixtures([SHARED_FIXTURES]).find((f) => f.expected.adapter === 'business-reports')!;
  const html = shared.html.replace('"label":"Featured Offer (Buy Box) Percentage"', `"label":"${REWORDED}"`);
  if (html === shared.html) throw new Error('the shared report no longer has the Buy Box header this test rewords');
  return { ...shared, name: 'teach/business-reports-reworded', html };
}

const buyBoxRows = (rows: StoredSnapshot[]) => rows.filter((r) => r.metric === 'buyBoxPct');

describe('teaching a label from the diagnostic', () => {
  const fixture = rewordedReport();
  const expectedBuyBox = fixture.expected.snapshots.filter((s) => s.metric === 'buyBoxPct');
  let browser: ExtensionBrowser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchWithExtension();
    dir = mkdtempSync(join(tmpdir(), 'sol-teach-'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<{ page: Page; errors: string[] }> {
    await clearTable(browser, 'snapshots');
    return openFixture(browser, fixture);
  }

  it('lists the unknown header, learns it, and reads and badges the column at once and after a reload', async () => {
    expect(expectedBuyBox.length).toBeGreaterThan(0);
    const { page, errors } = await open();
    const diagnostic = page.locator('[data-sol-diagnostic]');
    await expect.poll(() => diagnostic.count(), { timeout: 10_000 }).toBe(1);
    expect(await diagnostic.getAttribute('data-sol-detail')).toContain('buyBoxPct');
    // Everything else on the page was read; Buy Box was not, and nothing wrong was stored for it.
    expect(buyBoxRows(await readTable<StoredSnapshot>(browser, 'snapshots'))).toEqual([]);

    const labels = await diagnostic.locator('select[data-sol-teach-label] option').allTextContents();
    expect(labels).toContain(REWORDED);
    await diagnostic.locator('select[data-sol-teach-label]').selectOption(REWORDED);
    await diagnostic.locator('select[data-sol-teach-metric]').selectOption('buyBoxPct');
    await diagnostic.locator('form[data-sol-teach] button[type=submit]').click();

    const stored = await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => buyBoxRows(rows).length === expectedBuyBox.length);
    for (const want of expectedBuyBox) {
      expect(buyBoxRows(stored).find((r) => r.entity === want.entity)?.value, want.entity).toBe(want.value);
    }
    await expect.poll(() => page.locator('[data-sol-badge][data-sol-metric=buyBoxPct]').count(), { timeout: 10_000 }).toBe(expectedBuyBox.length);
    await expect.poll(() => diagnostic.count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    // From the next read on: a reload reads the column without asking.
    const again = await open();
    await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => buyBoxRows(rows).length === expectedBuyBox.length);
    await expect.poll(() => again.page.locator('[data-sol-badge][data-sol-metric=buyBoxPct]').count(), { timeout: 10_000 }).toBe(expectedBuyBox.length);
    expect(await again.page.locator('[data-sol-diagnostic]').count()).toBe(0);
    await again.page.close();
  });

  it('keeps the taught label through backup and restore into another profile', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#backup`);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.locator('[data-sol-export=backup]').click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { tables: { settings?: unknown[] }; settings?: { taughtLabels?: unknown[] } };
    expect(JSON.stringify(backup)).toContain('zuschlagsquote (won offers)');
    writeFileSync(join(dir, 'copy.json'), readFileSync(file));
    await dashboard.close();

    const other = await launchWithExtension();
    try {
      const page = await other.context.newPage();
      await page.goto(`chrome-extension://${other.extensionId}/dashboard.html#backup`);
      await page.locator('input[type=file][data-sol-restore]').setInputFiles(join(dir, 'copy.json'));
      await expect.poll(() => page.locator('[data-sol-restore-result]').getAttribute('data-sol-status')).toBe('ok');
      const saved = (await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'))) as { settings: unknown };
      expect((saved.settings as { taughtLabels: unknown }).taughtLabels).toEqual([{ page: 'business-reports', label: 'zuschlagsquote (won offers)', metric: 'buyBoxPct' }]);
      await page.close();

      await clearTable(other, 'snapshots');
      const { page: report } = await openFixture(other, fixture);
      await waitFor(() => readTable<StoredSnapshot>(other, 'snapshots'), (rows) => buyBoxRows(rows).length === expectedBuyBox.length);
      await report.close();
    } finally {
      await other.close();
    }
  });

  it('lists the taught label in Settings, where removing it and saving forgets it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
    const row = page.locator('[data-sol-taught-labels] [data-sol-taught-label="zuschlagsquote (won offers)"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.locator('button').click();
    await page.locator('[data-sol-save-settings]').click();
    await expect.poll(() => page.locator('[data-sol-settings-status]').getAttribute('data-sol-settings-status')).toBe('ok');
    const saved = (await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'))) as { settings: { taughtLabels: unknown[] } };
    expect(saved.settings.taughtLabels).toEqual([]);
    await page.close();
  });
});


const ACCOUNT_HEALTH_URL = 'https://sellercentral.amazon.com/performance/account/health';
const ACCOUNT_HEALTH_HTML = readFileSync(join(import.meta.dirname, 'pages', 'account-health-taught-en-us.html'), 'utf8');
const UNKNOWN_ODR_LABEL = 'Kundenzufriedenheitsdefekte';
const TAUGHT_ODR = { page: 'account-health', label: 'kundenzufriedenheitsdefekte', metric: 'orderDefectRate' };

type StorageArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

describe('teaching an Account Health label the reader missed', () => {
  let browser: ExtensionBrowser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchWithExtension();
    dir = mkdtempSync(join(tmpdir(), 'sol-teach-ah-'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const odrRows = (rows: StoredSnapshot[]) => rows.filter((r) => r.metric === 'orderDefectRate');

  async function settingsPatch(patch: Record<string, unknown>): Promise<void> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
    await page.evaluate(
      async ([storage, change]) => {
        const area = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
        const { settings } = await area.get(storage);
        await area.set({ [storage]: { ...(settings as object), ...change } });
      },
      ['settings', patch] as const,
    );
    await page.close();
  }

  async function storedSettings(): Promise<{ taughtLabels?: unknown[] }> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
    const { settings } = (await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get('settings'))) as { settings: { taughtLabels?: unknown[] } };
    await page.close();
    return settings ?? {};
  }

  async function openAccountHealth(): Promise<{ page: Page; errors: string[] }> {
    await clearTable(browser, 'snapshots');
    await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
    await servePage(browser.context, ACCOUNT_HEALTH_URL, ACCOUNT_HEALTH_HTML);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(ACCOUNT_HEALTH_URL, { waitUntil: 'load' });
    return { page, errors };
  }

  it('lists the unknown label and the metric not read; taught from the list, ODR is read and badged at once and after a reload', async () => {
    const { page, errors } = await openAccountHealth();
    const diagnostic = page.locator('[data-sol-diagnostic=account-health]');
    await expect.poll(() => diagnostic.count(), { timeout: 10_000 }).toBe(1);
    // Said in the assistant's words: the metric it expected, by name, and the label it could not place.
    await expect.poll(() => diagnostic.locator('[data-sol-missing-metric=orderDefectRate]').count()).toBe(1);
    expect(await diagnostic.getAttribute('data-sol-missing')).toBe('orderDefectRate');
    expect(await diagnostic.locator('[data-sol-unplaced-label]').allTextContents(), 'the adapter reports the label it could not place (AdapterResult.unplaced)').toContain(`“${UNKNOWN_ODR_LABEL}”`);
    expect(odrRows(await readTable<StoredSnapshot>(browser, 'snapshots'))).toEqual([]);

    await diagnostic.locator('select[data-sol-teach-label]').selectOption(UNKNOWN_ODR_LABEL);
    await diagnostic.locator('select[data-sol-teach-metric]').selectOption('orderDefectRate');
    await diagnostic.locator('form[data-sol-teach] button[type=submit]').click();
    await expect.poll(async () => (await storedSettings()).taughtLabels).toEqual([TAUGHT_ODR]);

    const stored = await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => odrRows(rows).length === 1);
    expect(odrRows(stored)[0]).toMatchObject({ marketplace: 'US', entity: 'account', value: 1.12, unit: 'percent' });
    const badge = page.locator('[data-sol-badge][data-sol-metric=orderDefectRate]');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    expect(await badge.getAttribute('data-sol-level')).toBe('breach');
    expect(await badge.getAttribute('data-sol-value')).toBe('1.12');
    await expect.poll(() => diagnostic.count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    const again = await openAccountHealth();
    await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => odrRows(rows).length === 1);
    await expect.poll(() => again.page.locator('[data-sol-badge][data-sol-metric=orderDefectRate]').count(), { timeout: 10_000 }).toBe(1);
    expect(await again.page.locator('[data-sol-diagnostic]').count()).toBe(0);
    await again.page.close();
  });

  it('"What was read here" in the log panel lists each value read, with its metric, entity and value', async () => {
    const { page } = await openAccountHealth();
    await expect.poll(() => page.locator('[data-sol-launcher]').count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(500);
    await page.locator('[data-sol-launcher]').click();
    const readHere = page.locator('[data-sol-panel] [data-sol-read-here]');
    await expect.poll(() => readHere.count(), { timeout: 10_000 }).toBe(1);
    await readHere.locator('summary').click();
    const rows = readHere.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    const late = readHere.locator('tr[data-sol-read-metric=lateShipmentRate]');
    expect(await late.getAttribute('data-sol-read-entity')).toBe('account');
    expect(await late.locator('td').nth(3).textContent()).toBe('1.8%');
    await page.close();
  });

  it('teaches by pointing at the figure on the page (Esc cancels a first try)', async () => {
    await settingsPatch({ taughtLabels: [] });
    const { page, errors } = await openAccountHealth();
    const diagnostic = page.locator('[data-sol-diagnostic=account-health]');
    await expect.poll(() => diagnostic.count(), { timeout: 10_000 }).toBe(1);
    const figure = page.locator('.metric-value', { hasText: '1.12%' });

    await diagnostic.locator('button[data-sol-teach-pick]').click();
    await figure.hover();
    await expect.poll(() => diagnostic.locator('[data-sol-pick-highlight]').evaluate((e) => getComputedStyle(e).display)).toBe('block');
    await page.keyboard.press('Escape');
    expect(await diagnostic.locator('[data-sol-pick-highlight]').count()).toBe(0);

    await diagnostic.locator('button[data-sol-teach-pick]').click();
    await figure.hover();
    await figure.click();
    await expect.poll(() => diagnostic.locator('[data-sol-pick-note]').textContent()).toContain(UNKNOWN_ODR_LABEL);
    expect(await diagnostic.locator('select[data-sol-teach-label]').inputValue()).toBe(UNKNOWN_ODR_LABEL);
    await diagnostic.locator('select[data-sol-teach-metric]').selectOption('orderDefectRate');
    await diagnostic.locator('form[data-sol-teach] button[type=submit]').click();
    await expect.poll(async () => (await storedSettings()).taughtLabels).toEqual([TAUGHT_ODR]);
    // The taught label is applied by the account-health adapter (ctx.taught) on the read that follows.
    const stored = await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => odrRows(rows).length === 1);
    expect(odrRows(stored).map((r) => r.value), 'ODR read through the taught label').toEqual([1.12]);
    await expect.poll(() => page.locator('[data-sol-badge][data-sol-metric=orderDefectRate]').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the taught label through backup and restore into another profile', async () => {
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#backup`);
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.locator('[data-sol-export=backup]').click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await dashboard.close();

    const other = await launchWithExtension();
    try {
      const page = await other.context.newPage();
      await page.goto(`chrome-extension://${other.extensionId}/dashboard.html#backup`);
      await page.locator('input[type=file][data-sol-restore]').setInputFiles(file);
      await expect.poll(() => page.locator('[data-sol-restore-result]').getAttribute('data-sol-status')).toBe('ok');
      const { settings } = (await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get('settings'))) as { settings: { taughtLabels: unknown[] } };
      expect(settings.taughtLabels).toEqual([TAUGHT_ODR]);
      await page.goto(`chrome-extension://${other.extensionId}/dashboard.html#settings`);
      await expect.poll(() => page.locator('[data-sol-taught-labels] [data-sol-taught-label=kundenzufriedenheitsdefekte]').count(), { timeout: 10_000 }).toBe(1);
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('says what it missed in 中文 when the assistant works in 中文', async () => {
    await settingsPatch({ taughtLabels: [], language: 'zh_CN' });
    const { page } = await openAccountHealth();
    const diagnostic = page.locator('[data-sol-diagnostic=account-health]');
    await expect.poll(() => diagnostic.count(), { timeout: 10_000 }).toBe(1);
    const text = await diagnostic.evaluate((host) => host.shadowRoot!.textContent ?? '');
    expect(text).toContain('本页应有但未读取到的指标');
    expect(await diagnostic.locator('[data-sol-missing-metric=orderDefectRate]').textContent()).toBe('订单缺陷率');
    expect(await diagnostic.getAttribute('data-sol-detail')).toContain('未读取到：订单缺陷率（orderDefectRate）');
    expect(await diagnostic.locator('button[data-sol-teach-pick]').textContent()).toBe('在页面上指出');
    await settingsPatch({ language: 'en' });
    await page.close();
  });
});
