import { describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures, type Fixture } from '../../../test/fixtures';
import { voiceOfCustomerAdapter } from './voice-of-customer';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('voice-of-customer'));

describe('voiceOfCustomerAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/voice-of-the-customer',
    'https://sellercentral.amazon.co.uk/voice-of-the-customer/?ref_=xx_voc_dnav_xx',
    'https://sellercentral.amazon.com/voice-of-the-customer/product-details?asin=B0C4RT7NQ2',
  ])('serves %s', (url) => expect(voiceOfCustomerAdapter.matches(new URL(url))).toBe(true));

  it.each(['https://sellercentral.amazon.com/feedback-manager/index.html', 'https://sellercentral.amazon.com/brand-customer-reviews'])('does not serve %s', (url) =>
    expect(voiceOfCustomerAdapter.matches(new URL(url))).toBe(false),
  );
});

it('has the shared sample and our own among its fixtures', () => {
  expect(fixtures.map((f) => f.name)).toContain('shared/voice-of-customer/voc-en-us.html');
  expect(fixtures.filter((f) => f.name.startsWith('own/')).length).toBeGreaterThanOrEqual(1);
});

describe.each(fixtures.map((f) => [f.name, f] as [string, Fixture]))('voice of the customer fixture %s', (_name, fixture) => {
  it('reads exactly the expected values and status words', async () => {
    const run = await runFixture(voiceOfCustomerAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });

  it("reads each value under its column's header, in its SKU's row, and never takes the NCX rate for the return rate", async () => {
    const run = await runFixture(voiceOfCustomerAdapter, fixture);
    try {
      const headers = Array.from(run.document.querySelectorAll('kat-table-head kat-table-cell')).map((c) => c.textContent);
      for (const reading of run.result!.readings) {
        const cell = reading.element!;
        const index = Array.from(cell.parentElement!.children).indexOf(cell);
        expect(reading.label, `${reading.record.metric} of ${reading.record.entity}`).toBe(headers[index]);
        expect(cell.parentElement!.textContent).toContain(reading.record.entity);
      }
      const ncx = run.result!.readings.filter((r) => r.record.metric === 'ncxRate');
      const returns = run.result!.readings.filter((r) => r.record.metric === 'returnRate');
      expect(new Set(ncx.map((r) => r.label)).size).toBe(1);
      expect(ncx[0]!.label).not.toBe(returns[0]!.label);
    } finally {
      run.close();
    }
  });

  it('marks the customer-experience values of a row whose top NCX reason is a product-quality one', async () => {
    const run = await runFixture(voiceOfCustomerAdapter, fixture);
    try {
      const rows = Array.from(run.document.querySelectorAll('kat-table-body kat-table-row'));
      for (const reading of run.result!.readings.filter((r) => r.record.metric === 'returnRate' || r.record.metric === 'cxHealth')) {
        const row = rows.find((r) => r.textContent!.includes(reading.record.entity))!;
        const quality = /Product quality|Not as described|产品质量|与描述不符/.test(row.textContent!);
        expect(reading.context?.reason, `${reading.record.metric} of ${reading.record.entity}`).toBe(quality ? 'quality' : undefined);
      }
    } finally {
      run.close();
    }
  });
});
