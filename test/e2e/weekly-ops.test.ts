/**
 * The weekly review's issue-15 part in the built dashboard: a listing that went search suppressed, a
 * review past its deadline, a return rate that rose week over week, and a SKU in restock breach with no
 * entry, in English and 中文, and in the week's Markdown and CSV.
 */
import { readFileSync } from 'node:fs';
import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, putRawRows, type ExtensionBrowser } from './browser';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const localDay = (at: Date) => format(at, 'yyyy-MM-dd');
/** Monday of the week eight days ago, and a day counted from it. */
const monday = (() => {
  const at = new Date();
  at.setHours(12, 0, 0, 0);
  at.setDate(at.getDate() - 8);
  at.setDate(at.getDate() - ((at.getDay() + 6) % 7));
  return at;
})();
const day = (offset: number) => {
  const at = new Date(monday);
  at.setDate(at.getDate() + offset);
  return localDay(at);
};

function rows() {
  const row = (metric: string, entity: string, value: number, d: string, over: Record<string, unknown> = {}) => ({
    marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity, metric, value, unit: 'status', period: '', day: d, capturedAt: `${d}T09:00:00.000+00:00`, ...over,
  });
  return [
    row('listingStatus', 'SKU-SUPPRESSED', 0, day(-3), { status: 'active' }),
    row('listingStatus', 'SKU-SUPPRESSED', 3, day(1), { status: 'searchSuppressed' }),
    row('returnRate', 'SKU-RETURNS', 4, day(-2), { page: 'voice-of-customer', unit: 'percent' }),
    row('returnRate', 'SKU-RETURNS', 9.5, day(2), { page: 'voice-of-customer', unit: 'percent' }),
    row('restockAlert', 'SKU-RESTOCK', 3, day(1), { page: 'restock', status: 'outOfStock' }),
  ];
}

describe('weekly review: listings, due items, customer experience, restock', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const errors: string[] = [];
  const open = async () => {
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#review`);
    await page.locator('[data-sol-tab=review][aria-selected=true]').waitFor();
    await page.locator('[data-sol-review-week]').fill(day(0));
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.locator('[data-sol-tab]').first().waitFor();
    await putRawRows(page, 'snapshots', rows());
    await putRawRows(page, 'dueItems', [{ kind: 'review', id: 'R2K8QW4N1ZT7XA', marketplace: 'US', entity: 'B0BX8QW3LM', rating: 2, date: day(-1), due: day(6), state: 'open' }]);
    await page.evaluate(() => chrome.storage.local.set({ settings: { language: 'en', marketplaces: ['US'] } }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the four sections and puts them in the Markdown and CSV', async () => {
    await open();
    const listing = page.locator('[data-sol-review-section=listing-status] tr[data-sol-direction=down]');
    await expect.poll(() => listing.count(), { timeout: 10_000 }).toBe(1);
    expect(await listing.textContent()).toContain('SKU-SUPPRESSED');
    expect(await listing.textContent()).toContain('Search suppressed');
    await expect.poll(() => page.locator('[data-sol-review-section=due]').textContent()).toContain('1 due in the week');
    expect(await page.locator('[data-sol-due-outcome=overdue]').count()).toBe(1);
    expect(await page.locator('[data-sol-review-section=cx-movers]').textContent()).toContain('+5.5 pts');
    const restock = page.locator('[data-sol-review-section=restock] tr[data-sol-restock-logged=false]');
    expect(await restock.textContent()).toContain('SKU-RESTOCK');
    expect(await restock.textContent()).toContain('Not logged');

    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-review-export=md]').click()]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    for (const heading of ['## Listing status changes', '## Reviews and feedback due', '## Return rate and CX health movers (week over week)', '## Restock actions']) expect(markdown).toContain(heading);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-review-export=csv]').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain(`listing_status_change,down,US,SKU-SUPPRESSED,listingStatus,${day(1)}`);
    expect(text).toContain('restock_action,not_logged,US,SKU-RESTOCK');
    expect(errors).toEqual([]);
  });

  it('in 中文', async () => {
    await page.evaluate(() => chrome.storage.local.set({ settings: { language: 'zh_CN', marketplaces: ['US'] } }));
    await open();
    await expect.poll(() => page.locator('h2').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining(['商品状态变化', '评论和反馈截止事项', '补货处理']));
    expect(await page.locator('[data-sol-review-section=restock]').textContent()).toContain('未记录');
    expect(errors).toEqual([]);
  });
});
