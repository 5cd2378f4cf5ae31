import { describe, expect, it } from 'vitest';
import { derivedLive, heldTogether, type LiveState, type LiveValue } from './live';

/** A live value set by hand, as a live query would publish. */
function manualLive<T>(): LiveValue<T> & { set(next: LiveState<T>): void } {
  let current: LiveState<T> = {};
  const listeners = new Set<() => void>();
  return {
    state: () => current,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    close: () => undefined,
    set(next) {
      current = next;
      for (const listener of listeners) listener();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('derivedLive (the popup checklist and breaches, read from the day\'s captured pages)', () => {
  it('reads nothing before the watched value has one, then follows each of its values', async () => {
    const watched = manualLive<number>();
    const reads: number[] = [];
    const derived = derivedLive(watched, async (n) => {
      reads.push(n);
      return n * 10;
    });
    derived.subscribe(() => undefined);
    await tick();
    expect(reads).toEqual([]);
    expect(derived.state()).toEqual({});
    watched.set({ value: 1 });
    await tick();
    expect(derived.state()).toEqual({ value: 10 });
    watched.set({ value: 2 });
    await tick();
    expect(derived.state()).toEqual({ value: 20 });
    expect(reads).toEqual([1, 2]);
  });

  it('drops a slow read made for an older value once a newer one has come in', async () => {
    const watched = manualLive<number>();
    const pending = new Map<number, (v: string) => void>();
    const derived = derivedLive(watched, (n) => new Promise<string>((resolve) => pending.set(n, resolve)));
    watched.set({ value: 1 });
    watched.set({ value: 2 });
    pending.get(2)!('second');
    await tick();
    pending.get(1)!('first, late');
    await tick();
    expect(derived.state()).toEqual({ value: 'second' });
  });

  it('passes the watched value\'s error on, and a failed read as an error', async () => {
    const watched = manualLive<number>();
    const derived = derivedLive(watched, (n) => (n < 0 ? Promise.reject(new Error('negative')) : Promise.resolve(n)));
    watched.set({ error: new Error('database closed') });
    expect((derived.state().error as Error).message).toBe('database closed');
    watched.set({ value: -1 });
    await tick();
    expect((derived.state().error as Error).message).toBe('negative');
  });

  it('reads nothing more once closed', async () => {
    const watched = manualLive<number>();
    let reads = 0;
    const derived = derivedLive(watched, async (n) => {
      reads++;
      return n;
    });
    watched.set({ value: 1 });
    await tick();
    derived.close();
    watched.set({ value: 2 });
    await tick();
    expect(reads).toBe(1);
    expect(derived.state()).toEqual({ value: 1 });
  });
});

describe('heldTogether (the popup\'s lists drawn once, when all are in)', () => {
  it('shows nothing and reports no change until every source has a result or an error, then all at once', () => {
    const [a, b, c] = [manualLive<number>(), manualLive<string>(), manualLive<number>()];
    const [ha, hb, hc] = heldTogether([a, b, c] as const);
    const seen: string[] = [];
    ha.subscribe(() => seen.push('a'));
    hb.subscribe(() => seen.push('b'));
    hc.subscribe(() => seen.push('c'));
    a.set({ value: 1 });
    c.set({ error: new Error('closed') });
    expect(seen).toEqual([]);
    expect(ha.state()).toEqual({});
    expect(ha.state()).toBe(hb.state());
    b.set({ value: 'x' });
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect(ha.state()).toEqual({ value: 1 });
    expect(hb.state()).toEqual({ value: 'x' });
    expect((hc.state().error as Error).message).toBe('closed');
  });

  it('then follows each source on its own, and stops when unsubscribed', () => {
    const [a, b] = [manualLive<number>(), manualLive<number>()];
    const [ha, hb] = heldTogether([a, b] as const);
    const seen: string[] = [];
    const stop = ha.subscribe(() => seen.push('a'));
    hb.subscribe(() => seen.push('b'));
    a.set({ value: 1 });
    b.set({ value: 2 });
    seen.length = 0;
    a.set({ value: 3 });
    expect(seen).toEqual(['a']);
    expect(ha.state()).toEqual({ value: 3 });
    stop();
    a.set({ value: 4 });
    expect(seen).toEqual(['a']);
  });

  it('lets the others through when a source is closed before its first result (replaced by the popup)', () => {
    const [a, b] = [manualLive<number>(), manualLive<number>()];
    const [ha, hb] = heldTogether([a, b] as const);
    const seen: string[] = [];
    ha.subscribe(() => seen.push('a'));
    a.set({ value: 1 });
    expect(ha.state()).toEqual({});
    hb.close();
    expect(seen).toEqual(['a']);
    expect(ha.state()).toEqual({ value: 1 });
  });

  it('is open at once when every source already has its first result', () => {
    const [a, b] = [manualLive<number>(), manualLive<number>()];
    a.set({ value: 1 });
    b.set({ value: 2 });
    const [ha] = heldTogether([a, b] as const);
    expect(ha.state()).toEqual({ value: 1 });
  });
});
