/**
 * UI strings in English and 中文 (zh_CN). The language follows the browser unless the assistant
 * overrides it in settings; `_locales/` only carries the store name and description, since
 * `browser.i18n` cannot switch language at run time.
 */
import { en, type MessageKey } from './en';
import { zh_CN } from './zh_CN';

export type UiLanguage = 'en' | 'zh_CN';
export type { MessageKey };

const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { en, zh_CN };

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

/** The message for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, language: UiLanguage = current): string {
  const template = CATALOGS[language][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
