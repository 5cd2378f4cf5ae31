/**
 * Loads the log panel (React) on first use: the background injects `log-panel.js` into this
 * content-script world, which leaves the panel's API on a global this script can reach.
 */
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';

/**
 * Pauses between asks: the background (Chrome's service worker, Firefox's event page) may be stopping
 * or starting as the assistant clicks, and one lost message must not leave the badge dead.
 */
const LOAD_RETRY_DELAYS_MS = [250, 500, 1_000, 2_000];

export async function loadPanel(): Promise<PanelApi> {
  const scope = globalThis as typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };
  for (let attempt = 0; !scope[PANEL_GLOBAL]; attempt++) {
    // The extension was reloaded or removed under the page: nothing can load the panel any more.
    if (!browser.runtime?.id) break;
    try {
      await browser.runtime.sendMessage({ type: 'loadPanel' });
    } catch {
      // not answered (stopped mid-message, starting): asked again after a pause
    }
    if (scope[PANEL_GLOBAL] || attempt >= LOAD_RETRY_DELAYS_MS.length) break;
    await new Promise((resolve) => setTimeout(resolve, LOAD_RETRY_DELAYS_MS[attempt]));
  }
  const panel = scope[PANEL_GLOBAL];
  if (!panel) throw new Error('the log panel did not load');
  return panel;
}
