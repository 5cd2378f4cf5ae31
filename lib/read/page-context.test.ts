import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectMarketplace, pageContext } from './page-context';

function page(html: string, url: string, lang?: string): { doc: Document; url: URL } {
  const dom = new JSDOM(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${html}</body></html>`, { url });
  return { doc: dom.window.document, url: new URL(url) };
}

const SWITCHER_US = '<div class="dropdown-account-switcher-header-label-regional">Northwind Outfitters | United States</div>';
const SWITCHER_CA = '<div class="dropdown-account-switcher-header-label-regional">Northwind Outfitters | Canada</div>';

describe('detectMarketplace', () => {
  it('the URL parameter beats the switcher and the host', () => {
    const { doc, url } = page(SWITCHER_US, 'https://sellercentral.amazon.com/home?mons_sel_mkid=A1PA6795UKMFR9');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'DE', from: 'url' });
  });

  it('a hash route parameter counts as the URL', () => {
    const { doc, url } = page(SWITCHER_US, 'https://sellercentral.amazon.com/business-reports#/report?id=102&marketplaceId=A2EUQ1WTGCTBG2');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'CA', from: 'url' });
  });

  it('the switcher beats the host', () => {
    const { doc, url } = page(SWITCHER_CA, 'https://sellercentral.amazon.com/home');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'CA', from: 'switcher' });
  });

  it('the host is the last resort', () => {
    const { doc, url } = page('<h1>Account Health</h1>', 'https://sellercentral.amazon.de/performance/dashboard');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'DE', from: 'host' });
    const jp = page('', 'https://sellercentral-japan.amazon.com/home');
    expect(detectMarketplace(jp.doc, jp.url)).toEqual({ marketplace: 'JP', from: 'host' });
  });

  it('a unified host with neither parameter nor switcher cannot be told, and says why', () => {
    const { doc, url } = page('<h1>Account Health</h1>', 'https://sellercentral-europe.amazon.com/performance/dashboard');
    const result = detectMarketplace(doc, url);
    expect(result.marketplace).toBeUndefined();
    if (result.marketplace === undefined) {
      expect(result.reason).toContain('sellercentral-europe.amazon.com');
      expect(result.reason.length).toBeGreaterThan(20);
    }
  });

  it('an unreadable or ambiguous switcher does not count', () => {
    for (const text of ['Northwind Outfitters', 'Europe', 'Deutschland | France', '']) {
      const eu = page(`<div id="partner-switcher">${text}</div>`, 'https://sellercentral-europe.amazon.com/home');
      expect(detectMarketplace(eu.doc, eu.url).marketplace, text).toBeUndefined();
      const uk = page(`<div id="partner-switcher">${text}</div>`, 'https://sellercentral.amazon.co.uk/home');
      expect(detectMarketplace(uk.doc, uk.url), text).toEqual({ marketplace: 'UK', from: 'host' });
    }
  });

  it('an unknown id in the URL falls through to the switcher', () => {
    const { doc, url } = page(SWITCHER_CA, 'https://sellercentral.amazon.com/home?mons_sel_mkid=NOPE');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'CA', from: 'switcher' });
  });

  it.each([
    ['<div class="dropdown-account-switcher-header-label-regional">Northwind | Deutschland</div>', 'DE'],
    ['<div data-testid="account-switcher"><span class="AccountSwitcher_marketplaceName__x1y2">Royaume-Uni</span></div>', 'UK'],
    ['<div id="AACChromeHeaderAccountDropdown"><span class="marketplace-label">Regno Unito</span></div>', 'UK'],
    ['<select id="sc-mkt-picker-switcher-select"><option>United States</option><option selected>Italia</option></select>', 'IT'],
    ['<span class="sc-mkt-picker-switcher-txt">www.amazon.es</span>', 'ES'],
    ['<div data-test-tag="partner-switcher">Northwind Outfitters | 美国</div>', 'US'],
    ['<div id="partner-switcher">アメリカ合衆国</div>', 'US'],
    ['<div data-testid="account-switcher">Northwind | Reino Unido</div>', 'UK'],
    ['<div data-testid="marketplace-switcher">Frankreich</div>', 'FR'],
  ])('reads the switcher %s', (html, code) => {
    const { doc, url } = page(html, 'https://sellercentral-europe.amazon.com/home');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: code, from: 'switcher' });
  });

  it('reads the part of a switcher that names the marketplace before the switcher as a whole', () => {
    // The account name says "Deutschland" too: the marketplace's own label inside the switcher decides.
    const html = '<div data-testid="account-switcher">Northwind Deutschland <span class="AccountSwitcher_marketplaceName__x1y2">Royaume-Uni</span></div>';
    const { doc, url } = page(html, 'https://sellercentral-europe.amazon.com/home');
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'UK', from: 'switcher' });
  });

  it('reads a switcher drawn inside an open shadow root', () => {
    const { doc, url } = page('<kat-dropdown id="partner-switcher"></kat-dropdown>', 'https://sellercentral-europe.amazon.com/home');
    const host = doc.querySelector('kat-dropdown')!;
    const root = host.attachShadow({ mode: 'open' });
    const label = doc.createElement('span');
    label.textContent = 'Northwind Outfitters | Deutschland';
    root.append(label);
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'DE', from: 'switcher' });
  });

  it('reads a switcher nested inside another component', () => {
    const { doc, url } = page('<kat-header></kat-header>', 'https://advertising.amazon.co.uk/cm/campaigns');
    const outer = doc.querySelector('kat-header')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('div');
    inner.className = 'dropdown-account-switcher-header-label-regional';
    inner.textContent = 'Northwind | Germany';
    outer.append(inner);
    expect(detectMarketplace(doc, url)).toEqual({ marketplace: 'DE', from: 'switcher' });
  });

  it('does not read the overlay\'s own hosts', () => {
    const { doc, url } = page(
      '<sol-diagnostic data-sol-diagnostic><div id="partner-switcher">United States</div></sol-diagnostic>',
      'https://sellercentral-europe.amazon.com/home',
    );
    expect(detectMarketplace(doc, url).marketplace).toBeUndefined();
  });
});

describe('pageContext', () => {
  it('takes the decimal separator from <html lang>', () => {
    const de = page('', 'https://sellercentral.amazon.com/home', 'de-DE');
    expect(pageContext(de.doc, de.url, 'US')).toEqual({ url: de.url, marketplace: 'US', currency: 'USD', decimalSeparator: ',' });
    const en = page('', 'https://sellercentral.amazon.de/home', 'en-GB');
    expect(pageContext(en.doc, en.url, 'DE')).toEqual({ url: en.url, marketplace: 'DE', currency: 'EUR', decimalSeparator: '.' });
  });

  it('falls back on the marketplace when the page has no usable lang', () => {
    for (const lang of [undefined, '', '!!']) {
      const de = page('', 'https://sellercentral.amazon.de/home', lang);
      expect(pageContext(de.doc, de.url, 'DE').decimalSeparator).toBe(',');
      const jp = page('', 'https://sellercentral.amazon.co.jp/home', lang);
      expect(pageContext(jp.doc, jp.url, 'JP')).toMatchObject({ currency: 'JPY', decimalSeparator: '.' });
    }
  });
});
