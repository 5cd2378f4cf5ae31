import { describe, expect, it } from 'vitest';
import { labelKey } from './label-key';

describe('labelKey', () => {
  it('gives one key to the ways a page writes the same label', () => {
    const key = labelKey('Buy Box share');
    for (const variant of ['  buy box SHARE ', 'Buy\u00a0Box share:', 'Ｂｕｙ Ｂｏｘ ｓｈａｒｅ', 'Buy Box share ⓘ', '\u200eBuy Box share\u200f']) {
      expect(labelKey(variant), variant).toBe(key);
    }
    expect(labelKey('Ventes – Total')).toBe(labelKey('ventes - total'));
    expect(labelKey('Rückbelastungsanträge')).toBe(labelKey('RUCKBELASTUNGSANTRAGE'));
  });

  it('keeps labels that differ in words apart', () => {
    expect(labelKey('Sessions - Total')).not.toBe(labelKey('Sessions - B2B'));
    expect(labelKey('订单缺陷率')).not.toBe(labelKey('订单缺陷'));
  });
});
