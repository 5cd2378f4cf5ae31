/**
 * Security of the built extension (docs/reliability.md, rows X): the manifests of both builds ask for
 * exactly the permissions the product needs, and host access only to the listed hosts; no remote code
 * and the default content security policy; no network request from any extension context (service
 * worker, popup, dashboard, first-run page, content scripts on every kind of page); page text shown in
 * the popup and the dashboard as text only; a page script cannot log or undo an entry through the
 * log panel, which lives in the page's DOM; and a page cannot load the reader files the extension lets its
 * own loader import (fingerprinting the extension by a fixed address).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_MATCH_PATTERNS, SOURCES } from '../../lib/read/marketplaces';
import { serveSite } from '../../scripts/serve-pages';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';
import { clearTable, currentWorker, launchWithExtension, readTable, scrollGrids, waitFor, type ExtensionBrowser } from './browser';

const OUT = resolve(import.meta.dirname, '..', '..', process.env.SOL_OUT_DIR ?? '.output');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_scripts?: { matches: string[]; js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  [key: string]: unknown;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** X5/X6: the built manifests and files, both browsers. */
describe.each([
  ['chrome-mv3', ['storage', 'unlimitedStorage', 'alarms', 'scripting']],
  ['firefox-mv2', ['storage', 'unlimitedStorage', 'alarms']],
] as const)('the %s build', (build, apiPermissions) => {
  const dir = join(OUT, build);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: build both (wxt build; wxt build -b firefox)`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('X5: asks for exactly the permissions it needs, and host access to the listed hosts only', () => {
    if (build === 'chrome-mv3') {
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...apiPermissions].sort());
      expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...HOST_MATCH_PATTERNS].sort());
    } else {
      // Manifest V2 lists host access among the permissions.
      expect([...(manifest.permissions ?? [])].sort()).toEqual([...apiPermissions, ...HOST_MATCH_PATTERNS].sort());
      expect(manifest.host_permissions).toBeUndefined();
    }
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    // Content scripts run on the listed hosts only; no page and no other extension may message it.
    for (const script of manifest.content_scripts ?? []) for (const match of script.matches) expect(HOST_MATCH_PATTERNS).toContain(match);
    expect(manifest.externally_connectable).toBeUndefined();
    // Of the extension only the two page readers and the log panel may be loaded, and only by the listed
    // pages: the content scripts import them as modules (lib/content/import-own-script.ts). In Chrome only
    // through the session's address (X8 below); Firefox's add-on address is random for each install.
    const imported = [...SOURCES.map((source) => `reader-${source}.js`), 'log-panel.js'];
    if (build === 'chrome-mv3') expect(manifest.web_accessible_resources).toEqual([{ resources: imported, matches: HOST_MATCH_PATTERNS, use_dynamic_url: true }]);
    else expect(manifest.web_accessible_resources).toEqual(imported);
  });

  it('X6: keeps the default content security policy and loads no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    const local = (path: string) => !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(path);
    const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((p): p is string => !!p);
    for (const path of [...background, ...(manifest.content_scripts ?? []).flatMap((s) => s.js ?? [])]) {
      expect(local(path), path).toBe(true);
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    const files = filesUnder(dir);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const name = relative(dir, file);
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.html')) {
        for (const [, src] of text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) expect(local(src!), `${name}: script ${src}`).toBe(true);
        for (const [, href] of text.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi)) expect(local(href!), `${name}: link ${href}`).toBe(true);
      }
      if (file.endsWith('.js')) {
        // Code fetched from elsewhere: importScripts / import() / a script element's src of a remote URL.
        expect(text, name).not.toMatch(/importScripts\s*\(\s*["'`](?:https?:)?\/\//);
        expect(text, name).not.toMatch(/\bimport\s*\(\s*["'`](?:https?:)?\/\//);
        expect(text, name).not.toMatch(/\.src\s*=\s*["'`](?:https?:)?\/\//);
        expect(text, name).not.toMatch(/\bfrom\s*["'`]https?:\/\//);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

const shared = listFixtures([SHARED_FIXTURES]);
const own = listFixtures().filter((f) => f.name.startsWith('own/'));
const hostileFixture = own.find((f) => f.name.endsWith('hostile-strings-en-us.html'))!;

const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"><svg onload=window.__pwned=3>', 'javascript:window.__pwned=4', '{{constructor.constructor("window.__pwned=5")()}}'];

/** Records every script injection attempt an extension page's CSP stops, and whatever ran anyway. */
async function watchInjection(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = window as unknown as { __violations: string[] };
    scope.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => scope.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function injected(page: Page): Promise<{ pwned: unknown; violations: string[]; elements: number; jsLinks: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    violations: (window as unknown as { __violations: string[] }).__violations,
    // Elements that only parsing the hostile text as HTML would have made.
    elements: document.querySelectorAll('img[src="x"], img[onerror], svg[onload], body script').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
  }));
}

describe('X7, X3, X1: in the browser', () => {
  let browser: ExtensionBrowser;
  const requests: { url: string; from: string }[] = [];
  /** Documents the test itself navigates to (the fixture pages), which are the only allowed requests. */
  const navigations = new Set<string>();

  beforeAll(async () => {
    // Service-worker requests are reported only with this switch, read when the browser starts.
    const before = process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS;
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    try {
      browser = await launchWithExtension();
    } finally {
      if (before === undefined) delete process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS;
      else process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = before;
    }
    browser.context.on('request', (request: Request) => {
      if (!/^(https?|wss?|ftp):/i.test(request.url())) return; // the extension's own files, data: and blob: URLs
      const from = request.serviceWorker() ? 'service worker' : (request.frame()?.url() ?? 'unknown');
      requests.push({ url: request.url(), from });
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** `beforeGoto` runs on the new page before it navigates (to watch what the page loads from the start). */
  async function visit(fixture: Fixture, waitMs = fixture.expected.waitMs ?? 2000, beforeGoto?: (page: Page) => Promise<void>): Promise<Page> {
    // Served alone: several fixtures share an address.
    await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
    await serveSite(browser.context, [{ url: fixture.expected.url, html: fixture.html }]);
    const page = await browser.context.newPage();
    navigations.add(fixture.expected.url);
    page.on('request', (r) => {
      if (r.isNavigationRequest()) navigations.add(r.url());
    });
    await beforeGoto?.(page);
    await page.goto(fixture.expected.url, { waitUntil: 'load' });
    await page.waitForTimeout(waitMs);
    if (fixture.expected.scroll) await scrollGrids(page);
    return page;
  }

  it('X7: the service worker\'s requests are seen (the check below is live)', async () => {
    await currentWorker(browser).evaluate(() => fetch('https://control.invalid/probe').catch(() => undefined));
    await expect.poll(() => requests.some((r) => r.url === 'https://control.invalid/probe' && r.from === 'service worker')).toBe(true);
    requests.splice(0);
  });

  it("X8: the page's reader and log panel are imported, and the page's own script cannot load them from the extension's fixed address", async () => {
    // The import is a request of the page's (the browser's network log shows it); a script the background
    // injects is not. So the reader arrived by the import, not by the background's fallback.
    const extensionScripts: string[] = [];
    const page = await visit(shared.find((f) => f.expected.adapter === 'ads-campaigns')!, 0, async (opened) => {
      const cdp = await browser.context.newCDPSession(opened);
      cdp.on('Network.requestWillBeSent', (e) => {
        if (e.request.url.startsWith('chrome-extension://') && !e.redirectResponse) extensionScripts.push(`${e.type} ${new URL(e.request.url).pathname}`);
      });
      await cdp.send('Network.enable');
    });
    expect(await waitFor(() => page.locator('[data-sol-badge]').count(), (badges) => badges > 0), 'badges drawn by the imported reader').toBeGreaterThan(0);
    expect(extensionScripts).toEqual(['Script /reader-advertising.js']);
    // The log panel's code arrives the same way when the panel is first opened.
    await page.locator('[data-sol-launcher]').click();
    await page.locator('[data-sol-panel] input[name=summary]').waitFor();
    expect(extensionScripts).toEqual(['Script /reader-advertising.js', 'Script /log-panel.js']);
    for (const file of ['reader-advertising.js', 'log-panel.js']) {
      const loaded = await page.evaluate(async (url) => fetch(url).then((r) => `status ${r.status}`, () => 'refused'), `chrome-extension://${browser.extensionId}/${file}`);
      expect(loaded, file).toBe('refused');
    }
    await page.close();
  });

  it('X1: a page script cannot log or undo an entry through the panel in its DOM', async () => {
    await clearTable(browser, 'entries');
    const page = await visit(shared.find((f) => f.expected.adapter === 'account-health')!);
    // The page opens the panel (a synthetic click; harmless), fills it in and tries every way to submit.
    await page.evaluate(() => (document.querySelector('[data-sol-launcher]') as HTMLElement).click());
    await expect.poll(() => page.locator('[data-sol-panel] input[name=summary]').count()).toBe(1);
    const attempts = await page.evaluate(async () => {
      const root = document.querySelector('[data-sol-panel]')!.shadowRoot!;
      const form = root.querySelector('form')!;
      const summary = root.querySelector<HTMLInputElement>('input[name=summary]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(summary, 'forged by the page');
      summary.dispatchEvent(new Event('input', { bubbles: true }));
      const settle = () => new Promise((r) => setTimeout(r, 300));
      form.requestSubmit();
      await settle();
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await settle();
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await settle();
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await settle();
      return 4;
    });
    await page.waitForTimeout(800);
    expect(await readTable(browser, 'entries'), `${attempts} forged submits`).toEqual([]);

    // The person types and presses Enter: saved once.
    const summary = page.locator('[data-sol-panel] input[name=summary]');
    await summary.fill('logged by the assistant');
    await summary.press('Enter');
    const [entry] = await waitFor(() => readTable<{ id: string; summary: string }>(browser, 'entries'), (rows) => rows.length === 1);
    expect(entry!.summary).toBe('logged by the assistant');
    // The page clicks Undo: ignored. The person clicks it: undone.
    const undo = page.locator('[data-sol-panel] button', { hasText: /Undo|撤销/ });
    await expect.poll(() => undo.count()).toBe(1);
    await page.evaluate(() => {
      const root = document.querySelector('[data-sol-panel]')!.shadowRoot!;
      Array.from(root.querySelectorAll('button')).find((b) => /Undo|撤销/.test(b.textContent ?? ''))!.click();
    });
    await page.waitForTimeout(800);
    expect((await readTable(browser, 'entries')).length).toBe(1);
    await undo.click();
    await waitFor(() => readTable(browser, 'entries'), (rows) => rows.length === 0);
    await page.close();
  });

  it('X3: page text in the popup and every dashboard view is shown as text, never parsed as HTML', async () => {
    await clearTable(browser, 'entries');
    await clearTable(browser, 'snapshots');
    // Values and an entry from the hostile page, logged from its badge as an assistant would.
    const page = await visit(hostileFixture);
    const sku = hostileFixture.expected.snapshots[0]!.entity;
    const badge = page.locator(`[data-sol-badge][data-sol-metric=titleLength][data-sol-entity=${JSON.stringify(sku)}]`);
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(1);
    await badge.click();
    await expect.poll(() => page.locator('[data-sol-panel] input[name=entity]').inputValue()).toBe(sku);
    const summary = page.locator('[data-sol-panel] input[name=summary]');
    await summary.fill(HOSTILE.join(' '));
    await page.locator('[data-sol-panel] input[name=action]').fill(HOSTILE[1]!);
    await page.locator('[data-sol-panel] input[name=owner]').fill(HOSTILE[2]!);
    await summary.press('Enter');
    await waitFor(() => readTable(browser, 'entries'), (rows) => rows.length === 1);
    await page.close();

    const popup = await browser.context.newPage();
    await watchInjection(popup);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-sol-ready]');
    await expect.poll(() => popup.locator('[data-sol-entry]').count()).toBe(1);
    expect(await popup.locator('body').innerText()).toContain(HOSTILE[0]);
    expect(await injected(popup)).toEqual({ pwned: undefined, violations: [], elements: 0, jsLinks: 0 });
    await popup.close();

    const dashboard = await browser.context.newPage();
    await watchInjection(dashboard);
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const tabs = dashboard.locator('[data-sol-tab]');
    await expect.poll(() => tabs.count()).toBeGreaterThan(2);
    let shown = false;
    for (const tab of await tabs.all()) {
      await tab.click();
      await dashboard.waitForTimeout(600);
      const text = await dashboard.locator('body').innerText();
      shown ||= text.includes(HOSTILE[0]!) || text.includes(sku);
      expect(await injected(dashboard), `tab ${await tab.getAttribute('data-sol-tab')}`).toEqual({ pwned: undefined, violations: [], elements: 0, jsLinks: 0 });
    }
    expect(shown, 'the hostile text is listed somewhere, as text').toBe(true);
    await dashboard.close();
  });

  it('X7: no extension context makes a network request: worker, popup, dashboard, first-run page, content scripts on every kind of page', async () => {
    requests.splice(0);
    // Every shared page, and of our own one per page kind and each special one: captures, badges,
    // tooltips with history, diagnostics, a pushState navigation, a grid in a shadow root.
    const special = /hostile|anchors-gone|unknown-marketplace|pushstate|shadow|virtualized/;
    const kinds = new Set<string>();
    const ownPages = own.filter((f) => {
      const kind = f.name.split('/')[1]!;
      if (special.test(f.name)) return true;
      if (kinds.has(kind)) return false;
      kinds.add(kind);
      return true;
    });
    for (const fixture of [...shared, ...ownPages]) {
      const page = await visit(fixture, 1_500);
      for (const badge of (await page.locator('[data-sol-badge]').all()).slice(0, 3)) await badge.hover().catch(() => undefined);
      await page.close();
    }
    const page = await visit(shared.find((f) => f.expected.adapter === 'inventory')!);
    await page.locator('[data-sol-launcher]').click();
    const summary = page.locator('[data-sol-panel] input[name=summary]');
    await summary.fill('network check');
    await summary.press('Enter');
    await page.waitForTimeout(500);
    await page.close();

    for (const path of ['popup.html', 'dashboard.html', 'welcome.html']) {
      const extensionPage = await browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await extensionPage.waitForTimeout(800);
      for (const control of await extensionPage.locator('[data-sol-tab], [data-sol-export]').all()) {
        await control.click().catch(() => undefined);
        await extensionPage.waitForTimeout(300);
      }
      await extensionPage.close();
    }
    await currentWorker(browser).evaluate(() => new Promise((r) => setTimeout(r, 500)));

    const made = requests.filter((r) => !navigations.has(r.url));
    expect(made, 'requests made by the extension').toEqual([]);
    // The fixture pages loaded nothing but themselves either (they load nothing else): every request was ours to make.
    expect(requests.length).toBeGreaterThanOrEqual(shared.length + 1);
  }, 400_000);
});
