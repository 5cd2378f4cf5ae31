/**
 * Marketplaces, hosts and how a page tells which marketplace it shows (contract §1).
 * The page wins over the host: a URL parameter first, then the marketplace switcher's text,
 * and only failing both the host.
 */

export const MARKETPLACES = [
  'US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'IE', 'TR', 'AE', 'SA', 'EG',
  'ZA', 'IN', 'JP', 'AU', 'SG',
] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

export function isMarketplace(code: string): code is Marketplace {
  return (MARKETPLACES as readonly string[]).includes(code);
}

/** Amazon's marketplace ids, as they appear in `mons_sel_mkid` / `marketplaceId`. */
export const MARKETPLACE_IDS: Record<string, Marketplace> = {
  ATVPDKIKX0DER: 'US', A2EUQ1WTGCTBG2: 'CA', A1AM78C64UM0Y8: 'MX', A2Q3Y263D00KWC: 'BR',
  A1F83G8C2ARO7P: 'UK', A1PA6795UKMFR9: 'DE', A13V1IB3VIYZZH: 'FR', APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES', A1805IZSGTT6HS: 'NL', A2NODRKZP88ZB9: 'SE', A1C3SOZRARQ6R3: 'PL',
  AMEN7PMS3EDWL: 'BE', A28R8C7NBKEWEA: 'IE', A1VC38T7YXB528: 'JP', A39IBJ37TRP1C6: 'AU',
  A21TJRUUN4KGV: 'IN', A19VAU5U5O7RUS: 'SG', A2VIGQ35RCS4UG: 'AE', A17E79C6D8DWNP: 'SA',
  ARBP9OOSHTCHU: 'EG', A33AVAJ2PDY3EV: 'TR', AE08WJ6YKNBMC: 'ZA',
};

/** The currency each marketplace's prices are in (ISO 4217). */
export const MARKETPLACE_CURRENCY: Record<Marketplace, string> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', UK: 'GBP', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR',
  NL: 'EUR', SE: 'SEK', PL: 'PLN', BE: 'EUR', IE: 'EUR', TR: 'TRY', AE: 'AED', SA: 'SAR', EG: 'EGP',
  ZA: 'ZAR', IN: 'INR', JP: 'JPY', AU: 'AUD', SG: 'SGD',
};

/** Top-level domain suffix of the storefront (`amazon.<tld>`) per marketplace. */
const MARKETPLACE_TLD: Record<Marketplace, string> = {
  US: 'com', CA: 'ca', MX: 'com.mx', BR: 'com.br', UK: 'co.uk', DE: 'de', FR: 'fr', IT: 'it', ES: 'es',
  NL: 'nl', SE: 'se', PL: 'pl', BE: 'com.be', IE: 'ie', TR: 'com.tr', AE: 'ae', SA: 'sa', EG: 'eg',
  ZA: 'co.za', IN: 'in', JP: 'co.jp', AU: 'com.au', SG: 'sg',
};

// Pure for the bundler: the declared page loader needs only the host lists below, not this map.
const TLD_MARKETPLACE = /* @__PURE__ */ (() =>
  new Map<string, Marketplace>(Object.entries(MARKETPLACE_TLD).map(([m, tld]) => [tld, m as Marketplace])))();

const SELLER_CENTRAL_TLDS = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be', 'ie', 'com.tr',
  'ae', 'sa', 'eg', 'co.za', 'in', 'co.jp', 'com.au', 'sg',
];
const ADVERTISING_TLDS = ['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'in', 'com.au', 'co.jp'];

export const SELLER_CENTRAL_HOSTS: readonly string[] = [
  ...SELLER_CENTRAL_TLDS.map((tld) => `sellercentral.amazon.${tld}`),
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
];
export const ADVERTISING_HOSTS: readonly string[] = [
  ...ADVERTISING_TLDS.map((tld) => `advertising.amazon.${tld}`),
  'advertising-japan.amazon.com',
];
export const ALL_HOSTS: readonly string[] = [...SELLER_CENTRAL_HOSTS, ...ADVERTISING_HOSTS];

/** Match patterns for the manifest and the content script: the listed hosts, nothing else. */
export const HOST_MATCH_PATTERNS: string[] = ALL_HOSTS.map((host) => `https://${host}/*`);

/** The two sites the extension reads; each has its own page reader (lib/content/reader-file.ts). */
export const SOURCES = ['sellercentral', 'advertising'] as const;
export type Source = (typeof SOURCES)[number];

export function sourceOfHost(host: string): Source | undefined {
  if (SELLER_CENTRAL_HOSTS.includes(host)) return 'sellercentral';
  if (ADVERTISING_HOSTS.includes(host)) return 'advertising';
  return undefined;
}

/**
 * The marketplace a listed host alone implies, or undefined for hosts that serve several
 * (`sellercentral-europe`) and for hosts that are not listed. `sellercentral-japan` and
 * `advertising-japan` serve JP only, so they count as JP.
 */
export function marketplaceFromHost(host: string): Marketplace | undefined {
  if (!ALL_HOSTS.includes(host)) return undefined;
  if (host === 'sellercentral-japan.amazon.com' || host === 'advertising-japan.amazon.com') return 'JP';
  if (host === 'sellercentral-europe.amazon.com') return undefined;
  const match = /^(?:sellercentral|advertising)\.amazon\.(.+)$/.exec(host);
  if (!match) return undefined;
  return TLD_MARKETPLACE.get(match[1]!);
}

const MARKETPLACE_PARAMS = ['mons_sel_mkid', 'marketplaceId', 'marketplaceid', 'mkid'];

/** Reads `mons_sel_mkid` / `marketplaceId` from the query string or from a hash route's query. */
export function marketplaceFromUrl(url: URL): Marketplace | undefined {
  const queries = [url.searchParams];
  const hashQuery = url.hash.indexOf('?');
  if (hashQuery >= 0) queries.push(new URLSearchParams(url.hash.slice(hashQuery + 1)));
  for (const query of queries) {
    for (const name of MARKETPLACE_PARAMS) {
      const id = query.get(name)?.trim().toUpperCase();
      // Own properties only: "?marketplaceId=constructor" must not find Object.prototype.constructor.
      if (id && Object.hasOwn(MARKETPLACE_IDS, id)) return MARKETPLACE_IDS[id];
    }
  }
  return undefined;
}

/**
 * What the marketplace switcher may say for each marketplace, in the UI languages we support.
 * Compared after `normalizeLabel` (lower case, no accents, single spaces).
 */
const MARKETPLACE_NAMES: Record<Marketplace, string[]> = {
  US: ['United States', 'USA', 'US', '美国', '美國', 'Vereinigte Staaten', 'アメリカ合衆国', 'アメリカ', '米国', 'États-Unis', 'Stati Uniti', 'Estados Unidos', 'EE. UU.', 'EE.UU.', 'Verenigde Staten', 'USA (Amazon.com)'],
  CA: ['Canada', '加拿大', 'Kanada', 'カナダ', 'Canadá'],
  MX: ['Mexico', 'México', '墨西哥', 'Mexiko', 'メキシコ', 'Mexique', 'Messico'],
  BR: ['Brazil', 'Brasil', '巴西', 'Brasilien', 'ブラジル', 'Brésil', 'Brasile'],
  UK: ['United Kingdom', 'UK', 'Great Britain', '英国', '英國', 'Vereinigtes Königreich', 'イギリス', '英国 (イギリス)', 'Royaume-Uni', 'Regno Unito', 'Reino Unido', 'Verenigd Koninkrijk'],
  DE: ['Germany', 'Deutschland', '德国', '德國', 'ドイツ', 'Allemagne', 'Germania', 'Alemania', 'Duitsland', 'Niemcy', 'Tyskland'],
  FR: ['France', 'Frankreich', '法国', '法國', 'フランス', 'Francia', 'Frankrijk', 'Francja', 'Frankrike'],
  IT: ['Italy', 'Italia', 'Italien', '意大利', '義大利', 'イタリア', 'Italie', 'Italië', 'Włochy'],
  ES: ['Spain', 'España', 'Spanien', '西班牙', 'スペイン', 'Espagne', 'Spagna', 'Spanje', 'Hiszpania'],
  NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Niederlande', '荷兰', '荷蘭', 'オランダ', 'Pays-Bas', 'Paesi Bassi', 'Países Bajos', 'Holandia', 'Nederländerna'],
  SE: ['Sweden', 'Sverige', 'Schweden', '瑞典', 'スウェーデン', 'Suède', 'Svezia', 'Suecia', 'Zweden', 'Szwecja'],
  PL: ['Poland', 'Polska', 'Polen', '波兰', '波蘭', 'ポーランド', 'Pologne', 'Polonia'],
  BE: ['Belgium', 'België', 'Belgique', 'Belgien', '比利时', '比利時', 'ベルギー', 'Belgio', 'Bélgica', 'Belgia'],
  IE: ['Ireland', 'Irland', '爱尔兰', '愛爾蘭', 'アイルランド', 'Irlande', 'Irlanda', 'Ierland', 'Irlandia'],
  TR: ['Turkey', 'Türkiye', 'Türkei', '土耳其', 'トルコ', 'Turquie', 'Turchia', 'Turquía', 'Turkije', 'Turcja'],
  AE: ['United Arab Emirates', 'UAE', 'U.A.E.', '阿联酋', '阿拉伯联合酋长国', 'Vereinigte Arabische Emirate', 'アラブ首長国連邦', 'Émirats arabes unis', 'Emirati Arabi Uniti', 'Emiratos Árabes Unidos'],
  SA: ['Saudi Arabia', '沙特阿拉伯', '沙特', 'Saudi-Arabien', 'サウジアラビア', 'Arabie saoudite', 'Arabia Saudita', 'Arabia Saudí'],
  EG: ['Egypt', '埃及', 'Ägypten', 'エジプト', 'Égypte', 'Egitto', 'Egipto'],
  ZA: ['South Africa', '南非', 'Südafrika', '南アフリカ', 'Afrique du Sud', 'Sudafrica', 'Sudáfrica'],
  IN: ['India', '印度', 'Indien', 'インド', 'Inde'],
  JP: ['Japan', '日本', 'Japon', 'Giappone', 'Japón'],
  AU: ['Australia', '澳大利亚', '澳洲', 'Australien', 'オーストラリア', 'Australie'],
  SG: ['Singapore', '新加坡', 'Singapur', 'シンガポール', 'Singapour'],
};

export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

let nameToMarketplace: Map<string, Marketplace> | undefined;
/** Built on first use, not at the reader's top level: most pages name their marketplace by host (~0.4 ms). */
function marketplaceByName(): Map<string, Marketplace> {
  if (nameToMarketplace) return nameToMarketplace;
  nameToMarketplace = new Map();
  for (const [code, names] of Object.entries(MARKETPLACE_NAMES)) {
    for (const name of names) nameToMarketplace.set(normalizeLabel(name), code as Marketplace);
  }
  return nameToMarketplace;
}

/**
 * The marketplace named by a switcher's text: a country name in any supported language
 * ("United States", "Deutschland", "美国") or a storefront domain ("Amazon.co.uk", "www.amazon.de").
 */
export function marketplaceFromSwitcherText(text: string): Marketplace | undefined {
  const normalized = normalizeLabel(text);
  if (!normalized) return undefined;
  const domain = /amazon\.([a-z.]+[a-z])/.exec(normalized);
  if (domain) {
    const byTld = TLD_MARKETPLACE.get(domain[1]!);
    if (byTld) return byTld;
  }
  const byName = marketplaceByName();
  const exact = byName.get(normalized);
  if (exact) return exact;
  // The switcher often shows "Account | Country" or "Country - English": try each part. A hyphen
  // splits only between spaces, as it belongs to names such as "Royaume-Uni" and "États-Unis".
  const parts = normalized.split(/\s*[|｜·•–—/,()（）]\s*|\s+-\s+/).filter(Boolean);
  const found = new Set<Marketplace>();
  for (const part of parts) {
    const byPart = byName.get(part);
    if (byPart) found.add(byPart);
  }
  // Only an unambiguous answer counts: two countries in one label cannot be told apart.
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A Seller Central page of a marketplace: its own host (`sellercentral.amazon.<tld>`) and the marketplace
 * named in `mons_sel_mkid`, so the link opens that marketplace even on a host that serves several.
 */
export function sellerCentralUrl(marketplace: Marketplace, path: string): string {
  const id = Object.keys(MARKETPLACE_IDS).find((k) => MARKETPLACE_IDS[k] === marketplace);
  const url = new URL(path, `https://sellercentral.amazon.${MARKETPLACE_TLD[marketplace]}`);
  if (id) url.searchParams.set('mons_sel_mkid', id);
  return url.toString();
}
