import { keepActionBadgeCurrent } from '@/lib/action-badge';
import { getDb } from '@/lib/db';
import { addEntry, deleteEntry } from '@/lib/entries';
import { dailySeries } from '@/lib/history';
import { ALL_HOSTS } from '@/lib/marketplaces';
import { messageSchema, type TabMessage } from '@/lib/messages';
import { storeSnapshots } from '@/lib/store-snapshots';

/** A sender is one of ours: this extension's pages, or its content scripts on the listed hosts. */
function trustedSender(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab) return true; // popup, dashboard
  try {
    return ALL_HOSTS.includes(new URL(sender.url ?? '').hostname);
  } catch {
    return false;
  }
}

/** Injects the log panel's code into the content-script world of the tab's frame that asked for it. */
async function injectPanel(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/log-panel.js'] });
  } else {
    await browser.tabs.executeScript(tabId, { file: '/log-panel.js', frameId });
  }
}

export default defineBackground(() => {
  keepActionBadgeCurrent(getDb());

  // A new install opens the first-run page: language, name, marketplaces, owners and a short tour.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!trustedSender(sender)) return undefined;
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined; // not ours (e.g. a tab message echoed): leave it
    const message = parsed.data;
    switch (message.type) {
      case 'capture':
        // Capture rows come only from content scripts (a tab), never from extension pages.
        if (!sender.tab) return Promise.resolve({ ok: false, error: 'captures come from pages' });
        return storeSnapshots(getDb(), message.rows, { url: sender.url });
      case 'addEntry':
        return addEntry(getDb(), message.draft);
      case 'deleteEntry':
        return deleteEntry(getDb(), message.id).then((ok) => ({ ok }));
      case 'loadPanel':
        if (!sender.tab?.id) return Promise.resolve({ ok: false });
        return injectPanel(sender.tab.id, sender.frameId ?? 0).then(() => ({ ok: true }));
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
