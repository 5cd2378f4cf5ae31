/**
 * The toolbar icon's badge: open entries due today or overdue, plus today's breaches. The background
 * keeps it current with a live query (captures, popup and dashboard edits), recounts when the day
 * changes, and the popup holds a port open so a sleeping service worker wakes to see its edits.
 */
import { startOfTomorrow } from 'date-fns';
import { liveQuery, type Subscription } from 'dexie';
import { breachesOfDay } from '../rules/breaches';
import type { SellerOpsDb } from '../store/db';
import { localDay } from '../read/day';
import { countOpenEntriesDue } from '../store/due';
import { detectLanguage, t } from '../i18n';
import type { Settings } from '../store/settings';
import { loadSettings, watchSettings } from '../store/settings-store';
import { BADGE_PORT } from './badge-port';

export interface ActionItemCount {
  /** Open entries due by the end of today, overdue included. */
  openDue: number;
  /** Values captured today that breach their rule. */
  breaches: number;
  total: number;
}

export async function countActionItems(db: SellerOpsDb, now: Date = new Date(), settings?: Settings): Promise<ActionItemCount> {
  const [openDue, breaches] = await Promise.all([countOpenEntriesDue(db, now), breachesOfDay(db, localDay(now), settings)]);
  return { openDue, breaches: breaches.length, total: openDue + breaches.length };
}

/** Badge text: nothing at zero; a badge has room for four characters. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

const DAY_CHANGE_ALARM = 'action-badge-day-change';
const BADGE_COLOR = '#b3261e';

/** In the background: subscribes the badge to the data, and re-subscribes on a new day or new settings. */
export function keepActionBadgeCurrent(db: SellerOpsDb): void {
  const action = browser.action ?? browser.browserAction;
  let settings: Settings | undefined;
  let subscription: Subscription | undefined;
  let watchedDay: string | undefined;

  async function show(count: ActionItemCount): Promise<void> {
    const language = !settings || settings.language === 'auto' ? detectLanguage() : settings.language;
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await action.setBadgeText({ text: badgeText(count.total) });
    await action.setTitle({ title: t('popup.badgeTitle', { due: count.openDue, breaches: count.breaches }, language) });
  }

  function watch(): void {
    subscription?.unsubscribe();
    // The count depends on the day only (due today and overdue both count), so one `now` serves until
    // the day-change alarm calls watch() again.
    const now = new Date();
    watchedDay = localDay(now);
    subscription = liveQuery(() => countActionItems(db, now, settings)).subscribe({
      next: (count) => void show(count).catch(() => undefined),
      error: (error: unknown) => console.warn('Seller Ops Log: badge count failed', error),
    });
    void browser.alarms.create(DAY_CHANGE_ALARM, { when: startOfTomorrow().getTime() + 1_000 });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAY_CHANGE_ALARM) watch();
  });
  // The popup's port wakes a sleeping worker (which then watches from the start); an awake one is
  // already current unless the day changed under a late alarm.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === BADGE_PORT && watchedDay !== localDay()) watch();
  });
  watchSettings((next) => {
    settings = next;
    watch();
  });
  void loadSettings()
    .catch(() => undefined)
    .then((loaded) => {
      settings = loaded;
      watch();
    });
}
