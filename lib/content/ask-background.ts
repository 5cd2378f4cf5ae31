/**
 * Asking the background for what a page needs, until it has it: the page reader injected into this
 * content-script world (asked by the declared loader), the log panel (asked when first opened), and the
 * reader's UI strings (./page-strings.ts). The background may be stopping or starting as the page asks
 * (Chrome's service worker, Firefox's event page), and one lost message must not leave the page unread
 * or a badge dead, so the ask is repeated with back-off.
 *
 * No WXT context and no webextension-polyfill here, as the loader must stay a few hundred bytes: the
 * browsers' own runtime answers one message with a promise in both builds (../store/extension-api.ts).
 */
import { extensionApi } from '../store/extension-api';

/** The pauses between asks: the first, then twice as long each time up to the last (also the capture session's). */
export const RETRY_MIN_MS = 250;
export const RETRY_MAX_MS = 5_000;

/**
 * Sends `message` until `done()` holds, pausing 250 ms, then twice as long each time up to 5 s; gives up
 * after `maxPauses` pauses (if given), or at once when the extension has gone (updated, removed). Each
 * answer goes to `onAnswer` (if given). Whether it succeeded is `done()`'s to say afterwards.
 */
export async function askBackground(
  message: { type: 'loadReader' | 'loadPanel' | 'pageStrings' },
  done: () => boolean,
  { maxPauses = Infinity, onAnswer }: { maxPauses?: number; onAnswer?: (answer: unknown) => void } = {},
): Promise<void> {
  for (let pause = 0, delay = RETRY_MIN_MS; !done(); pause++, delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    const api = extensionApi().runtime;
    if (!api?.id) return;
    try {
      const answer = await api.sendMessage(message);
      onAnswer?.(answer);
    } catch {
      // stopped while answering, or not yet started: asked again after a pause
    }
    if (done() || pause >= maxPauses) return;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
