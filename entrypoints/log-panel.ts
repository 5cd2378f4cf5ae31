/**
 * The log panel's React code, loaded into a page's content-script world only when the assistant opens
 * the panel (imported as a module by lib/content/panel-loader.ts, or injected by the background where the
 * import fails), so the always-present content script stays small.
 */
import { PanelHost, PANEL_GLOBAL, type PanelApi } from '@/lib/content/panel';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };
  scope[PANEL_GLOBAL] ??= new PanelHost();
});
