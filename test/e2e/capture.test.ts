/**
 * Over every fixture (shared and our own, found by walking the folders): serve the page at its real
 * URL in Chromium with the built extension, scroll where the fixture says, and check what the
 * extension stored in its own IndexedDB against the fixture's expected.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptersOf, listFixtures, pendingTodos, type Fixture } from '../fixtures';
import { LINKED_METRICS, linkedFromFixture } from '../linked-expected';
import { clearTable, launchWithExtension, openFixture, readTable, waitFor, type ExtensionBrowser, type StoredSnapshot } from './browser';

const fixtures = listFixtures();
const keyOf = (s: { scope: string; entity: string; metric: string }) => `${s.scope}|${s.entity}|${s.metric}`;
/**
 * Linked signals (contract §8) depend on what other pages stored before (links, stock): a fixture that
 * does not list them is not checked for them here; test/e2e/linked-ads.test.ts checks them in a scenario.
 */

describe('capture over every fixture', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  pendingTodos((name) => it.todo(name));

  it('finds fixtures to test', () => {
    expect(fixtures.filter((f) => f.name.startsWith('shared/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures.map((f) => [f.name, f] as [string, Fixture]))('%s', async (_name, fixture) => {
    const expected = fixture.expected;
    await clearTable(browser, 'snapshots');
    const { page, errors } = await openFixture(browser, fixture);
    try {
      const wanted = new Set(expected.snapshots.map(keyOf));
      const rows = await waitFor(
        () => readTable<StoredSnapshot>(browser, 'snapshots'),
        (stored) => wanted.size === 0 || [...wanted].every((k) => stored.some((s) => keyOf(s) === k)),
        wanted.size ? 10_000 : 1_500,
      );
      const byKey = new Map(rows.map((r) => [keyOf(r), r]));

      for (const want of expected.snapshots) {
        const got = byKey.get(keyOf(want));
        expect(got, `stored ${keyOf(want)}`).toBeDefined();
        expect(got!.value, `value of ${keyOf(want)}`).toBe(want.value);
        expect(got!.unit, `unit of ${keyOf(want)}`).toBe(want.unit);
        if (want.currency) expect(got!.currency, `currency of ${keyOf(want)}`).toBe(want.currency);
        expect(got!.status, `status word of ${keyOf(want)}`).toBe(want.status);
        expect(got!.period, `period of ${keyOf(want)}`).toBe(want.period ?? expected.period ?? '');
      }
      for (const absent of expected.absent ?? []) {
        expect(byKey.has(keyOf(absent)), `${keyOf(absent)} must not be stored`).toBe(false);
      }
      // Linked signals (contract §8) are computed, not read: exactly those one page gives in a fresh profile.
      const linked = linkedFromFixture(expected);
      const computed = rows.filter((r) => LINKED_METRICS.has(r.metric) && !wanted.has(keyOf(r)));
      expect(computed.map((r) => ({ scope: r.scope, entity: r.entity, metric: r.metric, value: r.value, period: r.period })), 'linked values').toEqual(
        linked.map(({ scope, entity, metric, value, period }) => ({ scope, entity, metric, value, period })),
      );
      for (const row of rows) {
        expect(row.marketplace, `marketplace of ${keyOf(row)}`).toBe(expected.marketplace);
        if (computed.includes(row)) continue;
        expect(wanted.has(keyOf(row)), `${keyOf(row)} = ${row.value} is not in expected.json`).toBe(true);
      }
      expect(rows.length).toBe(wanted.size + linked.length);

      // Badges: each drawn one has the fixture's level and the stored value (a due item's badge: its
      // deadline day, contract §7); none is duplicated. Feedback rows below 4 stars are due items too,
      // checked against the fixture's feedbackRows (their respondBy is the badge's deadline).
      const badges = await page.locator('[data-sol-badge]').evaluateAll((els) =>
        els.map((e) => ({ metric: e.getAttribute('data-sol-metric')!, entity: e.getAttribute('data-sol-entity')!, level: e.getAttribute('data-sol-level')!, value: Number(e.getAttribute('data-sol-value')), due: e.getAttribute('data-sol-due') })),
      );
      const feedbackDue = ((expected as { feedbackRows?: { orderId: string; rating: number; respondBy?: string }[] }).feedbackRows ?? [])
        .filter((r) => r.respondBy)
        .map((r) => ({ metric: 'feedbackRow', entity: r.orderId, level: r.rating <= 2 ? 'breach' : 'warn', due: r.respondBy }));
      const wantedBadges: { metric: string; entity: string; level: string; value?: number; due?: string }[] = [...(expected.badges ?? []), ...feedbackDue];
      const seen = new Set<string>();
      for (const badge of badges) {
        const key = `${badge.metric}|${badge.entity}`;
        expect(seen.has(key), `one badge for ${key}`).toBe(false);
        seen.add(key);
        const computed = linked.find((l) => l.metric === badge.metric && l.entity === badge.entity);
        if (computed) {
          expect(badge.level, `level of ${key}`).toBe(computed.level);
          expect(badge.value, `value of ${key}`).toBe(computed.value);
          continue;
        }
        const want = wantedBadges.find((b) => b.metric === badge.metric && b.entity === badge.entity);
        if (!want && LINKED_METRICS.has(badge.metric)) continue;
        expect(want, `badge ${key} is expected`).toBeDefined();
        expect(badge.level, `level of ${key}`).toBe(want!.level);
        if (want!.due !== undefined) expect(badge.due, `deadline of ${key}`).toBe(want!.due);
        else expect(badge.value, `value of ${key}`).toBe(want!.value);
      }
      if (!expected.scroll && wantedBadges.length > 0) {
        // Without virtualization every ruled value is in the DOM, so every badge is drawn.
        // Linked signals the fixture does not list (from history, or the ads links) are checked apart.
        const listed = (b: { metric: string }) => !linked.some((l) => l.metric === b.metric) && (!LINKED_METRICS.has(b.metric) || wantedBadges.some((w) => w.metric === b.metric));
        expect(badges.filter(listed).length, 'every expected badge is drawn').toBe(wantedBadges.length);
      }

      const diagnostics = await page.locator('[data-sol-diagnostic]').count();
      if (expected.diagnostic) {
        expect(diagnostics, 'a diagnostic is shown').toBeGreaterThan(0);
        const host = page.locator('[data-sol-diagnostic]').first();
        const adapter = adaptersOf(expected)[0]!;
        const said = `${await host.getAttribute('data-sol-diagnostic')} ${await host.getAttribute('data-sol-detail')}`;
        expect(said, 'the diagnostic names the adapter').toContain(adapter);
        expect((await host.getAttribute('data-sol-detail'))!.length, 'and says what is missing').toBeGreaterThan(10);
      }
      else expect(diagnostics, 'no diagnostic on a readable page').toBe(0);
      expect(errors, 'no errors thrown into the page').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
