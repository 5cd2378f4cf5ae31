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
};

/**
 * Values a shared sample shows that its expected.json, written before the metric existed, does not list,
 * by fixture name: `listFixtures` adds them to the sample's expectation (snapshots and badges), so they
 * are checked exactly like the rest, and every run prints them (`pendingTodos`). Remove an entry once
 * the shared expected.json lists the values itself.
 */
export const SHARED_ADDENDA: Readonly<Record<string, { why: string; snapshots: ExpectedSnapshot[]; badges: NonNullable<FixtureExpectation['badges']> }>> = {
  'shared/inventory/manage-inventory-en-us.html': {
    why: 'issue 15: the table layout shows each listing status (kat-label Active / Inactive / Out of Stock); contract §1 reads it in both layouts',
    ...listingStatuses({
      'NW-LEASH-BLK-M': 'active', 'NW-LEASH-RED-L': 'active', 'NW-HARN-NOPULL-S': 'active', 'NW-BOWL-SS-2PK': 'outOfStock',
      'NW-TREE-CAT-72': 'active', 'NW-BED-ORTHO-XL': 'active', 'NW-TOY-ROPE-5PK': 'active', 'NW-BRUSH-DESHED': 'active',
      'NW-SHAMPOO-OAT-16': 'active', 'NW-POOP-BAGS-540': 'active', 'NW-LITTER-MAT-XL': 'active', 'NW-COLLAR-GPS-TAG': 'inactive',
    }),
  },
};

/** `listingStatus` snapshots and badges (contract §2: its number and word; inactive and suppressed breach, incomplete warns). */
function listingStatuses(bySku: Record<string, 'active' | 'inactive' | 'outOfStock' | 'searchSuppressed' | 'incomplete'>) {
  const numbers = { active: 0, inactive: 1, outOfStock: 2, searchSuppressed: 3, incomplete: 4 } as const;
  const levels = { active: 'ok', inactive: 'breach', outOfStock: 'ok', searchSuppressed: 'breach', incomplete: 'warn' } as const;
  const entries = Object.entries(bySku);
  return {
    snapshots: entries.map(([entity, status]) => ({ scope: 'sku', entity, metric: 'listingStatus', value: numbers[status], unit: 'status', status })),
    badges: entries.map(([entity, status]) => ({ metric: 'listingStatus', entity, level: levels[status], value: numbers[status] })),
  };
}

/** Registers one to-do per pending sample, so that every run's output names what is not read yet. */
export function pendingTodos(todo: (name: string) => void): void {
  for (const [name, why] of Object.entries(PENDING_FIXTURES)) {
    todo(`pending sample ${name} (${why})`);
    console.log(`PENDING (not read yet, not tested): ${name}: ${why}`);
  }
  for (const [name, { why, snapshots }] of Object.entries(SHARED_ADDENDA)) {
    console.log(`ADDENDUM (checked beyond its expected.json): ${name}: ${snapshots.length} values (${why})`);
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
      const expected = JSON.parse(readFileSync(path, 'utf8')) as FixtureExpectation;
      const addendum = SHARED_ADDENDA[name];
      if (addendum) {
        expected.snapshots = [...expected.snapshots, ...addendum.snapshots];
        expected.badges = [...(expected.badges ?? []), ...addendum.badges];
      }
      fixtures.push({ name, htmlPath, html: readFileSync(htmlPath, 'utf8'), expected });
    }
  }
  return fixtures;
}

export function adaptersOf(expected: FixtureExpectation): string[] {
  return expected.adapters ?? (expected.adapter ? [expected.adapter] : []);
}
