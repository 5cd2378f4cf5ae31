import { describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures, type Fixture } from '../../../test/fixtures';
import { restockAdapter } from './restock';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('restock'));

describe('restockAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/restockinventory/recommendations',
    'https://sellercentral.amazon.de/restockinventory/recommendations/?ref_=xx_restock_dnav_xx',
    'https://sellercentral.amazon.com/inventoryplanning/restockinventory',
    'https://sellercentral-japan.amazon.com/InventoryPlanning/RestockInventory?mons_sel_mkid=A1VC38T7YXB528',
  ])('serves %s', (url) => expect(restockAdapter.matches(new URL(url))).toBe(true));

  it.each(['https://sellercentral.amazon.com/inventoryplanning/dashboard', 'https://sellercentral.amazon.com/myinventory/inventory', 'https://sellercentral.amazon.com/restock'])(
    'does not serve %s',
    (url) => expect(restockAdapter.matches(new URL(url))).toBe(false),
  );
});

it('has the shared sample and our own among its fixtures', () => {
  expect(fixtures.map((f) => f.name)).toContain('shared/restock/restock-en-us.html');
  expect(fixtures.filter((f) => f.name.startsWith('own/')).length).toBeGreaterThanOrEqual(1);
});

describe.each(fixtures.map((f) => [f.name, f] as [string, Fixture]))('restock fixture %s', (_name, fixture) => {
  it('reads exactly the expected values and status words', async () => {
    const run = await runFixture(restockAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });

  it('reads each value under the header it is shown under, its badge on that column cell of its row', async () => {
    const run = await runFixture(restockAdapter, fixture);
    try {
      for (const reading of run.result!.readings) {
        const cell = reading.element as HTMLTableCellElement;
        const header = cell.closest('table')!.querySelectorAll('thead th')[cell.cellIndex]!;
        expect(reading.label, `${reading.record.metric} of ${reading.record.entity}`).toBe(header.textContent);
        expect(cell.closest('tr')!.textContent).toContain(reading.record.entity);
      }
    } finally {
      run.close();
    }
  });

  it('hands the restock plan (recommended quantity, ship date) to the alert and days of supply of rows that have one', async () => {
    const run = await runFixture(restockAdapter, fixture);
    try {
      for (const reading of run.result!.readings.filter((r) => r.record.metric === 'restockAlert')) {
        const qty = run.result!.readings.find((r) => r.record.entity === reading.record.entity && r.record.metric === 'recommendedQty');
        expect(reading.context?.recommendedQty).toBe(qty?.record.value);
        if (reading.context?.shipDate !== undefined) expect(reading.context.shipDate).toMatch(/^2026-1[12]-\d\d$/);
      }
    } finally {
      run.close();
    }
  });

  it('reads the same from the visible cells when the rows carry no JSON', async () => {
    const run = await runFixture(restockAdapter, fixture, (doc) => {
      for (const row of Array.from(doc.querySelectorAll('[data-row-data]'))) row.removeAttribute('data-row-data');
    });
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });
});
