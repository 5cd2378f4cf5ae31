import { startReader } from '@/lib/content/reader-loader';
import { HOST_MATCH_PATTERNS } from '@/lib/read/marketplaces';
import type { TabMessage } from '@/lib/store/messages';
import { CONTENT_SCRIPT_PRESENT } from './present';

export default defineContentScript({
  matches: HOST_MATCH_PATTERNS,
  // Injected at document start, where the browser fits it in before the page parses; at document_idle
  // it is fitted in between DOMContentLoaded and load and holds the load event back (bench/README.md).
  runAt: 'document_start',
  main(ctx) {
    // The page loads first; the reader (adapters, badges, panel) is injected and started after.
    const reader = startReader(ctx);
    reader.catch(() => undefined);
    // The keyboard shortcut (via the background) and the popup talk to the page here.
    browser.runtime.onMessage.addListener((message: TabMessage | { type: typeof CONTENT_SCRIPT_PRESENT }) => {
      // The background asks this on install, update and browser start, before it injects this script
      // into a tab that was open already: a second copy would stop this one (WXT's context hand-over).
      if (message?.type === CONTENT_SCRIPT_PRESENT) return Promise.resolve(ctx.isValid);
      if (message?.type === 'openPanel') {
        void reader.then((r) => r.openPanel()).catch(() => undefined);
        return undefined;
      }
      if (message?.type === 'pageContext') return reader.then((r) => r.pageContext());
      return undefined;
    });
  },
});
