import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { restockPlanLines } from './restock-plan';

const breaches = [
  { sku: 'NW-BOWL-L', day: '2026-11-20', alert: 'outOfStock', recommendedQty: 300 },
  { sku: 'NW-HARNESS-M-BLU', day: '2026-11-20', alert: 'reorderNow', recommendedQty: 120, daysOfSupply: 9 },
];

describe('the restock lines of an IPI below 400', () => {
  it("name the Restock page's URL and each SKU in breach with what to send", () => {
    setLanguage('en');
    const lines = restockPlanLines('US', breaches);
    expect(lines[0]).toContain('IPI below 400');
    expect(lines[0]).toContain('https://sellercentral.amazon.com/restockinventory/recommendations?mons_sel_mkid=ATVPDKIKX0DER');
    expect(lines[1]).toBe('NW-BOWL-L: Out of stock · send 300 units (restock values of 2026-11-20)');
    expect(lines[2]).toBe('NW-HARNESS-M-BLU: Reorder now · send 120 units · 9 days of supply (restock values of 2026-11-20)');
  });

  it('say when no breach is stored, say nothing more before the answer, and count what is left out', () => {
    setLanguage('en');
    expect(restockPlanLines('US', [])).toHaveLength(2);
    expect(restockPlanLines('US', [])[1]).toContain('No SKU in restock breach');
    expect(restockPlanLines('US', undefined)).toHaveLength(1);
    const lines = restockPlanLines('US', breaches, undefined, 1);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('1 more');
  });

  it('in 中文', () => {
    setLanguage('zh_CN');
    const lines = restockPlanLines('DE', breaches);
    expect(lines[0]).toContain('补货页面');
    expect(lines[0]).toContain('https://sellercentral.amazon.de/restockinventory/recommendations');
    expect(lines[1]).toContain('缺货');
    expect(lines[1]).toContain('发出 300 件');
    setLanguage('en');
  });
});
