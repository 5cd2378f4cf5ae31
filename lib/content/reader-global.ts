/**
 * The page reader's API, which the reader script (`capture-reader.js`, injected after the page has
 * loaded) leaves in the content script's world for the small declared content script to start.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContextReply } from '../store/messages';

export const READER_GLOBAL = '__sellerOpsLogReader';

export interface PageReader {
  openPanel(): void;
  pageContext(): PageContextReply;
}

export interface ReaderApi {
  /** Starts reading the page and drawing its overlay; called once per content-script context. */
  start(ctx: ContentScriptContext): PageReader;
}
