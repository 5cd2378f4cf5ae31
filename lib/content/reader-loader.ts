/**
 * What the declared content script does: nothing until the page has loaded, so that the page's own
 * load is never delayed by the extension; then it has the background inject the reader
 * (`capture-reader.js`) into this content-script world and starts it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READER_GLOBAL, type PageReader, type ReaderApi } from './reader-global';

/** A page whose `load` takes longer than this (slow third-party resources) is read without waiting for it. */
const MAX_WAIT_MS = 1_500;

function pageLoaded(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    ctx.addEventListener(window, 'load', () => resolve(), { once: true });
    ctx.setTimeout(resolve, MAX_WAIT_MS);
  });
}

export async function startReader(ctx: ContentScriptContext): Promise<PageReader> {
  await pageLoaded(ctx);
  const scope = globalThis as typeof globalThis & { [READER_GLOBAL]?: ReaderApi };
  if (!scope[READER_GLOBAL]) await browser.runtime.sendMessage({ type: 'loadReader' });
  const reader = scope[READER_GLOBAL];
  if (!reader) throw new Error('the page reader did not load');
  return reader.start(ctx);
}
