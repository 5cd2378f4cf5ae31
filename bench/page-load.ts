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
  pid: number;
  tid: number;
  dur?: number;
  args?: { url?: string; data?: { url?: string } };
}

async function trace(page: Page, cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // v8 and loading: a module's arrival, compile, evaluation and code cache are traced there, not as EvaluateScript.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'loading', 'disabled-by-default-v8.compile'] }, transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

/**
 * What the page's main thread spends on a script of ours as it arrives, by trace event: evaluating a
 * classic script (compile and top level), or for a module the page imports, handling its response, taking
 * its compiled code from the parse done off the thread (`v8.streamingCompile.complete`) or from the code
 * cache (`v8.compileModule`), running its top level and writing its code cache. Parsing on a background
 * thread (`v8.parseOnBackground`) is not the page's main thread and is not counted.
 */
const ARRIVAL_EVENTS = new Set(['EvaluateScript', 'ThrottlingURLLoader::OnReceiveResponse', 'v8.streamingCompile.complete', 'v8.compileModule', 'v8.evaluateModule', 'v8.produceModuleCache']);

/**
 * The extension's scripts the page pays for while it loads (the declared loader and the reader it
 * imports, or the background injects), from the browser's own trace: the main thread's time in each
 * script's arrival (`ARRIVAL_EVENTS`), in ms, by path inside the extension.
 */
export async function contentScriptEvals(browser: BenchBrowser): Promise<{ evaluations: Map<string, number>; startMs: number }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = await trace(page, cdp, async () => {
    await page.goto(FIXTURE_URL, { waitUntil: 'load' });
    await page.waitForSelector('[data-sol-badge]', { state: 'attached', timeout: 30_000 });
  });
  // The reader's address has the extension's id or, imported by the page, the id of the session (`use_dynamic_url`).
  const ours = /^chrome-extension:\/\/[^/]+\/(.+)$/;
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.url;
  // The page's main thread: where the declared loader (always a classic script) is evaluated.
  const loader = events.find((e) => e.name === 'EvaluateScript' && urlOf(e)?.endsWith('/page-loader.js'));
  if (!loader) throw new Error('the declared loader was not evaluated in the page');
  const main = events.filter((e) => e.ph === 'X' && e.pid === loader.pid && e.tid === loader.tid).sort((a, b) => a.ts - b.ts);
  const arrivals: { path: string; event: TraceEvent }[] = [];
  let lastPath: string | undefined;
  for (const e of main) {
    if (!ARRIVAL_EVENTS.has(e.name)) continue;
    const url = urlOf(e);
    // A module's evaluation names no address: it is the module whose compiled code came last.
    const path = (url && ours.exec(url)?.[1]) ?? (e.name === 'v8.evaluateModule' ? lastPath : undefined);
    if (!path) continue;
    if (e.name !== 'v8.evaluateModule') lastPath = path;
    const outer = arrivals.at(-1)?.event;
    if (outer && e.ts < outer.ts + (outer.dur ?? 0)) continue; // nested in one already counted
    arrivals.push({ path, event: e });
  }
  const evaluations = new Map<string, number>();
  for (const { path, event } of arrivals) evaluations.set(path, (evaluations.get(path) ?? 0) + (event.dur ?? 0) / 1000);
  if (!evaluations.size) throw new Error('no script of the extension evaluated in the page');
  // The reader's start (lib/content/install-reader.ts `startReader`): the reader's first timer after its
  // arrival (a module's microtask that sets it runs as a call of its own first). Not in contentScriptEvalMs;
  // reported beside it.
  const readerArrived = arrivals.filter((a) => a.path.startsWith('reader-')).at(-1)?.event;
  const timer = main.find((e) => e.name === 'TimerFire' && readerArrived && e.ts >= readerArrived.ts + (readerArrived.dur ?? 0));
  const start = main.find((e) => e.name === 'FunctionCall' && timer && urlOf(e)?.includes('/reader-') && e.ts >= timer.ts && e.ts < timer.ts + (timer.dur ?? 0));
  return { evaluations, startMs: (start?.dur ?? 0) / 1000 };
}
