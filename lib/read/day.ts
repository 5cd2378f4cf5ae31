import { format } from 'date-fns';

/** The assistant's local calendar day, `YYYY-MM-DD` (contract §3 `day`). */
export function localDay(at: Date = new Date()): string {
  return format(at, 'yyyy-MM-dd');
}

/** ISO 8601 with the local offset, so `capturedAt` keeps the assistant's own clock time. */
export function isoWithOffset(at: Date = new Date()): string {
  return format(at, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}
