/**
 * Live values the popup can start before React draws anything: a Dexie live query subscribed at once
 * (its first read starts in the next task, not after the first paint as a hook's effect would), whose
 * latest result or error components read with `useLive`. Each value is one subscription for the page's
 * life (or until `close`), however many components read it, so nothing is read twice.
 */
import { liveQuery } from 'dexie';
import { useSyncExternalStore } from 'react';

/** What a live value holds: its latest result, or the error its last read failed with; neither before the first. */
export interface LiveState<T> {
  value?: T;
  error?: unknown;
}

export interface LiveValue<T> {
  state(): LiveState<T>;
  subscribe(onChange: () => void): () => void;
  close(): void;
}

/** Follows `source` (a live query, or anything with the same `subscribe`) from now on. */
function follow<T>(source: { subscribe(observer: { next(value: T): void; error(error: unknown): void }): { unsubscribe(): void } }): LiveValue<T> {
  let current: LiveState<T> = {};
  const listeners = new Set<() => void>();
  const publish = (next: LiveState<T>) => {
    current = next;
    for (const listener of listeners) listener();
  };
  const subscription = source.subscribe({ next: (value) => publish({ value }), error: (error) => publish({ error }) });
  return {
    state: () => current,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    close: () => subscription.unsubscribe(),
  };
}

/** A live query started now: read again whenever a write touches what it read. */
export function startLive<T>(querier: () => Promise<T>): LiveValue<T> {
  return follow(liveQuery(querier));
}

/**
 * What `read` gives for each result of `watched` (read again when `watched` changes), outside any live
 * query: for reads of many rows that a cheap live query's ranges cover (components/use-live-reload.ts).
 * A result read for an older `watched` value is dropped when a newer one has come in.
 */
export function derivedLive<W, T>(watched: LiveValue<W>, read: (value: W) => Promise<T>): LiveValue<T> {
  return follow<T>({
    subscribe(observer) {
      let closed = false;
      let seen: LiveState<W> | undefined;
      let latest = 0;
      const onChange = () => {
        const state = watched.state();
        if (closed || state === seen) return;
        seen = state;
        if (state.error !== undefined) return observer.error(state.error);
        if (!('value' in state)) return;
        const run = ++latest;
        read(state.value as W).then(
          (value) => !closed && run === latest && observer.next(value),
          (error: unknown) => !closed && run === latest && observer.error(error),
        );
      };
      const stop = watched.subscribe(onChange);
      onChange();
      return {
        unsubscribe() {
          closed = true;
          stop();
        },
      };
    },
  });
}

/** The live value's latest state, drawn again when it changes. */
export function useLive<T>(live: LiveValue<T>): LiveState<T> {
  return useSyncExternalStore(live.subscribe, live.state);
}

/**
 * `sources` held back together: each wrapper shows nothing (an empty state, no change reported) until
 * every source has its first result or error, then all at once (one drawing instead of one per list as
 * each comes in), and from then on follows its source as it is. Closing a wrapper closes its source, which
 * then holds the others back no longer.
 */
export function heldTogether<T extends readonly LiveValue<unknown>[]>(sources: T): T {
  const EMPTY = {};
  let open = false;
  // Listeners subscribed before the gate opened, each with its source, and its unsubscribe once it follows it.
  const waiting = new Map<() => void, { source: LiveValue<unknown>; stop?: () => void }>();
  // A source closed before its first result (the popup replaced it: new settings, a new day) holds nothing back.
  const closed = new Set<LiveValue<unknown>>();
  const arrived = () => sources.every((source) => closed.has(source) || 'value' in source.state() || source.state().error !== undefined);
  let stops: (() => void)[] = [];
  const check = () => {
    if (open || !arrived()) return;
    open = true;
    stops.forEach((stop) => stop());
    for (const [listener, entry] of waiting) {
      // From now on each change of its source, but not again the one that is being reported.
      let reported = entry.source.state();
      entry.stop = entry.source.subscribe(() => {
        if (entry.source.state() === reported) return;
        reported = entry.source.state();
        listener();
      });
      listener();
    }
  };
  stops = sources.map((source) => source.subscribe(check));
  check();
  return sources.map((source) => ({
    state: () => (open ? source.state() : EMPTY),
    subscribe(onChange: () => void) {
      if (open) return source.subscribe(onChange);
      const entry: { source: LiveValue<unknown>; stop?: () => void } = { source };
      waiting.set(onChange, entry);
      return () => {
        entry.stop?.();
        waiting.delete(onChange);
      };
    },
    close() {
      source.close();
      closed.add(source);
      check();
    },
  })) as unknown as T;
}
