/**
 * The benchmark (npm run bench) at tiny sizes, one run: every key must come out as a number, so the
 * benchmark cannot rot while the extension changes. The figures themselves are not judged here.
 */
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/bench';
import { KEYS } from '../../bench/stats';

describe('benchmark smoke run', () => {
  it('produces every key', async () => {
    const { results, intervals } = await runBench({ runs: 1, gridRows: 20, year: { skus: 5, days: 10, entries: 50 }, log: () => undefined });
    expect(Object.keys(results).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) expect(Number.isFinite(results[key]), `${key} = ${results[key]}`).toBe(true);
    // One run gives loadOverhead three loads a side: enough for its interval, and nothing else's.
    const load = intervals.loadOverhead;
    expect(load && Number.isFinite(load.low) && load.low <= load.high).toBe(true);
  }, 300_000);
});
