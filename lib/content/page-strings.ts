/**
 * The page strings of a page's reader, asked of the background once before the reader draws anything.
 *
 * The reader does not carry them: both catalogs were a third of the reader's size, and parsing them was
 * a third of what a page paid to evaluate it as it loaded (bench/README.md). Structured data in a message
 * costs the page a fraction of that. The background has just injected the reader, so it is awake; a
 * lost answer (the service worker stopping at that moment) is asked again, with the back-off the loader
 * asks for the reader with (./ask-background.ts).
 */
import { installPageCatalogs, pageCatalogs, type PageCatalogs } from '../i18n/page';
import type { PageStringsReply } from '../store/messages';
import { askBackground } from './ask-background';

/** Resolves with the catalogs once installed; undefined if the extension went away first. */
export async function loadPageStrings(): Promise<PageCatalogs | undefined> {
  await askBackground({ type: 'pageStrings' }, () => pageCatalogs() !== undefined, {
    onAnswer: (answer) => {
      const reply = answer as PageStringsReply | undefined;
      if (reply?.ok && reply.catalogs.en && reply.catalogs.zh_CN) installPageCatalogs(reply.catalogs);
    },
  });
  return pageCatalogs();
}
