/**
 * Teaching the reader what it missed (issue 14): a Business Reports page whose Buy Box column header
 * is worded in a way no dictionary knows. The diagnostic lists that header; the assistant teaches it as
 * Buy Box %; the values are read and badged at once and after a reload; the taught label goes with a
 * backup into an empty profile and reads the page there too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';
import { clearTable, launchWithExtension, openFixture, readTable, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

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
