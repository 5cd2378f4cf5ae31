/** Medians, the targets of the issue, and the printed table. */
import { seededRandom } from '../test/seeded-random';

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A key's 90 % interval: the range its median would take over repeated runs on this machine, as estimated. */
export interface Interval {
  low: number;
  high: number;
}

/** How many resamplings a bootstrap makes, and the share of them its interval holds. */
const BOOTSTRAP_ROUNDS = 2_000;
const INTERVAL_LEVEL = 0.9;

/** The `q` quantile of sorted values, interpolated between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/**
 * A percentile bootstrap: each group of samples is resampled with replacement, `statistic` is taken of
 * the resampled groups, and the interval holds the middle 90 % of those. Undefined with fewer than three
 * samples in a group, where resampling says nothing.
 */
function bootstrap(groups: readonly (readonly number[])[], statistic: (...resampled: number[][]) => number): Interval | undefined {
  if (!groups.length || groups.some((g) => g.length < 3)) return undefined;
  // Seeded: the same samples give the same interval in every report of one run.
  const random = seededRandom(1);
  const figures: number[] = [];
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round++) {
    const resampled = groups.map((g) => g.map(() => g[Math.floor(random() * g.length)]!));
    figures.push(statistic(...resampled));
  }
  figures.sort((a, b) => a - b);
  const tail = (1 - INTERVAL_LEVEL) / 2;
  return { low: quantile(figures, tail), high: quantile(figures, 1 - tail) };
}

/** The interval of the median of one run's samples (a key whose figure is the median of its runs). */
export function medianInterval(values: readonly number[]): Interval | undefined {
  return bootstrap([values], median);
}

/**
 * The interval of median(with) ÷ median(without) for two sets of measurements that are not pairs
 * (loadOverhead: loads with and without the extension), each set resampled on its own.
 */
export function ratioOfMediansInterval(numerators: readonly number[], denominators: readonly number[]): Interval | undefined {
  return bootstrap([numerators, denominators], (a, b) => median(a!) / median(b!));
}

/**
 * Whether a key's target lies inside its interval: the run met or missed it by less than this machine's
 * noise, and another run may well say otherwise.
 */
export function withinNoise(key: Key, interval: Interval | undefined): boolean {
  if (!interval) return false;
  const { max, min } = TARGETS[key];
  const inside = (target: number | undefined) => target !== undefined && interval.low <= target && target <= interval.high;
  return inside(max) || inside(min);
}

export const KEYS = [
  'captureMs2000',
  'captureVsDomRead',
  'badgesVsDomRead',
  'loadOverhead',
  'writeValuesPerSec',
  'writeVsRawIdb',
  'trendQueryMs',
  'dayExportMs',
  'popupInteractiveMs',
  'weeklyReviewMs',
  'bytesPerSnapshot',
  'contentScriptGzipKB',
  'contentScriptEvalMs',
  'teamFolderOpenMs',
] as const;
export type Key = (typeof KEYS)[number];

/**
 * The targets of issue 18 are ratios measured side by side in one run (absolute times on these machines are
 * noise); the absolute keys stay as information, with no target.
 */
export const TARGETS: Record<Key, { what: string; max?: number; min?: number }> = {
  captureMs2000: { what: '2,000-row grid: insertion → every badge drawn and every value acknowledged (ms)' },
  captureVsDomRead: { what: 'that ÷ a bare read-and-parse of every cell, same page, same rows' },
  badgesVsDomRead: { what: 'insertion → every badge drawn (the write may go on) ÷ the bare read of the same rows', max: 1.3 },
  loadOverhead: { what: 'load + long tasks, with the extension ÷ without', max: 1.05 },
  writeValuesPerSec: { what: 'values per second, content script → background → Dexie' },
  writeVsRawIdb: { what: 'that path ÷ raw IndexedDB put of the same rows', max: 1.25 },
  trendQueryMs: { what: "one SKU's 90-day series of one metric, year loaded (ms)" },
  dayExportMs: { what: "the day's CSV export, year loaded (ms)" },
  popupInteractiveMs: { what: 'popup opened → interactive, year loaded (ms)', max: 150 },
  weeklyReviewMs: { what: 'the weekly review, year loaded (ms)' },
  bytesPerSnapshot: { what: 'storage.estimate() growth ÷ snapshot rows, year loaded' },
  contentScriptGzipKB: { what: 'largest content script, gzipped (kB)' },
  contentScriptEvalMs: { what: 'evaluation of our scripts while the page loads (ms)', max: 10 },
  teamFolderOpenMs: { what: 'the Team tab opened over a year of days of 20 members (ms)', max: 1000 },
};

export function meets(key: Key, value: number): boolean {
  const { max, min } = TARGETS[key];
  if (!Number.isFinite(value)) return false;
  return (max === undefined || value <= max) && (min === undefined || value >= min);
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(2);
}

/** The results as a Markdown table (printed, and the one bench/README.md shows). */
export function table(results: Record<Key, number>, samples: Partial<Record<Key, number[]>>, intervals: Partial<Record<Key, Interval>> = {}): string {
  const lines = ['| key | what | median | 90 % interval | target | met | runs |', '|---|---|---:|---:|---:|:---:|---|'];
  for (const key of KEYS) {
    const { what, max, min } = TARGETS[key];
    const target = max !== undefined ? `≤ ${format(max)}` : min !== undefined ? `≥ ${format(min)}` : 'info';
    const runs = (samples[key] ?? []).map(format).join(', ');
    const interval = intervals[key];
    const range = interval ? `${format(interval.low)}–${format(interval.high)}` : '';
    // A phase left out with --only has no figure: say so rather than "missed".
    let met = Number.isNaN(results[key]) ? '—' : max === undefined && min === undefined ? '' : meets(key, results[key]) ? 'yes' : '**no**';
    if (met && met !== '—' && withinNoise(key, interval)) met += ' (within noise)';
    lines.push(`| ${key} | ${what} | ${Number.isNaN(results[key]) ? '—' : format(results[key])} | ${range} | ${target} | ${met} | ${runs} |`);
  }
  return lines.join('\n');
}
