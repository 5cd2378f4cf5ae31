/**
 * A badge's history is asked of the background when its tooltip first shows (only the Buy Box rule
 * reads history to set a level, so a page of thousands of values asks for none up front): hovering a
 * badge shows its stored days in the tooltip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES } from '../fixtures';
import { currentWorker, launchWithExtension, openFixture, putRawRows, tooltipText, type ExtensionBrowser } from './browser';

const fixture = listFixtures([SHARED_FIXTURES]).find((f) => f.expected.adapter === 'account-health')!;

function localDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('tooltip history', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the badge's stored days once the tooltip asks for them", async () => {
    const days = [localDay(-3), localDay(-2)];
    const rows = days.map((day, i) => ({
      marketplace: 'US', source: 'sellercentral', page: 'account-health', scope: 'account', entity: 'account', metric: 'validTrackingRate',
      value: 96.5 + i, unit: 'percent', period: '', day, capturedAt: `${day}T09:00:00.000+00:00`,
    }));
    await putRawRows(currentWorker(browser), 'snapshots', rows);
    const { page, errors } = await openFixture(browser, fixture);
    const badge = page.locator('[data-sol-badge][data-sol-metric=validTrackingRate]');
    await badge.hover();
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain(`${days[0]!.slice(5)} 96.5%`);
    expect(await tooltipText(page)).toContain(`${days[1]!.slice(5)} 97.5%`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
