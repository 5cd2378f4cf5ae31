/**
 * The `t` of the extension's own pages, without the catalogs: ./index.ts installs both (the dashboard,
 * the welcome page, exports, tests); the popup imports this module instead and installs only the language
 * it shows (`loadLanguage`, a dynamic import of ./en.ts or ./zh_CN.ts), so its first load carries one
 * catalog, not both (bench/README.md, popupInteractiveMs). `t` throws for a language not installed, as
 * the page strings' `t` does, rather than show a key.
 */
import type { MessageKey } from './en';
import { detectLanguage, getLanguage, installPageCatalog, messageOf, type UiLanguage } from './page';

export { detectLanguage, getLanguage, setLanguage, type UiLanguage } from './page';
export type { MessageKey };

export type Catalog = Readonly<Record<MessageKey, string>>;

const catalogs: Partial<Record<UiLanguage, Catalog>> = {};

/** Installs a language's strings, the page strings (which it holds) included. */
export function installCatalog(language: UiLanguage, catalog: Catalog): void {
  catalogs[language] = catalog;
  installPageCatalog(language, catalog);
}

/** Whether `language`'s strings are installed. */
export function hasLanguage(language: UiLanguage): boolean {
  return catalogs[language] !== undefined;
}

/** Installs `language`'s strings (`auto`: the browser's), loading them if they are not yet. */
export async function loadLanguage(language: UiLanguage | 'auto'): Promise<void> {
  const wanted = language === 'auto' ? detectLanguage() : language;
  if (hasLanguage(wanted)) return;
  if (wanted === 'zh_CN') installCatalog('zh_CN', (await import('./zh_CN')).zh_CN);
  else installCatalog('en', (await import('./en')).en);
}

/** The message for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, language: UiLanguage = getLanguage()): string {
  return messageOf(catalogs, key, params, language, 'UI strings');
}
