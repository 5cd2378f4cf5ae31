/**
 * The two browsers of a benchmark run: the system Chromium with the built extension, and the same
 * Chromium with the same flags and no extension (the baseline of loadOverhead).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromePath, EXTENSION_PATH } from '../test/e2e/browser';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker and id; absent in the browser without the extension. */
  worker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Pages in background tabs must run at full speed: the benchmark opens several at once.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launch(withExtension: boolean): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sol-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [...FLAGS, ...(withExtension ? [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`] : ['--disable-extensions'])],
  });
  let worker: Worker | undefined;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await closeExtensionTabs(context);
  }
  return {
    context,
    ...(worker ? { worker, extensionId: new URL(worker.url()).host } : {}),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Pages the extension opens by itself on install (a first-run page) would run beside the measurements. */
async function closeExtensionTabs(context: BrowserContext): Promise<void> {
  for (const until = Date.now() + 1_500; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  }
}

/** Serves `html` for document requests to `url`'s path on its host; anything else there is a 404. */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.unroute(`${target.protocol}//${target.host}/**`).catch(() => undefined);
  await context.route(`${target.protocol}//${target.host}/**`, (route) => {
    const requested = new URL(route.request().url());
    if (route.request().resourceType() === 'document' && requested.pathname === target.pathname) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}

/** An extension page with no application of its own running in it, for scripts in the extension's origin. */
export async function extensionPage(browser: BenchBrowser): Promise<Page> {
  if (!browser.extensionId) throw new Error('this browser has no extension');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return page;
}
