/**
 * UI strings inside the pages the extension reads, in English and 中文, and the UI language itself.
 * The page reader and the log panel import this module and so carry only the page strings
 * (./page/en.ts); the extension's own pages import ./index.ts, which knows every string. The language
 * follows the browser unless the assistant overrides it in settings; `_locales/` only carries the store
 * name and description, since `browser.i18n` cannot switch language at run time.
 */
import { pageEn, type PageMessageKey } from './page/en';
import { pageZh_CN } from './page/zh_CN';

export type UiLanguage = 'en' | 'zh_CN';
export type { PageMessageKey };

const PAGE_CATALOGS: Record<UiLanguage, Record<PageMessageKey, string>> = { en: pageEn, zh_CN: pageZh_CN };

let current: UiLanguage = detectLanguage();

/** The browser's first preferred language decides: any Chinese → 中文, anything else → English. */
export function detectLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): UiLanguage {
  return /^zh\b/i.test(languages[0] ?? '') ? 'zh_CN' : 'en';
}

export function setLanguage(language: UiLanguage | 'auto'): void {
  current = language === 'auto' ? detectLanguage() : language;
}

export function getLanguage(): UiLanguage {
  return current;
}

/** `template` with its `{name}` placeholders filled in from `params`; unknown names stay as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The page message for `key` with `{name}` placeholders filled in. */
export function t(key: PageMessageKey, params: Record<string, string | number> = {}, language: UiLanguage = current): string {
  return fillTemplate(PAGE_CATALOGS[language][key] ?? pageEn[key], params);
}
