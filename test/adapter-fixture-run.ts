/**
 * Runs one page adapter over a fixture page in jsdom, the way the content script would once the page
 * has settled, and puts the outcome in a form the expected.json files can be compared with.
 * Used by the account-health, inventory-performance and feedback adapter tests.
 */
import { expect } from 'vitest';
import { detectMarketplace, pageContext } from '../lib/read/page-context';
import type { AdapterResult, PageAdapter, PageContext } from '../lib/read/pages/types';
import type { ExpectedSnapshot, Fixture } from './fixtures';
import { loadPage } from './jsdom-page';

export interface FixtureRun {
  document: Document;
  url: URL;
  marketplace: string | undefined;
  ctx: PageContext | undefined;
  result: AdapterResult | undefined;
  close: () => void;
}

/** Loads the page at its URL, waits for its late render, and reads it (unless `before` breaks it first). */
export async function runFixture(
  adapter: PageAdapter,
  fixture: Fixture,
  before?: (document: Document) => void,
): Promise<FixtureRun> {
  // A page that navigates with pushState draws its content only after the navigation.
  const navigatesAfter = (fixture.expected.navigation as { afterMs?: number } | undefined)?.afterMs ?? 0;
  const waitMs = navigatesAfter + (fixture.expected.renderDelayMs ?? 0) + 300;
  const { dom, document } = await loadPage(fixture.html, fixture.expected.url, waitMs);
  const close = () => dom.window.close();
  const url = new URL(dom.window.location.href);
  before?.(document);
  const detected = detectMarketplace(document, url);
  if (!detected.marketplace) return { document, url, marketplace: undefined, ctx: undefined, result: undefined, close };
  const ctx = pageContext(document, url, detected.marketplace);
  return { document, url, marketplace: detected.marketplace, ctx, result: adapter.read(document, ctx), close };
}

/** A record as a comparable line: the fields expected.json fixes, `period` empty when absent, `status` for status metrics. */
export function recordKey(r: ExpectedSnapshot): string {
  return JSON.stringify([r.scope, r.entity, r.metric, r.value, r.unit, r.currency ?? null, r.period ?? '', r.status ?? null]);
}

export function readKeys(result: AdapterResult): string[] {
  return result.readings.map((r) => recordKey(r.record)).sort();
}

export function expectedKeys(snapshots: readonly ExpectedSnapshot[]): string[] {
  return snapshots.map(recordKey).sort();
}

/**
 * The outcome expected.json asks for: the marketplace, exactly the listed records, nothing listed as
 * absent, each badge anchored in the page's light DOM, and no problems, unless the fixture expects a
 * diagnostic (an unknown page or marketplace), where nothing may be read.
 */
export function expectFixtureOutcome(run: FixtureRun, fixture: Fixture): void {
  const diagnostic = fixture.expected.diagnostic as { reason?: string } | undefined;
  if (diagnostic?.reason === 'marketplace') {
    expect(run.marketplace).toBeUndefined();
    return;
  }
  expect(run.marketplace).toBe(fixture.expected.marketplace);
  const result = run.result!;
  if (diagnostic) expect(result.problems).not.toEqual([]);
  else expect(result.problems).toEqual([]);
  expect(readKeys(result)).toEqual(expectedKeys(fixture.expected.snapshots));
  for (const absent of fixture.expected.absent ?? []) {
    expect(result.readings.some((r) => r.record.metric === absent.metric && r.record.entity === absent.entity)).toBe(false);
  }
  for (const reading of result.readings) expect(reading.element?.getRootNode()).toBe(run.document);
}
