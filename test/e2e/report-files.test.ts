/**
 * Report files in (issue 15), in the built extension: a Business Report CSV chosen in the dashboard's
 * Report files tab enters the history as snapshot rows (source `file`), taking it in again changes
 * nothing, and a file that is not a report is refused with nothing written. The parsers stay out of
 * the content scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_PATH, launchWithExtension, readTable, type ExtensionBrowser, type StoredSnapshot } from './browser';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports');
/** Taking a file in loads the readers and writes the rows: seconds on a busy machine, not expect.poll's default second. */
const POLL = { timeout: 20_000, interval: 100 };

describe('report files in the dashboard', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#reports`);
    await page.locator('[data-sol-reports]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes in a Business Report CSV: its values are in the history, with source file', async () => {
    await page.locator('select[name=reportMarketplace]').selectOption('US');
    await page.locator('input[name=reportFrom]').fill('2026-11-14');
    await page.locator('input[name=reportTo]').fill('2026-11-20');
    await page.locator('input[type=file][data-sol-report-files]').setInputFiles(join(FIXTURES, 'business-report-child-en.csv'));

    const result = page.locator('[data-sol-report-result="business-report-child-en.csv"]').first();
    await expect.poll(() => result.getAttribute('data-sol-status'), POLL).toBe('ok');
    expect(await result.getAttribute('data-sol-report-kind')).toBe('businessReportByChild');
    expect(await result.getAttribute('data-sol-stored')).toBe('17');

    const rows = await readTable<StoredSnapshot>(browser, 'snapshots');
    expect(rows).toHaveLength(17);
    const find = (entity: string, metric: string) => rows.find((r) => r.entity === entity && r.metric === metric);
    expect(find('B0CHILD001', 'sessions')).toMatchObject({ marketplace: 'US', source: 'file', page: 'business-reports', scope: 'asin', value: 1204, period: '2026-11-14..2026-11-20', day: '2026-11-20' });
    expect(find('B0CHILD001', 'orderedProductSales')).toMatchObject({ value: 2549.15, currency: 'USD', unit: 'money' });
    expect(find('B0CHILD002', 'buyBoxPct')).toMatchObject({ value: 55.1, unit: 'percent' });
    expect(find('B0CHILD003', 'buyBoxPct')).toBeUndefined(); // "--" in the file: missing, not zero
  });

  it('taking the same file in again changes nothing', async () => {
    const before = await readTable<StoredSnapshot>(browser, 'snapshots');
    await page.locator('input[type=file][data-sol-report-files]').setInputFiles(join(FIXTURES, 'business-report-child-en.csv'));
    // The newest result is listed first, above the first import's.
    await expect.poll(() => page.locator('[data-sol-report-result="business-report-child-en.csv"]').count(), POLL).toBe(2);
    const latest = page.locator('[data-sol-report-result="business-report-child-en.csv"]').first();
    await expect.poll(() => latest.getAttribute('data-sol-status'), POLL).toBe('ok');
    expect(await latest.getAttribute('data-sol-stored')).toBe('0');
    expect(await latest.getAttribute('data-sol-unchanged')).toBe('17');
    const sortKey = (r: StoredSnapshot) => `${r.entity}|${r.metric}`;
    expect((await readTable<StoredSnapshot>(browser, 'snapshots')).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(before.sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
  });

  it('refuses a file that is not a report, says so, and writes nothing', async () => {
    await page.locator('input[type=file][data-sol-report-files]').setInputFiles(join(FIXTURES, 'wrong-orders-report.csv'));
    const result = page.locator('[data-sol-report-result="wrong-orders-report.csv"]').first();
    await expect.poll(() => result.getAttribute('data-sol-status'), POLL).toBe('error');
    expect(await result.getAttribute('data-sol-error')).toBe('unknownFile');
    expect(await result.textContent()).toContain('not one of the report files');
    expect(await readTable(browser, 'snapshots')).toHaveLength(17);
  });


  it('takes in the Search Term Report as XLSX', async () => {
    await page.locator('input[type=file][data-sol-report-files]').setInputFiles(join(FIXTURES, 'search-term-report-en.xlsx'));
    const result = page.locator('[data-sol-report-result="search-term-report-en.xlsx"]').first();
    await expect.poll(() => result.getAttribute('data-sol-status'), POLL).toBe('ok');
    expect(await result.getAttribute('data-sol-report-kind')).toBe('searchTermReport');
    const rows = await readTable<StoredSnapshot>(browser, 'snapshots');
    expect(rows.find((r) => r.scope === 'searchTerm' && r.entity === 'car seat cover' && r.metric === 'spend' && r.day === '2026-11-20')).toMatchObject({ value: 33.4, currency: 'USD', source: 'file', page: 'ads-campaigns' });
    expect(errors).toEqual([]);
  });

  it('takes in a file dropped on the drop zone', async () => {
    const text = readFileSync(join(FIXTURES, 'restock-report-en.txt'), 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'restock-report-en.txt', { type: 'text/plain' }));
      const zone = document.querySelector('[data-sol-report-drop]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    const result = page.locator('[data-sol-report-result="restock-report-en.txt"]').first();
    await expect.poll(() => result.getAttribute('data-sol-status'), POLL).toBe('ok');
    expect(await result.getAttribute('data-sol-report-kind')).toBe('restockReport');
    const rows = await readTable<StoredSnapshot>(browser, 'snapshots');
    expect(rows.find((r) => r.metric === 'restockAlert' && r.entity === 'SEAT-GRY-01')).toMatchObject({ value: 2, status: 'reorderNow', source: 'file', page: 'restock', marketplace: 'US' });
  });

  it('says in 中文 why a file was refused', async () => {
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), language: 'zh_CN' } });
    });
    await expect.poll(() => page.locator('[data-sol-tab=reports]').textContent(), POLL).toBe('报告文件');
    await page.locator('input[type=file][data-sol-report-files]').setInputFiles(join(FIXTURES, 'business-report-child-truncated.csv'));
    const result = page.locator('[data-sol-report-result="business-report-child-truncated.csv"]').first();
    await expect.poll(() => result.getAttribute('data-sol-status'), POLL).toBe('error');
    expect(await result.getAttribute('data-sol-error')).toBe('truncated');
    expect(await result.textContent()).toContain('文件不完整或已损坏');
  });

  it('no content script carries the file parsers', () => {
    // The declared loader, the reader of each site and the log panel: every script a page runs.
    const scripts = readdirSync(EXTENSION_PATH).filter((f) => /^(page-loader|reader-sellercentral|reader-advertising|log-panel).*\.js$/.test(f)).map((f) => join(EXTENSION_PATH, f));
    expect(scripts.length).toBe(4);
    for (const file of scripts.filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('SheetJS') || text.includes('sheet_to_json'), file).toBe(false);
    }
  });
});
