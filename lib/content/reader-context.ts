/**
 * The page reader's lifetime: what WXT's `ContentScriptContext` gives a content script, for the one
 * script that needs it, without the webextension-polyfill and WXT helpers that class brings in (13 kB
 * of the reader that every listed page parsed and ran as it loaded; bench/README.md).
 *
 * The reader is invalid once the extension's id is gone (updated, reloaded, removed) or once a newer
 * copy of it started in the page. Its timers, frames and listeners stop with it. The start event is the
 * one WXT's context sends and listens for (same name, same detail), so a copy of either kind hands over
 * to the next.
 */
import { extensionApi } from '../store/extension-api';

/** Called with nothing when the page's address changes without a load (the console is a single-page app). */
type Listener = () => void;

const LOCATION_POLL_MS = 1_000;

export class ReaderContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private readonly startedEvent: string;
  /** The stop listener's removal of each timer, frame and idle callback still to run, by its id (ids of each kind are their own sequence). */
  private readonly timers = new Map<number, () => void>();
  private readonly frames = new Map<number, () => void>();
  private readonly idleCallbacks = new Map<number, () => void>();

  constructor(private readonly name: string) {
    this.startedEvent = `${extensionApi().runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const onStarted = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | undefined>).detail;
      if (detail?.contentScriptName === this.name && detail.messageId !== this.id) this.invalidate();
    };
    // An older copy stops; this one starts listening only after, so its own event does not stop it.
    document.dispatchEvent(new CustomEvent(this.startedEvent, { detail: { contentScriptName: name, messageId: this.id } }));
    document.addEventListener(this.startedEvent, onStarted, { signal: this.controller.signal });
  }

  get isInvalid(): boolean {
    if (!extensionApi().runtime?.id) this.invalidate();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Stops everything started through this context. */
  invalidate(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }

  /** Calls `callback` once the reader stops; returns the removal. */
  onInvalidated(callback: () => void): () => void {
    const signal = this.controller.signal;
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, ms: number): number {
    return this.scheduled(this.timers, (run) => window.setTimeout(run, ms), clearTimeout, handler);
  }

  /** Cancels a timer of `setTimeout`, and lets go of its cancellation at the reader's stop. */
  clearTimeout(id: number | undefined): void {
    this.cancel(this.timers, id, clearTimeout);
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    return this.scheduled(this.frames, (run) => requestAnimationFrame(run), cancelAnimationFrame, callback);
  }

  /** Cancels a frame callback of `requestAnimationFrame`, and lets go of its cancellation at the reader's stop. */
  cancelAnimationFrame(id: number | undefined): void {
    this.cancel(this.frames, id, cancelAnimationFrame);
  }

  /**
   * Calls `handler` once the page is idle (after its pending frames and tasks), at the latest `timeout` ms
   * from now, with the idle period's deadline; a timer where the browser has no idle callbacks (no deadline).
   */
  whenIdle(handler: (deadline?: IdleDeadline) => void, timeout: number): void {
    if (typeof requestIdleCallback !== 'function') {
      this.setTimeout(handler, 0);
      return;
    }
    this.scheduled(this.idleCallbacks, (run) => requestIdleCallback(run, { timeout }), cancelIdleCallback, handler);
  }

  /**
   * A callback scheduled with `schedule`: it runs only while the reader is valid, and is cancelled when the
   * reader stops. Once it has run it lets go of that cancellation, so the timers, frames and idle callbacks
   * of a page open all day (a read every 40 ms while a grid scrolls) leave nothing behind.
   */
  private scheduled<A extends unknown[]>(
    pending: Map<number, () => void>,
    schedule: (run: (...args: A) => void) => number,
    cancel: (id: number) => void,
    callback: (...args: A) => void,
  ): number {
    const id = schedule((...args) => {
      release();
      pending.delete(id);
      if (this.isValid) callback(...args);
    });
    const release = this.onInvalidated(() => cancel(id));
    pending.set(id, release);
    return id;
  }

  /**
   * A cancellation by the caller (a read timer replaced by the next frame's read, many times a second
   * while a grid scrolls) lets go of the stop listener too, or each would stay on the reader all day.
   */
  private cancel(pending: Map<number, () => void>, id: number | undefined, cancel: (id: number) => void): void {
    if (id === undefined) return;
    cancel(id);
    pending.get(id)?.();
    pending.delete(id);
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  /**
   * Calls `listener` when the address changes without a page load: from the Navigation API where the
   * browser has it, else by looking at the address every second.
   */
  onLocationChange(listener: Listener): void {
    let last = location.href;
    const check = (next: string) => {
      if (next === last) return;
      last = next;
      listener();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      this.addEventListener(navigation, 'navigate', (event) => check((event as Event & { destination: { url: string } }).destination.url));
    } else {
      const id = window.setInterval(() => {
        if (this.isValid) check(location.href);
      }, LOCATION_POLL_MS);
      this.onInvalidated(() => clearInterval(id));
    }
  }
}
