/**
 * docs/reliability.md names a test for every row of its catalogue. This checks that each file it names
 * exists and holds the test it names (`file` › start of the test's name), so the catalogue cannot
 * point at a test that was renamed or removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const catalogue = readFileSync(join(ROOT, 'docs', 'reliability.md'), 'utf8');

/** Catalogue rows: `| id | input | behaviour | tests |` with an id such as N1 or X7. */
const rows = catalogue
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .filter((cells) => /^[A-Z]\d+$/.test(cells[1] ?? ''))
  .map((cells) => ({ id: cells[1]!, tests: cells[cells.length - 2]! }));

describe('the reliability catalogue', () => {
  it('has its rows, each id once', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.id, r.tests] as const))('%s names tests that exist', (_id, tests) => {
    const references = tests.split(';').map((part) => part.trim()).filter(Boolean);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const paths = [...reference.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      expect(paths.length, reference).toBeGreaterThan(0);
      for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
      const name = reference.split('›')[1]?.trim();
      if (name) expect(readFileSync(join(ROOT, paths[0]!), 'utf8'), `${paths[0]} › ${name}`).toContain(name);
    }
  });
});
