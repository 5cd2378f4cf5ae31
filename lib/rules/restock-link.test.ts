import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../store/settings';
import { ipiNeedsRestock, latestRestockBreaches, restockPageUrl, type RestockRow } from './restock-link';

const row = (entity: string, metric: RestockRow['metric'], value: number, day: string, status?: string): RestockRow => ({
  entity,
  metric,
  value,
  day,
  capturedAt: `${day}T09:00:00.000Z`,
  ...(status ? { status } : {}),
});

describe('IPI below 400 → restock plan', () => {
  it('the IPI needs the restock plan below its breach bound, as the marketplace sets it', () => {
    expect(ipiNeedsRestock(399, 'US')).toBe(true);
    expect(ipiNeedsRestock(400, 'US')).toBe(false);
    expect(ipiNeedsRestock(412, 'US')).toBe(false);
    const settings = { ...defaultSettings(), rules: { DE: { ipiScore: { warn: 550, breach: 450 } } } };
    expect(ipiNeedsRestock(420, 'DE', settings)).toBe(true);
    expect(ipiNeedsRestock(420, 'US', settings)).toBe(false);
  });

  it("the Restock page's URL is the marketplace's own Seller Central with its marketplace id", () => {
    expect(restockPageUrl('US')).toBe('https://sellercentral.amazon.com/restockinventory/recommendations?mons_sel_mkid=ATVPDKIKX0DER');
    expect(restockPageUrl('UK')).toBe('https://sellercentral.amazon.co.uk/restockinventory/recommendations?mons_sel_mkid=A1F83G8C2ARO7P');
    expect(restockPageUrl('JP')).toBe('https://sellercentral.amazon.co.jp/restockinventory/recommendations?mons_sel_mkid=A1VC38T7YXB528');
  });

  it('lists the SKUs whose latest values breach, out of stock first, then fewest days of supply', () => {
    const rows = [
      row('A', 'restockAlert', 2, '2026-11-20', 'reorderNow'),
      row('A', 'recommendedQty', 120, '2026-11-20'),
      row('A', 'daysOfSupply', 9, '2026-11-20'),
      row('B', 'restockAlert', 3, '2026-11-19', 'outOfStock'),
      row('B', 'recommendedQty', 300, '2026-11-19'),
      row('C', 'restockAlert', 1, '2026-11-20', 'reorderSoon'),
      row('C', 'daysOfSupply', 25, '2026-11-20'),
      // No alert, but days of supply below 14: a breach.
      row('D', 'daysOfSupply', 6, '2026-11-20'),
      row('E', 'restockAlert', 2, '2026-11-20', 'reorderNow'),
      row('E', 'daysOfSupply', 4, '2026-11-20'),
    ];
    expect(latestRestockBreaches(rows, 'US')).toEqual([
      { sku: 'B', day: '2026-11-19', alert: 'outOfStock', recommendedQty: 300 },
      { sku: 'E', day: '2026-11-20', alert: 'reorderNow', daysOfSupply: 4 },
      { sku: 'A', day: '2026-11-20', alert: 'reorderNow', recommendedQty: 120, daysOfSupply: 9 },
      { sku: 'D', day: '2026-11-20', daysOfSupply: 6 },
    ]);
  });

  it("a SKU's latest values count: restocked since is no breach, and a later capture on a day wins", () => {
    const rows = [
      row('A', 'restockAlert', 3, '2026-11-18', 'outOfStock'),
      row('A', 'restockAlert', 0, '2026-11-20', 'none'),
      row('B', 'restockAlert', 0, '2026-11-20', 'none'),
      { ...row('B', 'restockAlert', 2, '2026-11-20', 'reorderNow'), capturedAt: '2026-11-20T15:00:00.000Z' },
    ];
    expect(latestRestockBreaches(rows, 'US').map((b) => b.sku)).toEqual(['B']);
  });

  it("follows the marketplace's status rule, names the word from the number when no word is stored, and stops at the limit", () => {
    const settings = { ...defaultSettings(), statusRules: { US: { restockAlert: { reorderSoon: 'breach' as const } } } };
    const rows = [row('A', 'restockAlert', 1, '2026-11-20'), row('B', 'restockAlert', 2, '2026-11-20')];
    expect(latestRestockBreaches(rows, 'US', settings)).toEqual([{ sku: 'A', day: '2026-11-20', alert: 'reorderSoon' }]);
    expect(latestRestockBreaches(rows, 'US')).toEqual([{ sku: 'B', day: '2026-11-20', alert: 'reorderNow' }]);
    const many = Array.from({ length: 80 }, (_, i) => row(`S${i}`, 'restockAlert', 3, '2026-11-20', 'outOfStock'));
    expect(latestRestockBreaches(many, 'US')).toHaveLength(50);
    expect(latestRestockBreaches(many, 'US', undefined, 3)).toHaveLength(3);
    expect(latestRestockBreaches([], 'US')).toEqual([]);
  });
});
