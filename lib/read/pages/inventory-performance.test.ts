import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures, SHARED_FIXTURES, type Fixture } from '../../../test/fixtures';
import { inventoryPerformanceAdapter } from './inventory-performance';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('inventory-performance'));
const sharedPath = resolve(SHARED_FIXTURES, 'inventory-performance/ipi-en-us');
const shared: Fixture = {
  name: 'shared/inventory-performance/ipi-en-us.html',
  htmlPath: `${sharedPath}.html`,
  html: readFileSync(`${sharedPath}.html`, 'utf8'),
  expected: JSON.parse(readFileSync(`${sharedPath}.expected.json`, 'utf8')),
};

describe('inventoryPerformanceAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/inventory-performance/dashboard',
    'https://sellercentral.amazon.com/inventory-performance/dashboard/',
    'https://sellercentral.amazon.de/inventoryplanning/dashboard?ref_=xx_invplan_dnav_xx',
    'https://sellercentral.amazon.co.jp/InventoryPlanning/Dashboard/ref=xx_invplan_dnav_xx#ipi',
    'https://sellercentral-europe.amazon.com/inventory-performance/dashboard?mons_sel_mkid=APJ6JRA9NG5V4',
  ])('serves %s', (url) => expect(inventoryPerformanceAdapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/inventoryplanning/manageinventoryhealth',
    'https://sellercentral.amazon.com/inventory-performance/dashboard/stranded',
    'https://sellercentral.amazon.com/myinventory/inventory',
  ])('does not serve %s', (url) => expect(inventoryPerformanceAdapter.matches(new URL(url))).toBe(false));
});

describe.each(fixtures.map((f) => [f.name, f] as const))('inventory performance fixture %s', (_name, fixture) => {
  it('reads exactly the expected values, with no problems', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });

  it('reads the same by card headings alone when the cards have no test ids', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, fixture, (doc) => {
      for (const el of Array.from(doc.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    });
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });
});

describe('inventory performance pages that are broken', () => {
  const metricsOf = (run: Awaited<ReturnType<typeof runFixture>>) => run.result!.readings.map((r) => r.record.metric);

  it('reports a card whose test id and heading are both gone, and reads the rest', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared, (doc) => {
      const card = doc.querySelector('[data-testid="ipi-excess-inventory-card"]')!;
      card.removeAttribute('data-testid');
      card.setAttribute('heading', 'Overstock');
    });
    try {
      expect(run.result!.problems).toEqual(['no Excess inventory card']);
      expect(metricsOf(run)).not.toContain('excessInventoryPct');
      expect(metricsOf(run)).toHaveLength(5);
    } finally {
      run.close();
    }
  });

  it('turns an unreadable figure into a problem, not a record', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared, (doc) => {
      doc.querySelector('[data-testid="ipi-stranded-inventory-card"] [class*="IpiFactorCard-module__value"]')!.textContent = '1.2.3%';
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('strandedInventoryPct:'))).toBe(true);
      expect(metricsOf(run)).not.toContain('strandedInventoryPct');
    } finally {
      run.close();
    }
  });

  it('reads nothing from a card that shows two figures', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared, (doc) => {
      const card = doc.querySelector('[data-testid="ipi-in-stock-card"]')!;
      const second = doc.createElement('div');
      second.textContent = '88.0%';
      card.appendChild(second);
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('In-stock rate: several values'))).toBe(true);
      expect(metricsOf(run)).not.toContain('inStockRate');
    } finally {
      run.close();
    }
  });

  it('refuses a percentage where the sell-through ratio belongs', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared, (doc) => {
      doc.querySelector('[data-testid="ipi-sell-through-card"] [class*="IpiFactorCard-module__value"]')!.textContent = '21%';
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('sellThroughRate:'))).toBe(true);
      expect(metricsOf(run)).not.toContain('sellThroughRate');
    } finally {
      run.close();
    }
  });

  it('reports every card, and reads none, while the dashboard is still a spinner', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared, (doc) => {
      doc.getElementById('ipi-root')!.replaceChildren(doc.createElement('kat-spinner'));
    });
    try {
      expect(run.result!.readings).toEqual([]);
      expect(run.result!.problems).toHaveLength(6);
    } finally {
      run.close();
    }
  });
});
