/**
 * `npm run bench [-- --json] [--runs N] [--rows N] [--skus N] [--days N] [--entries N] [--only load,capture,year,team]`:
 * builds the extension if needed, runs the benchmark (bench/README.md) and prints the table; with --json,
 * one JSON object with every key as the last line. `--only` runs some phases (the others' keys are NaN),
 * for working on one figure. Progress goes to stderr.
 */
import { parseArgs } from 'node:util';
import { FULL, parsePhases, runBench } from './bench';
import { ensureBuild } from './build';
import { KEYS, meets, table, withinNoise, type Key } from './stats';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string' },
    rows: { type: 'string' },
    skus: { type: 'string' },
    days: { type: 'string' },
    entries: { type: 'string' },
    only: { type: 'string' },
  },
});
const count = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Math.max(1, Number.parseInt(text, 10)));
const log = (line: string) => process.stderr.write(`${line}\n`);

ensureBuild(log);
const { results, samples, intervals, notes } = await runBench({
  runs: count(args.runs, FULL.runs),
  gridRows: count(args.rows, FULL.gridRows),
  year: { skus: count(args.skus, FULL.year.skus), days: count(args.days, FULL.year.days), entries: count(args.entries, FULL.year.entries) },
  log,
  ...(args.only ? { only: parsePhases(args.only) } : {}),
});
console.log(table(results, samples, intervals));
for (const note of notes) console.log(`\n${note}`);
const missed = KEYS.filter((k) => !Number.isNaN(results[k]) && !meets(k, results[k]));
const named = (keys: readonly Key[]) => keys.map((k) => (withinNoise(k, intervals[k]) ? `${k} (within noise)` : k)).join(', ');
console.log(missed.length ? `\nTargets missed: ${named(missed)}` : '\nEvery target met.');
// Met, but by less than this run's noise: another run may miss them.
const narrowlyMet = KEYS.filter((k) => !Number.isNaN(results[k]) && meets(k, results[k]) && withinNoise(k, intervals[k]));
if (narrowlyMet.length) console.log(`Met within noise: ${narrowlyMet.join(', ')}`);
if (args.json) console.log(JSON.stringify(Object.fromEntries(KEYS.map((k) => [k, Math.round(results[k] * 1000) / 1000]))));
