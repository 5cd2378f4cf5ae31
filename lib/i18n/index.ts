/**
 * Every UI string in English and 中文 (zh_CN), for the extension's own pages (dashboard, welcome,
 * exports): both catalogs, installed into ./ui.ts (which holds `t`). The popup imports ./ui.ts and loads
 * only its language. Code that runs inside the pages the extension reads imports ./page.ts instead, which
 * holds only the page strings; the UI language is kept there, for all.
 */
import { en } from './en';
// The page strings of both languages too (for ./page.ts's `pageCatalogs`): components shared with the pages show them here.
import './page-catalogs';
import { installCatalog } from './ui';
import { zh_CN } from './zh_CN';

export { detectLanguage, getLanguage, hasLanguage, loadLanguage, setLanguage, t, type MessageKey, type UiLanguage } from './ui';

installCatalog('en', en);
installCatalog('zh_CN', zh_CN);
