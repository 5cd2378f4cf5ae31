/**
 * Works out the marketplace and number format of a page (contract §1): the page wins over the host.
 */
import { deepQueryAll, visibleText } from './dom';
import {
  MARKETPLACE_CURRENCY,
  marketplaceFromHost,
  marketplaceFromSwitcherText,
  marketplaceFromUrl,
  type Marketplace,
} from './marketplaces';
import { prepareDates } from './parse-date';
import { decimalSeparatorOf } from './parse-number';
import type { PageContext } from './pages/types';

/**
 * The marketplace switcher in its known forms, most specific first: an element, and inside it the part
 * that names the marketplace where that is not all of it.
 * Seller Central: the partner dropdown's regional label; the older picker; the Advertising console's
 * account switcher (CSS-module class names keep a stable prefix).
 * The element is found first and its part inside it: one query of `element part` would match the part's
 * class substring against every element of the page (10 ms at every read of a 2,000-row grid).
 */
const SWITCHERS: readonly { element: string; part?: string }[] = [
  { element: '.dropdown-account-switcher-header-label-regional' },
  { element: '[data-testid="account-switcher"]', part: '[class*="marketplace" i]' },
  { element: '#AACChromeHeaderAccountDropdown', part: '[class*="marketplace" i]' },
  { element: '#sc-mkt-picker-switcher-select', part: 'option:checked' },
  { element: '.sc-mkt-picker-switcher-txt' },
  { element: '[data-test-tag="partner-switcher"]' },
  { element: '#partner-switcher' },
  { element: '[data-testid="account-switcher"]' },
  { element: '#AACChromeHeaderAccountDropdown' },
  { element: '[data-testid="marketplace-switcher"]' },
];

export type MarketplaceResult =
  | { marketplace: Marketplace; from: 'url' | 'switcher' | 'host' }
  | { marketplace: undefined; reason: string };

export function detectMarketplace(doc: Document, url: URL): MarketplaceResult {
  const fromUrl = marketplaceFromUrl(url);
  if (fromUrl) return { marketplace: fromUrl, from: 'url' };
  for (const { element, part } of SWITCHERS) {
    for (const switcher of deepQueryAll(doc, element)) {
      for (const el of part ? deepQueryAll(switcher, part) : [switcher]) {
        const text = el.tagName === 'SELECT' ? '' : visibleText(el);
        const found = marketplaceFromSwitcherText(text);
        if (found) return { marketplace: found, from: 'switcher' };
      }
    }
  }
  const fromHost = marketplaceFromHost(url.hostname);
  if (fromHost) return { marketplace: fromHost, from: 'host' };
  return {
    marketplace: undefined,
    reason: `${url.hostname} serves several marketplaces and the page names none (no marketplaceId, no switcher)`,
  };
}

/** Marketplaces whose storefront writes 1.234,56 (used only when the page has no `lang`). */
const COMMA_DECIMAL = new Set<Marketplace>(['DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'TR', 'BR', 'ZA']);

export function pageContext(doc: Document, url: URL, marketplace: Marketplace): PageContext {
  const lang = doc.documentElement.getAttribute('lang');
  return {
    url,
    marketplace,
    currency: MARKETPLACE_CURRENCY[marketplace],
    decimalSeparator: decimalSeparatorOf(lang) ?? (COMMA_DECIMAL.has(marketplace) ? ',' : '.'),
  };
}

/**
 * What the number and date readers ask of `Intl` for this page's language, looked up now: the engine's
 * first formatters are slow to make, and made here they are not part of the first read's task.
 */
export function prepareLocale(doc: Document): void {
  const lang = doc.documentElement.getAttribute('lang');
  decimalSeparatorOf(lang);
  prepareDates(lang);
}
