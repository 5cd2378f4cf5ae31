/**
 * popupInteractiveMs: popup.html opened in a fresh page until it marks itself ready
 * (`data-sol-ready`: every list loaded and drawn), in ms from the start of the navigation.
 */
import type { BenchBrowser } from './browsers';

function watchReady(): void {
  const w = window as unknown as { __solReadyAt?: number };
  const seen = () => {
    if (w.__solReadyAt === undefined && document.querySelector('[data-sol-ready]')) w.__solReadyAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sol-ready'] });
}

export async function popupInteractive(browser: BenchBrowser): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript(watchReady);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const handle = await page.waitForFunction(() => (window as unknown as { __solReadyAt?: number }).__solReadyAt, undefined, { timeout: 60_000 });
  const ms = (await handle.jsonValue()) as number;
  await page.close();
  return ms;
}
