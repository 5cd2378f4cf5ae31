/**
 * Launches the system Chromium with the built extension loaded, serves fixture pages at their real
 * URLs, and reads the extension's IndexedDB through its service worker.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveSite } from '../../scripts/serve-pages';
import type { Fixture } from '../fixtures';
import { clearRowsInPage, readRowsInPage, scrollGridsWith, scrollStepInPage } from '../in-page';
import type { Snapshot } from '../../lib/store/schema';
import { snapshotStorageKey } from '../../lib/store/snapshot-key';

export { waitFor } from '../in-page';

/** The build under test: `.output/chrome-mv3`, or `$SOL_OUT_DIR/chrome-mv3` when a run builds elsewhere. */
export const EXTENSION_PATH = resolve(import.meta.dirname, '..', '..', process.env.SOL_OUT_DIR ?? '.output', 'chrome-mv3');

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The first-run page the extension opened on install (closed unless `keepWelcome`). */
  welcome: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** false: a visible window (npm start's tour). */
  headless?: boolean;
  /** The browser's language, e.g. `zh-CN`: the extension's name and the pages' default language follow it. */
  locale?: string;
  /** Keep the first-run page the extension opens on install (the tour uses it); tests close it. */
  keepWelcome?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_PATH}: run "npm run build" first (npm run test:e2e does)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'sol-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const welcome = await firstRunPage(context, extensionId);
  if (!options.keepWelcome) await welcome.close();
  return {
    context,
    worker,
    extensionId,
    welcome,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension opens its first-run page on install; a fresh profile is always an install. */
async function firstRunPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  // Polled: a tab the extension opens may first show about:blank, so the 'page' event is too early to tell.
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
  }
  throw new Error(`The extension did not open its first-run page (${url}) on install`);
}

/** The current service worker (a stopped worker is replaced by a new one on the next event). */
export function currentWorker(browser: ExtensionBrowser): Worker {
  return browser.context.serviceWorkers().at(-1) ?? browser.worker;
}

/** Serves `html` at `url` (and 404 for anything else on that host), the way the fixtures README says. */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await serveSite(context, [{ url, html }]);
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors in the page: the extension must never throw into it. */
  errors: string[];
}

export async function openFixture(browser: ExtensionBrowser, fixture: Fixture): Promise<OpenedPage> {
  await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
  await servePage(browser.context, fixture.expected.url, fixture.html);
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(fixture.expected.url, { waitUntil: 'load' });
  await page.waitForTimeout(fixture.expected.waitMs ?? 2500);
  if (fixture.expected.scroll) await scrollGrids(page);
  return { page, errors };
}

/** Scrolls each virtualized container to its end in steps, as the fixtures README describes. */
export async function scrollGrids(page: Page): Promise<void> {
  await scrollGridsWith((selector) => page.evaluate(scrollStepInPage, selector));
}

export interface StoredSnapshot {
  marketplace: string;
  source: string;
  page: string;
  scope: string;
  entity: string;
  metric: string;
  value: number;
  unit: string;
  currency?: string;
  /** The word of a status metric (contract §2). */
  status?: string;
  period: string;
  day: string;
  capturedAt: string;
}

/** Every row of a table of the extension's database, read in the service worker. */
export async function readTable<T = unknown>(browser: ExtensionBrowser, table: string): Promise<T[]> {
  return currentWorker(browser).evaluate(readRowsInPage<T>, table);
}

export async function clearTable(browser: ExtensionBrowser, table: string): Promise<void> {
  await currentWorker(browser).evaluate(clearRowsInPage, table);
}

/**
 * Writes rows straight into the extension's database with the raw IndexedDB API, in an extension page or
 * the worker (as a capture or an older version would have left them). Snapshots' keys are kept out of
 * the row (lib/store/snapshot-key.ts): they are computed here and put beside each row.
 */
export async function putRawRows(where: Page | Worker, table: string, rows: readonly unknown[]): Promise<void> {
  const pairs = rows.map((row) => ({ row, key: table === 'snapshots' ? Array.from(snapshotStorageKey(row as Snapshot)) : undefined }));
  const arg = { table, pairs };
  const put = ({ table, pairs }: typeof arg) =>
    new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('seller-ops-log');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        // Rows written past the extension leave its day digests behind them: they go, as a delete of
        // snapshots drops them (lib/store/day-digest.ts), and the days are read from the day index.
        const digests = table === 'snapshots' && open.result.objectStoreNames.contains('dayDigests');
        const tx = open.result.transaction(digests ? [table, 'dayDigests'] : [table], 'readwrite');
        for (const { row, key } of pairs) tx.objectStore(table).put(row, key ? Uint8Array.from(key) : undefined);
        if (digests) tx.objectStore('dayDigests').clear();
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  // Page and Worker both evaluate, with signatures TypeScript cannot unite.
  await ('url' in where && 'goto' in where ? where.evaluate(put, arg) : (where as Worker).evaluate(put, arg));
}

/** The text of the badges' tooltip, whose shadow root is closed to the page: read through the DevTools protocol. */
export async function tooltipText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-sol-tooltip]' });
    if (!nodeId) return '';
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: "function () { const tip = this.querySelector('.tip'); return tip && tip.style.display !== 'none' ? tip.textContent : ''; }",
    });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}
