/**
 * What the content script does on a page it reads: watch the DOM (late renders, re-renders, virtual
 * scrolling, SPA navigation), run the page's adapter after each burst of changes, send new or changed
 * values to the background until they are acknowledged, and say so when the page cannot be read.
 */
import { extensionApi } from '../store/extension-api';
import type { ReaderContext } from './reader-context';
import { RETRY_MAX_MS, RETRY_MIN_MS } from './ask-background';
import { CaptureLedger, packRows, toSnapshots } from '../store/capture';
import { isOverlayHost, readingDom } from '../read/dom';
import { labelKey } from '../read/labels';
import { t } from '../i18n/page';
import type { Marketplace } from '../read/marketplaces';
import type { LinkedReply } from '../store/links';
import type { CaptureMessage, CaptureReply, DueItemsMessage } from '../store/messages';
import type { DueItemsReply } from '../store/due-items';
import { detectMarketplace, pageContext, prepareLocale } from '../read/page-context';
import { adapterFor } from '../read/pages/adapter-for';
import type { AdapterResult, PageAdapter, PageContext, TaughtLabel } from '../read/pages/types';
import { hideDiagnostic, showDiagnostic, type DiagnosticContent } from './diagnostic';
import { pageKindMetrics } from './page-metrics';
import { localDay } from '../read/day';
import type { AdLinksMessage } from '../store/messages';
import type { MetricId } from '../read/metrics';

/**
 * Read this long after the first DOM change of a burst. A throttle, not a debounce: while a
 * virtualized grid scrolls, changes never stop, and rows that pass through the view must still be read.
 */
const READ_DELAY_MS = 40;
/** A page whose anchors are still missing this long after its last change is reported as unreadable. */
const SETTLE_MS = 900;
/**
 * A read's values are made into rows and handed to the background while the page is idle, at the latest
 * this long after the read: the badges are drawn from the values in hand, and the send (~90 ms for a
 * 2,000-row grid's 19,550 values) goes in steps between the page's own frames and tasks
 * (bench/README.md, "the send in idle time").
 */
const SEND_IDLE_MS = 500;
/** Values made into rows and offered per step of an idle send (~2 ms each on a slow machine). */
const SEND_STEP = 1_000;
/**
 * After a first read of only the metrics the overlay draws beside (`firstMetrics`), the whole page is read
 * once the badges' frame has been shown and the page is idle, at the latest this long after that frame.
 */
const READ_ALL_IDLE_MS = 500;

/**
 * A send's retry after the background missed it (asleep, starting, busy, storage full): `again()` runs
 * `send` after a pause (one pending pause however often asked), each pause twice the last up to 5 s;
 * `answered()` starts the pauses over.
 */
function backOff(ctx: ReaderContext, send: () => void): { again(): void; answered(): void } {
  let delay = RETRY_MIN_MS;
  let timer: number | undefined;
  return {
    again() {
      timer ??= ctx.setTimeout(() => {
        timer = undefined;
        send();
      }, delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    },
    answered() {
      delay = RETRY_MIN_MS;
    },
  };
}
/**
 * A User Timing measure per acknowledged send, from send to acknowledgement, with the rows it carried:
 * it shows in the browser's performance tools, and the benchmark (bench/) waits on it. Only the latest is kept.
 */
export const CAPTURE_MEASURE = 'sol:capture';

export interface PageRead {
  adapter: PageAdapter;
  ctx: PageContext;
  result: AdapterResult;
}

export interface CaptureSessionOptions {
  /**
   * Called after every read, for the overlay (badges) to follow the page; `inFrame` when the read ran at
   * the start of a frame (an animation frame callback), where the overlay may draw at once.
   */
  onRead?: (read: PageRead | undefined, inFrame: boolean) => void;
  /**
   * Whether values read here wait to be stored after a failed write (background asleep, storage full).
   * The badges are drawn from the values in hand and never wait for the write; this marks them meanwhile.
   */
  onUnsaved?: (unsaved: boolean) => void;
  /** The labels the assistant taught the reader (settings), read afresh at every read. */
  taught?: () => readonly TaughtLabel[];
  /**
   * The metrics the overlay draws beside. A read at the start of a frame reads only these (a 2,000-row
   * grid's badges need one value of its ten a row), draws their badges in that frame, and reads the whole
   * page, for the values to store and the diagnostic, after that frame is shown, when the page is idle.
   */
  firstMetrics?: () => ReadonlySet<MetricId>;
  /** Called with the linked signals (issue 16) the background computed from a stored capture. */
  onLinked?: (linked: LinkedReply) => void;
  /** Called once the background has stored values or links (issue 16): the linked badges may change. */
  onStored?: () => void;
  /** Saves a label the assistant teaches from the diagnostic; the settings' watcher reads the page again. */
  teach?: (label: TaughtLabel) => Promise<{ ok: true } | { ok: false; error: string }>;
}

/**
 * Watches the page and reads it with whichever of `adapters` (the reader's site, lib/read/pages/index.ts)
 * serves its URL, on every change and SPA navigation.
 */
export function startCaptureSession(ctx: ReaderContext, adapters: readonly PageAdapter[], options: CaptureSessionOptions = {}): { runNow: () => void } {
  let ledger = new CaptureLedger();
  let pageKey = '';
  let lastChange = Date.now();
  let readTimer: number | undefined;
  let settleTimer: number | undefined;
  let sending = false;
  const captureRetry = backOff(ctx, () => void flush());
  let lastProblems: DiagnosticContent | undefined;
  let rejectedLines: string[] = [];
  /** Said while the background answers that it could not store (storage full): cleared once it can. */
  let notStoredLines: string[] = [];
  /** The SKU ↔ ASIN links the page shows (inventory), sent with the rows of those SKUs. */
  const skuAsin = new Map<string, string>();
  /** Links (issue 16) already sent and acknowledged, or in flight, by their JSON: each is sent once a day. */
  const linksSent = new Set<string>();
  /** The due rows (contract §7) last acknowledged by the background, and the ones waiting to be sent. */
  let dueAcked = '';
  let duePending: DueItemsMessage | undefined;
  let dueSending = false;
  const dueRetry = backOff(ctx, () => void flushDue());

  /**
   * What the diagnostic says about a read with problems, in the assistant's language: the labels the
   * adapter saw but could not place, the page kind's metrics it did not read, and the form that teaches
   * a label as one of those metrics (offered even when nothing was listed: the assistant can point).
   */
  function diagnosticFor(adapter: PageAdapter, result: AdapterResult, lines: string[]): DiagnosticContent {
    const metrics = pageKindMetrics(adapter);
    const read = new Set(result.readings.map((r) => r.record.metric));
    const unplaced = [...new Set(result.unplaced ?? [])];
    const content: DiagnosticContent = { adapter: adapter.id, lines, technical: result.problems, unplaced, missing: metrics.filter((m) => !read.has(m)) };
    const { teach } = options;
    if (!teach || !metrics.length) return content;
    return {
      ...content,
      teach: {
        labels: unplaced,
        metrics,
        save: (label, metric, statusWords) =>
          teach({
            page: adapter.id,
            label: labelKey(label),
            metric,
            // Page words are remembered by their key too, so "Aktiv", "aktiv " and "AKTIV" are one word.
            ...(statusWords && Object.keys(statusWords).length ? { statusWords: Object.fromEntries(Object.entries(statusWords).map(([shown, word]) => [labelKey(shown), word])) } : {}),
          }),
      },
    };
  }

  /** Reads whose values wait for the page to be idle (see handleRead), and how many of each were offered. */
  const unsent: { adapter: PageAdapter; marketplace: Marketplace; result: AdapterResult; at: Date; offered: number }[] = [];
  let idleSend = false;
  /** Rows the waiting reads added to the ledger (new or changed values), sent once all are offered. */
  let offeredUnsent = 0;
  function sendWhenIdle(): void {
    if (idleSend) return;
    idleSend = true;
    ctx.whenIdle((deadline) => {
      idleSend = false;
      sendUnsent(deadline);
    }, SEND_IDLE_MS);
  }
  /**
   * Offers the waiting reads' values to the ledger a step at a time while the idle period lasts (all at
   * once without one: the timer, or the page being left), then sends them in one message, in the next
   * idle period (at once without one).
   */
  function sendUnsent(deadline?: IdleDeadline): void {
    while (unsent.length) {
      if (deadline && !deadline.didTimeout && deadline.timeRemaining() < 1) break;
      const read = unsent[0]!;
      const { adapter, marketplace, result } = read;
      if (read.offered === 0) for (const { link } of result.links ?? []) if (link.kind === 'skuAsin') skuAsin.set(link.sku, link.asin);
      const step = result.readings.slice(read.offered, read.offered + SEND_STEP);
      offeredUnsent += ledger.offer(toSnapshots(step, { marketplace, source: adapter.source, page: adapter.id }, read.at));
      read.offered += step.length;
      if (read.offered < result.readings.length) continue;
      unsent.shift();
      if (result.links?.length) void sendLinks(marketplace, result.links.map((l) => l.link));
      // A page still loading (no rows yet, a problem) is not yet a visit; rows found are sent at once.
      if (result.due && (result.due.length > 0 || result.problems.length === 0)) offerDue({ type: 'dueItems', page: adapter.id, marketplace, day: localDay(read.at), rows: result.due.map(({ row }) => ({ ...row, marketplace })) });
    }
    // The rest in the next idle period. Once all is offered, one message (the background's cost is per
    // message too), which cannot be split: it is made and handed over in an idle period of its own.
    if (unsent.length) return sendWhenIdle();
    if (offeredUnsent === 0) return;
    offeredUnsent = 0;
    if (deadline) ctx.whenIdle(() => void flush(), SEND_IDLE_MS);
    else void flush();
  }
  // A page left before it was idle still sends what it read (reading all of it first, if only its
  // badges' values were read), and what waited for its message's idle period.
  ctx.addEventListener(window, 'pagehide', () => {
    if (readAllOwed) read('now');
    sendUnsent();
    void flush();
  });

  /** A read at the start of the page's next frame, and when the last read ended (performance.now()). */
  let readFrame: number | undefined;
  let lastReadEnd = -Infinity;
  /** The last read was a first read, of the badges' values only: a read of the whole page is owed. */
  let readAllOwed = false;
  /** After the frame that shows the first read's badges, when the page is idle: the whole page. */
  function readAllWhenIdle(): void {
    readAllOwed = true;
    ctx.requestAnimationFrame(() =>
      ctx.whenIdle(() => {
        if (readAllOwed) read('now');
      }, READ_ALL_IDLE_MS),
    );
  }
  // A tab hidden before that frame draws no more frames: the whole page is read as it is hidden.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (readAllOwed && document.visibilityState === 'hidden') read('now');
  });

  const scheduleRead = () => {
    lastChange = Date.now();
    readTimer ??= ctx.setTimeout(() => read('task'), READ_DELAY_MS);
    // A change after a quiet spell (no read for READ_DELAY_MS) is read at the start of the page's next
    // frame, if that comes first, and its badges drawn in that same frame: the page's new rows and our
    // badges are then styled, laid out and painted once. A hidden tab draws no frame: the timer reads it.
    if (readFrame === undefined && document.visibilityState === 'visible' && performance.now() - lastReadEnd >= READ_DELAY_MS) {
      readFrame = ctx.requestAnimationFrame(() => {
        readFrame = undefined;
        read('frame');
      });
    }
  };

  /**
   * Reads the page: `frame` at the start of a frame (the badges' values first, when the overlay says
   * which), `task` from a timer (what was found is handled in a task of its own), `now` all at once.
   */
  function read(when: 'frame' | 'task' | 'now' = 'task'): void {
    ctx.clearTimeout(readTimer);
    readTimer = undefined;
    ctx.cancelAnimationFrame(readFrame);
    readFrame = undefined;
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    const adapter = adapterFor(url, adapters);
    const key = adapter ? `${adapter.id} ${url.origin}${url.pathname}${url.search}${url.hash}` : '';
    if (key !== pageKey) {
      // A new page (SPA navigation): start a fresh ledger; what was stored stays stored, and what the
      // last page read but could not send yet (background asleep, storage full) goes on being sent.
      pageKey = key;
      const carried = ledger.take();
      ledger = new CaptureLedger();
      ledger.offer(carried);
      rejectedLines = [];
    }
    if (!adapter) {
      readAllOwed = false;
      lastProblems = undefined;
      hideDiagnostic();
      options.onRead?.(undefined, when === 'frame');
      return;
    }
    // One pass over the page's shadow roots serves every query of this read (pure reads, no writes).
    const taught = (options.taught?.() ?? []).filter((label) => label.page === adapter.id);
    const first = when === 'frame' ? options.firstMetrics?.() : undefined;
    const page = readingDom(() => readPage(adapter, url, taught, first));
    lastReadEnd = performance.now();
    if (!('reason' in page) && page.result.partial) {
      // Only the badges' values were read: drawn now, the rest read and sent after this frame is shown.
      // Nothing of a partial read is stored or said in the diagnostic.
      options.onRead?.({ adapter, ctx: page.pageCtx, result: page.result }, true);
      readAllWhenIdle();
      return;
    }
    readAllOwed = false;
    // Read at the start of a frame, the badges are drawn before that frame is (see scheduleRead).
    // From a timer, what the read found is drawn in a task of its own: two shorter tasks hold the page's
    // input back less than one long one.
    if (when === 'task')
      ctx.setTimeout(() => {
        if (!ctx.isInvalid) handleRead(adapter, page, false);
      }, 0);
    else handleRead(adapter, page, when === 'frame');
  }

  function handleRead(adapter: PageAdapter, page: ReturnType<typeof readPage>, inFrame: boolean): void {
    if ('reason' in page) {
      lastProblems = { adapter: adapter.id, lines: [t('diagnostic.noMarketplace', { reason: page.reason })] };
      options.onRead?.(undefined, inFrame);
      scheduleSettleCheck();
      return;
    }
    const { marketplace, pageCtx, result } = page;
    const hasProblems = result.problems.length + rejectedLines.length + notStoredLines.length > 0;
    lastProblems = hasProblems ? diagnosticFor(adapter, result, [...rejectedLines, ...notStoredLines]) : undefined;
    if (lastProblems) scheduleSettleCheck();
    else hideDiagnostic();
    options.onRead?.({ adapter, ctx: pageCtx, result }, inFrame);
    // The badges are drawn from the values in hand and never wait for the rows to be made and handed
    // to the background: that follows when the page is idle, read after read, in order.
    unsent.push({ adapter, marketplace, result, at: new Date(), offered: 0 });
    sendWhenIdle();
  }

  /** Sends the links not sent yet today; a send that fails is forgotten, so the next read sends it again. */
  async function sendLinks(marketplace: Marketplace, links: readonly unknown[]): Promise<void> {
    const day = localDay();
    const fresh = [...new Map(links.map((l) => [`${day}|${JSON.stringify(l)}`, l])).entries()].filter(([key]) => !linksSent.has(key));
    if (!fresh.length) return;
    for (const [key] of fresh) linksSent.add(key);
    const message: AdLinksMessage = { type: 'adLinks', marketplace, day, links: fresh.map(([, l]) => l) };
    let ok = false;
    try {
      ok = ((await extensionApi().runtime.sendMessage(message)) as { ok?: boolean } | undefined)?.ok === true;
    } catch {
      ok = false;
    }
    if (!ok) for (const [key] of fresh) linksSent.delete(key);
    else options.onStored?.();
  }

  function scheduleSettleCheck(): void {
    ctx.clearTimeout(settleTimer);
    const wait = Math.max(0, lastChange + SETTLE_MS - Date.now());
    settleTimer = ctx.setTimeout(() => {
      settleTimer = undefined;
      if (Date.now() - lastChange < SETTLE_MS) return scheduleSettleCheck();
      if (lastProblems) showDiagnostic(lastProblems);
    }, wait);
  }

  let unsaved = false;
  function setUnsaved(now: boolean): void {
    if (now === unsaved) return;
    unsaved = now;
    options.onUnsaved?.(now);
  }

  async function flush(): Promise<void> {
    if (sending || ledger.pendingCount === 0) return;
    sending = true;
    const rows = ledger.take();
    const sentAt = performance.now();
    let reply: CaptureReply | undefined;
    try {
      const links = [...new Set(rows.filter((r) => r.scope === 'sku').map((r) => r.entity))].flatMap((sku) => (skuAsin.has(sku) ? [{ sku, asin: skuAsin.get(sku)! }] : []));
      const message: CaptureMessage = { type: 'capture', ...packRows(rows), ...(links.length ? { links } : {}) };
      reply = (await extensionApi().runtime.sendMessage(message)) as CaptureReply | undefined;
    } catch {
      reply = undefined;
    }
    sending = false;
    if (ctx.isInvalid) {
      // The extension was reloaded under the page: this script can no longer reach it.
      showDiagnostic({ adapter: 'seller-ops-log', lines: [t('diagnostic.reload')] });
      return;
    }
    if (reply?.ok) {
      ledger.ack(rows);
      if (ledger.pendingCount === 0) setUnsaved(false);
      performance.clearMeasures(CAPTURE_MEASURE);
      performance.measure(CAPTURE_MEASURE, { start: sentAt, detail: { rows: rows.length } });
      captureRetry.answered();
      if (reply.linked) options.onLinked?.(reply.linked);
      options.onStored?.();
      if (reply.rejected.length) {
        // Refused rows are our own bug, not the page's: say so instead of retrying forever.
        rejectedLines = [t('diagnostic.rejected', { count: reply.rejected.length, reason: reply.rejected[0]!.reason })];
        lastProblems = { adapter: rows[0]!.page, lines: rejectedLines };
        scheduleSettleCheck();
      }
      if (notStoredLines.length) {
        notStoredLines = [];
        scheduleRead(); // the next read takes the note away
      }
      if (ledger.pendingCount) void flush();
      return;
    }
    if (reply && !reply.ok) {
      // The background answered that it could not store the rows (the browser's storage is full):
      // say so on the page; the rows stay queued below and are sent again until they are stored.
      notStoredLines = [t('storage.notStoredYet', { reason: reply.error })];
      lastProblems = { adapter: rows[0]!.page, lines: [...notStoredLines] };
      scheduleSettleCheck();
    }
    // The background missed it (asleep, starting, busy): keep the rows and try again later.
    ledger.fail(rows);
    setUnsaved(true);
    captureRetry.again();
  }

  /**
   * Sends the page's due rows, and that the page was read today, when they differ from what the
   * background last acknowledged; it keeps each row once, so sending a row again is harmless.
   */
  function offerDue(message: DueItemsMessage): void {
    const key = JSON.stringify(message);
    if (key === dueAcked) return;
    duePending = message;
    void flushDue();
  }

  async function flushDue(): Promise<void> {
    if (dueSending || !duePending) return;
    dueSending = true;
    const message = duePending;
    duePending = undefined;
    let reply: DueItemsReply | undefined;
    try {
      reply = (await extensionApi().runtime.sendMessage(message)) as DueItemsReply | undefined;
    } catch {
      reply = undefined;
    }
    dueSending = false;
    if (ctx.isInvalid) return;
    if (reply?.ok) {
      dueAcked = JSON.stringify(message);
      dueRetry.answered();
      if (duePending) void flushDue();
      return;
    }
    // Not stored (asleep, busy, storage full): send it again later, unless a newer read replaced it.
    duePending ??= message;
    dueRetry.again();
  }

  const observer = new MutationObserver((mutations) => {
    if (mutations.every(isOwnMutation)) return;
    scheduleRead();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.onLocationChange(scheduleRead);
  // Scrolling a virtualized grid changes rows; the observer sees that, but a scroll that only moves
  // content (no DOM change) still deserves one read for the overlay to follow.
  ctx.addEventListener(document, 'scroll', scheduleRead, { capture: true, passive: true });
  // The page's language data first, in a task of its own; the first read follows.
  ctx.setTimeout(() => {
    if (adapterFor(new URL(location.href), adapters)) prepareLocale(document);
    scheduleRead();
  }, 0);
  return { runNow: () => read('task') };
}

/**
 * The page's marketplace, number format and the adapter's readings (of `metrics` only, if given); or why
 * the marketplace is unknown.
 */
function readPage(
  adapter: PageAdapter,
  url: URL,
  taught: readonly TaughtLabel[],
  metrics: ReadonlySet<MetricId> | undefined,
): { marketplace: Marketplace; pageCtx: PageContext; result: AdapterResult } | { reason: string } {
  const market = detectMarketplace(document, url);
  if (!market.marketplace) return { reason: market.reason };
  const pageCtx: PageContext = { ...pageContext(document, url, market.marketplace), taught, ...(metrics ? { metrics } : {}) };
  try {
    return { marketplace: market.marketplace, pageCtx, result: adapter.read(document, pageCtx) };
  } catch (error) {
    // An adapter must not throw; if it does, the page still must not see an error.
    return { marketplace: market.marketplace, pageCtx, result: { readings: [], problems: [`${adapter.id} failed: ${String(error)}`] } };
  }
}

/** Changes the overlay makes to its own hosts must not trigger another read. */
function isOwnMutation(m: MutationRecord): boolean {
  if (m.target.nodeType === 1 && isOverlayHost(m.target as Element)) return true;
  if (m.type !== 'childList') return false;
  const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && isOverlayHost(n as Element));
}
