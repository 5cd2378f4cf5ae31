/**
 * Issue 16, linked ads signals in one profile: the stock-out scenario across three page kinds (inventory,
 * Advertised products, campaign manager) ending with the right badges, and the 5:3:2 spend shares on the
 * campaign manager's summary, each value worked out here from the fixtures' expected.json.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';
import { readFileSync } from 'node:fs';
import { launchWithExtension, openFixture, putRawRows, readTable, tooltipText, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

const shared = listFixtures([SHARED_FIXTURES]);
const byName = (name: string): Fixture => shared.find((f) => f.name === name)!;
const inventory = byName('shared/inventory/manage-inventory-en-us.html');
const products = byName('shared/ads/advertised-products-en-us.html');
const campaigns = byName('shared/ads/campaigns-en-us.html');

const OUT_SKU = 'NW-BOWL-SS-2PK';
const CAMPAIGN = 'SP | Auto - Pet Shampoo - Q4';

/** Scrolls the campaign grid until the row named `name` is drawn. */
async function scrollToRow(page: Page, name: string): Promise<void> {
  const config = JSON.parse((await page.locator('#ag-grid-config').textContent())!) as { rows: { name: string }[]; rowHeight: number };
  const index = config.rows.findIndex((r) => r.name === name);
  await page.evaluate((top) => {
    const viewport = document.querySelector<HTMLElement>('.ag-body-viewport')!;
    viewport.scrollTop = top;
    viewport.dispatchEvent(new Event('scroll'));
  }, Math.max(0, index - 2) * config.rowHeight);
}

/**
 * The shares as contract §8 defines them, worked out from the campaign manager's expected values: SP by
 * its targeting (no Targeting column here: the name's "Auto" is the hint, match types are manual), SB
 * brand, SD left out, campaigns without spend left out.
 */
function expectedShares(): Record<string, number> {
  const spend = { auto: 0, manual: 0, brand: 0 };
  for (const s of campaigns.expected.snapshots) {
    if (s.metric !== 'spend' || !(s.value > 0)) continue;
    if (s.entity.startsWith('SD |')) continue;
    if (s.entity.startsWith('SB |')) spend.brand += s.value;
    else if (s.entity.startsWith('SP | Auto')) spend.auto += s.value;
    else spend.manual += s.value;
  }
  const total = spend.auto + spend.manual + spend.brand;
  const pct = (n: number) => Math.round((n / total) * 10_000) / 100;
  return { autoSpendShare: pct(spend.auto), manualSpendShare: pct(spend.manual), brandSpendShare: pct(spend.brand) };
}

describe('linked ads signals in one profile', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a SKU out of stock on inventory, advertised by a campaign, breaches that campaign; its inventory tooltip names the campaign; the spend shares are on the summary', async () => {
    // 1. Inventory: NW-BOWL-SS-2PK has 0 available.
    const inv = await openFixture(browser, inventory);
    await waitFor(() => readTable<StoredSnapshot>(browser, 'snapshots'), (rows) => rows.some((r) => r.entity === OUT_SKU && r.metric === 'available' && r.value === 0));
    await inv.page.close();

    // 2. Advertised products: the campaign advertises it (the links are kept in the settings table).
    const ads = await openFixture(browser, products);
    await waitFor(
      () => readTable<{ key: string; value: { links: { kind: string; sku?: string; campaign?: string }[] } }>(browser, 'settings'),
      (rows) => rows.some((r) => r.key === 'adLinks:US' && r.value.links.some((l) => l.kind === 'ad' && l.sku === OUT_SKU && l.campaign === CAMPAIGN)),
    );
    // No linked badge on the Advertised products page itself.
    expect(await ads.page.locator('[data-sol-badge][data-sol-metric=advertisedOutOfStock]').count()).toBe(0);
    expect(ads.errors).toEqual([]);
    await ads.page.close();

    // 3. Campaign manager: the campaign's row breaches with one product out; others with stock get none.
    const cm = await openFixture(browser, campaigns);
    await scrollToRow(cm.page, CAMPAIGN);
    const badge = cm.page.locator(`[data-sol-badge][data-sol-metric=advertisedOutOfStock][data-sol-entity="${CAMPAIGN}"]`);
    await badge.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await badge.getAttribute('data-sol-level')).toBe('breach');
    expect(await badge.getAttribute('data-sol-value')).toBe('1');
    const outBadges = await cm.page.locator('[data-sol-badge][data-sol-metric=advertisedOutOfStock]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sol-entity')));
    expect(outBadges).toEqual([CAMPAIGN]);
    // The badge sits in the campaign's own row (its name cell).
    expect(await badge.evaluate((el) => el.closest('[col-id="name"]')?.textContent ?? '')).toContain(CAMPAIGN);
    await badge.hover();
    await expect.poll(() => tooltipText(cm.page), { timeout: 10_000 }).toContain(OUT_SKU);
    expect(await tooltipText(cm.page)).toMatch(/pause the automatic campaign/i);

    // The budget shares, always drawn with entity account, against 50 / 30 / 20 (warn > 10 points away).
    const want = expectedShares();
    const shares = cm.page.locator('[data-sol-badge][data-sol-metric$=SpendShare]');
    await expect.poll(() => shares.count(), { timeout: 15_000 }).toBe(3);
    const drawn = await shares.evaluateAll((els) => els.map((e) => ({ metric: e.getAttribute('data-sol-metric')!, entity: e.getAttribute('data-sol-entity'), level: e.getAttribute('data-sol-level'), value: Number(e.getAttribute('data-sol-value')) })));
    const targets: Record<string, number> = { autoSpendShare: 50, manualSpendShare: 30, brandSpendShare: 20 };
    for (const share of drawn) {
      expect(share.entity).toBe('account');
      expect(share.value, share.metric).toBeCloseTo(want[share.metric]!, 2);
      expect(share.level, share.metric).toBe(Math.abs(share.value - targets[share.metric]!) > 10 ? 'warn' : 'ok');
    }
    expect(drawn.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(100, 1);
    // The summary says what to move where.
    await cm.page.locator('[data-sol-badge][data-sol-metric=autoSpendShare]').hover();
    await expect.poll(() => tooltipText(cm.page), { timeout: 10_000 }).toMatch(/Budget 5:3:2/);
    expect(cm.errors).toEqual([]);
    await cm.page.close();

    // 4. Back on inventory: the out-of-stock SKU's badge names the campaign still spending on it.
    const again = await openFixture(browser, inventory);
    const stockBadge = again.page.locator(`[data-sol-badge][data-sol-metric=available][data-sol-entity="${OUT_SKU}"]`);
    await stockBadge.waitFor({ state: 'attached', timeout: 10_000 });
    await stockBadge.scrollIntoViewIfNeeded();
    // The linked answer arrives shortly after the page is read.
    await again.page.waitForTimeout(800);
    await stockBadge.hover();
    await expect.poll(() => tooltipText(again.page), { timeout: 10_000 }).toContain(CAMPAIGN);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});

describe('negative keywords tab', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the search terms to negate per campaign, logs a campaign\'s list in one click and downloads the bulk sheet', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const row = (entity: string, metric: string, value: number) => ({
      marketplace: 'US', source: 'advertising', page: 'ads-campaigns', scope: 'searchTerm', entity, metric, value,
      unit: metric === 'spend' || metric === 'sales' ? 'money' : 'count', ...(metric === 'spend' || metric === 'sales' ? { currency: 'USD' } : {}),
      period: `${today}..${today}`, day: today, capturedAt: `${today}T09:00:00.000+00:00`,
    });
    await putRawRows(page, 'snapshots', [row('dog bowl cheap', 'clicks', 14), row('dog bowl cheap', 'orders', 0), row('dog bowl cheap', 'spend', 16.8), row('bowl', 'clicks', 40), row('bowl', 'orders', 4), row('bowl', 'sales', 120)]);
    const link = { kind: 'searchTerm', campaign: 'SP | Auto - Bowls', campaignId: '312000000142542', adGroup: 'Auto', term: 'dog bowl cheap', id: 'x', marketplace: 'US', day: today, firstDay: today };
    await putRawRows(page, 'settings', [{ key: 'adLinks:US', value: { version: 1, links: [link, { ...link, id: 'y', term: 'bowl' }] } }]);
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#negatives`);
    const campaign = page.locator('[data-sol-negative-campaign="SP | Auto - Bowls"]');
    await campaign.waitFor({ timeout: 10_000 });
    expect(await campaign.locator('[data-sol-negative-term]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sol-negative-term')))).toEqual(['dog bowl cheap']);

    await campaign.locator('[data-sol-negative-log]').click();
    const entries = await waitFor(() => readTable<{ entity?: string; action: string; module: string }>(browser, 'entries'), (rows) => rows.length > 0);
    expect(entries[0]).toMatchObject({ entity: 'SP | Auto - Bowls', module: 'ads' });
    expect(entries[0]!.action).toContain('dog bowl cheap');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sol-export=negatives]').click()]);
    expect(download.suggestedFilename()).toBe(`seller-ops-log-negative-keywords-US-${today}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toContain('Keyword Text');
    expect(lines[1]).toContain('Negative keyword');
    expect(lines[1]).toContain('312000000142542');
    expect(lines[1]).toContain('dog bowl cheap');
    expect(lines[1]).toContain('negativeExact');
    expect(lines).toHaveLength(2);
    await page.close();
  });

  it("shows the core terms' impressions against two weeks before, the drop flagged", async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const d = new Date();
    const dayOf = (offset: number) => {
      const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset);
      return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
    };
    const row = (entity: string, metric: string, value: number, offset: number) => ({
      marketplace: 'US', source: 'file', page: 'ads-campaigns', scope: 'searchTerm', entity, metric, value,
      unit: metric === 'sales' ? 'money' : 'count', ...(metric === 'sales' ? { currency: 'USD' } : {}),
      period: `${dayOf(offset)}..${dayOf(offset)}`, day: dayOf(offset), capturedAt: `${dayOf(offset)}T09:00:00.000+00:00`,
    });
    const rows = [row('steel dog bowl', 'orders', 3, -15), row('steel dog bowl', 'sales', 75, -15), row('cat bowl', 'orders', 1, -2), row('cat bowl', 'sales', 20, -2)];
    for (let i = 0; i < 7; i++) {
      rows.push(row('steel dog bowl', 'impressions', 1000, -20 + i), row('steel dog bowl', 'impressions', 400, -6 + i));
      rows.push(row('cat bowl', 'impressions', 300, -20 + i), row('cat bowl', 'impressions', 290, -6 + i));
    }
    await putRawRows(page, 'snapshots', rows);
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#negatives`);
    const core = page.locator('[data-sol-core-terms]');
    const drop = core.locator('[data-sol-core-term="steel dog bowl"]');
    await drop.waitFor({ timeout: 10_000 });
    expect(await drop.getAttribute('data-sol-core-status')).toBe('drop');
    expect(await drop.innerText()).toContain('-60%');
    expect(await core.locator('[data-sol-core-term="cat bowl"]').getAttribute('data-sol-core-status')).toBe('ok');
    // Drops first.
    expect(await core.locator('[data-sol-core-term]').first().getAttribute('data-sol-core-term')).toBe('steel dog bowl');
    await page.close();
  });
});
