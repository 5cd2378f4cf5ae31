/**
 * Loads the log panel (React) on first use: `log-panel.js` is imported into this content-script world as a
 * module (./import-own-script.ts), or, where that fails, the background injects it; either way it leaves the
 * panel's API on a global this script can reach.
 */
import { askBackground } from './ask-background';
import { browserImport, importOwnScript, type ImportModule } from './import-own-script';
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';

/** The assistant is waiting on a click: four pauses (0.25 + 0.5 + 1 + 2 s), then the panel is said not to load. */
const LOAD_PAUSES = 4;

export async function loadPanel(importModule: ImportModule = browserImport): Promise<PanelApi> {
  const scope = globalThis as typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };
  const loaded = () => scope[PANEL_GLOBAL] !== undefined;
  if (!loaded()) await importOwnScript('/log-panel.js', importModule);
  if (!loaded()) await askBackground({ type: 'loadPanel' }, loaded, { maxPauses: LOAD_PAUSES });
  const panel = scope[PANEL_GLOBAL];
  if (!panel) throw new Error('the log panel did not load');
  return panel;
}
