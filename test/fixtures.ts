/**
 * Finds page fixtures: the shared ones in ../shared/fixtures (read-only, may grow any day) and our own
 * variants in test/fixtures. Every test that runs "over every fixture" walks both folders.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';

export interface ExpectedSnapshot {
  scope: string;
  entity: string;
  metric: string;
  value: number;
  unit: string;
  currency?: string;
  period?: string;
}
export interface FixtureExpectation {
  url: string;
  adapter?: string;
  adapters?: string[];
  marketplace: string;
  uiLanguage?: string;
  period?: string;
  notes?: string;
  renderDelayMs?: number;
  waitMs?: number;
  acosTarget?: number;
  scroll?: boolean;
  navigation?: unknown;
  diagnostic?: unknown;
  snapshots: ExpectedSnapshot[];
  absent?: { scope: string; entity: string; metric: string }[];
  badges?: { metric: string; entity: string; level: 'ok' | 'warn' | 'breach'; value: number }[];
}
export interface Fixture {
  name: string;
  htmlPath: string;
  html: string;
  expected: FixtureExpectation;
}

const ROOT = resolve(import.meta.dirname, '..');
export const SHARED_FIXTURES = resolve(ROOT, '..', 'shared', 'fixtures');
export const OWN_FIXTURES = resolve(ROOT, 'test', 'fixtures');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function listFixtures(dirs: string[] = [SHARED_FIXTURES, OWN_FIXTURES]): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const dir of dirs) {
    for (const path of walk(dir).filter((p) => p.endsWith('.expected.json')).sort()) {
      const htmlPath = path.replace(/\.expected\.json$/, '.html');
      if (!existsSync(htmlPath)) throw new Error(`${path} has no page beside it (${htmlPath})`);
      fixtures.push({
        name: `${dir === SHARED_FIXTURES ? 'shared' : 'own'}/${relative(dir, htmlPath)}`,
        htmlPath,
        html: readFileSync(htmlPath, 'utf8'),
        expected: JSON.parse(readFileSync(path, 'utf8')) as FixtureExpectation,
      });
    }
  }
  return fixtures;
}

export function adaptersOf(expected: FixtureExpectation): string[] {
  return expected.adapters ?? (expected.adapter ? [expected.adapter] : []);
}
