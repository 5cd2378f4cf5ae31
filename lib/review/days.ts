/**
 * Calendar arithmetic on `YYYY-MM-DD` days (contract §3 `day`). Days are calendar labels, not
 * instants, so the arithmetic runs in UTC where no daylight-saving shift can skip or repeat one.
 */
import { shiftDay } from '../read/day';

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Shifting a day lives with the day itself (lib/read/day.ts), where storage and the rules find it too. */
export { shiftDay };

/** Calendar days from `from` to `to`, counting both: 2026-05-04..2026-05-06 is 3. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000) + 1;
}

/** Seconds since the epoch at noon UTC of a day: the x value of a daily chart point. */
export function dayToSeconds(day: string): number {
  return toUtc(day) / 1000 + 12 * 3600;
}

export interface DayRange {
  from: string;
  to: string;
}

/** The Monday-to-Sunday week that holds `day` (ISO 8601 weeks, as Amazon's weekly reports use). */
export function weekOf(day: string): DayRange {
  const weekday = (new Date(toUtc(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = shiftDay(day, -weekday);
  return { from, to: shiftDay(from, 6) };
}

/** The last full week before `today`: what a lead reviews on Monday morning. */
export function lastFullWeek(today: string): DayRange {
  return weekOf(shiftDay(weekOf(today).from, -1));
}

export function inRange(day: string, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}
