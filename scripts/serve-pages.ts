/**
 * Serves stored pages at their real Seller Central / Advertising addresses inside one Playwright
 * browser context: nothing reaches Amazon, and the extension sees the URLs it would see in real use.
 * Used by the browser tests (one fixture at a time) and by `npm start`'s tour (a whole sample site).
 */
import type { BrowserContext, Route } from 'playwright-core';

export interface ServedPage {
  /** The address the page answers at; the hash is not part of a request and is ignored. */
  url: string;
  html: string;
}

/**
 * Answers document requests for `pages` and 404 for everything else on their hosts (images, scripts,
 * XHR, other paths). A page is found by its path; pages that share a host and path (the same page kind
 * in two languages, two campaigns lists) are told apart by their query string.
 */
export async function serveSite(context: BrowserContext, pages: readonly ServedPage[]): Promise<void> {
  const byOrigin = new Map<string, { path: string; search: string; html: string }[]>();
  for (const page of pages) {
    const url = new URL(page.url);
    const list = byOrigin.get(url.origin) ?? [];
    list.push({ path: url.pathname, search: url.search, html: page.html });
    byOrigin.set(url.origin, list);
  }
  for (const [origin, hostPages] of byOrigin) {
    await context.route(`${origin}/**`, (route: Route) => {
      const requested = new URL(route.request().url());
      const samePath = route.request().resourceType() === 'document' ? hostPages.filter((p) => p.path === requested.pathname) : [];
      const page = samePath.length === 1 ? samePath[0] : samePath.find((p) => p.search === requested.search);
      if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html });
      return route.fulfill({ status: 404, body: '' });
    });
  }
}
