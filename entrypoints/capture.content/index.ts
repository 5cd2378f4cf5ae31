import { startCaptureSession } from '@/lib/content/capture-session';
import { Overlay } from '@/lib/content/overlay';
import { HOST_MATCH_PATTERNS } from '@/lib/marketplaces';
import type { TabMessage } from '@/lib/messages';

export default defineContentScript({
  matches: HOST_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const overlay = new Overlay(ctx);
    startCaptureSession(ctx, { onRead: (read) => overlay.update(read) });
    // The keyboard shortcut (via the background) and the popup talk to the page here.
    browser.runtime.onMessage.addListener((message: TabMessage) => {
      if (message?.type === 'openPanel') {
        overlay.openPanel();
        return undefined;
      }
      if (message?.type === 'pageContext') return Promise.resolve(overlay.pageContext());
      return undefined;
    });
  },
});
