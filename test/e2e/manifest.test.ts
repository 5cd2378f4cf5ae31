/**
 * Store-ready builds: the manifests and `_locales` of the Chrome/Edge (MV3) and Firefox (MV2) builds
 * carry every key the stores read, in English and in 中文; the icons exist at every size; the version is
 * package.json's; every permission is one the README explains. Reads the builds `npm run test:e2e` made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageEn } from '../../lib/i18n/page/en';
import { ACCOUNT_HEALTH_LABELS, AD_PRODUCT_LABELS, ADS_LABELS, BUSINESS_REPORTS_LABELS, FEEDBACK_LABELS, INVENTORY_LABELS, INVENTORY_PERFORMANCE_LABELS, LANGS, RESTOCK_LABELS, VOICE_OF_CUSTOMER_LABELS, type LabelSet } from '../../lib/read/labels';
import { ALL_HOSTS } from '../../lib/read/marketplaces';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = resolve(ROOT, process.env.SOL_OUT_DIR ?? '.output');
const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
const LOCALES = ['en', 'zh_CN'] as const;
const ICON_SIZES = [16, 32, 48, 96, 128];
/** Every message the manifest refers to; the stores show the first two. */
const MESSAGES = ['extName', 'extDescription', 'commandOpenPanel'];
const CJK = /[\u4e00-\u9fff]/;

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  action?: { default_title?: string; default_popup?: string };
  browser_action?: { default_title?: string; default_popup?: string };
  options_ui?: { page: string };
  commands?: Record<string, { description?: string }>;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const packageVersion = readJson<{ version: string }>(join(ROOT, 'package.json')).version;
const readmePermissions = (() => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
})();

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(BUILDS)('the %s build', (build) => {
  const dir = join(OUT, build);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No build at ${dir}: npm run test:e2e builds both (wxt build, wxt build -b firefox)`);
  const manifest = readJson<Manifest>(manifestPath);
  const messages = Object.fromEntries(LOCALES.map((l) => [l, readJson<Record<string, { message: string }>>(join(dir, '_locales', l, 'messages.json'))]));

  it('is named and described from _locales, in the version of package.json', () => {
    expect(manifest).toMatchObject({ manifest_version: build === 'chrome-mv3' ? 3 : 2, name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en', version: packageVersion });
    const button = manifest.action ?? manifest.browser_action;
    expect(button).toEqual({ default_title: '__MSG_extName__', default_popup: 'popup.html' });
    expect(manifest.options_ui?.page).toBe('dashboard.html');
    expect(manifest.commands?.['open-log-panel']?.description).toBe('__MSG_commandOpenPanel__');
    const referenced = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(new Set(referenced)).toEqual(new Set(MESSAGES));
  });

  it.each(LOCALES)('has every message in %s, within the stores\' lengths', (locale) => {
    const catalog = messages[locale]!;
    for (const key of MESSAGES) {
      const message = catalog[key]?.message ?? '';
      expect(message.trim(), `${locale} ${key}`).not.toBe('');
      // Chinese in zh_CN, and not the English left in place.
      if (locale === 'zh_CN') {
        expect(message, `zh_CN ${key}`).toMatch(CJK);
        expect(message).not.toBe(messages.en![key]?.message);
      }
    }
    expect(Object.keys(catalog).sort()).toEqual([...MESSAGES].sort());
    // Chrome Web Store: name ≤ 75, description ≤ 132 characters; addons.mozilla.org: name ≤ 50.
    expect([...catalog.extName!.message].length).toBeLessThanOrEqual(45);
    expect([...catalog.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('has its icons at every size the stores and toolbars use', () => {
    expect(Object.keys(manifest.icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) {
      const file = join(dir, manifest.icons![String(size)]!);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('asks only for permissions the README explains, and hosts of contract §1', () => {
    const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    const hosts = all.filter((p) => p.includes('://'));
    const apis = all.filter((p) => !p.includes('://'));
    expect(hosts.sort()).toEqual(ALL_HOSTS.map((h) => `https://${h}/*`).sort());
    for (const permission of apis) expect(readmePermissions, `README "Permissions" explains ${permission}`).toContain(`\`${permission}\``);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('carries the first-run page', () => {
    expect(existsSync(join(dir, 'welcome.html'))).toBe(true);
  });

  if (build === 'firefox-mv2') {
    it('has a fixed add-on id and declares that it collects no data', () => {
      expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  }
});

/**
 * One page reader per site (lib/content/install-reader.ts): each carries its own site's label sets and not
 * the other site's. Phrases that are also UI strings (metric names in lib/i18n/page/), or that both sites
 * show, are in both readers and are left out of the check.
 */
describe.each(BUILDS)('the page readers of the %s build', (build) => {
  const reader = (site: 'sellercentral' | 'advertising') => readFileSync(join(OUT, build, `reader-${site}.js`), 'utf8');
  const uiStrings = new Set(Object.values(pageEn).map((s) => s.toLowerCase()));
  /** ASCII phrases of the sets (non-ASCII text is escaped in the built file), not also UI strings. */
  const phrases = (sets: Record<string, LabelSet>[]) =>
    [...new Set(sets.flatMap((byMetric) => Object.values(byMetric).flatMap((set) => LANGS.flatMap((lang) => set[lang] ?? []))))].filter(
      (p) => /^[\x20-\x7e]{10,}$/.test(p) && ![...uiStrings].some((ui) => ui.includes(p.toLowerCase())),
    );
  const sellerCentralAll = phrases([ACCOUNT_HEALTH_LABELS, BUSINESS_REPORTS_LABELS, FEEDBACK_LABELS, INVENTORY_LABELS, INVENTORY_PERFORMANCE_LABELS, RESTOCK_LABELS, VOICE_OF_CUSTOMER_LABELS]);
  const advertisingAll = phrases([ADS_LABELS, AD_PRODUCT_LABELS]);
  // A phrase both sites show ("Seller SKU") is in both readers.
  const sellerCentral = sellerCentralAll.filter((p) => !advertisingAll.includes(p));
  const advertising = advertisingAll.filter((p) => !sellerCentralAll.includes(p));

  it("carry their own site's words and not the other site's", () => {
    expect(sellerCentral.length).toBeGreaterThan(20);
    expect(advertising.length).toBeGreaterThan(20);
    // A phrase as a whole string literal of the minified file ("Bestellungen", not "Bestellungen gesamt").
    const carries = (file: string) => (phrase: string) => file.includes(JSON.stringify(phrase));
    const sc = carries(reader('sellercentral'));
    const ads = carries(reader('advertising'));
    expect(sellerCentral.filter((p) => !sc(p))).toEqual([]);
    expect(advertising.filter((p) => !ads(p))).toEqual([]);
    expect(sellerCentral.filter(ads)).toEqual([]);
    expect(advertising.filter(sc)).toEqual([]);
  });
});
