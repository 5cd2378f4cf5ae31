/**
 * The page reader: adapters, capture session and overlay. The background injects this file into a
 * page's content-script world once the page has loaded and its declared loader asks for it (see
 * lib/content/reader-loader.ts), or into the tabs already open on install and update; it starts itself.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCaptureSession } from '@/lib/content/capture-session';
import { Overlay } from '@/lib/content/overlay';
import { READER_GLOBAL, READER_PRESENT, type PageReader, type ReaderScope } from '@/lib/content/reader-global';
import type { TabMessage } from '@/lib/store/messages';

export default defineUnlistedScript(() => {
  const scope = globalThis as ReaderScope;
  // Injected twice (a late answer to the loader, install or update): the running copy stays.
  if (scope[READER_GLOBAL]?.isValid()) return;
  // The context stops a copy left by the previous version of the extension (WXT's hand-over).
  const ctx = new ContentScriptContext('capture');
  let overlay: Overlay | undefined;
  /** The overlay and the capture session, started once: in a task after this script's evaluation. */
  const start = (): Overlay => {
    if (overlay) return overlay;
    const started = (overlay = new Overlay(ctx));
    const session = startCaptureSession(ctx, {
      onRead: (read, inFrame) => started.update(read, inFrame),
      onUnsaved: (unsaved) => started.setUnsaved(unsaved),
      onLinked: (linked) => started.onLinked(linked),
      taught: () => started.taughtLabels(),
      teach: (label) => started.teach(label),
      onStored: () => started.refreshLinked(),
    });
    // A label taught here or in another tab (the settings changed) applies at once: the page is read again.
    started.onTaughtLabelsChanged(() => session.runNow());
    return started;
  };
  const reader: PageReader = {
    isValid: () => ctx.isValid,
    openPanel: () => start().openPanel(),
    pageContext: () => start().pageContext(),
  };
  scope[READER_GLOBAL] = reader;
  // The keyboard shortcut (via the background), the popup and the background's own check talk to the page here.
  const onMessage = (message: TabMessage | { type: typeof READER_PRESENT }) => {
    if (message?.type === READER_PRESENT) return Promise.resolve(ctx.isValid);
    if (message?.type === 'openPanel') {
      reader.openPanel();
      return undefined;
    }
    if (message?.type === 'pageContext') return Promise.resolve(reader.pageContext());
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  // Evaluating this file is one task for the page; starting to read it is the next.
  ctx.setTimeout(start, 0);
});
