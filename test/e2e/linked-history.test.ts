/**
 * Linked signals from history (issue 16, contract §8) in one profile, through the extension's own store
 * path: the inventory page teaches the SKU ↔ ASIN link and the stock, the Account Health page the
 * account's values; fourteen earlier days of sessions are put in the database as earlier captures would
 * have left them; then the Business Reports page shows a day whose sessions dropped. Its ASIN gets a
 * `sessionsChange` breach badge, the top ASIN a `salesConcentration` badge, and the drop's badge opens a
 * guided entry that walks account health, then ads, then inventory, each step filled from the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';
import { clearTable, currentWorker, launchWithExtension, openFixture, putRawRows, readTable, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

const shared = listFixtures([SHARED_FIXTURES]);
const fixture = (adapter: string, name?: string): Fixture => {
  const found = shared.find((f) => f.expected.adapter === adapter && (!name || f.name.includes(name)));
  if (!found) throw new Error(`no shared fixture for ${adapter}`);
  return found;
};

/** The Business Reports sample shows 2026-11-20; its ASIN with 1,453 sessions that day. */
const DROPPED = 'B0R7RGEFFP';
const STEADY = 'B0XAP1N0P9';
/** The inventory sample's first SKU, served with the Business Reports ASIN so that the two pages link. */
const SKU = 'NW-LEASH-BLK-M';
/** The campaign of the Advertised products sample, which advertises that SKU. */
const CAMPAIGN = 'SP | Auto - Pet Shampoo - Q4';

function shift(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}

interface StoredEntry {
  summary: string;
  module: string;
  category: string;
  entity?: string;
  metric?: string;
  value?: number;
  threshold?: string;
  action: string;
}

describe('linked signals from history', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await clearTable(browser, 'snapshots');
    await clearTable(browser, 'entries');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a traffic drop gets its badge and a guided entry walked through account health, ads, inventory', async () => {
    // 1. Account Health and the inventory page, read as the assistant opens them.
    const health = await openFixture(browser, fixture('account-health'));
    await health.page.close();
    const inventory = fixture('inventory', 'manage-inventory-en-us');
    const linked: Fixture = { ...inventory, html: inventory.html.replaceAll('B0C7QK4L2M', DROPPED) };
    const inv = await openFixture(browser, linked);
    await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => rows.some((r) => r.metric === 'available' && r.entity === SKU));
    // Two days of stock are no turnover: the SKU's `available` badge says so, no turnover badge is drawn.
    expect(await inv.page.locator('[data-sol-badge][data-sol-metric=inventoryTurnover]').count()).toBe(0);
    expect(inv.errors).toEqual([]);
    await inv.page.close();

    // The Advertised products page: its campaign advertises the SKU (and the ASIN, served as the dropped one).
    const products = fixture('ads-products');
    const ads = await openFixture(browser, { ...products, html: products.html.replaceAll('B0C7QK4L2M', DROPPED) });
    await waitFor(
      () => readTable<{ key: string; value: { links: { kind: string; sku?: string; campaign?: string }[] } }>(browser, 'settings'),
      (rows) => rows.some((r) => r.key === 'adLinks:US' && r.value.links.some((l) => l.kind === 'ad' && l.sku === SKU && l.campaign === CAMPAIGN)),
    );
    expect(ads.errors).toEqual([]);
    await ads.page.close();

    // 2. The fourteen days before 2026-11-20, as daily Business Reports captures left them.
    const before = Array.from({ length: 14 }, (_, i) => shift('2026-11-20', -1 - i));
    const rows = before.flatMap((day) =>
      [
        [DROPPED, 3000],
        [STEADY, 800],
      ].map(([asin, value]) => ({
        marketplace: 'US', source: 'sellercentral', page: 'business-reports', scope: 'asin', entity: asin, metric: 'sessions',
        value, unit: 'count', period: `${day}..${day}`, day: shift(day, 1), capturedAt: `${shift(day, 1)}T09:00:00.000+00:00`,
      })),
    );
    await putRawRows(currentWorker(browser), 'snapshots', rows);

    // 3. The day of the drop.
    const { page, errors } = await openFixture(browser, fixture('business-reports'));
    const drop = page.locator(`[data-sol-badge][data-sol-metric=sessionsChange][data-sol-entity=${DROPPED}]`);
    await expect.poll(() => drop.getAttribute('data-sol-level'), { timeout: 10_000 }).toBe('breach');
    // 1,453 against 3,000 a day: −51.57 %.
    expect(await drop.getAttribute('data-sol-value')).toBe('-51.57');
    const steady = page.locator(`[data-sol-badge][data-sol-metric=sessionsChange][data-sol-entity=${STEADY}]`);
    expect(await steady.getAttribute('data-sol-level')).toBe('ok');
    // No history for the other ASINs: no change is drawn for them.
    expect(await page.locator('[data-sol-badge][data-sol-metric=sessionsChange]').count()).toBe(2);
    // The top child ASIN's share of the day's sales (27.22 %): ok.
    const share = page.locator('[data-sol-badge][data-sol-metric=salesConcentration]');
    await expect.poll(() => share.getAttribute('data-sol-level')).toBe('ok');
    expect(await share.getAttribute('data-sol-entity')).toBe('account');
    expect(Number(await share.getAttribute('data-sol-value'))).toBeCloseTo(27.22, 2);

    // Stored like any value: the breach is in the history and in today's breaches.
    const stored = await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (r) => r.some((s) => s.metric === 'sessionsChange' && s.entity === DROPPED));
    expect(stored.find((s) => s.metric === 'sessionsChange' && s.entity === DROPPED)).toMatchObject({ value: -51.57, unit: 'percent', period: '2026-11-20..2026-11-20', scope: 'asin' });

    // 4. The drop's badge opens the guided entry: account health, then ads, then inventory.
    await drop.click();
    const panel = page.locator('[data-sol-panel]');
    const steps = panel.locator('[data-sol-guide-step]');
    await expect.poll(() => steps.count(), { timeout: 10_000 }).toBe(3);
    expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-sol-guide-step')))).toEqual(['account', 'ads', 'inventory']);
    const account = await steps.nth(0).innerText();
    expect(account).toMatch(/Account health rating/i);
    const adsStep = await steps.nth(1).innerText();
    expect(adsStep).toMatch(/campaign manager/i);
    // The ads step names the campaign advertising the ASIN's SKU, and the SKU's latest ad figures.
    expect(adsStep).toContain(CAMPAIGN);
    expect(adsStep).toContain(`${SKU} · Spend 84.19 USD`);
    const stock = await steps.nth(2).innerText();
    expect(stock).toContain(SKU);
    expect(stock).toMatch(/Available 240/);
    expect(await steps.nth(0).locator('a').getAttribute('href')).toContain('sellercentral.amazon.com/performance/dashboard');
    expect(await steps.nth(1).locator('a').getAttribute('href')).toContain('advertising.amazon.com');
    expect(await steps.nth(2).locator('a').getAttribute('href')).toContain('/myinventory/inventory');
    for (const module of ['account', 'ads', 'inventory']) await panel.locator(`input[name=guide-${module}]`).check();

    expect(await panel.locator('input[name=entity]').inputValue()).toBe(DROPPED);
    const summary = panel.locator('input[name=summary]');
    expect(await summary.inputValue()).toMatch(/Sessions vs 14 days before/);
    await summary.press('Enter');
    const [entry] = await waitFor(() => readTable<StoredEntry>(browser, 'entries'), (r) => r.length === 1);
    expect(entry).toMatchObject({ metric: 'sessionsChange', entity: DROPPED, value: -51.57, threshold: '< -40', category: 'operations' });
    expect(entry!.action).toMatch(/^Traffic drop on B0R7RGEFFP/);
    expect(entry!.action.indexOf('1. Account health')).toBeLessThan(entry!.action.indexOf('2. Ads'));
    expect(entry!.action.indexOf('2. Ads')).toBeLessThan(entry!.action.indexOf('3. Inventory'));
    expect(entry!.action).toContain(SKU);
    expect(entry!.action).toContain(CAMPAIGN);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the popup marks today's breaches without an entry, not the traffic drop that has one", async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const unanswered = popup.locator('[data-sol-unanswered]');
    await expect.poll(() => unanswered.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Account Health's breaches (logged by no one) are marked; the drop just logged is not.
    expect(await popup.locator('[data-sol-breach^="validTrackingRate|"][data-sol-unanswered]').count()).toBe(1);
    expect(await popup.locator(`[data-sol-breach="sessionsChange|${DROPPED}"]`).count()).toBe(0);
    expect(Number(await popup.locator('[data-sol-breaches=account]').getAttribute('data-sol-unanswered-count'))).toBeGreaterThan(0);
    await popup.close();
  });

  it('the dashboard lists the SKUs whose turnover cannot be computed yet, and why', async () => {
    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html#products`);
    const row = dash.locator(`[data-sol-turnover="${SKU}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.innerText()).toContain(DROPPED);
    expect(await row.innerText()).toMatch(/1 days of history; at least 28/);
    // Every SKU of the inventory page is linked to the ASIN its row shows.
    expect(await dash.locator('[data-sol-turnover="NW-LEASH-RED-L"]').innerText()).toContain('B0C7QK9X1R');

    // An ASIN marked new: its reviews toward 50 are said not to be read (no page shows the count), never invented.
    await dash.locator('input[name=launchAsin]').fill('B0C7QK9X1R');
    await dash.locator('[data-sol-mark-new]').click();
    const launch = dash.locator('[data-sol-launch="B0C7QK9X1R"]');
    await launch.waitFor({ timeout: 10_000 });
    const reviews = launch.locator('[data-sol-launch-reviews]');
    expect(await reviews.getAttribute('data-sol-launch-reviews')).toBe('');
    expect(await reviews.innerText()).toContain('not read yet / 50');
    expect(await reviews.innerText()).toContain('Customer Reviews not read since launch');
    await dash.close();
  });
});
