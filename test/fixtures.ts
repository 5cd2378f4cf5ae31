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
  /** The word of a status metric (contract §2). */
  status?: string;
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
  /** What an Advertised products page links (issue 16): campaign and ad group to SKU and ASIN. */
  links?: { campaign: string; adGroup?: string; sku?: string; asin?: string }[];
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

/**
 * Shared samples the extension does not read yet, by fixture name, each with the issue that will read it.
 * `listFixtures` leaves them out of every fixture test, and the tests print them as to-dos (`pendingTodos`):
 * a sample is never skipped silently. Empty this list as the issues land.
 */
export const PENDING_FIXTURES: Readonly<Record<string, string>> = {
  'shared/inventory/manage-inventory-cards-en-us.html': 'issue 15: listing status and the row-card layout',
  'shared/reviews/brand-reviews-en-us.html': 'issue 15: the reviews adapter and its due items',
};

/** Registers one to-do per pending sample, so that every run's output names what is not read yet. */
export function pendingTodos(todo: (name: string) => void): void {
  for (const [name, why] of Object.entries(PENDING_FIXTURES)) {
    todo(`pending sample ${name} (${why})`);
    console.log(`PENDING (not read yet, not tested): ${name}: ${why}`);
  }
}

export function listFixtures(dirs: string[] = [SHARED_FIXTURES, OWN_FIXTURES], { withPending = false } = {}): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const dir of dirs) {
    for (const path of walk(dir).filter((p) => p.endsWith('.expected.json')).sort()) {
      const htmlPath = path.replace(/\.expected\.json$/, '.html');
      if (!existsSync(htmlPath)) throw new Error(`${path} has no page beside it (${htmlPath})`);
      const name = `${dir === SHARED_FIXTURES ? 'shared' : 'own'}/${relative(dir, htmlPath)}`;
      if (!withPending && name in PENDING_FIXTURES) continue;
      fixtures.push({
        name,
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
