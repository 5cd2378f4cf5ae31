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
      startCaptureSession(ctx, { onRead: (read) => overlay.update(read) });
      return { openPanel: () => overlay.openPanel(), pageContext: () => overlay.pageContext() };
    },
  };
});
