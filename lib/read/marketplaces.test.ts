import { describe, expect, it } from 'vitest';
import {
  ADVERTISING_HOSTS,
  ALL_HOSTS,
  HOST_MATCH_PATTERNS,
  isMarketplace,
  MARKETPLACE_CURRENCY,
  MARKETPLACE_IDS,
  MARKETPLACES,
  marketplaceFromHost,
  marketplaceFromSwitcherText,
  marketplaceFromUrl,
  SELLER_CENTRAL_HOSTS,
  sourceOfHost,
  type Marketplace,
} from './marketplaces';

/** Contract §1, written out by hand so a change to the module cannot silently change the contract. */
const SC_TLDS: [string, Marketplace][] = [
  ['com', 'US'], ['ca', 'CA'], ['com.mx', 'MX'], ['com.br', 'BR'], ['co.uk', 'UK'], ['de', 'DE'], ['fr', 'FR'],
  ['it', 'IT'], ['es', 'ES'], ['nl', 'NL'], ['se', 'SE'], ['pl', 'PL'], ['com.be', 'BE'], ['ie', 'IE'],
  ['com.tr', 'TR'], ['ae', 'AE'], ['sa', 'SA'], ['eg', 'EG'], ['co.za', 'ZA'], ['in', 'IN'], ['co.jp', 'JP'],
  ['com.au', 'AU'], ['sg', 'SG'],
];
const ADS_TLDS: [string, Marketplace][] = [
  ['com', 'US'], ['ca', 'CA'], ['com.mx', 'MX'], ['com.br', 'BR'], ['co.uk', 'UK'], ['de', 'DE'], ['fr', 'FR'],
  ['it', 'IT'], ['es', 'ES'], ['nl', 'NL'], ['se', 'SE'], ['pl', 'PL'], ['in', 'IN'], ['com.au', 'AU'], ['co.jp', 'JP'],
];
const HOSTS: [string, 'sellercentral' | 'advertising', Marketplace | undefined][] = [
  ...SC_TLDS.map(([tld, m]): [string, 'sellercentral', Marketplace] => [`sellercentral.amazon.${tld}`, 'sellercentral', m]),
  ['sellercentral-europe.amazon.com', 'sellercentral', undefined],
  ['sellercentral-japan.amazon.com', 'sellercentral', 'JP'],
  ...ADS_TLDS.map(([tld, m]): [string, 'advertising', Marketplace] => [`advertising.amazon.${tld}`, 'advertising', m]),
  ['advertising-japan.amazon.com', 'advertising', 'JP'],
];
const IDS: [string, Marketplace][] = [
  ['ATVPDKIKX0DER', 'US'], ['A2EUQ1WTGCTBG2', 'CA'], ['A1AM78C64UM0Y8', 'MX'], ['A2Q3Y263D00KWC', 'BR'],
  ['A1F83G8C2ARO7P', 'UK'], ['A1PA6795UKMFR9', 'DE'], ['A13V1IB3VIYZZH', 'FR'], ['APJ6JRA9NG5V4', 'IT'],
  ['A1RKKUPIHCS9HS', 'ES'], ['A1805IZSGTT6HS', 'NL'], ['A2NODRKZP88ZB9', 'SE'], ['A1C3SOZRARQ6R3', 'PL'],
  ['AMEN7PMS3EDWL', 'BE'], ['A1VC38T7YXB528', 'JP'], ['A39IBJ37TRP1C6', 'AU'], ['A21TJRUUN4KGV', 'IN'],
  ['A19VAU5U5O7RUS', 'SG'], ['A2VIGQ35RCS4UG', 'AE'], ['A17E79C6D8DWNP', 'SA'], ['ARBP9OOSHTCHU', 'EG'],
  ['A33AVAJ2PDY3EV', 'TR'],
];

describe('marketplace codes', () => {
  it('are the 23 of contract §1, each with a currency', () => {
    expect([...MARKETPLACES].sort()).toEqual(
      ['US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'IE', 'TR', 'AE', 'SA', 'EG', 'ZA', 'IN', 'JP', 'AU', 'SG'].sort(),
    );
    for (const m of MARKETPLACES) expect(MARKETPLACE_CURRENCY[m]).toMatch(/^[A-Z]{3}$/);
    expect(MARKETPLACE_CURRENCY.UK).toBe('GBP');
    expect(MARKETPLACE_CURRENCY.JP).toBe('JPY');
  });
  it('isMarketplace', () => {
    expect(isMarketplace('DE')).toBe(true);
    expect(isMarketplace('GB')).toBe(false);
    expect(isMarketplace('de')).toBe(false);
    expect(isMarketplace('')).toBe(false);
  });
  it('every marketplace id maps to a marketplace code', () => {
    for (const code of Object.values(MARKETPLACE_IDS)) expect(isMarketplace(code)).toBe(true);
  });
});

describe('hosts', () => {
  it.each(HOSTS)('%s → %s, %s', (host, source, marketplace) => {
    expect(sourceOfHost(host)).toBe(source);
    expect(marketplaceFromHost(host)).toBe(marketplace);
  });

  it('HOST_MATCH_PATTERNS covers exactly the listed hosts', () => {
    expect([...HOST_MATCH_PATTERNS].sort()).toEqual(HOSTS.map(([h]) => `https://${h}/*`).sort());
    expect(new Set(HOST_MATCH_PATTERNS).size).toBe(HOST_MATCH_PATTERNS.length);
    expect([...ALL_HOSTS].sort()).toEqual(HOSTS.map(([h]) => h).sort());
    expect(SELLER_CENTRAL_HOSTS).toHaveLength(25);
    expect(ADVERTISING_HOSTS).toHaveLength(16);
  });

  it.each([
    'www.amazon.com', 'amazon.com', 'sellercentral.amazon.xyz', 'evil.sellercentral.amazon.com',
    'sellercentral.amazon.com.evil.com', 'sellercentral-europe.amazon.de', 'advertising.amazon.sg', 'advertising.amazon.ie',
    'SELLERCENTRAL.AMAZON.COM.', '', 'localhost',
  ])('%j is not a listed host', (host) => {
    expect(sourceOfHost(host)).toBeUndefined();
    expect(marketplaceFromHost(host)).toBeUndefined();
  });
});

describe('marketplaceFromUrl', () => {
  const param = (name: string, id: string) => `${name}=${encodeURIComponent(id)}`;
  it.each(IDS)('%s → %s, in the query and in a hash route', (id, code) => {
    for (const name of ['mons_sel_mkid', 'marketplaceId']) {
      expect(marketplaceFromUrl(new URL(`https://sellercentral.amazon.com/home?${param(name, id)}`))).toBe(code);
      expect(marketplaceFromUrl(new URL(`https://sellercentral.amazon.com/home?a=1&${param(name, id)}&b=2`))).toBe(code);
      expect(
        marketplaceFromUrl(new URL(`https://sellercentral.amazon.com/business-reports/ref=xx#/report?id=102%3ADetailSalesTrafficByChildItem&${param(name, id)}`)),
      ).toBe(code);
      expect(marketplaceFromUrl(new URL(`https://advertising.amazon.com/cm/campaigns#/x?${param(name, id)}`))).toBe(code);
    }
  });

  it('reads the ids of IE and ZA too', () => {
    expect(marketplaceFromUrl(new URL('https://sellercentral-europe.amazon.com/x?mons_sel_mkid=A28R8C7NBKEWEA'))).toBe('IE');
    expect(marketplaceFromUrl(new URL('https://sellercentral.amazon.co.za/x?marketplaceId=AE08WJ6YKNBMC'))).toBe('ZA');
  });

  it('ignores unknown ids, other parameters and inherited property names', () => {
    for (const url of [
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.com/home?mons_sel_mkid=',
      'https://sellercentral.amazon.com/home?mons_sel_mkid=NOTANID',
      'https://sellercentral.amazon.com/home?marketplaceId=constructor',
      'https://sellercentral.amazon.com/home?marketplaceId=__proto__',
      'https://sellercentral.amazon.com/home?marketplaceId=toString#/x?mons_sel_mkid=hasOwnProperty',
      'https://sellercentral.amazon.com/home?other=A1PA6795UKMFR9',
      'https://sellercentral.amazon.com/home#A1PA6795UKMFR9',
    ]) {
      expect(marketplaceFromUrl(new URL(url)), url).toBeUndefined();
    }
  });

  it('reads a lower-case id', () => {
    expect(marketplaceFromUrl(new URL('https://sellercentral.amazon.com/home?mons_sel_mkid=a1pa6795ukmfr9'))).toBe('DE');
  });

  it('passes over an unknown id to a known one', () => {
    expect(marketplaceFromUrl(new URL('https://sellercentral.amazon.com/home?mons_sel_mkid=XYZ&marketplaceId=A13V1IB3VIYZZH'))).toBe('FR');
    expect(marketplaceFromUrl(new URL('https://sellercentral.amazon.com/home?mons_sel_mkid=XYZ#/r?marketplaceId=A13V1IB3VIYZZH'))).toBe('FR');
  });
});

describe('marketplaceFromSwitcherText', () => {
  const cases: [string, Marketplace][] = [
    ['United States', 'US'], ['美国', 'US'], ['Vereinigte Staaten', 'US'], ['アメリカ合衆国', 'US'], ['États-Unis', 'US'],
    ['Etats-Unis', 'US'], ['Stati Uniti', 'US'], ['Estados Unidos', 'US'], ['EE. UU.', 'US'],
    ['Deutschland', 'DE'], ['Germany', 'DE'], ['德国', 'DE'], ['ドイツ', 'DE'], ['Allemagne', 'DE'], ['Germania', 'DE'], ['Alemania', 'DE'],
    ['United Kingdom', 'UK'], ['英国', 'UK'], ['Vereinigtes Königreich', 'UK'], ['イギリス', 'UK'], ['Royaume-Uni', 'UK'],
    ['Regno Unito', 'UK'], ['Reino Unido', 'UK'],
    ['Canada', 'CA'], ['Mexico', 'MX'], ['México', 'MX'], ['Brasil', 'BR'], ['France', 'FR'], ['Italia', 'IT'],
    ['España', 'ES'], ['Spanien', 'ES'], ['Nederland', 'NL'], ['Sverige', 'SE'], ['Polska', 'PL'], ['Belgique', 'BE'],
    ['Ireland', 'IE'], ['Türkiye', 'TR'], ['United Arab Emirates', 'AE'], ['Saudi Arabia', 'SA'], ['Egypt', 'EG'],
    ['South Africa', 'ZA'], ['India', 'IN'], ['Japan', 'JP'], ['日本', 'JP'], ['Australia', 'AU'], ['Singapore', 'SG'],
    ['  united   states ', 'US'],
    ['United\u00a0States', 'US'],
    ['Northwind Outfitters | United States', 'US'],
    ['Northwind Outfitters | 美国', 'US'],
    ['Northwind Outfitters | Royaume-Uni', 'UK'],
    ['Northwind Outfitters | États-Unis', 'US'],
    ['Northwind Outfitters｜アメリカ合衆国', 'US'],
    ['Northwind GmbH | Saudi-Arabien', 'SA'],
    ['Deutschland - Deutsch', 'DE'],
    ['Northwind Outfitters (Canada)', 'CA'],
    ['www.amazon.co.uk', 'UK'],
    ['Amazon.de', 'DE'],
    ['amazon.com', 'US'],
    ['amazon.com.mx', 'MX'],
    ['Amazon.co.jp', 'JP'],
    ['Northwind Outfitters | www.amazon.com.au', 'AU'],
  ];
  it.each(cases)('%j → %s', (text, code) => {
    expect(marketplaceFromSwitcherText(text)).toBe(code);
  });

  it.each([
    '', '   ', 'Northwind Outfitters', 'North America', 'Europe', 'United States, Canada', 'Deutschland | France',
    'Select a marketplace', 'amazon.example',
  ])('%j → undefined', (text) => {
    expect(marketplaceFromSwitcherText(text)).toBeUndefined();
  });
});
