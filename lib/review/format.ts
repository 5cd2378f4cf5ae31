/**
 * Numbers as the review and its exports show them: grouped, at most two decimals, with the unit a
 * metric is stored in (contract §2). Fixed to one number format so a pasted report reads the same
 * for every reader.
 */
import type { Unit } from '../read/metrics';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount of money to the cent, with its currency when known. */
export function formatMoney(value: number, currency?: string): string {
  return currency ? `${MONEY.format(value)} ${currency}` : MONEY.format(value);
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export function formatMetricValue(value: number, unit: Unit, currency?: string): string {
  if (unit === 'percent') return `${NUMBER.format(value)}%`;
  if (unit === 'money') return currency ? `${NUMBER.format(value)} ${currency}` : NUMBER.format(value);
  return NUMBER.format(value);
}

/**
 * A change with its sign: "-3", and for percent metrics "+1.2 pts", in percentage points (the
 * caller's word for them), so it is not read as a relative change.
 */
export function formatChange(change: number, unit: Unit, pointsSuffix: string): string {
  const sign = change > 0 ? '+' : '';
  return unit === 'percent' ? `${sign}${NUMBER.format(change)} ${pointsSuffix}` : `${sign}${NUMBER.format(change)}`;
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '–';
  const sign = ratio > 0 ? '+' : '';
  return `${sign}${NUMBER.format(ratio * 100)}%`;
}

export function formatHours(hours: number | undefined): string {
  return hours === undefined ? '–' : `${NUMBER.format(Math.round(hours * 10) / 10)} h`;
}
