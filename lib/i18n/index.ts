/**
 * Every UI string in English and 中文 (zh_CN), for the extension's own pages (popup, dashboard, welcome,
 * exports). Code that runs inside the pages the extension reads imports ./page.ts instead, which holds
 * only the page strings; the UI language is kept there, for both.
 */
import { en, type MessageKey } from './en';
// The page strings too: components shared with the pages (the log form) show them here.
import './page-catalogs';
import { fillTemplate, getLanguage, type UiLanguage } from './page';
import { zh_CN } from './zh_CN';

export { detectLanguage, getLanguage, setLanguage, type UiLanguage } from './page';
export type { MessageKey };

const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { en, zh_CN };

/** The message for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, language: UiLanguage = getLanguage()): string {
  return fillTemplate(CATALOGS[language][key] ?? en[key], params);
}
