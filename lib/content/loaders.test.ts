/**
 * The two loaders of our own scripts into a page's content-script world: the page's loader (the reader of
 * the page's site, ./reader-loader.ts) and the log panel's (./panel-loader.ts). Both import their file from
 * the extension (./import-own-script.ts) and ask the background to inject it only when the import fails.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ImportModule } from './import-own-script';
import type { PanelApi } from './panel';
import { PANEL_GLOBAL } from './panel-global';
import { loadPanel } from './panel-loader';
import { READER_GLOBAL, type ReaderScope } from './reader-global';
import { askForReader } from './reader-loader';

type LoaderScope = ReaderScope & { [PANEL_GLOBAL]?: PanelApi };
const scope = globalThis as LoaderScope;

/** What the reader leaves in the content scripts' world once it runs (./reader-global.ts). */
function readerStarted(): void {
  scope[READER_GLOBAL] = { isValid: () => true, openPanel() {}, pageContext: () => Promise.resolve({ pageUrl: '' }) };
}

/** What `log-panel.js` leaves in the content scripts' world once evaluated (entrypoints/log-panel.ts). */
function panelEvaluated(): void {
  scope[PANEL_GLOBAL] = {} as PanelApi;
}

const failedImport: ImportModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

beforeEach(() => {
  // A page that has loaded, on a listed host of the Advertising console, in a browser with the extension.
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('document', { readyState: 'complete' });
  vi.stubGlobal('location', { href: 'https://advertising.amazon.de/cm/campaigns' });
});
afterEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  delete scope[READER_GLOBAL];
  delete scope[PANEL_GLOBAL];
});

describe.each([
  { loader: "the page's loader", load: (importModule: ImportModule) => askForReader(importModule), file: '/reader-advertising.js', ask: 'loadReader', evaluated: readerStarted },
  { loader: "the log panel's loader", load: (importModule: ImportModule) => loadPanel(importModule), file: '/log-panel.js', ask: 'loadPanel', evaluated: panelEvaluated },
] as const)('$loader', ({ load, file, ask, evaluated }) => {
  it(`imports ${file} from the extension and does not ask the background for it`, async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(asked);
    const imported: string[] = [];
    await load(async (url) => {
      imported.push(url);
      evaluated();
    });
    expect(imported).toEqual([fakeBrowser.runtime.getURL(file)]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background once to inject the same file when the import fails', async () => {
    const asked = vi.fn((_message: unknown) => {
      evaluated();
      return Promise.resolve({ ok: true });
    });
    fakeBrowser.runtime.onMessage.addListener(asked);
    await load(failedImport);
    expect(asked.mock.calls.map(([message]) => message)).toEqual([{ type: ask }]);
  });
});

describe("the page's loader", () => {
  it('imports nothing on a page of a host it does not read', async () => {
    vi.stubGlobal('location', { href: 'https://www.amazon.com/dp/B000000000' });
    const importModule = vi.fn(() => Promise.resolve());
    fakeBrowser.runtime.onMessage.addListener(() => {
      readerStarted();
      return Promise.resolve({ ok: false });
    });
    await askForReader(importModule);
    expect(importModule).not.toHaveBeenCalled();
  });
});

describe("the log panel's loader", () => {
  it('gives the API the imported panel left', async () => {
    const panel = await loadPanel(async () => panelEvaluated());
    expect(panel).toBe(scope[PANEL_GLOBAL]);
  });

  it('loads nothing a second time', async () => {
    panelEvaluated();
    const importModule = vi.fn(() => Promise.resolve());
    await loadPanel(importModule);
    expect(importModule).not.toHaveBeenCalled();
  });
});
