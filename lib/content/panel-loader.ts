/**
 * Loads the log panel (React) on first use: the background injects `log-panel.js` into this
 * content-script world, which leaves the panel's API on a global this script can reach.
 */
import { askBackground } from './ask-background';
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';

/** The assistant is waiting on a click: four pauses (0.25 + 0.5 + 1 + 2 s), then the panel is said not to load. */
const LOAD_PAUSES = 4;

export async function loadPanel(): Promise<PanelApi> {
  const scope = globalThis as typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };
  await askBackground({ type: 'loadPanel' }, () => scope[PANEL_GLOBAL] !== undefined, { maxPauses: LOAD_PAUSES });
  const panel = scope[PANEL_GLOBAL];
  if (!panel) throw new Error('the log panel did not load');
  return panel;
}
