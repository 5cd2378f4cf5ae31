import { sourceOfHost, type Source } from '../read/marketplaces';

/**
 * The page reader for a page: one per site (lib/content/install-reader.ts), each carrying only its site's
 * adapters and words. None for a page on a host the extension does not read.
 */
export function readerFileFor(url: string | undefined): `/reader-${Source}.js` | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const source = sourceOfHost(host);
  return source && `/reader-${source}.js`;
}
