/**
 * The running page reader, left in the content scripts' world by `reader-<site>.js`: the declared
 * loader (lib/content/reader-loader.ts) checks it to stop asking, and a second injection of the reader
 * (install, update, a late answer) finds it and does nothing.
 */
import type { PageContextReply } from '../store/messages';

export const READER_GLOBAL = '__sellerOpsLogReader';

export interface PageReader {
  /** False once the extension that started it has been updated, reloaded or removed. */
  isValid(): boolean;
  openPanel(): void;
  /** Once the reader has started (its page strings are here). */
  pageContext(): Promise<PageContextReply>;
}

export type ReaderScope = typeof globalThis & { [READER_GLOBAL]?: PageReader };

/** The tab message the background sends to learn whether a tab already runs the page reader. */
export const READER_PRESENT = 'readerPresent';
