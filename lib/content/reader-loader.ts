/**
 * What the declared content script does: nothing until the page has loaded, so that the page's own
 * load is never delayed by the extension; then it has the background inject the reader
 * (`capture-reader.js`) into this content-script world and starts it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READER_GLOBAL, type PageReader, type ReaderApi } from './reader-global';

/** A page whose `load` takes longer than this (slow third-party resources) is read without waiting for it. */
const MAX_WAIT_MS = 1_500;

/** Resolves in a task of its own after the page's `load` event: nothing of ours runs inside the event. */
function pageLoaded(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const after = () => ctx.setTimeout(resolve, 0);
    if (document.readyState === 'complete') return after();
    ctx.addEventListener(window, 'load', after, { once: true });
    ctx.setTimeout(resolve, MAX_WAIT_MS);
  });
}

/**
 * The background can be stopped while it injects the reader (the browser stops idle service workers;
 * the message then fails): ask again, with back-off, until the reader is here.
 */
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

function wait(ctx: ContentScriptContext, ms: number): Promise<void> {
  return new Promise((resolve) => ctx.setTimeout(resolve, ms));
}

export async function startReader(ctx: ContentScriptContext): Promise<PageReader> {
  await pageLoaded(ctx);
  const scope = globalThis as typeof globalThis & { [READER_GLOBAL]?: ReaderApi };
  for (let delay = RETRY_MIN_MS; !scope[READER_GLOBAL]; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    if (ctx.isInvalid) throw new Error('the extension went away before the page reader loaded');
    try {
      await browser.runtime.sendMessage({ type: 'loadReader' });
    } catch {
      // stopped while injecting, or not yet started: asked again below
    }
    if (!scope[READER_GLOBAL]) await wait(ctx, delay);
  }
  return scope[READER_GLOBAL].start(ctx);
}
