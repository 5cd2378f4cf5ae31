/**
 * loadOverhead and contentScriptEvalMs: the shared Campaign manager fixture loaded at its real address
 * in the browser with the extension and in the same browser without it, runs alternating.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { serve, type BenchBrowser } from './browsers';
import { ADS_FIXTURE } from './grid-page';

const FIXTURE_URL = 'https://advertising.amazon.com/cm/campaigns?entityId=ENTITY1NWO7TQ2C3X9';
/**
 * How long after `load` long tasks are still counted: the fixture draws its grid 600 ms after its
 * script runs, and the extension reads it and draws its badges shortly after.
 */
const AFTER_LOAD_MS = 2_500;

/** Long tasks from the start of the document, counted in the page (before any content script runs). */
function countLongTasks(): void {
  const w = window as unknown as { __solLongTaskMs: number };
  w.__solLongTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__solLongTaskMs += entry.duration;
  }).observe({ type: 'longtask', buffered: true });
}

export async function prepareLoadPages(browser: BenchBrowser): Promise<void> {
  await browser.context.addInitScript(countLongTasks);
  await serve(browser.context, FIXTURE_URL, readFileSync(ADS_FIXTURE, 'utf8'));
}

/** Time to `load` plus the long tasks until AFTER_LOAD_MS after it, in ms. */
export async function loadCost(browser: BenchBrowser): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(FIXTURE_URL, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const cost = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd + (window as unknown as { __solLongTaskMs: number }).__solLongTaskMs;
  });
  await page.close();
  return cost;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

async function trace(page: Page, cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

/**
 * The extension's scripts evaluated in the page while it loads (the declared loader and the
 * reader it has injected), from the browser's own trace: each `EvaluateScript` task (compiling the
 * file, running its top level), in ms, by path inside the extension.
 */
export async function contentScriptEvals(browser: BenchBrowser): Promise<{ evaluations: Map<string, number>; startMs: number }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = await trace(page, cdp, async () => {
    await page.goto(FIXTURE_URL, { waitUntil: 'load' });
    await page.waitForSelector('[data-sol-badge]', { state: 'attached', timeout: 30_000 });
  });
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const evaluations = new Map<string, number>();
  const calls: TraceEvent[] = [];
  let readerEvaluated: TraceEvent | undefined;
  for (const e of events) {
    const url = e.args?.data?.url;
    if (e.ph !== 'X' || !url?.startsWith(prefix)) continue;
    if (e.name === 'FunctionCall') calls.push(e);
    if (e.name !== 'EvaluateScript') continue;
    const path = url.slice(prefix.length);
    evaluations.set(path, (evaluations.get(path) ?? 0) + (e.dur ?? 0) / 1000);
    if (path.startsWith('reader-')) readerEvaluated = e;
  }
  if (!evaluations.size) throw new Error('no script of the extension evaluated in the page');
  // The reader's start (lib/content/install-reader.ts `startReader`): the reader's first call in a task of
  // its own after its evaluation. Not in contentScriptEvalMs; reported beside it.
  const readerUrl = readerEvaluated?.args?.data?.url;
  const start = calls
    .filter((e) => readerEvaluated && e.args?.data?.url === readerUrl && e.ts >= readerEvaluated.ts + (readerEvaluated.dur ?? 0))
    .sort((a, b) => a.ts - b.ts)[0];
  return { evaluations, startMs: (start?.dur ?? 0) / 1000 };
}
