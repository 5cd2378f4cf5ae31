import { HOST_MATCH_PATTERNS } from '@/lib/read/marketplaces';
import { linkedSignals, parseLinkedRequest } from '@/lib/rules/linked-ads-query';
import { storeAdLinks } from '@/lib/store/links';
import { keepActionBadgeCurrent } from '@/lib/review/action-badge';
import { getDb } from '@/lib/store/db';
import { linkDueItem, recordDueItems } from '@/lib/store/due-items';
import { addEntry, deleteEntry } from '@/lib/store/entries';
import { dailySeries } from '@/lib/store/history';
import { messageSchema, type PageStringsReply, type TabMessage } from '@/lib/store/messages';
import { PAGE_CATALOGS } from '@/lib/i18n/page-catalogs';
import { isTrustedSender, mayCapture } from '@/lib/store/sender';
import { storeSnapshots } from '@/lib/store/store-snapshots';
import { unpackRows } from '@/lib/store/capture';
import { keepAutoHandIn } from '@/lib/team/auto-alarm';
import { withLinked } from '@/lib/rules/linked-store';
import { trafficWalk } from '@/lib/review/traffic-walk';
import { loadSettings } from '@/lib/store/settings-store';
import { READER_PRESENT } from '@/lib/content/reader-global';
import { readerFileFor } from '@/lib/content/reader-file';

/**
 * Injects one of our scripts into the content-script world of a tab's frame: the page reader or the log
 * panel's code when the page could not import it (lib/content/import-own-script.ts) and asks, and the reader
 * into a tab open before the extension could reach it.
 */
async function injectScript(tabId: number, frameId: number, file: NonNullable<ReturnType<typeof readerFileFor>> | '/log-panel.js'): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}

/** Whether the tab's page reader answers (a copy of a version that has gone does not). */
async function readerPresent(tabId: number): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { type: READER_PRESENT }, { frameId: 0 }).then(
    (answer: unknown) => answer === true,
    () => false, // no receiver: no reader yet, or a copy of a version that has gone
  );
}

/** Injects the page reader of the tab's site unless one runs there already; whether it injected one. */
async function ensureReader(tabId: number, url: string | undefined): Promise<boolean> {
  const reader = readerFileFor(url);
  if (!reader || (await readerPresent(tabId))) return false;
  await injectScript(tabId, 0, reader);
  return true;
}

/**
 * Reaches the listed pages that were open before this background could answer them: on install and
 * update (Chrome injects declared content scripts only into pages loaded afterwards, and an update
 * cuts the old ones off) and on browser start (restored tabs may load before the background runs).
 * A tab without a running reader gets one now; one whose loader is still waiting for the page's load
 * keeps waiting harmlessly (the reader, once here, stops it asking).
 */
async function reachOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: HOST_MATCH_PATTERNS });
  await Promise.all(
    tabs.map(async ({ id, discarded, url }) => {
      if (id === undefined || discarded) return;
      try {
        await ensureReader(id, url);
      } catch {
        // closed, navigated away or not scriptable meanwhile: its next load gets the declared loader
      }
    }),
  );
}

export default defineBackground(() => {
  // Listeners first, before any other work (the database, the toolbar badge): on install and browser
  // start the pages' content scripts may already be asking, and until the listener is there every ask
  // is refused and waits for the loader's next, backed-off, try.

  // A new install opens the first-run page: language, name, marketplaces, owners and a short tour.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    if (reason === 'install' || reason === 'update') void reachOpenTabs().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void reachOpenTabs().catch(() => undefined));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id)) return undefined;
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined; // not ours (e.g. a tab message echoed): leave it
    const message = parsed.data;
    switch (message.type) {
      case 'capture': {
        // Capture rows come only from content scripts (a tab) on a listed host, never from extension pages.
        if (!mayCapture(sender, browser.runtime.id)) return Promise.resolve({ ok: false, error: 'captures come from pages the extension reads' });
        const rows = unpackRows(message.shared, message.rows);
        return storeSnapshots(getDb(), rows, { url: sender.url }).then((reply) => withLinked(reply, rows, message.links));
      }
      case 'addEntry': {
        const { dueItem } = message;
        return addEntry(getDb(), message.draft).then(async (result) => {
          // Logged from a due item's badge: the item carries the entry, and is handled when the entry is done.
          if (result.ok && dueItem) await linkDueItem(getDb(), dueItem.kind, dueItem.id, result.entry.id).catch(() => false);
          return result;
        });
      }
      case 'dueItems':
        // Due rows come only from content scripts on a listed host, as captures do.
        if (!mayCapture(sender, browser.runtime.id)) return Promise.resolve({ ok: false, error: 'due items come from pages the extension reads' });
        return recordDueItems(getDb(), message.rows, { day: message.day, page: message.page, marketplace: message.marketplace });
      case 'deleteEntry':
        return deleteEntry(getDb(), message.id).then((ok) => ({ ok }));
      case 'loadPanel':
      case 'loadReader': {
        // The reader of the asking frame's site (sender.url: the frame's own address).
        const file = message.type === 'loadReader' ? readerFileFor(sender.url ?? sender.tab?.url) : '/log-panel.js';
        if (!sender.tab?.id || !file) return Promise.resolve({ ok: false });
        return injectScript(sender.tab.id, sender.frameId ?? 0, file).then(() => ({ ok: true }));
      }
      case 'pageStrings': {
        const reply: PageStringsReply = { ok: true, catalogs: PAGE_CATALOGS };
        return Promise.resolve(reply);
      }
      case 'history':
        return dailySeries(getDb(), message.marketplace, message.keys, message.until, message.days).then((series) => ({ ok: true, series }));
      case 'trafficWalk':
        return loadSettings().then((settings) => trafficWalk(getDb(), message.marketplace, message.asin, settings)).then((steps) => ({ ok: true, steps }), () => ({ ok: false }));
      case 'adLinks':
        // Links come only from content scripts on a listed host, as captures do.
        if (!mayCapture(sender, browser.runtime.id)) return Promise.resolve({ ok: false, error: 'links come from pages the extension reads' });
        return storeAdLinks(getDb(), message.marketplace, message.day, message.links);
      case 'linked': {
        const request = parseLinkedRequest(message.request);
        if (!request) return Promise.resolve({ ok: false, error: 'bad linked request' });
        return loadSettings()
          .catch(() => undefined)
          .then((settings) => linkedSignals(getDb(), request, settings))
          .catch((error: unknown) => ({ ok: false, error: String(error) }));
      }
    }
  });

  // The keyboard shortcut opens the log panel on the current page.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-log-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'openPanel' };
    const opened = await browser.tabs.sendMessage(tab.id, message).then(() => true, () => false);
    // A listed page whose reader has not been asked for yet (the shortcut pressed as it loads): give it
    // its reader now, then ask again.
    if (!opened) {
      await ensureReader(tab.id, tab.url)
        .then((injected) => (injected ? browser.tabs.sendMessage(tab.id!, message) : undefined))
        .catch(() => undefined); // not a page we read, or not scriptable
    }
  });

  keepActionBadgeCurrent(getDb());
  // The team hand-in at the hour the member set (lib/team/auto-alarm.ts).
  keepAutoHandIn(getDb());
});
