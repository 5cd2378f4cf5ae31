/**
 * Issue 15's tooltips: an IPI below 400 links its badge's tooltip and its entry to the Restock page's
 * recommendations with the SKUs in restock breach stored; a due item's badge shows its kind, deadline,
 * time left or overdue, window and suggested action on hover and on focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES } from '../fixtures';
import { clearTable, currentWorker, launchWithExtension, openFixture, putRawRows, readTable, tooltipText, waitFor, type ExtensionBrowser } from './browser';

const shared = listFixtures([SHARED_FIXTURES]);
const ipi = shared.find((f) => f.expected.adapter === 'inventory-performance')!;
const reviews = shared.find((f) => f.expected.adapter === 'reviews')!;

function localDay(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('issue 15 tooltips', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("IPI below 400: the badge's tooltip and entry link to the Restock page and the SKUs in breach", async () => {
    const day = localDay(-1);
    const base = { marketplace: 'US', source: 'sellercentral', page: 'restock', scope: 'sku', period: '', day, capturedAt: `${day}T09:00:00.000+00:00` };
    await putRawRows(currentWorker(browser), 'snapshots', [
      { ...base, entity: 'NW-HARNESS-M-BLU', metric: 'restockAlert', value: 2, status: 'reorderNow', unit: 'status' },
      { ...base, entity: 'NW-HARNESS-M-BLU', metric: 'recommendedQty', value: 240, unit: 'units' },
      { ...base, entity: 'NW-HARNESS-M-BLU', metric: 'daysOfSupply', value: 8, unit: 'days' },
      { ...base, entity: 'NW-BOWL-OK', metric: 'restockAlert', value: 0, status: 'none', unit: 'status' },
    ]);
    // The sample's IPI is 412 (a warning): the same page with 387.
    const html = ipi.html.replace('"v":{"ipi":"412"}', '"v":{"ipi":"387"}');
    expect(html).not.toBe(ipi.html);
    const { page, errors } = await openFixture(browser, { ...ipi, html });
    const badge = page.locator('[data-sol-badge][data-sol-metric=ipiScore]');
    await expect.poll(() => badge.getAttribute('data-sol-level'), { timeout: 10_000 }).toBe('breach');
    await page.waitForTimeout(800); // the restock breaches are asked of the background after a short pause
    await badge.hover();
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('NW-HARNESS-M-BLU: Reorder now · send 240 units · 8 days of supply');
    const tip = await tooltipText(page);
    expect(tip).toContain('IPI below 400');
    expect(tip).toContain('https://sellercentral.amazon.com/restockinventory/recommendations?mons_sel_mkid=ATVPDKIKX0DER');
    expect(tip).not.toContain('NW-BOWL-OK');

    await clearTable(browser, 'entries');
    await badge.click();
    const panel = page.locator('[data-sol-panel]');
    const action = panel.locator('input[name=action]');
    await expect.poll(() => action.count(), { timeout: 10_000 }).toBe(1);
    expect(await action.inputValue()).toContain('/restockinventory/recommendations');
    expect(await action.inputValue()).toContain('NW-HARNESS-M-BLU');
    await panel.locator('input[name=summary]').press('Enter');
    const [entry] = await waitFor(() => readTable<{ metric: string; action: string }>(browser, 'entries'), (r) => r.length === 1);
    expect(entry).toMatchObject({ metric: 'ipiScore' });
    expect(entry!.action).toContain('send 240 units');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the sample's IPI of 412 is no breach: its tooltip names no restock plan", async () => {
    const { page, errors } = await openFixture(browser, ipi);
    const badge = page.locator('[data-sol-badge][data-sol-metric=ipiScore]');
    await expect.poll(() => badge.getAttribute('data-sol-level'), { timeout: 10_000 }).toBe('warn');
    await badge.hover();
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('Suggested');
    expect(await tooltipText(page)).not.toContain('restockinventory');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a review's due badge shows its kind, deadline, overdue time, window and action on hover and on focus", async () => {
    const { page, errors } = await openFixture(browser, reviews);
    const badge = page.locator('[data-sol-badge][data-sol-metric=reviewRow][data-sol-entity=R2K8QW4N1ZT7XA]');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    await badge.hover();
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('Review 2★ on B0BX8QW3LM');
    let tip = await tooltipText(page);
    expect(tip).toContain('removal request window: 7 days from the review (2026-11-20)');
    expect(tip).toContain('Deadline: end of 2026-11-27');
    // The sample's reviews are of November 2026: past their deadline today, or still open before it.
    expect(tip).toMatch(localDay() > '2026-11-27' ? /Overdue by \d+ (d \d+ )?h/ : /\d+ (d \d+ )?h left/);
    expect(tip).toContain('Suggested: ');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltipText(page)).toBe('');
    // Keyboard: tabbing onto a due badge shows its tooltip.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    tip = '';
    for (let i = 0; i < 80 && !tip.includes('Review 3★ on B0D3WV8TQE'); i++) {
      await page.keyboard.press('Tab');
      tip = await tooltipText(page);
    }
    expect(tip).toContain('Review 3★ on B0D3WV8TQE');
    expect(tip).toContain('Deadline: end of 2026-11-24');
    expect(errors).toEqual([]);
    await page.close();
  });
});
