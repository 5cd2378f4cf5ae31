import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets fresh modules: nothing installed, as in a popup that has just started.
async function fresh() {
  vi.resetModules();
  const [ui, page] = await Promise.all([import('./ui'), import('./page')]);
  return { ui, page };
}

describe('ui.ts: the popup loads only the language it shows', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('throws rather than show a key before a language is installed', async () => {
    const { ui, page } = await fresh();
    ui.setLanguage('en');
    expect(() => ui.t('popup.title')).toThrow(/before they were installed/);
    expect(() => page.t('level.breach')).toThrow(/before they were installed/);
  });

  it('installs one language, its page strings with it, and not the other', async () => {
    const { ui, page } = await fresh();
    await ui.loadLanguage('zh_CN');
    ui.setLanguage('zh_CN');
    expect(ui.t('popup.title')).toBe('卖家运营日志');
    expect(ui.t('popup.badgeTitle', { due: 2, breaches: 3 })).toContain('2');
    expect(page.t('level.breach')).toBe('超标');
    expect(ui.hasLanguage('zh_CN')).toBe(true);
    expect(ui.hasLanguage('en')).toBe(false);
    expect(page.pageCatalogs()).toBeUndefined();
    expect(() => ui.t('popup.title', {}, 'en')).toThrow(/before they were installed \(en\)/);
    await ui.loadLanguage('en');
    expect(ui.t('popup.title', {}, 'en')).toBe('Seller Ops Log');
    expect(page.pageCatalogs()?.zh_CN['level.breach']).toBe('超标');
  });

  it('loads the browser\'s language for "auto"', async () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN', 'en'], language: 'zh-CN' });
    const { ui } = await fresh();
    await ui.loadLanguage('auto');
    expect(ui.hasLanguage('zh_CN')).toBe(true);
    expect(ui.hasLanguage('en')).toBe(false);
  });

  it('gives the same strings as the full catalogs (index.ts)', async () => {
    const { ui } = await fresh();
    await Promise.all([ui.loadLanguage('en'), ui.loadLanguage('zh_CN')]);
    const full = await import('./index');
    for (const language of ['en', 'zh_CN'] as const) {
      for (const key of ['popup.title', 'popup.checklistHeading', 'module.inventory', 'level.warn'] as const) expect(ui.t(key, {}, language)).toBe(full.t(key, {}, language));
    }
  });
});
