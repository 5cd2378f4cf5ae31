/**
 * A badge's history is asked of the background when its tooltip first shows (only the Buy Box rule
 * reads history to set a level, so a page of thousands of values asks for none up front): hovering a
 * badge shows its stored days in the tooltip.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, SHARED_FIXTURES } from '../fixtures';
import { currentWorker, launchWithExtension, openFixture, putRawRows, type ExtensionBrowser } from './browser';

const fixture = listFixtures([SHARED_FIXTURES]).find((f) => f.expected.adapter === 'account-health')!;

/** The text of the tooltip, whose shadow root is closed to the page: read through the DevTools protocol. */
async function tooltipText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-sol-tooltip]' });
    if (!nodeId) return '';
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, returnByValue: true, functionDeclaration: 'function () { return this.textContent; }' });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}

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
