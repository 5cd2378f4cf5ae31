import { lightFormat } from 'date-fns';

/** The assistant's local calendar day, `YYYY-MM-DD` (contract §3 `day`). */
export function localDay(at: Date = new Date()): string {
  return lightFormat(at, 'yyyy-MM-dd');
}

/**
 * ISO 8601 with the local offset, so `capturedAt` keeps the assistant's own clock time. `lightFormat`
 * (no locale data) and the offset written here: date-fns' `format` would bring its whole locale-aware
 * formatter into every page's reader for this one token (its `xxx` is the oracle in day.test.ts).
 */
export function isoWithOffset(at: Date = new Date()): string {
  const minutes = -at.getTimezoneOffset();
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${lightFormat(at, "yyyy-MM-dd'T'HH:mm:ss.SSS")}${offset}`;
}

/**
 * The day `delta` days after `day` (before it, when negative). Days are calendar labels, not instants:
 * the arithmetic runs in UTC, where no daylight-saving shift can skip or repeat one.
 */
export function shiftDay(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}
