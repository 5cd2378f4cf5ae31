/**
 * Installs both page catalogs into ./page.ts: imported (for this effect) by the scripts that carry the
 * strings themselves: the extension's own pages (through ./index.ts) and the background, which hands
 * them to the page readers (lib/content/page-strings.ts).
 */
import { installPageCatalogs, type PageCatalogs } from './page';
import { pageEn } from './page/en';
import { pageZh_CN } from './page/zh_CN';

export const PAGE_CATALOGS: PageCatalogs = { en: pageEn, zh_CN: pageZh_CN };

installPageCatalogs(PAGE_CATALOGS);
