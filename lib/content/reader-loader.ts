/**
 * What the declared content script (`page-loader.js`) does: the only code of ours a listed page runs
 * while it loads, so it is a few hundred bytes (see ./ask-background.ts).
 *
 * Nothing runs before the page's `load`; then it imports the reader of the page's site
 * (`reader-sellercentral.js` or `reader-advertising.js`, which starts itself) as a module from the
 * extension (./import-own-script.ts: the page's main thread spends ~2–4 ms on it instead of the ~8–14 of
 * parsing an injected script). The file is the one the background injects: evaluated as a module, it starts
 * itself the same way (lib/content/install-reader.ts). Where the import fails, the loader asks the background
 * to inject it, and asks again, backed off, until the reader is here: the background may be stopped or not yet
 * started when the page asks (restored tabs, install, update), and the page, not the background, is what is
 * sure to be there to ask again.
 */
import { askBackground } from './ask-background';
import { browserImport, importOwnScript, type ImportModule } from './import-own-script';
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

export async function askForReader(importModule: ImportModule = browserImport): Promise<void> {
  await pageLoaded();
  const file = readerFileFor(location.href);
  // Evaluated, the reader installs itself in a task after its evaluation; it is not asked for twice.
  if (file && (await importOwnScript(file, importModule))) return;
  await askBackground({ type: 'loadReader' }, readerRunning);
}
