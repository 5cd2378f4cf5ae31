import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pageEn } from '../i18n/page/en';
import { pageZh_CN } from '../i18n/page/zh_CN';

// A fresh copy of the i18n module per test: the reader's starts with no catalog, as in a page.
async function freshModules() {
  vi.resetModules();
  const page = await import('../i18n/page');
  const { loadPageStrings } = await import('./page-strings');
  return { page, loadPageStrings };
}

describe("the page reader's strings", () => {
  afterEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('are not there before the background gives them: t refuses rather than show a key', async () => {
    const { page } = await freshModules();
    expect(page.pageCatalogs()).toBeUndefined();
    expect(() => page.t('launcher.label')).toThrow(/before they were installed/);
  });

  it('are asked of the background once, and then shown in the language set', async () => {
    const { page, loadPageStrings } = await freshModules();
    const asked = vi.fn(() => Promise.resolve({ ok: true, catalogs: { en: pageEn, zh_CN: pageZh_CN } }));
    fakeBrowser.runtime.onMessage.addListener(asked);
    await loadPageStrings();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked.mock.calls[0]).toEqual([{ type: 'pageStrings' }, expect.anything()]);
    expect(page.t('launcher.label', {}, 'en')).toBe(pageEn['launcher.label']);
    expect(page.t('launcher.label', {}, 'zh_CN')).toBe(pageZh_CN['launcher.label']);
  });

  it('are asked again when the background is stopping (no answer, an error) until it answers', async () => {
    vi.useFakeTimers();
    const { page, loadPageStrings } = await freshModules();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      if (calls === 2) return Promise.resolve(undefined);
      return Promise.resolve({ ok: true, catalogs: { en: pageEn, zh_CN: pageZh_CN } });
    });
    const loaded = loadPageStrings();
    await vi.runAllTimersAsync();
    await expect(loaded).resolves.toBeDefined();
    expect(calls).toBe(3);
    expect(page.t('level.breach', {}, 'zh_CN')).toBe(pageZh_CN['level.breach']);
  });

  it('stop being asked for once the extension has gone (updated or removed under the page)', async () => {
    vi.useFakeTimers();
    const { page, loadPageStrings } = await freshModules();
    const asked = vi.fn(() => {
      // What a page's script sees of an extension updated or removed under it: no id any more.
      (fakeBrowser.runtime as { id?: string }).id = undefined;
      return Promise.reject(new Error('Extension context invalidated.'));
    });
    fakeBrowser.runtime.onMessage.addListener(asked);
    const loaded = loadPageStrings();
    await vi.runAllTimersAsync();
    await expect(loaded).resolves.toBeUndefined();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(page.pageCatalogs()).toBeUndefined();
  });
});
