/**
 * The page strings of a page's reader, asked of the background once before the reader draws anything.
 *
 * The reader does not carry them: both catalogs were a third of the reader's size, and parsing them was
 * a third of what a page paid to evaluate it as it loaded (bench/README.md). Structured data in a message
 * costs the page a fraction of that. The background has just injected the reader, so it is awake; a
 * lost answer (the service worker stopping at that moment) is asked again, as the loader asks for the
 * reader (./ask-for-script.ts).
 */
import { installPageCatalogs, pageCatalogs, type PageCatalogs } from '../i18n/page';
import type { PageStringsReply } from '../store/messages';

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/** Resolves with the catalogs once installed; asks until answered, or until `gone()` (the extension went away). */
export async function loadPageStrings(gone: () => boolean): Promise<PageCatalogs | undefined> {
  for (let delay = RETRY_MIN_MS; !pageCatalogs(); delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    if (gone()) return undefined;
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'pageStrings' })) as PageStringsReply | undefined;
      if (reply?.ok && reply.catalogs.en && reply.catalogs.zh_CN) installPageCatalogs(reply.catalogs);
    } catch {
      // stopped while answering, or not yet started: asked again after a pause
    }
    if (!pageCatalogs()) await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return pageCatalogs();
}
