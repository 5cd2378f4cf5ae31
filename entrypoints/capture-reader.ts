/**
 * The page reader: adapters, capture session and overlay. The background injects this file into a
 * page's content-script world once the page has loaded (see lib/content/reader-loader.ts), so the
 * declared content script that runs while the page loads stays tiny.
 */
import { startCaptureSession } from '@/lib/content/capture-session';
import { Overlay } from '@/lib/content/overlay';
import { READER_GLOBAL, type ReaderApi } from '@/lib/content/reader-global';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [READER_GLOBAL]?: ReaderApi };
  scope[READER_GLOBAL] ??= {
    start(ctx) {
      const overlay = new Overlay(ctx);
      const session = startCaptureSession(ctx, {
        onRead: (read) => overlay.update(read),
        onUnsaved: (unsaved) => overlay.setUnsaved(unsaved),
        onLinked: (linked) => overlay.onLinked(linked),
        taught: () => overlay.taughtLabels(),
        teach: (label) => overlay.teach(label),
        onStored: () => overlay.refreshLinked(),
      });
      // A label taught here or in another tab (the settings changed) applies at once: the page is read again.
      overlay.onTaughtLabelsChanged(() => session.runNow());
      return { openPanel: () => overlay.openPanel(), pageContext: () => overlay.pageContext() };
    },
  };
});
