/**
 * The monthly backup into the team folder (the playbook's habit: the team's history in the company
 * drive): the whole backup file of lib/export/backup.ts, written whole into
 * `backups/<member>/seller-ops-log-backup-YYYY-MM-DD.json` of the kept folder. The Team tab never reads
 * `backups/`. The dashboard's backup reminder counts it as a backup.
 */
import { backupFileName, backupIsDue, backupParts, collectBackup } from '../export/backup';
import { isoWithOffset } from '../read/day';
import type { SellerOpsDb } from '../store/db';
import type { Settings } from '../store/settings';
import { loadSettings, saveSettings } from '../store/settings-store';
import { folderPermission, keptFolder, writeFolderFile } from './folder';
import { currentMember } from './member';

export function teamBackupPath(member: string, now: Date = new Date()): string {
  return `backups/${member}/${backupFileName(now)}`;
}

/** Writes the backup into the kept folder; undefined when there is none or it may not be written. */
export async function backupToFolder(db: SellerOpsDb, settings: Settings, options: { ask: boolean }, now: Date = new Date()): Promise<string | undefined> {
  const folder = await keptFolder();
  if (!folder || !(await folderPermission(folder, options.ask))) return undefined;
  const member = await currentMember(settings);
  const path = teamBackupPath(member.slug, now);
  const backup = await collectBackup(db, settings, now);
  await writeFolderFile(folder, path, new Blob(backupParts(backup), { type: 'application/json' }));
  await saveSettings({ ...(await loadSettings()), lastBackupAt: isoWithOffset(now) });
  return path;
}

/** The automatic monthly backup: only when one is due (BACKUP_REMINDER_DAYS) and the folder may be written without asking. */
export async function autoBackupToFolder(db: SellerOpsDb, settings: Settings, now: Date = new Date()): Promise<string | undefined> {
  const hasData = (await db.entries.limit(1).count()) + (await db.snapshots.limit(1).count()) > 0;
  if (!backupIsDue(settings.lastBackupAt, hasData, now)) return undefined;
  return backupToFolder(db, settings, { ask: false }, now);
}
