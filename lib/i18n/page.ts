/**
 * UI strings inside the pages the extension reads, and the UI language itself. The page reader and the
 * log panel import this module; the extension's own pages import ./index.ts, which knows every string.
 *
 * This module carries no catalog: whoever runs it installs the page catalogs (./page/en.ts,
 * ./page/zh_CN.ts) with `installPageCatalogs`. The extension's own pages and the background do so by
 * importing ./page-catalogs.ts; a page's reader gets them from the background in one message before it
 * draws anything (lib/content/page-strings.ts) and hands them to the log panel, so the scripts a page
 * evaluates as it loads do not carry a third of their size in strings (bench/README.md).
 *
 * The language follows the browser unless the assistant overrides it in settings; `_locales/` only
 * carries the store name and description, since `browser.i18n` cannot switch language at run time.
 */
import type { PageMessageKey } from './page/en';

export type UiLanguage = 'en' | 'zh_CN';
export type { PageMessageKey };

export type PageCatalog = Readonly<Record<PageMessageKey, string>>;
export type PageCatalogs = Readonly<Record<UiLanguage, PageCatalog>>;

let catalogs: Partial<Record<UiLanguage, PageCatalog>> = {};
/** Chosen on first use: reading the browser's languages at the reader's top level cost the page ~0.3 ms. */
let current: UiLanguage | undefined;

/** The page strings this script's `t` shows from now on. */
export function installPageCatalogs(installed: PageCatalogs): void {
  catalogs = { ...installed };
}

/**
 * One language's page strings, beside any installed before: the popup installs only the language it
 * shows (./ui.ts `loadLanguage`); `t` throws for a language not installed.
 */
export function installPageCatalog(language: UiLanguage, catalog: PageCatalog): void {
  catalogs = { ...catalogs, [language]: catalog };
}

/** The installed page catalogs, when both languages are (undefined until then). */
export function pageCatalogs(): PageCatalogs | undefined {
  return catalogs.en && catalogs.zh_CN ? { en: catalogs.en, zh_CN: catalogs.zh_CN } : undefined;
}

/** The browser's first preferred language decides: any Chinese → 中文, anything else → English. */
export function detectLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): UiLanguage {
  return /^zh\b/i.test(languages[0] ?? '') ? 'zh_CN' : 'en';
}

export function setLanguage(language: UiLanguage | 'auto'): void {
  current = language === 'auto' ? detectLanguage() : language;
}

export function getLanguage(): UiLanguage {
  return (current ??= detectLanguage());
}

/** `template` with its `{name}` placeholders filled in from `params`; unknown names stay as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The page message for `key` with `{name}` placeholders filled in. Before the catalogs are installed
 * it throws: every script that shows page strings installs them first, and a key shown to the assistant
 * in their place would be a bug nobody sees in a test.
 */
export function t(key: PageMessageKey, params: Record<string, string | number> = {}, language: UiLanguage = getLanguage()): string {
  return messageOf(catalogs, key, params, language, 'page strings');
}

/**
 * `key`'s message in `language` from installed `catalogs` (English where that language lacks it), its
 * placeholders filled in; throws, naming `what` was asked for, when the language is not installed.
 * The page strings' `t` and the extension pages' (./ui.ts) both look up this way.
 */
export function messageOf<K extends string>(
  catalogs: Partial<Record<UiLanguage, Readonly<Record<K, string>>>>,
  key: K,
  params: Record<string, string | number>,
  language: UiLanguage,
  what: string,
): string {
  const catalog = catalogs[language];
  if (!catalog) throw new Error(`${what} asked for (${key}) before they were installed (${language})`);
  return fillTemplate(catalog[key] ?? (catalogs.en ?? catalog)[key], params);
}
