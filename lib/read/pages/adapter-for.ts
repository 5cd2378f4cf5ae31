import { sourceOfHost } from '../marketplaces';
import type { PageAdapter } from './types';

/**
 * The adapter of `adapters` that serves a URL: the host must be a listed one of the adapter's source.
 * The list is given, not imported: a site's reader passes its own (lib/read/pages/index.ts).
 */
export function adapterFor(url: URL, adapters: readonly PageAdapter[]): PageAdapter | undefined {
  const source = sourceOfHost(url.hostname);
  if (!source) return undefined;
  return adapters.find((a) => a.source === source && a.matches(url));
}
