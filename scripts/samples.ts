/**
 * The sample site of `npm start`: a chosen set of our own fixture pages (test/fixtures, read from
 * there, not copied) served at their real Seller Central / Advertising addresses, and a start page
 * that links them. One set in English, one in 中文: the pages the assistant would see in either UI.
 */
import type { BrowserContext } from 'playwright-core';
import { marketplaceName } from '../components/welcome/first-run';
import { t, type MessageKey } from '../lib/i18n';
import type { Marketplace } from '../lib/read/marketplaces';
import { listFixtures, OWN_FIXTURES, type Fixture } from '../test/fixtures';
import { serveSite } from './serve-pages';

export type TourLanguage = 'en' | 'zh_CN';
export const TOUR_LANGUAGES: readonly TourLanguage[] = ['en', 'zh_CN'];

/** Where the start page answers: a Seller Central host, so it opens like any other Seller Central tab. */
export const START_URL = 'https://sellercentral.amazon.com/seller-ops-log-samples';

export interface Sample {
  /** The fixture's path under test/fixtures, without extension. */
  fixture: string;
  /** The language of the page's own UI. */
  language: TourLanguage;
  /** Shown on the start page: this page is one Amazon changed, so the extension shows a diagnostic. */
  diagnostic?: boolean;
  /**
   * Served here instead of the fixture's own address, when another sample already answers there
   * (still a real address of the same page, with the marketplace parameter the page would carry).
   */
  servedAt?: string;
}

export const SAMPLES: readonly Sample[] = [
  { fixture: 'account-health/newer-layout-en-gb', language: 'en' },
  { fixture: 'inventory/manage-inventory-rerender-en-ca', language: 'en' },
  { fixture: 'inventory-performance/ipi-missing-values-en-ca', language: 'en' },
  { fixture: 'business-reports/child-item-all-columns-en-gb', language: 'en' },
  { fixture: 'feedback/feedback-manager-missing-en-gb', language: 'en' },
  { fixture: 'reviews/brand-reviews-en-gb', language: 'en' },
  { fixture: 'ads/ad-groups-en-gb', language: 'en' },
  { fixture: 'ads/campaigns-unpinned-en-ca', language: 'en' },
  // Its own address is the 中文 Account Health sample's.
  { fixture: 'account-health/anchors-gone-en-us', language: 'en', diagnostic: true, servedAt: 'https://sellercentral.amazon.com/performance/dashboard?mons_sel_mkid=ATVPDKIKX0DER' },
  { fixture: 'account-health/dashboard-zh-cn', language: 'zh_CN' },
  { fixture: 'inventory/manage-inventory-zh-cn', language: 'zh_CN' },
  { fixture: 'inventory-performance/ipi-zh-cn', language: 'zh_CN' },
  { fixture: 'business-reports/child-item-zh-cn', language: 'zh_CN' },
  { fixture: 'feedback/feedback-manager-zh-cn', language: 'zh_CN' },
  { fixture: 'reviews/brand-reviews-zh-cn', language: 'zh_CN' },
  { fixture: 'ads/campaigns-zh-cn', language: 'zh_CN' },
];

export interface LoadedSample extends Sample {
  url: string;
  page: Fixture;
}

/** The samples with their pages, read from test/fixtures; a missing one is an error, not a gap in the tour. */
export function loadSamples(): LoadedSample[] {
  const fixtures = new Map(listFixtures([OWN_FIXTURES]).map((f) => [f.name, f]));
  return SAMPLES.map((sample) => {
    const page = fixtures.get(`own/${sample.fixture}.html`);
    if (!page) throw new Error(`Sample page test/fixtures/${sample.fixture}.html is missing`);
    return { ...sample, page, url: sample.servedAt ?? page.expected.url };
  });
}

// The start page is part of the stand-in Seller Central, not of the extension, so its few sentences
// live here rather than in the extension's catalogs; names of pages and marketplaces come from those.
const START_TEXT: Record<TourLanguage, Record<'title' | 'intro' | 'try' | 'pagesIn' | 'changed', string>> = {
  en: {
    title: 'Seller Ops Log · sample pages',
    intro:
      'Our own copies of Seller Central and Advertising console pages, served at their real addresses inside this browser only: nothing is sent to Amazon and no account is needed. Open one and watch the badges appear.',
    try: 'Try it: hover a badge, click it, write a summary and press Enter. Then click the extension’s toolbar icon for today’s log, and right-click it → Options for the dashboard.',
    pagesIn: 'Pages in {language}',
    changed: 'A page Amazon has changed: the extension says what it could not read',
  },
  zh_CN: {
    title: '卖家运营日志 · 示例页面',
    intro: '这些是我们自己制作的卖家平台和广告后台页面副本，只在这个浏览器里以真实网址打开：不会向亚马逊发送任何请求，也不需要账号。打开任意一页，就能看到标记出现。',
    try: '试试看：把鼠标悬停在标记上，点击它，写一句摘要，按回车。然后点击工具栏上的扩展图标查看今天的日志，右键图标 → “选项”打开仪表板。',
    pagesIn: '{language}页面',
    changed: '亚马逊改版后的页面：扩展会说明哪些内容无法读取',
  },
};
const LANGUAGE_NAME: Record<TourLanguage, Record<TourLanguage, string>> = {
  en: { en: 'English', zh_CN: '中文' },
  zh_CN: { en: '英文', zh_CN: '中文' },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a sample is, in the reader's language: "Account health · United Kingdom". */
export function sampleTitle(sample: LoadedSample, language: TourLanguage): string {
  if (sample.diagnostic) return START_TEXT[language].changed;
  const adapter = sample.page.expected.adapter ?? '';
  const page = t(`popup.page.${adapter}` as MessageKey, {}, language);
  return `${page} · ${marketplaceName(sample.page.expected.marketplace as Marketplace, language)}`;
}

/** The start page, in the tour's language, with that language's samples first. */
export function startPage(samples: readonly LoadedSample[], language: TourLanguage): string {
  const text = START_TEXT[language];
  const groups = [language, ...TOUR_LANGUAGES.filter((l) => l !== language)].map((group) => {
    const links = samples
      .filter((s) => s.language === group)
      .map((s) => `<li><a href="${escapeHtml(s.url)}" data-sample="${escapeHtml(s.fixture)}">${escapeHtml(sampleTitle(s, language))}</a> <small>${escapeHtml(new URL(s.url).host)}</small></li>`);
    return `<h2>${escapeHtml(text.pagesIn.replace('{language}', LANGUAGE_NAME[language][group]))}</h2><ul>${links.join('')}</ul>`;
  });
  return `<!doctype html>
<html lang="${language === 'zh_CN' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title>
<style>
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #17202a; max-width: 880px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 20px 0 6px; }
ul { margin: 0; padding-left: 20px; } li { margin: 4px 0; } small { color: #5b6770; }
a { color: #0a6a77; } .try { background: #f5f7f8; border-radius: 6px; padding: 10px 14px; }
</style></head>
<body data-sol-samples="">
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)}</p>
${groups.join('\n')}
<p class="try">${escapeHtml(text.try)}</p>
</body></html>`;
}

/** Serves the start page and every sample in `context`. */
export async function serveSamples(context: BrowserContext, samples: readonly LoadedSample[], language: TourLanguage): Promise<void> {
  await serveSite(context, [{ url: START_URL, html: startPage(samples, language) }, ...samples.map((s) => ({ url: s.url, html: s.page.html }))]);
}
