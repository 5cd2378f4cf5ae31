import { keepActionBadgeCurrent } from '@/lib/review/action-badge';
import { getDb } from '@/lib/store/db';
import { addEntry, deleteEntry } from '@/lib/store/entries';
import { dailySeries } from '@/lib/store/history';
import { messageSchema, type TabMessage } from '@/lib/store/messages';
import { isTrustedSender, mayCapture } from '@/lib/store/sender';
import { storeSnapshots } from '@/lib/store/store-snapshots';

/**
 * Injects one of our scripts into the content-script world of the tab's frame that asked for it: the
 * page reader once the page has loaded, the log panel's code when it is first opened.
 */
async function injectScript(tabId: number, frameId: number, file: '/capture-reader.js' | '/log-panel.js'): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}

export default defineBackground(() => {
  keepActionBadgeCurrent(getDb());

  // A new install opens the first-run page: language, name, marketplaces, owners and a short tour.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id)) return undefined;
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined; // not ours (e.g. a tab message echoed): leave it
    const message = parsed.data;
    switch (message.type) {
      case 'capture':
        // Capture rows come only from content scripts (a tab) on a listed host, never from extension pages.
        if (!mayCapture(sender, browser.runtime.id)) return Promise.resolve({ ok: false, error: 'captures come from pages the extension reads' });
        return storeSnapshots(getDb(), message.rows, { url: sender.url });
      case 'addEntry':
        return addEntry(getDb(), message.draft);
      case 'deleteEntry':
        return deleteEntry(getDb(), message.id).then((ok) => ({ ok }));
      case 'loadPanel':
      case 'loadReader':
        if (!sender.tab?.id) return Promise.resolve({ ok: false });
        return injectScript(sender.tab.id, sender.frameId ?? 0, message.type === 'loadReader' ? '/capture-reader.js' : '/log-panel.js').then(() => ({ ok: true }));
      case 'history':
        return dailySeries(getDb(), message.marketplace, message.keys, message.until, message.days).then((series) => ({ ok: true, series }));
    }
  });

  // The keyboard shortcut opens the log panel on the current page.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-log-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'openPanel' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
