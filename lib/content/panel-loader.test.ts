import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';
import { loadPanel } from './panel-loader';

type PanelScope = typeof globalThis & { [PANEL_GLOBAL]?: PanelApi };

/** What `log-panel.js` leaves in the content scripts' world once evaluated (entrypoints/log-panel.ts). */
function panelEvaluated(): void {
  (globalThis as PanelScope)[PANEL_GLOBAL] = {} as PanelApi;
}

describe("the log panel's loader", () => {
  beforeEach(() => vi.stubGlobal('browser', fakeBrowser));
  afterEach(() => {
    fakeBrowser.reset();
    vi.unstubAllGlobals();
    delete (globalThis as PanelScope)[PANEL_GLOBAL];
  });

  it("imports the panel's code from the extension, without asking the background", async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(asked);
    const imported: string[] = [];
    const panel = await loadPanel(async (url) => {
      imported.push(url);
      panelEvaluated();
    });
    expect(panel).toBe((globalThis as PanelScope)[PANEL_GLOBAL]);
    expect(imported).toEqual([fakeBrowser.runtime.getURL('/log-panel.js')]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background to inject it when the import fails', async () => {
    const asked = vi.fn((_message: unknown) => {
      panelEvaluated();
      return Promise.resolve({ ok: true });
    });
    fakeBrowser.runtime.onMessage.addListener(asked);
    await loadPanel(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(asked.mock.calls.map(([message]) => message)).toEqual([{ type: 'loadPanel' }]);
  });

  it('loads nothing a second time', async () => {
    panelEvaluated();
    const importModule = vi.fn(() => Promise.resolve());
    await loadPanel(importModule);
    expect(importModule).not.toHaveBeenCalled();
  });
});
