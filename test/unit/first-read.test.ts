/**
 * A first read (`PageContext.metrics`: the metrics the overlay draws beside, read at the start of a frame
 * for its badges) must read those metrics exactly as a read of every metric does: the same values, under
 * the same labels, at the same elements, with the same context, and the same links. What it leaves unread
 * it must say (`partial`), or the capture session would take it for the whole page and never store the
 * rest. Checked on every fixture page, for the overlay's own set and for each metric alone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/read/pages';
import type { AdapterResult, PageAdapter, PageContext } from '../../lib/read/pages/types';
import type { MetricId } from '../../lib/read/metrics';
import { RULED_METRICS } from '../../lib/rules';
import { LINKED_VALUES_BESIDE } from '../../lib/content/linked-badges';
import { runFixture, type FixtureRun } from '../adapter-fixture-run';
import { adaptersOf, listFixtures } from '../fixtures';

/** What the overlay reads first (lib/content/overlay.ts `firstMetrics`), on either site. */
const OVERLAY_FIRST: ReadonlySet<MetricId> = new Set([...RULED_METRICS, ...LINKED_VALUES_BESIDE]);

/** Each reading as a comparable line, and its element (compared by identity). */
function readingsOf(result: AdapterResult, only?: ReadonlySet<MetricId>): { line: string; element: Element | undefined }[] {
  return result.readings
    .filter((r) => !only || only.has(r.record.metric))
    .map((r) => ({ line: JSON.stringify([r.record, r.label ?? null, r.context ?? null]), element: r.element }))
    .sort((a, b) => (a.line < b.line ? -1 : a.line > b.line ? 1 : 0));
}

function linksOf(result: AdapterResult): string[] {
  return (result.links ?? []).map((l) => JSON.stringify([l.link, l.entity ?? null, l.scope ?? null])).sort();
}

function expectFirstRead(adapter: PageAdapter, run: FixtureRun, ctx: PageContext, full: AdapterResult, wanted: ReadonlySet<MetricId>): void {
  const first = adapter.read(run.document, { ...ctx, metrics: wanted });
  const label = `${adapter.id}, first read of ${[...wanted].length > 3 ? 'the overlay set' : [...wanted].join(', ')}`;
  const got = readingsOf(first, wanted);
  const expected = readingsOf(full, wanted);
  expect(got.map((r) => r.line), label).toEqual(expected.map((r) => r.line));
  got.forEach((r, i) => expect(r.element === expected[i]!.element, `${label}: element of ${r.line}`).toBe(true));
  // Reading more than was asked is never wrong (a status word is read with its row), reading otherwise is.
  const whole = new Set(readingsOf(full).map((r) => r.line));
  expect(whole.size, `${label}: two readings alike`).toBe(full.readings.length);
  for (const { line } of readingsOf(first)) expect(whole.has(line), `${label}: ${line}`).toBe(true);
  expect(linksOf(first), label).toEqual(linksOf(full));
  // Said nothing: it read everything (else the capture session would never store the rest).
  if (!first.partial) expect(readingsOf(first).map((r) => r.line), label).toEqual([...whole].sort());
}

const fixtures = listFixtures();
const runs: FixtureRun[] = [];
afterAll(() => {
  for (const run of runs) run.close();
});

describe('a first read of the badges\' metrics', () => {
  for (const fixture of fixtures) {
    const adapters = adaptersOf(fixture.expected).flatMap((id) => ADAPTERS.filter((a) => a.id === id));
    for (const adapter of adapters) {
      it(`reads them as a whole read does: ${fixture.name} (${adapter.id})`, async () => {
        const run = await runFixture(adapter, fixture);
        runs.push(run);
        if (!run.ctx || !adapter.matches(run.url)) return; // a page the fixture expects unread (its own tests say so)
        const full = adapter.read(run.document, run.ctx);
        expect(full.partial).toBeUndefined();
        expectFirstRead(adapter, run, run.ctx, full, OVERLAY_FIRST);
        for (const metric of new Set(full.readings.map((r) => r.record.metric))) expectFirstRead(adapter, run, run.ctx, full, new Set([metric]));
      });
    }
  }
});
