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

/** Callbacks of one kind (timers, frames or idle callbacks) still to run, and how that kind is cancelled. */
interface Pending {
  ids: Set<number>;
  cancel(id: number): void;
}

const LOCATION_POLL_MS = 1_000;

export class ReaderContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private readonly startedEvent: string;
  /** The ids of the timers, frames and idle callbacks still to run, each kind with its cancellation: cancelled when the reader stops. */
  private readonly timers: Pending = { ids: new Set(), cancel: (id) => clearTimeout(id) };
  private readonly frames: Pending = { ids: new Set(), cancel: (id) => cancelAnimationFrame(id) };
  private readonly idleCallbacks: Pending = { ids: new Set(), cancel: (id) => cancelIdleCallback(id) };

  constructor(private readonly name: string) {
    this.startedEvent = `${extensionApi().runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const onStarted = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | undefined>).detail;
      if (detail?.contentScriptName === this.name && detail.messageId !== this.id) this.invalidate();
    };
    // An older copy stops; this one starts listening only after, so its own event does not stop it.
    document.dispatchEvent(new CustomEvent(this.startedEvent, { detail: { contentScriptName: name, messageId: this.id } }));
    document.addEventListener(this.startedEvent, onStarted, { signal: this.controller.signal });
    this.onInvalidated(() => {
      for (const pending of [this.timers, this.frames, this.idleCallbacks]) {
        for (const id of pending.ids) pending.cancel(id);
        pending.ids.clear();
      }
    });
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
    return this.scheduled(this.timers, (run) => window.setTimeout(run, ms), handler);
  }

  /** Cancels a timer of `setTimeout`, and lets go of its cancellation at the reader's stop. */
  clearTimeout(id: number | undefined): void {
    this.cancel(this.timers, id);
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    return this.scheduled(this.frames, (run) => requestAnimationFrame(run), callback);
  }

  /** Cancels a frame callback of `requestAnimationFrame`, and lets go of its cancellation at the reader's stop. */
  cancelAnimationFrame(id: number | undefined): void {
    this.cancel(this.frames, id);
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
    this.scheduled(this.idleCallbacks, (run) => requestIdleCallback(run, { timeout }), handler);
  }

  /**
   * A callback scheduled with `schedule`: it runs only while the reader is valid, and is cancelled when the
   * reader stops. Once it has run, or the caller cancelled it, its id is forgotten, so the timers, frames
   * and idle callbacks of a page open all day (a read every 40 ms while a grid scrolls, its timer replaced
   * by the next frame's read) leave nothing behind.
   */
  private scheduled<A extends unknown[]>(pending: Pending, schedule: (run: (...args: A) => void) => number, callback: (...args: A) => void): number {
    const id = schedule((...args) => {
      pending.ids.delete(id);
      if (this.isValid) callback(...args);
    });
    pending.ids.add(id);
    return id;
  }

  private cancel(pending: Pending, id: number | undefined): void {
    if (id === undefined) return;
    pending.cancel(id);
    pending.ids.delete(id);
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
