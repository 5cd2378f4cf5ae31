/**
 * What the declared content script (`page-loader.js`) does: the only code of ours a listed page runs
 * while it loads, so it is a few hundred bytes (see ./ask-background.ts).
 *
 * Nothing runs before the page's `load`; then it asks the background to inject the reader
 * of the page's site (`reader-sellercentral.js` or `reader-advertising.js`, which starts itself), and asks
 * again, backed off, until the reader is here: the background may be stopped or not yet started when the
 * page asks (restored tabs, install, update), and the page, not the background, is what is sure to be
 * there to ask again.
 */
import { askBackground } from './ask-background';
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

export async function askForReader(): Promise<void> {
  await pageLoaded();
  await askBackground({ type: 'loadReader' }, readerRunning);
}
