import { describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLanguage, setLanguage, t } from '.';
import { zh_CN } from './zh_CN';
import { pageEn } from './page/en';
import { t as pageT } from './page';
import { METRIC_IDS, STATUS_WORDS } from '../read/metrics';
import { CATEGORIES, MODULES } from '../store/schema';

describe('i18n', () => {
  it('has every message in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(zh_CN).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh_CN[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(zh_CN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('follows the browser language, and the setting overrides it', () => {
    expect(detectLanguage(['zh-CN', 'en'])).toBe('zh_CN');
    expect(detectLanguage(['zh-TW'])).toBe('zh_CN');
    expect(detectLanguage(['en-US', 'zh-CN'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
    setLanguage('zh_CN');
    expect(t('level.breach')).toBe('超标');
    setLanguage('en');
    expect(t('level.breach')).toBe('Breach');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('diagnostic.adapter', { adapter: 'inventory' }, 'en')).toBe('Page reader: inventory');
    expect(t('diagnostic.adapter', {}, 'en')).toBe('Page reader: {adapter}');
  });

  it('keeps in the page strings every name the page code builds a key for (metric, status word, level, module, category)', () => {
    const built = [
      ...METRIC_IDS.map((id) => `metric.${id}`),
      ...Object.entries(STATUS_WORDS).flatMap(([metric, words]) => Object.keys(words).map((word) => `metricStatus.${metric}.${word}`)),
      ...['ok', 'warn', 'breach'].map((level) => `level.${level}`),
      ...MODULES.map((m) => `module.${m}`),
      ...CATEGORIES.map((c) => `category.${c}`),
    ];
    expect(built.filter((key) => !(key in pageEn))).toEqual([]);
  });

  it('the page strings and the whole catalog follow one language setting', () => {
    setLanguage('zh_CN');
    expect(pageT('level.breach')).toBe(t('level.breach'));
    expect(pageT('level.breach')).toBe('超标');
    setLanguage('en');
    expect(pageT('level.breach')).toBe('Breach');
  });
});
