import { describe, expect, it } from 'vitest';
import {
  advertisedOutOfStock,
  campaignProfile,
  campaignsOfTerm,
  campaignsSpendingOn,
  latestStock,
  movesFor,
  negativeCandidates,
  negativesByCampaign,
  spendShares,
  targetCostPerOrder,
  type StockRow,
  type StoredAdLink,
} from './linked-ads';

const M = 'US';
const ad = (campaign: string, sku: string | undefined, asin: string | undefined, day = '2026-11-20', extra: Partial<Extract<StoredAdLink, { kind: 'ad' }>> = {}): StoredAdLink => ({
  kind: 'ad', marketplace: M, day, campaign, adGroup: 'AG 1', ...(sku ? { sku } : {}), ...(asin ? { asin } : {}), ...extra,
});
const avail = (sku: string, value: number, day: string, at = 'T09:00:00Z'): StockRow => ({ entity: sku, metric: 'available', value, day, capturedAt: `${day}${at}` });
const status = (sku: string, word: string, day: string): StockRow => ({ entity: sku, metric: 'listingStatus', value: { active: 0, inactive: 1, outOfStock: 2 }[word] ?? 0, status: word, day, capturedAt: `${day}T10:00:00Z` });

describe('latestStock', () => {
  it('takes the latest capture day of each SKU: available 0 or listing status outOfStock is out', () => {
    const stock = latestStock([avail('A', 0, '2026-11-18'), avail('A', 12, '2026-11-20'), avail('B', 40, '2026-11-19'), status('B', 'outOfStock', '2026-11-19'), avail('C', 0, '2026-11-20')]);
    expect(stock.get('A')).toMatchObject({ out: false, available: 12, day: '2026-11-20' });
    expect(stock.get('B')).toMatchObject({ out: true, status: 'outOfStock' });
    expect(stock.get('C')!.out).toBe(true);
  });

  it('missing days change nothing: a SKU last seen out days ago is still out', () => {
    expect(latestStock([avail('A', 5, '2026-11-01'), avail('A', 0, '2026-11-03')]).get('A')!.out).toBe(true);
  });

  it('a SKU relisted (available again, status active) is in stock; the later capture of one day wins', () => {
    const stock = latestStock([avail('A', 0, '2026-11-10'), status('A', 'outOfStock', '2026-11-10'), avail('A', 0, '2026-11-12', 'T08:00:00Z'), avail('A', 30, '2026-11-12', 'T17:00:00Z'), status('A', 'active', '2026-11-12')]);
    expect(stock.get('A')).toMatchObject({ out: false, available: 30, status: 'active' });
  });
});

describe('advertisedOutOfStock', () => {
  const links: StoredAdLink[] = [
    ad('SP | Auto - Bowls', 'BOWL', 'B000000001'),
    ad('SP | Auto - Bowls', 'LEASH', 'B000000002'),
    ad('SP | Auto - Bowls', 'MAT', 'B000000003', '2026-11-20', { adGroup: 'AG 2' }),
    ad('SB | Brand', undefined, 'B000000009'),
    { kind: 'skuAsin', marketplace: M, day: '2026-11-19', sku: 'FBA-9', asin: 'B000000009' },
    { kind: 'skuAsin', marketplace: M, day: '2026-11-19', sku: 'FBM-9', asin: 'B000000009' },
  ];

  it('counts the campaign\'s products out on their latest capture, and breaches', () => {
    const stock = latestStock([avail('BOWL', 0, '2026-11-20'), avail('LEASH', 20, '2026-11-20'), avail('MAT', 0, '2026-11-19')]);
    expect(advertisedOutOfStock('SP | Auto - Bowls', undefined, links, stock)).toEqual({ value: 2, level: 'breach', out: ['BOWL', 'MAT'], known: 3 });
    // An ad group counts its own products only.
    expect(advertisedOutOfStock('SP | Auto - Bowls', 'AG 1', links, stock)).toEqual({ value: 1, level: 'breach', out: ['BOWL'], known: 2 });
  });

  it('none out is ok with value 0; a campaign with no known product has no finding', () => {
    const stock = latestStock([avail('BOWL', 3, '2026-11-20')]);
    expect(advertisedOutOfStock('SP | Auto - Bowls', undefined, links, stock)).toMatchObject({ value: 0, level: 'ok' });
    expect(advertisedOutOfStock('SP | Other', undefined, links, stock)).toBeUndefined();
  });

  it('a product advertised by ASIN only is out when every SKU of that ASIN is out', () => {
    const one = latestStock([avail('FBA-9', 0, '2026-11-20'), avail('FBM-9', 4, '2026-11-20')]);
    expect(advertisedOutOfStock('SB | Brand', undefined, links, one)!.value).toBe(0);
    const both = latestStock([avail('FBA-9', 0, '2026-11-20'), status('FBM-9', 'outOfStock', '2026-11-20')]);
    expect(advertisedOutOfStock('SB | Brand', undefined, links, both)).toMatchObject({ value: 1, out: ['B000000009'] });
  });

  it('a renamed campaign keeps its links by id, and the tooltip names it by its new name', () => {
    const renamed: StoredAdLink[] = [
      ad('Bowls old name', 'BOWL', 'B000000001', '2026-11-10', { campaignId: '42' }),
      { kind: 'campaign', marketplace: M, day: '2026-11-20', campaign: 'Bowls new name', campaignId: '42', campaignType: 'SP', typeSource: 'column' },
    ];
    const stock = latestStock([avail('BOWL', 0, '2026-11-20')]);
    expect(advertisedOutOfStock('Bowls new name', undefined, renamed, stock)).toMatchObject({ value: 1, level: 'breach' });
    expect(campaignsSpendingOn('BOWL', renamed, new Map([['Bowls new name', 12.5]]))).toEqual(['Bowls new name']);
    expect(campaignsSpendingOn('BOWL', renamed, new Map([['Bowls new name', 0]]))).toEqual([]);
  });
});

describe('campaignProfile', () => {
  const links: StoredAdLink[] = [
    { kind: 'campaign', marketplace: M, day: '2026-11-20', campaign: 'Auto Seat Cover – Broad', campaignType: 'SP', typeSource: 'column' },
    { kind: 'campaign', marketplace: M, day: '2026-11-20', campaign: 'Seat covers', campaignType: 'SP', typeSource: 'column', targeting: 'auto', targetingSource: 'column' },
    { kind: 'campaign', marketplace: M, day: '2026-11-20', campaign: 'SP | Auto - X', campaignType: 'SD', typeSource: 'column' },
    { kind: 'campaign', marketplace: M, day: '2026-11-21', campaign: 'SP | Auto - X', campaignType: 'SP', typeSource: 'url' },
  ];
  it('columns win over the name; the name is a hint where nothing else says', () => {
    expect(campaignProfile('Auto Seat Cover – Broad', links)).toEqual({ type: 'SP', typeSource: 'column', targeting: 'manual', targetingSource: 'name' });
    expect(campaignProfile('Seat covers', links)).toMatchObject({ targeting: 'auto', targetingSource: 'column' });
    // The Type column beats a later URL and the "SP |" of the name.
    expect(campaignProfile('SP | Auto - X', links)).toEqual({ type: 'SD', typeSource: 'column' });
    expect(campaignProfile('SB | Brand - Socks', [])).toEqual({ type: 'SB', typeSource: 'name' });
    expect(campaignProfile('Socks', [])).toEqual({});
  });
});

describe('spendShares', () => {
  const profiles: Record<string, ReturnType<typeof campaignProfile>> = {
    auto: { type: 'SP', targeting: 'auto' },
    exact: { type: 'SP', targeting: 'manual' },
    brand: { type: 'SB' },
    display: { type: 'SD' },
    mystery: {},
  };
  const profileOf = (c: string) => profiles[c] ?? {};

  it('splits SP auto, SP manual and SB spend; SD and zero spend left out; unknown reported apart', () => {
    const result = spendShares(new Map([['auto', 600], ['exact', 300], ['brand', 100], ['display', 999], ['mystery', 50], ['paused', 0]]), profileOf)!;
    expect(result.shares.map((s) => [s.metric, s.value, s.level])).toEqual([
      ['autoSpendShare', 60, 'ok'],
      ['manualSpendShare', 30, 'ok'],
      ['brandSpendShare', 10, 'ok'],
    ]);
    expect(result.unclassified).toEqual({ campaigns: ['mystery'], spend: 50 });
    expect(result.total).toBe(1000);
  });

  it('exactly 10 points away is ok, more warns; values rounded to two decimals', () => {
    expect(spendShares(new Map([['auto', 40], ['exact', 40], ['brand', 20]]), profileOf)!.shares.map((s) => s.level)).toEqual(['ok', 'ok', 'ok']);
    const off = spendShares(new Map([['auto', 3999], ['exact', 4001], ['brand', 2000]]), profileOf)!;
    expect(off.shares.map((s) => [s.value, s.level])).toEqual([[39.99, 'warn'], [40.01, 'warn'], [20, 'ok']]);
    const thirds = spendShares(new Map([['auto', 1], ['exact', 1], ['brand', 1]]), profileOf)!;
    expect(thirds.shares.map((s) => s.value)).toEqual([33.33, 33.33, 33.33]);
  });

  it('says what to move where, and honours an edited split', () => {
    const result = spendShares(new Map([['auto', 200], ['exact', 500], ['brand', 300]]), profileOf)!;
    expect(result.moves).toEqual([{ from: 'manual', to: 'auto', amount: 200 }, { from: 'brand', to: 'auto', amount: 100 }]);
    const edited = spendShares(new Map([['auto', 200], ['exact', 500], ['brand', 300]]), profileOf, { auto: 20, manual: 50, brand: 30, tolerance: 5 })!;
    expect(edited.shares.every((s) => s.level === 'ok')).toBe(true);
    expect(edited.moves).toEqual([]);
    expect(movesFor(result.shares, 0)).toEqual([]);
  });

  it('no spend in the split: nothing to draw', () => {
    expect(spendShares(new Map([['display', 10]]), profileOf)).toBeUndefined();
  });
});

describe('negative keywords', () => {
  it('≥ 10 clicks and no order, or spend above twice the target cost per order; unknown orders are not judged', () => {
    const cpo = targetCostPerOrder(30, 200, 4); // 30% of a $50 order
    expect(cpo).toBe(15);
    const found = negativeCandidates(
      [
        { term: 'dog bowl cheap', clicks: 10, orders: 0, spend: 8 },
        { term: 'steel bowl', clicks: 9, orders: 0, spend: 31 },
        { term: 'bowl', clicks: 9, orders: 0, spend: 30 },
        { term: 'good term', clicks: 40, orders: 2, spend: 60 },
        { term: 'no orders column', clicks: 50, spend: 70 },
      ],
      cpo,
    );
    expect(found).toEqual([
      { term: 'steel bowl', clicks: 9, spend: 31, reason: 'spend' },
      { term: 'dog bowl cheap', clicks: 10, spend: 8, reason: 'clicks' },
    ]);
    expect(targetCostPerOrder(30, 0, 0)).toBeUndefined();
    expect(negativeCandidates([{ term: 'x', clicks: 9, orders: 0, spend: 1000 }], undefined)).toEqual([]);
  });

  it('groups by the campaign the Search terms page showed each term under (renames followed), unknown last', () => {
    const links: StoredAdLink[] = [
      { kind: 'searchTerm', marketplace: M, day: '2026-11-19', campaign: 'Old', campaignId: '7', term: 'a' },
      { kind: 'campaign', marketplace: M, day: '2026-11-20', campaign: 'New', campaignId: '7' },
      { kind: 'searchTerm', marketplace: M, day: '2026-11-20', campaign: 'Beta', adGroup: 'G', term: 'b' },
    ];
    const where = campaignsOfTerm(links);
    expect(where.get('a')).toEqual([{ campaign: 'New', campaignId: '7' }]);
    expect(where.get('b')).toEqual([{ campaign: 'Beta', adGroup: 'G' }]);
    const groups = negativesByCampaign([
      { term: 'z', clicks: 12, reason: 'clicks' },
      { term: 'b', clicks: 12, reason: 'clicks', campaign: 'Beta' },
      { term: 'a', clicks: 12, reason: 'clicks', campaign: 'New', campaignId: '7' },
    ]);
    expect([...groups.keys()]).toEqual(['Beta', 'New', '']);
  });
});
