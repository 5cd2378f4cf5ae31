/**
 * What the declared content script (`page-loader.js`) does: the only code of ours a listed page runs
 * while it loads, so it is a few hundred bytes — no WXT context and no webextension-polyfill, whose
 * set-up alone cost the page more than this whole job (bench/README.md). The browsers' own runtime
 * answers one message with a promise in both builds (Chrome MV3 `chrome`, Firefox `browser`).
 *
 * Nothing runs before the page's `load`; then it asks the background to inject the reader
 * (`capture-reader.js`, which starts itself), and asks again, backed off, until the reader is here: the
 * background may be stopped or not yet started when the page asks (restored tabs, install, update), and
 * the page, not the background, is what is sure to be there to ask again.
 */
import { READER_GLOBAL, type ReaderScope } from './reader-global';

/** A page whose `load` takes longer than this (slow third-party resources) is read without waiting for it. */
const MAX_WAIT_MS = 1_500;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): RuntimeLike | undefined {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** Resolves in a task of its own after the page's `load` event: nothing of ours runs inside the event. */
function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const after = () => setTimeout(resolve, 0);
    if (document.readyState === 'complete') return after();
    addEventListener('load', after, { once: true });
    setTimeout(resolve, MAX_WAIT_MS);
  });
}

function readerRunning(): boolean {
  return (globalThis as ReaderScope)[READER_GLOBAL]?.isValid() === true;
}

export async function askForReader(): Promise<void> {
  await pageLoaded();
  for (let delay = RETRY_MIN_MS; !readerRunning(); delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    const api = runtime();
    if (!api?.id) return; // the extension went away (updated, removed): a newer copy takes over
    try {
      await api.sendMessage({ type: 'loadReader' });
    } catch {
      // stopped while injecting, or not yet started: asked again below
    }
    if (!readerRunning()) await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
