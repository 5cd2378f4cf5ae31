import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import { entrySchema, snapshotSchema, type Entry, type Snapshot } from '../store/schema';
import { EMPTY_FILTER, UNASSIGNED } from './log-filter';
import { economicsFigures, entitiesOf, entriesAbout, loadEconomicsSettings, markDone, marketplacesWithData, queryLog, saveEconomicsSettings } from './queries';

const NOW = new Date('2026-05-11T09:00:00+08:00');

let n = 0;
function entry(partial: Partial<Entry>): Entry {
  n++;
  return entrySchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    day: '2026-05-08',
    createdAt: '2026-05-08T09:00:00.000+08:00',
    updatedAt: '2026-05-08T09:00:00.000+08:00',
    module: 'ads',
    category: 'operations',
    summary: `entry ${n}`,
    owner: '',
    status: 'open',
    ...partial,
  });
}

function money(entity: string, metric: 'orderedProductSales' | 'spend' | 'sales', value: number, of: string, scope: Snapshot['scope'] = metric === 'orderedProductSales' ? 'asin' : 'campaign'): Snapshot {
  return snapshotSchema.parse({
    marketplace: 'US',
    source: scope === 'asin' ? 'sellercentral' : 'advertising',
    page: scope === 'asin' ? 'business-reports' : 'ads-campaigns',
    scope,
    entity,
    metric,
    value,
    unit: 'money',
    currency: 'USD',
    period: `${of}..${of}`,
    day: of,
    capturedAt: `${of}T20:00:00.000-07:00`,
  });
}

describe('dashboard queries', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('filters the log by every field, newest first, with overdue judged by the real time across offsets', async () => {
    await db.entries.bulkPut([
      entry({ day: '2026-05-01', owner: 'Li', marketplace: 'US', status: 'done' }),
      entry({ day: '2026-05-09', owner: 'Li', marketplace: 'DE', category: 'compliance', due: '2026-05-10T23:59:00+08:00' }),
      // 08:30 in New York on the 10th is 20:30 in Shanghai: overdue by the 11th.
      entry({ day: '2026-05-10', owner: '', module: 'listing', due: '2026-05-10T08:30:00-04:00' }),
      // Due in the afternoon of the 11th in Shanghai: not yet.
      entry({ day: '2026-05-10', owner: 'Wang', due: '2026-05-11T15:00:00+08:00', summary: 'Lower bids on Brand exact' }),
    ]);
    const ids = async (changes: Partial<typeof EMPTY_FILTER>) => (await queryLog(db, { ...EMPTY_FILTER, ...changes }, NOW)).map((e) => e.summary);
    expect(await ids({})).toEqual(['entry 3', 'Lower bids on Brand exact', 'entry 2', 'entry 1']);
    expect(await ids({ from: '2026-05-09', to: '2026-05-09' })).toEqual(['entry 2']);
    expect(await ids({ status: 'overdue' })).toEqual(['entry 3', 'entry 2']);
    expect(await ids({ status: 'open' })).toEqual(['Lower bids on Brand exact']);
    expect(await ids({ status: 'done' })).toEqual(['entry 1']);
    expect(await ids({ marketplace: 'DE' })).toEqual(['entry 2']);
    expect(await ids({ owner: 'Li' })).toEqual(['entry 2', 'entry 1']);
    expect(await ids({ owner: UNASSIGNED })).toEqual(['entry 3']);
    expect(await ids({ module: 'listing' })).toEqual(['entry 3']);
    expect(await ids({ category: 'compliance' })).toEqual(['entry 2']);
    expect(await ids({ text: 'brand BIDS' })).toEqual(['Lower bids on Brand exact']);
  });

  it('marks a selection done in one go, leaving done ones and unknown ids alone', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => entry({ status: i % 4 ? 'open' : 'done' }));
    await db.entries.bulkPut(rows);
    const changed = await markDone(db, [...rows.map((r) => r.id), '00000000-0000-4000-8000-999999999999'], NOW);
    expect(changed).toBe(1500);
    const after = await db.entries.toArray();
    expect(after.every((e) => e.status === 'done')).toBe(true);
    expect(after.filter((e) => e.updatedAt !== rows[0]!.updatedAt)).toHaveLength(1500);
    expect(after.every((e) => entrySchema.safeParse(e).success)).toBe(true);
  });

  it('finds the entities of a metric and the marketplaces with data through the indexes', async () => {
    await db.snapshots.bulkPut([
      money('Campaign B', 'spend', 1, '2026-05-01'),
      money('Campaign B', 'spend', 2, '2026-05-02'),
      money('Campaign A', 'spend', 3, '2026-05-02'),
      money('Ad group A', 'spend', 3, '2026-05-02', 'adGroup'),
      money('B0AAAAAAAA', 'orderedProductSales', 10, '2026-05-02'),
    ]);
    expect(await entitiesOf(db, 'US', 'spend')).toEqual([
      { entity: 'Ad group A', scope: 'adGroup' },
      { entity: 'Campaign A', scope: 'campaign' },
      { entity: 'Campaign B', scope: 'campaign' },
    ]);
    expect(await entitiesOf(db, 'DE', 'spend')).toEqual([]);
    expect(await marketplacesWithData(db)).toEqual(['US']);
  });

  it('marks log entries about the entity, or about the metric when they name no entity', async () => {
    await db.entries.bulkPut([
      entry({ entity: 'account', metric: 'validTrackingRate', marketplace: 'US' }),
      entry({ metric: 'validTrackingRate', marketplace: 'US' }),
      entry({ metric: 'orderDefectRate' }),
      entry({ entity: 'account', marketplace: 'DE' }),
    ]);
    const found = await entriesAbout(db, 'US', 'account', 'validTrackingRate', { from: '2026-05-01', to: '2026-05-10' });
    expect(found.map((e) => e.summary).sort()).toEqual([`entry ${n - 3}`, `entry ${n - 2}`]);
  });

  it("sums an ASIN's sales and its campaigns' spend over the period", async () => {
    await db.snapshots.bulkPut([
      money('B0AAAAAAAA', 'orderedProductSales', 100, '2026-05-01'),
      money('B0AAAAAAAA', 'orderedProductSales', 200, '2026-05-02'),
      money('B0AAAAAAAA', 'orderedProductSales', 999, '2026-04-30'),
      money('B0BBBBBBBB', 'orderedProductSales', 50, '2026-05-02'),
      money('Brand', 'spend', 30, '2026-05-01'),
      money('Brand', 'sales', 120, '2026-05-01'),
      money('Generic', 'spend', 70, '2026-05-02'),
      money('Brand ad group', 'spend', 30, '2026-05-01', 'adGroup'),
    ]);
    const range = { from: '2026-05-01', to: '2026-05-02' };
    const one = await economicsFigures(db, 'US', 'B0AAAAAAAA', ['Brand'], range);
    expect(one.figures).toEqual({ sales: 300, units: 0, adSpend: 30, adSales: 120 });
    expect(one.currency).toBe('USD');
    expect(one.coverage.sales).toEqual({ value: 300, coveredDays: 2, days: 2 });
    const all = await economicsFigures(db, 'US', '*', [], range);
    expect(all.figures).toEqual({ sales: 350, units: 0, adSpend: 100, adSales: 120 });
  });

  it('keeps the cost inputs, refusing impossible ones', async () => {
    expect(await loadEconomicsSettings(db)).toEqual({ inputs: {}, campaigns: {} });
    const inputs = { commissionRatePct: 15, fbaFeePerUnit: 1.8, productCostPerUnit: 8.4, returnRatePct: 5, toolCost: 200, labourCost: 2500 };
    expect(await saveEconomicsSettings(db, { inputs: { 'US|*': inputs } })).toEqual({ ok: true });
    const refused = await saveEconomicsSettings(db, { inputs: { 'US|*': { ...inputs, commissionRatePct: -1 } } });
    expect(refused.ok).toBe(false);
    expect((await loadEconomicsSettings(db)).inputs['US|*']).toEqual(inputs);
  });
});
