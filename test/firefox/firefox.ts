/**
 * Runs the Firefox build in Firefox: launches the system Firefox over WebDriver BiDi with puppeteer-core,
 * installs the unpacked add-on, serves fixture pages at their real https addresses by answering the
 * page's requests itself, and reads the add-on's IndexedDB from one of its own pages.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Fixture } from '../fixtures';
import { clearRowsInPage, readRowsInPage, scrollGridsWith, scrollStepInPage, sleep } from '../in-page';

export { sleep, waitFor } from '../in-page';

/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'seller-ops-log@example.org';
/** Fixed so that the add-on's own pages have a known address (Firefox picks a random one otherwise). */
export const ADDON_UUID = '5e11e40b-0b5a-4c6e-9d0e-5011e40b0b5a';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** The build under test: `$SOL_OUT_DIR/firefox-mv2` (or `firefox-mv3` with SOL_FIREFOX_MV3=1). */
export const ADDON_PATH = resolve(
  import.meta.dirname,
  '..',
  '..',
  process.env.SOL_OUT_DIR ?? '.output',
  process.env.SOL_FIREFOX_MV3 ? 'firefox-mv3' : 'firefox-mv2',
);

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  // A missing Firefox fails the run, never skips it: the Firefox build would go untested.
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH`);
  return path;
}

export interface FirefoxWithAddon {
  browser: Browser;
  /**
   * A tab showing the add-on's dashboard, where the tests read its database and open its other pages.
   * WebDriver BiDi may not navigate a tab to a moz-extension: address, and Puppeteer does not see a
   * tab's moving to one (its url() stays about:blank), so add-on pages are reached from inside the add-on.
   */
  home: Page;
  /** Where the browser saves downloads (the exports and the backup). */
  downloads: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Leave the add-on out: the test installs it itself (to open a page the moment it is installed). */
  withoutAddon?: boolean;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxWithAddon> {
  if (!existsSync(join(ADDON_PATH, 'manifest.json'))) {
    throw new Error(`No build at ${ADDON_PATH}: run "npm run test:firefox" (it builds first)`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'sol-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'sol-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Downloads go to a folder of the test's, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/markdown,text/plain',
    },
  });
  const ff: FirefoxWithAddon = {
    browser,
    home: undefined as unknown as Page,
    downloads,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  if (!options.withoutAddon) {
    await installAddon(ff);
    await takeWelcomeAsHome(ff);
  }
  return ff;
}

export async function installAddon(ff: FirefoxWithAddon): Promise<string> {
  const id = await ff.browser.installExtension(ADDON_PATH);
  if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
  return id;
}

/** The address a tab really shows (Puppeteer's url() misses moves to add-on pages). */
/**
 * What a page evaluates, or `fallback` after 2 s: a tab still starting (or one stuck on a blank page)
 * may not answer at all, and one such tab must not use up a search's whole time.
 */
async function evaluateSoon<T>(page: Page, fn: () => T, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), 2_000)));
  try {
    return await Promise.race([page.evaluate(fn).catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function hrefOf(page: Page): Promise<string> {
  return evaluateSoon(page, () => location.href, '');
}

async function findTab(ff: FirefoxWithAddon, url: string, except: readonly Page[] = []): Promise<Page | undefined> {
  for (const page of await ff.browser.pages()) if (!except.includes(page) && (await hrefOf(page)) === url) return page;
  return undefined;
}

/**
 * The add-on opens its first-run page on install (polled: the tab may show about:blank first); that
 * tab becomes the tests' home, on the dashboard.
 */
export async function takeWelcomeAsHome(ff: FirefoxWithAddon): Promise<void> {
  const url = `${ADDON_ORIGIN}/welcome.html`;
  for (const until = Date.now() + 15_000; Date.now() < until; await sleep(100)) {
    const welcome = await findTab(ff, url);
    if (!welcome) continue;
    ff.home = welcome;
    await gotoInAddon(welcome, 'dashboard.html');
    return;
  }
  throw new Error(`The add-on did not open its first-run page (${url}) on install`);
}

/** Moves a tab that shows an add-on page to another of the add-on's pages, and waits for it to load. */
export async function gotoInAddon(page: Page, path: string): Promise<void> {
  const url = `${ADDON_ORIGIN}/${path}`;
  await page.evaluate((to) => {
    location.href = to;
  }, url);
  for (const until = Date.now() + 15_000; Date.now() < until; await sleep(100)) {
    const ready = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (ready === `complete ${url}`) return;
  }
  throw new Error(`${url} did not load`);
}

/** An add-on page (popup.html, dashboard.html#backup…) in a new tab, opened by the add-on itself. */
export async function addonPage(ff: FirefoxWithAddon, path: string): Promise<Page> {
  const url = `${ADDON_ORIGIN}/${path}`;
  const before = await ff.browser.pages();
  await ff.home.evaluate((to) => {
    void (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: to });
  }, url);
  for (const until = Date.now() + 15_000; Date.now() < until; await sleep(100)) {
    const page = await findTab(ff, url, [...before, ff.home]);
    if (page && (await evaluateSoon(page, () => document.readyState as string, '')) === 'complete') return page;
  }
  throw new Error(`${url} did not open`);
}


/**
 * A new tab that answers document requests for `url` with `html` and 404 for everything else on the
 * page's hosts: nothing reaches Amazon, and the add-on sees the address it would see in real use.
 */
export async function servedPage(ff: FirefoxWithAddon, url: string, html: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ff.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  const served = new URL(url);
  page.on('request', (request: HTTPRequest) => {
    const requested = new URL(request.url());
    if (requested.protocol === 'moz-extension:' || requested.protocol === 'data:' || requested.protocol === 'blob:') {
      void request.continue();
      return;
    }
    const isPage = request.isNavigationRequest() && requested.origin === served.origin && requested.pathname === served.pathname;
    void request.respond(isPage ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : { status: 404, body: '' });
  });
  return { page, errors };
}

/** Opens a fixture in a new tab at its real address and waits as long as the fixture says. */
export async function openFixture(ff: FirefoxWithAddon, fixture: Fixture, { settleMs }: { settleMs?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await servedPage(ff, fixture.expected.url, fixture.html);
  await opened.page.goto(fixture.expected.url, { waitUntil: 'load' });
  await sleep(settleMs ?? fixture.expected.waitMs ?? 2500);
  return opened;
}

/** Every row of a table of the add-on's database, read in one of the add-on's pages. */
export async function readTable<T = unknown>(addon: Page, table: string): Promise<T[]> {
  return addon.evaluate(readRowsInPage<T>, table) as Promise<T[]>;
}

export async function clearTable(addon: Page, table: string): Promise<void> {
  await addon.evaluate(clearRowsInPage, table);
}

export interface DrawnBadge {
  metric: string;
  entity: string;
  level: string;
  value: number;
}

/** The badges drawn in a page, in the light DOM and inside the page's own open shadow roots. */
export async function badgesOf(page: Page): Promise<DrawnBadge[]> {
  return page.evaluate(() => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...Array.from(root.querySelectorAll('[data-sol-badge]')));
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found.map((e) => ({
      metric: e.getAttribute('data-sol-metric') ?? '',
      entity: e.getAttribute('data-sol-entity') ?? '',
      level: e.getAttribute('data-sol-level') ?? '',
      value: Number(e.getAttribute('data-sol-value')),
    }));
  });
}

/**
 * An element found through shadow roots (`>>>`), polled: Puppeteer's waitForSelector re-checks on DOM
 * mutations of the document, and a change inside a shadow root (the log panel's form) is none, so it may
 * never see the element appear.
 */
export async function deepElement(page: Page, selector: string, timeoutMs = 10_000): Promise<ElementHandle<Element>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(selector);
    if (found) return found;
    if (Date.now() > until) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
    await sleep(150);
  }
}

/** Scrolls each virtualized container to its end in steps, as the fixtures README describes. */
export async function scrollGrids(page: Page): Promise<void> {
  await scrollGridsWith((selector) => page.evaluate(scrollStepInPage, selector));
}
