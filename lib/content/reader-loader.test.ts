import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askForReader } from './reader-loader';
import { READER_GLOBAL, type ReaderScope } from './reader-global';

/** What the reader leaves in the content scripts' world once it runs (./reader-global.ts). */
function readerStarted(): void {
  (globalThis as ReaderScope)[READER_GLOBAL] = { isValid: () => true, openPanel() {}, pageContext: () => Promise.resolve({ pageUrl: '' }) };
}

describe("the page's loader", () => {
  beforeEach(() => {
    // A page that has loaded, on a listed host of the Advertising console, in a browser with the extension.
    vi.stubGlobal('browser', fakeBrowser);
    vi.stubGlobal('document', { readyState: 'complete' });
    vi.stubGlobal('location', { href: 'https://advertising.amazon.de/cm/campaigns' });
  });
  afterEach(() => {
    fakeBrowser.reset();
    vi.unstubAllGlobals();
    delete (globalThis as ReaderScope)[READER_GLOBAL];
  });

  it("imports its site's reader from the extension and does not ask the background for it", async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(asked);
    const imported: string[] = [];
    await askForReader(async (url) => void imported.push(url));
    expect(imported).toEqual([fakeBrowser.runtime.getURL('/reader-advertising.js')]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background to inject the same reader when the import fails, until the reader runs', async () => {
    const asked = vi.fn((_message: unknown) => {
      readerStarted();
      return Promise.resolve({ ok: true });
    });
    fakeBrowser.runtime.onMessage.addListener(asked);
    await askForReader(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked.mock.calls[0]![0]).toEqual({ type: 'loadReader' });
  });

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
