import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderContext } from './reader-context';

/** A page's document and address, enough for the context (no DOM in these tests). */
function stubPage(href = 'https://advertising.amazon.com/cm/campaigns') {
  const location = { href };
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', new EventTarget());
  vi.stubGlobal('location', location);
  vi.stubGlobal('navigation', undefined);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  return location;
}

/** The extension as a page sees it: its id, until it is updated or removed. */
function stubExtension(id: string | undefined) {
  const api = { runtime: { id } };
  vi.stubGlobal('browser', api);
  vi.stubGlobal('chrome', api);
}

/** Spies on the cancellation of timers and frames (a frame is a timer in these tests). */
function watchCancellations() {
  const cancelFrame = vi.fn((id: number) => clearTimeout(id));
  vi.stubGlobal('cancelAnimationFrame', cancelFrame);
  return { clearTimer: vi.spyOn(globalThis, 'clearTimeout'), cancelFrame };
}

describe('ReaderContext', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    stubPage();
    stubExtension('ext-id');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops an older copy of the same reader when a newer one starts, and keeps the newer', () => {
    const older = new ReaderContext('capture');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = new ReaderContext('capture');
    expect(older.isValid).toBe(false);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isValid).toBe(true);
  });

  it('leaves a script of another name running', () => {
    const reader = new ReaderContext('capture');
    new ReaderContext('something-else');
    expect(reader.isValid).toBe(true);
  });

  it('answers the start event WXT’s own context sends, so either kind hands over to the next', () => {
    const reader = new ReaderContext('capture');
    const name = `ext-id:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'capture', messageId: 'wxt-copy' } }));
    expect(reader.isInvalid).toBe(true);
  });

  it('is invalid once the extension’s id is gone, and its timers and frames no longer run', () => {
    const reader = new ReaderContext('capture');
    const timer = vi.fn();
    const frame = vi.fn();
    reader.setTimeout(timer, 100);
    reader.requestAnimationFrame(frame);
    const stopped = vi.fn();
    reader.onInvalidated(stopped);
    stubExtension(undefined);
    expect(reader.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1_000);
    expect(timer).not.toHaveBeenCalled();
    expect(frame).not.toHaveBeenCalled();
  });

  it('calls an idle handler when the page is idle, a timer stands in where the browser has no idle callbacks, and neither runs once invalid', () => {
    const idle: (() => void)[] = [];
    const deadline = { didTimeout: false, timeRemaining: () => 12 };
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => {
      expect(options.timeout).toBe(500);
      return idle.push(() => callback(deadline));
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => (idle[id - 1] = () => undefined));
    const reader = new ReaderContext('capture');
    const handler = vi.fn();
    reader.whenIdle(handler, 500);
    expect(handler).not.toHaveBeenCalled();
    idle.forEach((callback) => callback());
    expect(handler).toHaveBeenCalledExactlyOnceWith(deadline);

    const late = vi.fn();
    reader.whenIdle(late, 500);
    reader.invalidate();
    idle.forEach((callback) => callback());
    expect(late).not.toHaveBeenCalled();

    vi.stubGlobal('requestIdleCallback', undefined);
    const other = new ReaderContext('other');
    const timed = vi.fn();
    other.whenIdle(timed, 500);
    vi.advanceTimersByTime(0);
    expect(timed).toHaveBeenCalledExactlyOnceWith();
  });

  it('forgets a timer, frame or idle callback once it has run: stopping the reader cancels only those still waiting', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(() => callback({ didTimeout: false, timeRemaining: () => 10 })));
    const cancelIdle = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const { clearTimer, cancelFrame } = watchCancellations();
    const reader = new ReaderContext('capture');
    const ran = vi.fn();
    for (let i = 0; i < 100; i++) {
      reader.setTimeout(ran, 10);
      reader.requestAnimationFrame(ran);
      reader.whenIdle(ran, 500);
    }
    vi.advanceTimersByTime(100);
    idle.splice(0).forEach((callback) => callback());
    expect(ran).toHaveBeenCalledTimes(300);
    const waiting = reader.setTimeout(ran, 10_000);
    clearTimer.mockClear();
    reader.invalidate();
    expect(clearTimer.mock.calls).toEqual([[waiting]]);
    expect(cancelFrame).not.toHaveBeenCalled();
    expect(cancelIdle).not.toHaveBeenCalled();
  });

  it('lets go of a timer or frame the caller cancels: none runs, and stopping the reader cancels nothing more', () => {
    const { clearTimer, cancelFrame } = watchCancellations();
    const reader = new ReaderContext('capture');
    const ran = vi.fn();
    for (let i = 0; i < 100; i++) {
      reader.clearTimeout(reader.setTimeout(ran, 10));
      reader.cancelAnimationFrame(reader.requestAnimationFrame(ran));
    }
    reader.clearTimeout(undefined);
    reader.cancelAnimationFrame(undefined);
    vi.advanceTimersByTime(100);
    expect(ran).not.toHaveBeenCalled();
    clearTimer.mockClear();
    cancelFrame.mockClear();
    reader.invalidate();
    expect(clearTimer).not.toHaveBeenCalled();
    expect(cancelFrame).not.toHaveBeenCalled();
  });

  it('runs timers and listeners while valid, and removes listeners when invalidated', () => {
    const reader = new ReaderContext('capture');
    const timer = vi.fn();
    reader.setTimeout(timer, 100);
    vi.advanceTimersByTime(100);
    expect(timer).toHaveBeenCalledOnce();
    const target = new EventTarget();
    const heard = vi.fn();
    reader.addEventListener(target, 'scroll', heard);
    target.dispatchEvent(new Event('scroll'));
    reader.invalidate();
    target.dispatchEvent(new Event('scroll'));
    expect(heard).toHaveBeenCalledOnce();
  });

  it('calls back on an address change without a load, by looking every second where there is no Navigation API', () => {
    const location = stubPage();
    const reader = new ReaderContext('capture');
    const changed = vi.fn();
    reader.onLocationChange(changed);
    vi.advanceTimersByTime(1_000);
    expect(changed).not.toHaveBeenCalled();
    location.href = 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups';
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledOnce();
    reader.invalidate();
    location.href = 'https://advertising.amazon.com/cm/campaigns';
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('follows the Navigation API’s navigate events where the browser has it', () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const reader = new ReaderContext('capture');
    const changed = vi.fn();
    reader.onLocationChange(changed);
    const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate('https://advertising.amazon.com/cm/campaigns');
    expect(changed).not.toHaveBeenCalled();
    navigate('https://advertising.amazon.com/cm/products');
    expect(changed).toHaveBeenCalledOnce();
  });
});
