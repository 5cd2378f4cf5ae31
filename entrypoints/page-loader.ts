/**
 * The declared content script of every listed page (added to the manifest in wxt.config.ts): it waits for
 * the page's load and imports the reader of the page's site; see lib/content/reader-loader.ts.
 */
import { askForReader } from '@/lib/content/reader-loader';

export default defineUnlistedScript(() => {
  void askForReader();
});
