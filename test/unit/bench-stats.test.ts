/**
 * The benchmark's intervals (bench/stats.ts): a key met or missed by less than the run's noise is said to be
 * so. The coverage test draws from a distribution whose median is known and counts how often the interval
 * holds it.
 */
import { describe, expect, it } from 'vitest';
import { median, medianInterval, ratioOfMediansInterval, table, withinNoise, KEYS, type Key } from '../../bench/stats';
import { seededRandom } from '../seeded-random';

/** Exponential draws with rate 1: skewed like load times, median ln 2. */
function exponentials(count: number, next: () => number): number[] {
  return Array.from({ length: count }, () => -Math.log(1 - next()));
}

describe('medianInterval', () => {
  it('is a point for samples that never vary', () => {
    expect(medianInterval([1.2, 1.2, 1.2, 1.2, 1.2])).toEqual({ low: 1.2, high: 1.2 });
  });

  it('is not given for fewer than three samples', () => {
    expect(medianInterval([])).toBeUndefined();
    expect(medianInterval([1.1, 1.3])).toBeUndefined();
  });

  it('holds the median, lies within the samples, and is the same every time for the same samples', () => {
    const samples = [1.31, 1.22, 1.45, 1.28, 1.19];
    const interval = medianInterval(samples)!;
    expect(interval.low).toBeLessThanOrEqual(median(samples));
    expect(interval.high).toBeGreaterThanOrEqual(median(samples));
    expect(interval.low).toBeGreaterThanOrEqual(Math.min(...samples));
    expect(interval.high).toBeLessThanOrEqual(Math.max(...samples));
    expect(medianInterval(samples)).toEqual(interval);
  });

  it('is wider for noisier samples', () => {
    const quiet = medianInterval([1.28, 1.29, 1.3, 1.31, 1.32])!;
    const noisy = medianInterval([1.1, 1.2, 1.3, 1.4, 1.5])!;
    expect(noisy.high - noisy.low).toBeGreaterThan(quiet.high - quiet.low);
  });

  it('holds the true median in most runs of fifteen draws (a 90 % interval, roughly)', () => {
    const next = seededRandom(42);
    let held = 0;
    const trials = 300;
    for (let trial = 0; trial < trials; trial++) {
      const interval = medianInterval(exponentials(15, next))!;
      if (interval.low <= Math.LN2 && Math.LN2 <= interval.high) held++;
    }
    // A percentile bootstrap of a median in small samples runs a little short of its level.
    expect(held / trials).toBeGreaterThan(0.8);
    expect(held / trials).toBeLessThan(0.99);
  });
});

describe('ratioOfMediansInterval', () => {
  it('holds 1 for two sets drawn alike, and the figure the key reports', () => {
    const next = seededRandom(7);
    const withExtension = exponentials(15, next).map((x) => 50 + 10 * x);
    const without = exponentials(15, next).map((x) => 50 + 10 * x);
    const interval = ratioOfMediansInterval(withExtension, without)!;
    expect(interval.low).toBeLessThanOrEqual(1);
    expect(interval.high).toBeGreaterThanOrEqual(1);
    const figure = median(withExtension) / median(without);
    expect(interval.low).toBeLessThanOrEqual(figure);
    expect(interval.high).toBeGreaterThanOrEqual(figure);
  });

  it('lies above 1 when every load with the extension is slower', () => {
    const without = [50, 52, 55, 49, 51, 53, 50];
    const interval = ratioOfMediansInterval(
      without.map((ms) => ms * 1.2),
      without,
    )!;
    expect(interval.low).toBeGreaterThan(1.1);
    expect(interval.high).toBeLessThan(1.3);
  });
});

describe('withinNoise and the table', () => {
  it('says a target inside the interval is met or missed within noise, and one outside it is not', () => {
    expect(withinNoise('loadOverhead', { low: 1.0, high: 1.1 })).toBe(true);
    expect(withinNoise('loadOverhead', { low: 1.06, high: 1.1 })).toBe(false);
    expect(withinNoise('loadOverhead', undefined)).toBe(false);
    // An information key has no target to be near.
    expect(withinNoise('captureMs2000', { low: 0, high: 1e9 })).toBe(false);
  });

  it('prints each key’s interval and marks a verdict within noise', () => {
    const results = Object.fromEntries(KEYS.map((k) => [k, Number.NaN])) as Record<Key, number>;
    results.loadOverhead = 1.07;
    results.badgesVsDomRead = 1.2;
    const printed = table(results, { loadOverhead: [1.07], badgesVsDomRead: [1.2, 1.1, 1.25] }, { loadOverhead: { low: 1.01, high: 1.12 }, badgesVsDomRead: { low: 1.1, high: 1.25 } });
    const row = (key: string) => printed.split('\n').find((line) => line.startsWith(`| ${key} |`))!;
    expect(row('loadOverhead')).toContain('| 1.07 | 1.01–1.12 | ≤ 1.05 | **no** (within noise) |');
    expect(row('badgesVsDomRead')).toContain('| 1.20 | 1.10–1.25 | ≤ 1.30 | yes |');
    expect(row('captureMs2000')).toContain('| — |  | info | — |');
  });
});
