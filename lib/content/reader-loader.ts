/**
 * What the declared content script (`page-loader.js`) does: the only code of ours a listed page runs
 * while it loads, so it is a few hundred bytes (see ./ask-background.ts).
 *
 * Nothing runs before the page's `load`; then it imports the reader of the page's site
 * (`reader-sellercentral.js` or `reader-advertising.js`, which starts itself) as a module from the
 * extension. Where that fails, it asks the background to inject the same file, and asks again, backed off,
 * until the reader is here: the background may be stopped or not yet started when the page asks (restored
 * tabs, install, update), and the page, not the background, is what is sure to be there to ask again.
 */
import { extensionApi } from '../store/extension-api';
import { askBackground } from './ask-background';
import { readerFileFor } from './reader-file';
import { READER_GLOBAL, type ReaderScope } from './reader-global';

/** A page whose `load` takes longer than this (slow third-party resources) is read without waiting for it. */
const MAX_WAIT_MS = 1_500;

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

/**
 * Imports the page's reader as a module; whether it was evaluated. The browser parses a module it fetches
 * off the page's main thread and keeps its compiled code for the next load, where a script the background
 * injects is parsed on the main thread at every load: the page's main thread spends ~2–4 ms on it instead of
 * ~8–14 (bench/README.md, "contentScriptEvalMs: the reader as a module"). The file is the one the background injects: evaluated
 * as a module, it starts itself the same way (lib/content/install-reader.ts). A page or browser that refuses
 * the import (a sandboxed frame, a browser without module imports in content scripts) is left to the
 * background.
 */
async function importReader(importModule: (url: string) => Promise<unknown>): Promise<boolean> {
  const runtime = extensionApi().runtime;
  const file = readerFileFor(location.href);
  if (!runtime?.id || !file) return false;
  try {
    await importModule(runtime.getURL(file));
    return true;
  } catch {
    return false;
  }
}

/** `importModule` is the browser's own `import()`; the unit tests stand in for it. */
export async function askForReader(importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<void> {
  await pageLoaded();
  // Evaluated, the reader installs itself in a task after its evaluation; it is not asked for twice.
  if (await importReader(importModule)) return;
  await askBackground({ type: 'loadReader' }, readerRunning);
}
