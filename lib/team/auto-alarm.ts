/**
 * The automatic hand-in and the monthly backup into the team folder (lib/team/team-backup.ts), run by
 * the background: an alarm every quarter hour hands the day in once,
 * at or after the hour the member set, into the kept folder when the browser still allows writing it
 * without asking. When it cannot (no folder, permission dropped), the popup and the Team tab try again
 * as they open, and the member's click asks for the permission.
 */
import { loadSettings } from '../store/settings-store';
import type { SellerOpsDb } from '../store/db';
import { autoHandIn } from './hand-in';
import { autoBackupToFolder } from './team-backup';

export const AUTO_HANDIN_ALARM = 'sol-team-auto-handin';

export function keepAutoHandIn(db: SellerOpsDb): void {
  void browser.alarms.create(AUTO_HANDIN_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== AUTO_HANDIN_ALARM) return;
    void loadSettings()
      .then(async (settings) => {
        await autoHandIn(db, settings);
        await autoBackupToFolder(db, settings);
      })
      .catch(() => undefined);
  });
}
