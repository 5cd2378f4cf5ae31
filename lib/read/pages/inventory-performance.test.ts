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

describe('inventory performance labels unknown and taught', () => {
  const noTestIds = fixtures.find((f) => f.name === 'own/inventory-performance/ipi-de-de-no-testids.html')!;
  // The card heading is a kat-box attribute the component draws in its shadow root.
  const renameSellThrough = (doc: Document) => {
    const card = [...doc.querySelectorAll('kat-box')].find((el) => el.getAttribute('heading') === 'Abverkaufsrate')!;
    card.setAttribute('heading', 'Lagerumschlag');
  };
  const sellThrough = (result: { readings: { record: { metric: string; value: number }; label?: string }[] }) =>
    result.readings.find((r) => r.record.metric === 'sellThroughRate');

  it('names each value by the card heading it was read under', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, noTestIds);
    try {
      expect(sellThrough(run.result!)?.label).toBe('Abverkaufsrate');
      expect(run.result!.readings.find((r) => r.record.metric === 'excessInventoryPct')?.label).toBe('Überschüssiger Bestand');
    } finally {
      run.close();
    }
  });

  it('leaves a card whose heading no word knows unread, offers that heading to teach, and reads it once taught', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, noTestIds, renameSellThrough);
    try {
      expect(sellThrough(run.result!)).toBeUndefined();
      expect(run.result!.unplaced).toContain('Lagerumschlag');
      const taught = inventoryPerformanceAdapter.read(run.document, {
        ...run.ctx!,
        taught: [{ page: 'inventory-performance', label: 'lagerumschlag', metric: 'sellThroughRate' }],
      });
      expect(sellThrough(taught)?.record.value).toBe(1.4);
      expect(sellThrough(taught)?.label).toBe('Lagerumschlag');
      expect(taught.unplaced ?? []).not.toContain('Lagerumschlag');
    } finally {
      run.close();
    }
  });

  it('never lets a taught label move a value off the card its test id names', async () => {
    const run = await runFixture(inventoryPerformanceAdapter, shared);
    try {
      const before = run.result!.readings.map((r) => [r.record.metric, r.record.value]);
      const taught = inventoryPerformanceAdapter.read(run.document, {
        ...run.ctx!,
        taught: [{ page: 'inventory-performance', label: 'excess inventory', metric: 'strandedInventoryPct' }],
      });
      expect(taught.readings.map((r) => [r.record.metric, r.record.value])).toEqual(before);
    } finally {
      run.close();
    }
  });
});
