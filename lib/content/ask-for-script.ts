/**
 * Asking the background to inject one of our scripts into this content-script world: the page reader
 * (asked by the declared loader) and the log panel (asked when first opened). The background may be
 * stopping or starting as the page asks (Chrome's service worker, Firefox's event page), and one lost
 * message must not leave the page unread or a badge dead, so the ask is repeated with back-off.
 *
 * No WXT context and no webextension-polyfill here, as the loader must stay a few hundred bytes: the
 * browsers' own runtime answers one message with a promise in both builds (Chrome MV3 `chrome`,
 * Firefox `browser`).
 */

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): RuntimeLike | undefined {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/**
 * Sends `message` until `present()` holds, pausing 250 ms, then twice as long each time up to 5 s; gives
 * up after `maxPauses` pauses (if given), or at once when the extension has gone (updated, removed).
 * Whether the script came is `present()`'s to say afterwards.
 */
export async function askForScript(message: { type: 'loadReader' | 'loadPanel' }, present: () => boolean, maxPauses = Infinity): Promise<void> {
  for (let pause = 0, delay = RETRY_MIN_MS; !present(); pause++, delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    const api = runtime();
    if (!api?.id) return;
    try {
      await api.sendMessage(message);
    } catch {
      // stopped while injecting, or not yet started: asked again after a pause
    }
    if (present() || pause >= maxPauses) return;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
