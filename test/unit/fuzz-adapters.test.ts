/**
 * Adapters over randomly broken pages: every fixture page (shared and ours) is rendered once in jsdom,
 * then copied (open shadow roots included) and mutated many times: nodes removed, duplicated or
 * moved, attributes removed or set to other anchors' values, text replaced with unreadable, missing
 * or other numbers. Whatever the mutation, the page's adapter must not throw, and every value it
 * reads must be one the mutated page shows: a number in the text of the element it names (or, for a
 * title length, that title's length). Seeded, so a failure replays; the seed and the mutation list
 * are in the failure message.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { toSnapshots } from '../../lib/store/capture';
import { detectMarketplace } from '../../lib/read/page-context';
import { ADAPTERS } from '../../lib/read/pages';
import { adapterFor } from '../../lib/read/pages/adapter-for';
import { snapshotSchema } from '../../lib/store/schema';
import { listFixtures, type Fixture } from '../fixtures';
import { applyMutation, freshCopy, keysOf, mutationArb, notShown, readPage } from '../fuzz-page';
import { loadPage } from '../jsdom-page';

/** Fixed seed: the same cases every run. For a longer hunt set SOL_FUZZ_RUNS (and SOL_FUZZ_SEED). */
const FUZZ_SEED = Number(process.env.SOL_FUZZ_SEED ?? 20_261_122);
const RUNS_PER_FIXTURE = Number(process.env.SOL_FUZZ_RUNS ?? 25);

const fixtures = listFixtures();
const counts = { fixtures: 0, cases: 0, readings: 0, mutations: 0 };
afterAll(() => {
  // The report quotes these numbers.
  console.info(`fuzz: ${counts.cases} mutated pages over ${counts.fixtures} fixtures, ${counts.mutations} mutations, ${counts.readings} values checked`);
});

describe('adapters over randomly mutated fixture pages', () => {
  it('has fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  fixtures.forEach((fixture: Fixture, index) => {
    it(fixture.name, async () => {
      const navigatesAfter = (fixture.expected.navigation as { afterMs?: number } | undefined)?.afterMs ?? 0;
      const { dom, document } = await loadPage(fixture.html, fixture.expected.url, navigatesAfter + (fixture.expected.renderDelayMs ?? 0) + 300);
      const url = new URL(dom.window.location.href);
      const adapter = adapterFor(url, ADAPTERS);
      expect(adapter, `an adapter serves ${url.href}`).toBeDefined();
      const target = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: url.href, pretendToBeVisual: true });
      try {
        // The copy reads exactly as the live page: the fuzzing below starts from the real thing.
        const original = keysOf(readPage(adapter!, document, url));
        expect(keysOf(readPage(adapter!, freshCopy(document, target.window as unknown as Window), url))).toEqual(original);
        counts.fixtures++;

        await fc.assert(
          fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 8 }), async (mutations) => {
            // jsdom drains its slot-change list in a microtask: let it, or thousands of copies pile up.
            await new Promise((resolve) => setImmediate(resolve));
            const doc = freshCopy(document, target.window as unknown as Window);
            for (const mutation of mutations) applyMutation(doc, mutation);
            counts.cases++;
            counts.mutations += mutations.length;
            const result = readPage(adapter!, doc, url);
            if (!result) return;
            for (const reading of result.readings) {
              counts.readings++;
              const why = notShown(reading, doc);
              if (why) throw new Error(why);
            }
            // What the content script would send passes the background's check: nothing is refused later.
            const market = detectMarketplace(doc, url);
            for (const row of toSnapshots(result.readings, { marketplace: market.marketplace!, source: adapter!.source, page: adapter!.id })) {
              const parsed = snapshotSchema.safeParse(row);
              if (!parsed.success) throw new Error(`a row the background would refuse: ${parsed.error.issues[0]?.message}`);
            }
          }),
          { seed: FUZZ_SEED + index, numRuns: RUNS_PER_FIXTURE },
        );
      } finally {
        target.window.close();
        dom.window.close();
      }
    }, 120_000);
  });
});
