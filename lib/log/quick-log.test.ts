import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activeTabContext, quickLogStart } from './quick-log';
import { defaultSettings } from '../store/settings';
// The page strings, installed as the background and the extension's pages do (quick-log.ts shows a module name).
import '../i18n/page-catalogs';

const settings = { defaultOwner: { operations: 'Wang', product: '', compliance: '' } };

describe('quickLogStart', () => {
  it('fills marketplace, module, entity, owner and a deadline at the end of the day from a page the extension reads', () => {
    const now = new Date(2026, 10, 21, 10, 30);
    const start = quickLogStart({ marketplace: 'DE', module: 'inventory', adapter: 'inventory', entity: 'SKU-9', pageUrl: 'https://sellercentral.amazon.de/myinventory/inventory' }, settings, now);
    expect(start.initial).toMatchObject({ module: 'inventory', entity: 'SKU-9', owner: 'Wang', due: '2026-11-21T23:59', summary: '' });
    expect(start.context).toEqual({ marketplace: 'DE', pageUrl: 'https://sellercentral.amazon.de/myinventory/inventory', contextLine: 'DE · Inventory' });
  });

  it('starts empty on any other page', () => {
    const empty = quickLogStart(undefined, settings);
    expect(empty.initial).toMatchObject({ summary: '', entity: '', owner: '', due: '', status: 'open' });
    expect(empty.context).toEqual({});
    // A listed host on a page no adapter reads (Seller Central home) answers with its address only.
    expect(quickLogStart({ pageUrl: 'https://sellercentral.amazon.com/home' }, defaultSettings()).context).toEqual({});
  });
});

describe('activeTabContext', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks the active tab\'s content script and keeps only well-formed fields', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://sellercentral.amazon.com/performance/dashboard' });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ marketplace: 'US', module: 'account', adapter: 'account-health', pageUrl: tab.url, entity: 42, extra: '<b>' });
    const reply = await activeTabContext();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'pageContext' });
    expect(reply).toEqual({ marketplace: 'US', module: 'account', adapter: 'account-health', pageUrl: tab.url });
  });

  it('answers undefined when the tab has no content script, or does not answer in time', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await activeTabContext()).toBeUndefined();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValueOnce(new Promise(() => undefined));
    expect(await activeTabContext(20)).toBeUndefined();
  });

  it('answers undefined without an active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await activeTabContext()).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
