/**
 * The browser's own extension API, for the code a page evaluates as it loads (the page reader, and the
 * settings store it shares with every other context). Both builds' own API answers with promises: Chrome
 * MV3's `chrome` and Firefox's `browser`. The webextension-polyfill the extension's own pages and the
 * background use on top of it (via WXT) is not needed for what a page calls — sending a message, storage,
 * the extension's id — and was 10 kB that every listed page parsed and ran as it loaded (bench/README.md).
 *
 * One difference the polyfill hides and this does not: Chrome's `runtime.onMessage` does not take a
 * listener's returned promise as its answer; a listener that answers later calls `sendResponse` and
 * returns `true`, which both browsers understand.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

export type ExtensionApi = typeof wxtBrowser;

/**
 * `browser` where the browser defines it (Firefox), else `chrome`. Checked by its runtime's id, since a
 * page element with `id="browser"` is also a global of that name.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome ?? scope.browser)!;
}
