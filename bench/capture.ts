/**
 * captureMs2000 and its baseline, and the write path's throughput on the same captures.
 *
 * Each run opens the grid page twice, fresh: at its advertising.amazon.com address, where the
 * extension reads it, and at an address the extension does not serve, where a bare script reads and
 * parses every cell instead. Both insert the same rows in one task and stop the clock at the first
 * frame after their work is done, so both include the page's own rendering of the rows.
 */
import type { Page } from 'playwright-core';
import { serve, type BenchBrowser } from './browsers';
import { GRID_PATH, runRange, type GridPage } from './grid-page';

const CAPTURE_URL = `https://advertising.amazon.com${GRID_PATH}`;
/** A host outside the extension's host permissions: no content script runs there. */
const BARE_URL = `https://bench.invalid${GRID_PATH}`;

export interface CaptureRun {
  captureMs: number;
  /** Insertion → the first frame after every badge is in the page, whether or not the write is done. */
  badgesMs: number;
  domReadMs: number;
  /** The re-capture's sends, from send to acknowledgement, as the content script measured them. */
  sends: { rows: number; ms: number }[];
  /** The period the re-captured rows were stored under (for the raw IndexedDB baseline). */
  period: string;
}

/** The capture waits this long for the page to settle before the rows arrive: the content script is idle. */
const SETTLE_MS = 1_500;
const TIMEOUT_MS = 120_000;

async function openGrid(browser: BenchBrowser, url: string, grid: GridPage): Promise<Page> {
  await serve(browser.context, url, grid.html);
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as unknown as { __solBenchInsert?: unknown }).__solBenchInsert === 'function');
  return page;
}

/**
 * The extension's capture: rows in, every badge drawn and every value acknowledged, next frame out.
 * The page stays open for the write figures (see `recapture`).
 */
async function captureOnce(browser: BenchBrowser, grid: GridPage, range: string): Promise<{ ms: number; badgesMs: number; page: Page }> {
  const page = await openGrid(browser, CAPTURE_URL, grid);
  // The content script has read the page (the launcher shows) and gone quiet.
  await page.waitForSelector('[data-sol-launcher]', { state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  const result = await page.evaluate(
    async ({ range, badges, values, timeout }) => {
      const sends: { rows: number; ms: number }[] = [];
      let drawn = 0;
      let acknowledged = 0;
      let badgesAt: number | undefined;
      let finish: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      let badgesDone: () => void = () => undefined;
      const badgesFramed = new Promise<void>((resolve) => (badgesDone = resolve));
      const check = () => {
        // The badges' own clock: the first frame after the last badge, the write may still be going on.
        if (drawn >= badges && badgesAt === undefined) {
          badgesAt = -1;
          requestAnimationFrame(() =>
            setTimeout(() => {
              badgesAt = performance.now();
              badgesDone();
            }, 0),
          );
        }
        if (drawn >= badges && acknowledged >= values) finish();
      };
      const isBadge = (n: Node) => n.nodeType === 1 && (n as Element).hasAttribute('data-sol-badge');
      const badgeWatch = new MutationObserver((records) => {
        for (const r of records) {
          for (const n of Array.from(r.addedNodes)) if (isBadge(n)) drawn++;
          for (const n of Array.from(r.removedNodes)) if (isBadge(n)) drawn--;
        }
        check();
      });
      badgeWatch.observe(document, { childList: true, subtree: true });
      const ackWatch = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.name !== 'sol:capture') continue;
          const rows = (e as PerformanceMeasure).detail?.rows as number;
          sends.push({ rows, ms: e.duration });
          acknowledged += rows;
        }
        check();
      });
      ackWatch.observe({ type: 'measure' });
      const insert = (window as unknown as { __solBenchInsert: (r: string) => number }).__solBenchInsert;
      const start = insert(range);
      const timedOut = await Promise.race([finished.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), timeout))]);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const end = performance.now();
      if (!timedOut) await badgesFramed;
      badgeWatch.disconnect();
      ackWatch.disconnect();
      const badgesMs = (badgesAt ?? end) - start;
      return { ms: end - start, badgesMs, sends, timedOut, drawn, acknowledged, inDom: document.querySelectorAll('[data-sol-badge]').length };
    },
    { range, badges: grid.expectedBadges, values: grid.expectedValues, timeout: TIMEOUT_MS },
  );
  if (result.timedOut) {
    throw new Error(`capture did not finish: ${result.drawn}/${grid.expectedBadges} badges, ${result.acknowledged}/${grid.expectedValues} values acknowledged`);
  }
  if (result.inDom !== grid.expectedBadges) throw new Error(`capture drew ${result.inDom} badges, expected ${grid.expectedBadges}`);
  return { ms: result.ms, badgesMs: result.badgesMs, page };
}

/**
 * The write path on its own: the same page, already read and drawn, switched to another date range.
 * The content script reads every value again under the new period and sends them all; the background
 * validates and stores them. Nothing else is going on (the page draws no new badge, asks no new
 * history), so the sends time the path content script → background → Dexie.
 */
async function recapture(page: Page, range: string, values: number): Promise<CaptureRun['sends']> {
  const result = await page.evaluate(
    async ({ range, values, timeout }) => {
      const sends: { rows: number; ms: number }[] = [];
      let acknowledged = 0;
      let finish: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const ackWatch = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.name !== 'sol:capture') continue;
          const rows = (e as PerformanceMeasure).detail?.rows as number;
          sends.push({ rows, ms: e.duration });
          acknowledged += rows;
        }
        if (acknowledged >= values) finish();
      });
      ackWatch.observe({ type: 'measure' });
      document.querySelector('.cm-date-range')!.textContent = range;
      const timedOut = await Promise.race([finished.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), timeout))]);
      ackWatch.disconnect();
      return { sends, timedOut, acknowledged };
    },
    { range, values, timeout: TIMEOUT_MS },
  );
  if (result.timedOut) throw new Error(`re-capture did not finish: ${result.acknowledged}/${values} values acknowledged`);
  return result.sends;
}

/** The baseline: a bare script reads and parses every cell of the same rows, next frame out. */
async function domReadOnce(browser: BenchBrowser, grid: GridPage, range: string): Promise<number> {
  const page = await openGrid(browser, BARE_URL, grid);
  await page.waitForTimeout(SETTLE_MS);
  const result = await page.evaluate(
    async ({ range }) => {
      let read: (cells: number) => void = () => undefined;
      const finished = new Promise<number>((resolve) => (read = resolve));
      const watch = new MutationObserver(() => {
        watch.disconnect();
        let cells = 0;
        let sum = 0;
        for (const cell of Array.from(document.querySelectorAll('.ag-body-viewport .ag-cell[col-id]'))) {
          const text = (cell.textContent ?? '').trim();
          const value = Number.parseFloat(text.replace(/[^\d.-]/g, ''));
          if (Number.isFinite(value)) sum += value;
          cells++;
        }
        read(cells + (sum === -1 ? 1 : 0));
      });
      watch.observe(document, { childList: true, subtree: true });
      const insert = (window as unknown as { __solBenchInsert: (r: string) => number }).__solBenchInsert;
      const start = insert(range);
      const cells = await finished;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { ms: performance.now() - start, cells };
    },
    { range },
  );
  await page.close();
  if (result.cells < grid.rows) throw new Error(`bare read found ${result.cells} cells for ${grid.rows} rows`);
  return result.ms;
}

/** The period the adapter stores for a date range of `runRange(n)` (`Jan 2, 2026` → 2026-01-02..2026-01-02). */
function periodOf(n: number): string {
  const day = new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  return `${day}..${day}`;
}

/** Date ranges of re-captures come after those of captures, so every run stores new rows. */
const RECAPTURE_OFFSET = 100;

/**
 * One run: the bare read and the capture of the same rows under a new period, in alternating order;
 * then the same page re-captured under another period, for the write path on its own.
 */
export async function captureRun(browser: BenchBrowser, grid: GridPage, run: number): Promise<CaptureRun> {
  const range = runRange(run);
  const bareFirst = run % 2 === 1;
  const bareBefore = bareFirst ? await domReadOnce(browser, grid, range) : undefined;
  const capture = await captureOnce(browser, grid, range);
  let sends: CaptureRun['sends'];
  try {
    sends = await recapture(capture.page, runRange(RECAPTURE_OFFSET + run), grid.expectedValues);
  } finally {
    await capture.page.close();
  }
  const domReadMs = bareBefore ?? (await domReadOnce(browser, grid, range));
  return { captureMs: capture.ms, badgesMs: capture.badgesMs, domReadMs, sends, period: periodOf(RECAPTURE_OFFSET + run) };
}
