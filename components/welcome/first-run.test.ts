import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings } from '@/lib/store/settings';
import { choicesOf, marketplaceName, ownersOf, settingsWithChoices } from './first-run';

describe('first-run choices', () => {
  it('reads owners one per line, trimmed, each once, with the assistant first', () => {
    expect(ownersOf({ ownersText: ' Wang \n\n李雷\r\nWang\n', assistantName: ' 韩梅梅 ' })).toEqual(['韩梅梅', 'Wang', '李雷']);
    expect(ownersOf({ ownersText: 'Wang\n韩梅梅', assistantName: '韩梅梅' })).toEqual(['Wang', '韩梅梅']);
    expect(ownersOf({ ownersText: '', assistantName: '' })).toEqual([]);
  });

  it('applies the answers to the stored settings and keeps everything else', () => {
    const stored = { ...defaultSettings(), acosTargets: { default: 22 }, defaultOwner: { operations: 'Old', product: '', compliance: '' } };
    const choices = { ...choicesOf(stored), language: 'zh_CN' as const, assistantName: '韩梅梅', marketplaces: ['US' as const, 'UK' as const], ownersText: 'Wang', defaultOwner: { operations: '韩梅梅', product: 'Wang', compliance: '' } };
    const next = settingsWithChoices(stored, choices);
    expect(next).toMatchObject({ language: 'zh_CN', assistantName: '韩梅梅', marketplaces: ['US', 'UK'], owners: ['韩梅梅', 'Wang'], defaultOwner: { operations: '韩梅梅', product: 'Wang', compliance: '' }, acosTargets: { default: 22 } });
    expect(validateSettings(next).ok).toBe(true);
  });

  it('round-trips the stored settings unchanged when nothing is edited', () => {
    const stored = { ...defaultSettings(), assistantName: 'Lily', owners: ['Lily', 'Wang'], marketplaces: ['DE' as const] };
    expect(settingsWithChoices(stored, choicesOf(stored))).toEqual(stored);
  });

  it('names marketplaces in the UI language, UK as the United Kingdom', () => {
    expect(marketplaceName('UK', 'en')).toBe('United Kingdom');
    expect(marketplaceName('DE', 'zh_CN')).toBe('德国');
    expect(marketplaceName('US', 'zh_CN')).toBe('美国');
  });
});
