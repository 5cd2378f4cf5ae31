/**
 * Who may talk to the background (entrypoints/background.ts): this extension's own pages, and its
 * content scripts on the listed hosts. A web page cannot message the extension at all (there is no
 * `externally_connectable`), and another extension's messages carry its own id; these checks make
 * sure that even a message that does arrive from elsewhere is ignored, and that captured rows come
 * only from a content script on a page the extension reads.
 */
import { sourceOfHost, type Source } from '../read/marketplaces';

/** The parts of `runtime.MessageSender` the checks read. */
export interface MessageSenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: object | undefined;
}

/** The listed host's site of a content script's page, or undefined for any other page. */
export function listedSourceOf(url: string | undefined): Source | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return undefined;
  }
  // The content script is declared for https pages only; anything else did not come from it.
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  return sourceOfHost(parsed.hostname);
}

/** One of ours: an extension page (no tab), or a content script (a tab) on a listed host. */
export function isTrustedSender(sender: MessageSenderLike, ownId: string): boolean {
  if (!ownId || sender.id !== ownId) return false;
  if (!sender.tab) return true;
  return listedSourceOf(sender.url) !== undefined;
}

/** Captured rows come only from a content script (a tab) on a listed host, never from an extension page. */
export function mayCapture(sender: MessageSenderLike, ownId: string): boolean {
  return isTrustedSender(sender, ownId) && !!sender.tab && listedSourceOf(sender.url) !== undefined;
}
