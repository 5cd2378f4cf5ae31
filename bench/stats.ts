/** Medians, the targets of the issue, and the printed table. */

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
export function table(results: Record<Key, number>, samples: Partial<Record<Key, number[]>>): string {
  const lines = ['| key | what | median | target | met | runs |', '|---|---|---:|---:|:---:|---|'];
  for (const key of KEYS) {
    const { what, max, min } = TARGETS[key];
    const target = max !== undefined ? `≤ ${format(max)}` : min !== undefined ? `≥ ${format(min)}` : 'info';
    const runs = (samples[key] ?? []).map(format).join(', ');
    // A phase left out with --only has no figure: say so rather than "missed".
    const met = Number.isNaN(results[key]) ? '—' : max === undefined && min === undefined ? '' : meets(key, results[key]) ? 'yes' : '**no**';
    lines.push(`| ${key} | ${what} | ${Number.isNaN(results[key]) ? '—' : format(results[key])} | ${target} | ${met} | ${runs} |`);
  }
  return lines.join('\n');
}
