import { describe, expect, it } from 'vitest';
import { ADVERTISING_HOSTS, SELLER_CENTRAL_HOSTS } from '../read/marketplaces';
import { isTrustedSender, listedSourceOf, mayCapture } from './sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const TAB = { id: 7 };

describe('who may talk to the background', () => {
  it('trusts its own extension pages and its content scripts on every listed host', () => {
    expect(isTrustedSender({ id: OWN, url: `chrome-extension://${OWN}/popup.html` }, OWN)).toBe(true);
    for (const host of [...SELLER_CENTRAL_HOSTS, ...ADVERTISING_HOSTS]) {
      expect(isTrustedSender({ id: OWN, tab: TAB, url: `https://${host}/any/page?x=1#y` }, OWN), host).toBe(true);
      expect(mayCapture({ id: OWN, tab: TAB, url: `https://${host}/any/page` }, OWN), host).toBe(true);
    }
  });

  const forged: [string, { id?: string; url?: string; tab?: object }][] = [
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', tab: TAB, url: 'https://sellercentral.amazon.com/' }],
    ['another extension\'s page', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' }],
    ['no id at all', { tab: TAB, url: 'https://sellercentral.amazon.com/' }],
    ['a tab on an unlisted host', { id: OWN, tab: TAB, url: 'https://evil.example.com/performance/dashboard' }],
    ['a look-alike host', { id: OWN, tab: TAB, url: 'https://sellercentral.amazon.com.evil.com/' }],
    ['a host ending like a listed one', { id: OWN, tab: TAB, url: 'https://evilsellercentral.amazon.com/' }],
    ['a subdomain of a listed host', { id: OWN, tab: TAB, url: 'https://x.sellercentral.amazon.com/' }],
    ['a listed host over http', { id: OWN, tab: TAB, url: 'http://sellercentral.amazon.com/' }],
    ['a listed host on another port', { id: OWN, tab: TAB, url: 'https://sellercentral.amazon.com:8443/' }],
    ['a listed host with credentials', { id: OWN, tab: TAB, url: 'https://user:pw@sellercentral.amazon.com/' }],
    ['a data: page', { id: OWN, tab: TAB, url: 'data:text/html,<script>1</script>' }],
    ['a javascript: url', { id: OWN, tab: TAB, url: 'javascript:alert(1)' }],
    ['a file: page', { id: OWN, tab: TAB, url: 'file:///etc/passwd' }],
    ['a tab without a url', { id: OWN, tab: TAB }],
    ['a url that is not one', { id: OWN, tab: TAB, url: '::::' }],
  ];

  it.each(forged)('ignores %s', (_what, sender) => {
    expect(isTrustedSender(sender, OWN)).toBe(false);
    expect(mayCapture(sender, OWN)).toBe(false);
  });

  it('takes captures from content scripts only: not from its own extension pages', () => {
    expect(mayCapture({ id: OWN, url: `chrome-extension://${OWN}/dashboard.html` }, OWN)).toBe(false);
    expect(mayCapture({ id: OWN }, OWN)).toBe(false);
  });

  it('trusts nobody when its own id is unknown (extension context gone)', () => {
    expect(isTrustedSender({ id: '', url: 'https://sellercentral.amazon.com/' }, '')).toBe(false);
    expect(isTrustedSender({ url: 'https://sellercentral.amazon.com/' }, '')).toBe(false);
  });

  it('tells the site of a listed page, and nothing for any other', () => {
    expect(listedSourceOf('https://sellercentral-europe.amazon.com/home')).toBe('sellercentral');
    expect(listedSourceOf('https://advertising.amazon.co.jp/cm/campaigns')).toBe('advertising');
    expect(listedSourceOf('https://SELLERCENTRAL.AMAZON.COM/x')).toBe('sellercentral');
    expect(listedSourceOf(undefined)).toBeUndefined();
    expect(listedSourceOf('https://amazon.com/')).toBeUndefined();
  });
});
