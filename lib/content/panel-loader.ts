/**
 * Loads the log panel (React) on first use: the background injects `log-panel.js` into this
 * content-script world, which leaves the panel's API on a global this script can reach.
 */
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';

export async function loadPanel(): Promise<PanelApi> {
  const scope = globalThis as typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };
  if (!scope[PANEL_GLOBAL]) await browser.runtime.sendMessage({ type: 'loadPanel' });
  const panel = scope[PANEL_GLOBAL];
  if (!panel) throw new Error('the log panel did not load');
  return panel;
}
