/**
 * The declared content script of every listed page (added to the manifest in wxt.config.ts): it waits for
 * the page's load and asks for the reader; see lib/content/reader-loader.ts.
 */
import { askForReader } from '@/lib/content/reader-loader';

export default defineUnlistedScript(() => {
  void askForReader();
});
