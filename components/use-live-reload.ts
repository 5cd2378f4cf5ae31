/**
 * Reads many snapshots without a live query over them, and still follows every write that changes them.
 *
 * A live query over snapshots (keys out of line) reads every row's key a second time and files each one
 * in its change tracking: with a day's 1,500 ruled values that took most of the popup's opening, and it
 * made the weekly review half again slower. So only `watch` is live: a cheap query (index keys, or a few
 * small rows) whose ranges cover every row `read` reads, and which therefore runs again, with a new
 * result, whenever one of them is written. `read` then reads the rows themselves, outside the live query.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';

/** What `read` gave for the current deps: its value, or the error it failed with; neither while it reads. */
export interface LiveReload<T> {
  value?: T;
  error?: unknown;
}

/**
 * What `read` gives for the latest `watch` result. Nothing until it has read for the current `deps` (a
 * result of earlier deps is never shown under new ones); `deps` are everything `watch` and `read` use.
 */
export function useLiveReload<W, T>(watch: () => Promise<W>, read: (watched: W) => Promise<T>, deps: readonly unknown[]): LiveReload<T> {
  // One token per set of deps: results carry the token they were read for.
  const token = useMemo(() => ({}), deps);
  const watched = useLiveQuery(async () => ({ token, value: await watch() }), [token]);
  const [result, setResult] = useState<LiveReload<T> & { token: object }>();
  useEffect(() => {
    if (watched?.token !== token) return;
    let current = true;
    read(watched.value).then(
      (value) => current && setResult({ token, value }),
      (error: unknown) => current && setResult({ token, error }),
    );
    return () => {
      current = false;
    };
  }, [watched, token]);
  return result?.token === token ? result : {};
}
