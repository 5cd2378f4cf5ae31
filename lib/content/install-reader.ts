/**
 * What both page readers (entrypoints/reader-sellercentral.ts, entrypoints/reader-advertising.ts) run: one
 * reader per site, so that a page evaluates only its site's adapters and words. The page's declared loader
 * imports the one for the page's host (./reader-file.ts) as a module, or asks the background to inject the
 * same file where the import fails (./reader-loader.ts); the background also injects it
 * into the tabs already open on install and update.
 */
import { extensionApi } from '../store/extension-api';
import { ReaderContext } from './reader-context';
import type { PageAdapter } from '../read/pages/types';
import type { TabMessage } from '../store/messages';
import { startCaptureSession } from './capture-session';
import { Overlay } from './overlay';
import { loadPageStrings } from './page-strings';
import type { SiteLayersFactory } from './site-layers';
import { READER_GLOBAL, READER_PRESENT, type PageReader, type ReaderScope } from './reader-global';

/**
 * What a reader file runs as it is evaluated: the reader starts in a task of its own, just after the
 * evaluation rather than inside it. The page gets the main thread between the two (the browser may run
 * the page's own input and timers there), and the figure the benchmark judges — the evaluation of the
 * scripts a page pays for as it loads — is the file's parse and top level only; the start's own task
 * (~1 ms: the context, the listener, the page strings' ask) is measured beside it (bench/README.md).
 *
 * The timer is set from a microtask, not from the file's top level: a stack captured at the top level
 * (the browser's trace does so for timers and posted messages) makes V8 re-parse the whole file for its
 * source positions, ~16 ms of every traced evaluation.
 */
export function startReader(adapters: readonly PageAdapter[], siteLayers?: SiteLayersFactory): void {
  queueMicrotask(() => setTimeout(() => installReader(adapters, siteLayers), 0));
}

/**
 * Starts the page reader with its site's adapters and overlay layers (./site-layers.ts): the overlay, the
 * capture session and the tab messages.
 */
export function installReader(adapters: readonly PageAdapter[], siteLayers?: SiteLayersFactory): void {
  const scope = globalThis as ReaderScope;
  // Injected twice (a late answer to the loader, install or update): the running copy stays.
  if (scope[READER_GLOBAL]?.isValid()) return;
  // The context stops a copy left by the previous version of the extension (WXT's hand-over).
  const ctx = new ReaderContext('capture');
  /** The overlay and the capture session. */
  const start = (): Overlay => {
    const overlay = new Overlay(ctx, siteLayers);
    const session = startCaptureSession(ctx, adapters, {
      onRead: (read, inFrame) => overlay.update(read, inFrame),
      onUnsaved: (unsaved) => overlay.setUnsaved(unsaved),
      onLinked: (linked) => overlay.onLinked(linked),
      taught: () => overlay.taughtLabels(),
      firstMetrics: () => overlay.firstMetrics(),
      teach: (label) => overlay.teach(label),
      onStored: () => overlay.refreshLinked(),
    });
    // A label taught here or in another tab (the settings changed) applies at once: the page is read again.
    overlay.onTaughtLabelsChanged(() => session.runNow());
    return overlay;
  };
  // Started once the page strings are here (from the background, ./page-strings.ts: nothing is read or
  // drawn before them), in a later task than this script's evaluation.
  const started = loadPageStrings().then((catalogs) => (catalogs && ctx.isValid ? start() : undefined));
  const reader: PageReader = {
    isValid: () => ctx.isValid,
    openPanel: () => void started.then((o) => o?.openPanel()),
    pageContext: () => started.then((o) => o?.pageContext() ?? { pageUrl: location.href }),
  };
  scope[READER_GLOBAL] = reader;
  // The keyboard shortcut (via the background), the popup and the background's own check talk to the page
  // here. Answers that come later go through `sendResponse` (and `true`): Chrome's own API, unlike the
  // polyfill, does not take a returned promise as the answer (../store/extension-api.ts).
  const onMessage = (message: TabMessage | { type: typeof READER_PRESENT }, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    if (message?.type === READER_PRESENT) {
      sendResponse(ctx.isValid);
      return undefined;
    }
    if (message?.type === 'openPanel') {
      reader.openPanel();
      return undefined;
    }
    if (message?.type === 'pageContext') {
      void reader.pageContext().then(sendResponse);
      return true;
    }
    return undefined;
  };
  const { runtime } = extensionApi();
  runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension was reloaded and its API is gone, and the listener with it.
    }
  });
}
