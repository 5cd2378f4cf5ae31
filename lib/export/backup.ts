/**
 * Full backup and restore (contract §5, §6): one JSON file with every table and the settings, so an
 * assistant can move their whole history to another computer and lose nothing.
 *
 * File: `seller-ops-log-backup-YYYY-MM-DD.json`
 *   { app: "seller-ops-log", schemaVersion, exportedAt, counts: {snapshots, entries, settings},
 *     settings: <the settings object>, tables: { snapshots: [...], entries: [...], settings: [{key, value}] } }
 * `counts` lets a restore tell a cut-off file from a small one even when the cut falls between rows.
 *
 * Restore checks the size, parses, and validates every row before it writes anything; then it merges
 * in one transaction: entries by `id`, snapshots by their key, settings rows by `key`. A row already
 * here and identical is skipped; one that differs is updated when the file's copy is newer
 * (`updatedAt`, `capturedAt`) and skipped when the copy here is newer, so restoring an old backup never
 * undoes later work. Any problem: nothing is written, and the report names the row and field.
 */
import { z } from 'zod';
import type { SellerOpsDb, SettingRow } from '../store/db';
import { localDay, isoWithOffset } from '../read/day';
import { economicsSettingsSchema, ECONOMICS_KEY } from '../review/economics';
import { dueItemSchema, type DueItem } from '../store/due-items';
import { entrySchema, snapshotKey, snapshotSchema, type Entry, type Snapshot } from '../store/schema';
import { validateSettings, type Settings } from '../store/settings';
import { snapshotStorageKey } from '../store/snapshot-key';
import { storageErrorText } from '../store/storage-error';

export const BACKUP_APP = 'seller-ops-log';
/** Version of the file's layout; raised when a table or a row's shape changes (2: the dueItems table). */
export const BACKUP_SCHEMA_VERSION = 2;
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** A backup older than this earns a reminder. */
export const BACKUP_REMINDER_DAYS = 30;
/** How many row problems a failed restore lists (it counts them all). */
const MAX_LISTED_PROBLEMS = 20;
/** Rows read from the database per request while merging. */
const CHUNK = 5000;

export type TableName = 'snapshots' | 'entries' | 'settings' | 'dueItems';
export const TABLES: readonly TableName[] = ['snapshots', 'entries', 'settings', 'dueItems'];

export interface BackupCounts {
  snapshots: number;
  entries: number;
  settings: number;
  /** Absent in files of schema 1 (before due items): read as 0. */
  dueItems: number;
}

export interface Backup {
  app: typeof BACKUP_APP;
  schemaVersion: number;
  exportedAt: string;
  counts: BackupCounts;
  settings: Settings;
  tables: { snapshots: Snapshot[]; entries: Entry[]; settings: SettingRow[]; dueItems: DueItem[] };
}

export function backupFileName(now: Date = new Date()): string {
  return `seller-ops-log-backup-${localDay(now)}.json`;
}

/** Every row of every table, read in one transaction so the file is one consistent moment. */
export async function collectBackup(db: SellerOpsDb, settings: Settings, now: Date = new Date()): Promise<Backup> {
  const [snapshots, entries, settingRows, dueItems] = await db.transaction('r', db.snapshots, db.entries, db.settings, db.dueItems, () =>
    Promise.all([db.snapshots.toArray(), db.entries.toArray(), db.settings.toArray(), db.dueItems.toArray()]),
  );
  return {
    app: BACKUP_APP,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: isoWithOffset(now),
    counts: { snapshots: snapshots.length, entries: entries.length, settings: settingRows.length, dueItems: dueItems.length },
    settings,
    tables: { snapshots, entries, settings: settingRows, dueItems },
  };
}

/**
 * The file's text in pieces (one per row), for a Blob: a year of snapshots would make one string
 * too large to build comfortably, and a Blob takes the pieces as they are.
 */
export function backupParts(backup: Backup): string[] {
  const { tables, ...head } = backup;
  const parts: string[] = [JSON.stringify(head).slice(0, -1), ',"tables":{'];
  TABLES.forEach((name, t) => {
    parts.push(`${t ? ',' : ''}${JSON.stringify(name)}:[`);
    const rows: readonly unknown[] = tables[name];
    rows.forEach((row, i) => parts.push(`${i ? ',\n' : '\n'}${JSON.stringify(row)}`));
    parts.push(']');
  });
  parts.push('}}\n');
  return parts;
}

export type RestoreErrorCode = 'tooLarge' | 'empty' | 'truncated' | 'notJson' | 'notBackup' | 'newerSchema' | 'invalidRows' | 'writeFailed';

export interface RowProblem {
  table: TableName | 'settingsObject';
  /** 1-based position of the row in its table in the file. */
  row: number;
  /** The row's id or key, when it has a readable one. */
  id?: string;
  field: string;
  message: string;
}

export interface RestoreError {
  code: RestoreErrorCode;
  /** One line in English; the dashboard shows its own translation from `code` and `params`. */
  message: string;
  params: Record<string, string | number>;
  problems: RowProblem[];
  problemCount: number;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: RestoreError };

function failure(code: RestoreErrorCode, message: string, params: Record<string, string | number> = {}, problems: RowProblem[] = [], problemCount = problems.length): { ok: false; error: RestoreError } {
  return { ok: false, error: { code, message, params, problems, problemCount } };
}

export function checkBackupSize(bytes: number): { ok: true } | { ok: false; error: RestoreError } {
  if (bytes > MAX_BACKUP_BYTES) {
    const mb = Math.ceil(bytes / 1024 / 1024);
    return failure('tooLarge', `The file is ${mb} MB; a backup may be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`, { mb, max: MAX_BACKUP_BYTES / 1024 / 1024 });
  }
  if (bytes === 0) return failure('empty', 'The file is empty.');
  return { ok: true };
}

const headSchema = z.object({
  app: z.literal(BACKUP_APP),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  // dueItems: absent from files of schema 1, made before due items existed.
  counts: z.object({ snapshots: z.number().int().min(0), entries: z.number().int().min(0), settings: z.number().int().min(0), dueItems: z.number().int().min(0).default(0) }),
  settings: z.unknown(),
  tables: z.object({ snapshots: z.array(z.unknown()), entries: z.array(z.unknown()), settings: z.array(z.unknown()), dueItems: z.array(z.unknown()).default([]) }),
});

/** Rows of the key/value `settings` table: known keys are checked against their own schema. */
const settingRowSchema = z.object({ key: z.string().min(1).max(200), value: z.unknown() }).strict();
const SETTING_VALUE_SCHEMAS: Record<string, z.ZodType> = { [ECONOMICS_KEY]: economicsSettingsSchema };

function isJsonValue(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
}

function idOf(table: TableName, row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const r = row as Record<string, unknown>;
  if (table === 'entries' && typeof r.id === 'string') return r.id.slice(0, 80);
  if (table === 'settings' && typeof r.key === 'string') return r.key.slice(0, 80);
  if (table === 'dueItems' && typeof r.id === 'string') return `${String(r.kind ?? '')} ${r.id}`.slice(0, 80);
  if (table === 'snapshots') return [r.marketplace, r.scope, r.entity, r.metric, r.period, r.day].map((p) => String(p ?? '')).join(' | ').slice(0, 200);
  return undefined;
}

function issuesToProblems(table: RowProblem['table'], row: number, id: string | undefined, issues: readonly z.core.$ZodIssue[]): RowProblem[] {
  return issues.map((issue) => ({ table, row, ...(id ? { id } : {}), field: issue.path.map(String).join('.') || '(row)', message: issue.message }));
}

/** Parses and validates a backup's text; on any problem, says what and where. Writes nothing. */
export function parseBackup(text: string): ParseResult {
  if (!text.trim()) return failure('empty', 'The file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const trimmed = text.trimEnd();
    // A cut-off download or copy ends inside the document; anything else is simply not JSON.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) return failure('truncated', 'The file ends before the backup does: it was cut off while saving or copying.');
    return failure('notJson', `The file is not JSON: ${(e as Error).message}`, { detail: (e as Error).message });
  }
  const head = headSchema.safeParse(raw);
  if (!head.success) {
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if ((raw as { app?: unknown } | null)?.app === BACKUP_APP && typeof version === 'number' && version > BACKUP_SCHEMA_VERSION) {
      return newer(version);
    }
    return failure('notBackup', 'This is not a Seller Ops Log backup.', {}, issuesToProblems('settingsObject', 0, undefined, head.error.issues).slice(0, MAX_LISTED_PROBLEMS));
  }
  const file = head.data;
  if (file.schemaVersion > BACKUP_SCHEMA_VERSION) return newer(file.schemaVersion);
  for (const table of TABLES) {
    if (file.tables[table].length !== file.counts[table]) {
      return failure('truncated', `The file says it holds ${file.counts[table]} ${table} rows but has ${file.tables[table].length}: it is incomplete.`, {
        table,
        expected: file.counts[table],
        found: file.tables[table].length,
      });
    }
  }

  const problems: RowProblem[] = [];
  let problemCount = 0;
  const report = (found: RowProblem[]) => {
    if (!found.length) return;
    problemCount += found.length;
    problems.push(...found.slice(0, Math.max(0, MAX_LISTED_PROBLEMS - problems.length)));
  };

  const settings = validateSettings(file.settings);
  if (!settings.ok) report(settings.errors.map((message) => ({ table: 'settingsObject', row: 1, field: message.split(':')[0] ?? '', message })));

  const snapshots: Snapshot[] = [];
  const seenSnapshots = new Map<string, number>();
  file.tables.snapshots.forEach((row, i) => {
    const parsed = snapshotSchema.safeParse(row);
    if (!parsed.success) return report(issuesToProblems('snapshots', i + 1, idOf('snapshots', row), parsed.error.issues));
    const key = JSON.stringify(snapshotKey(parsed.data));
    const first = seenSnapshots.get(key);
    if (first !== undefined) return report([{ table: 'snapshots', row: i + 1, id: idOf('snapshots', row)!, field: '(key)', message: `repeats row ${first}` }]);
    seenSnapshots.set(key, i + 1);
    snapshots.push(parsed.data);
  });

  const entries: Entry[] = [];
  const seenEntries = new Map<string, number>();
  file.tables.entries.forEach((row, i) => {
    const parsed = entrySchema.safeParse(row);
    if (!parsed.success) return report(issuesToProblems('entries', i + 1, idOf('entries', row), parsed.error.issues));
    const first = seenEntries.get(parsed.data.id);
    if (first !== undefined) return report([{ table: 'entries', row: i + 1, id: parsed.data.id, field: 'id', message: `repeats row ${first}` }]);
    seenEntries.set(parsed.data.id, i + 1);
    entries.push(parsed.data);
  });

  const settingRows: SettingRow[] = [];
  const seenKeys = new Map<string, number>();
  file.tables.settings.forEach((row, i) => {
    const parsed = settingRowSchema.safeParse(row);
    if (!parsed.success) return report(issuesToProblems('settings', i + 1, idOf('settings', row), parsed.error.issues));
    const { key, value } = parsed.data;
    const valueSchema = SETTING_VALUE_SCHEMAS[key];
    const checked = valueSchema ? valueSchema.safeParse(value) : undefined;
    if (checked && !checked.success) {
      return report(issuesToProblems('settings', i + 1, key, checked.error.issues.map((issue) => ({ ...issue, path: ['value', ...issue.path] }))));
    }
    if (!isJsonValue(value)) return report([{ table: 'settings', row: i + 1, id: key, field: 'value', message: 'not a JSON value' }]);
    const first = seenKeys.get(key);
    if (first !== undefined) return report([{ table: 'settings', row: i + 1, id: key, field: 'key', message: `repeats row ${first}` }]);
    seenKeys.set(key, i + 1);
    settingRows.push({ key, value: checked ? checked.data : value });
  });

  const dueItems: DueItem[] = [];
  const seenDue = new Map<string, number>();
  file.tables.dueItems.forEach((row, i) => {
    const parsed = dueItemSchema.safeParse(row);
    if (!parsed.success) return report(issuesToProblems('dueItems', i + 1, idOf('dueItems', row), parsed.error.issues));
    const key = `${parsed.data.kind} ${parsed.data.id}`;
    const first = seenDue.get(key);
    if (first !== undefined) return report([{ table: 'dueItems', row: i + 1, id: key, field: 'id', message: `repeats row ${first}` }]);
    seenDue.set(key, i + 1);
    dueItems.push(parsed.data);
  });

  if (problemCount || !settings.ok) {
    const firstProblem = problems[0]!;
    return failure(
      'invalidRows',
      `${problemCount} problem(s); the first: ${firstProblem.table} row ${firstProblem.row}${firstProblem.id ? ` (${firstProblem.id})` : ''}, ${firstProblem.field}: ${firstProblem.message}. Nothing was restored.`,
      { count: problemCount },
      problems,
      problemCount,
    );
  }
  return {
    ok: true,
    backup: {
      app: BACKUP_APP,
      schemaVersion: file.schemaVersion,
      exportedAt: file.exportedAt,
      counts: file.counts,
      settings: settings.settings,
      tables: { snapshots, entries, settings: settingRows, dueItems },
    },
  };
}

function newer(version: number): { ok: false; error: RestoreError } {
  return failure('newerSchema', `The backup was made by a newer version of Seller Ops Log (file schema ${version}, this version reads up to ${BACKUP_SCHEMA_VERSION}): update the extension first.`, {
    version,
    supported: BACKUP_SCHEMA_VERSION,
  });
}

export interface TableOutcome {
  added: number;
  updated: number;
  /** Identical here, or newer here than in the file. */
  skipped: number;
  /** Of the skipped, those kept because the copy here is newer. */
  keptNewer: number;
}

export interface RestoreReport {
  snapshots: TableOutcome;
  entries: TableOutcome;
  settings: TableOutcome;
  dueItems: TableOutcome;
  /** Whether the settings object changed (`lastBackupAt` aside). */
  settingsChanged: boolean;
}

/** JSON with keys in order and undefined left out: equal rows give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

async function mergeRows<Row, Key>(
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
  readExisting: (keys: Key[]) => Promise<(Row | undefined)[]>,
  stampOf: ((row: Row) => string) | undefined,
  write: (rows: Row[]) => Promise<unknown>,
): Promise<TableOutcome> {
  const outcome: TableOutcome = { added: 0, updated: 0, skipped: 0, keptNewer: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const existing = await readExisting(chunk.map(keyOf));
    const toWrite: Row[] = [];
    chunk.forEach((row, i) => {
      const here = existing[i];
      if (here === undefined) {
        outcome.added++;
        toWrite.push(row);
      } else if (canonical(here) === canonical(row)) {
        outcome.skipped++;
      } else if (stampOf && Date.parse(stampOf(here)) > Date.parse(stampOf(row))) {
        outcome.skipped++;
        outcome.keptNewer++;
      } else {
        outcome.updated++;
        toWrite.push(row);
      }
    });
    if (toWrite.length) await write(toWrite);
  }
  return outcome;
}

/** Due items carry no time of change: their state orders them (handled after open) in `mergeRows`. */
const OPEN_STAMP = '2000-01-01T00:00:00Z';
const HANDLED_STAMP = '2100-01-01T00:00:00Z';

export interface SettingsAccess {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

/**
 * Writes a validated backup: all tables in one transaction (all or nothing), then the settings,
 * keeping the later of the two `lastBackupAt` so the reminder stays honest.
 */
export async function restoreBackup(db: SellerOpsDb, backup: Backup, settingsAccess: SettingsAccess): Promise<RestoreReport> {
  const tables = await db.transaction('rw', db.snapshots, db.entries, db.settings, db.dueItems, async () => ({
    snapshots: await mergeRows(backup.tables.snapshots, snapshotStorageKey, (keys) => db.snapshots.bulkGet(keys), (s) => s.capturedAt, (rows) => db.snapshots.bulkPut(rows)),
    entries: await mergeRows(backup.tables.entries, (e) => e.id, (ids) => db.entries.bulkGet(ids), (e) => e.updatedAt, (rows) => db.entries.bulkPut(rows)),
    settings: await mergeRows(backup.tables.settings, (r) => r.key, (keys) => db.settings.bulkGet(keys), undefined, (rows) => db.settings.bulkPut(rows)),
    // A handled item stays handled (contract §7): a handled copy wins over an open one, here or in the file.
    dueItems: await mergeRows(backup.tables.dueItems, (d) => [d.kind, d.id] as [string, string], (keys) => db.dueItems.bulkGet(keys), (d) => (d.state === 'handled' ? HANDLED_STAMP : OPEN_STAMP), (rows) => db.dueItems.bulkPut(rows)),
  }));
  const current = await settingsAccess.load();
  const { lastBackupAt: _here, ...currentRest } = current;
  const { lastBackupAt: _file, ...fileRest } = backup.settings;
  const settingsChanged = canonical(currentRest) !== canonical(fileRest);
  const lastBackupAt = laterOf(current.lastBackupAt, backup.settings.lastBackupAt);
  if (settingsChanged || lastBackupAt !== current.lastBackupAt) {
    const saved = await settingsAccess.save({ ...backup.settings, ...(lastBackupAt ? { lastBackupAt } : {}) });
    if (!saved.ok) throw new Error(`settings not saved: ${saved.errors.join('; ')}`);
  }
  return { ...tables, settingsChanged };
}

export type RestoreOutcome = { ok: true; report: RestoreReport } | { ok: false; error: RestoreError };

/** Size check, parse, validation and merge: what the restore control does with a chosen file. */
export async function restoreFromText(db: SellerOpsDb, text: string, settingsAccess: SettingsAccess, bytes = new TextEncoder().encode(text).length): Promise<RestoreOutcome> {
  const size = checkBackupSize(bytes);
  if (!size.ok) return size;
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, report: await restoreBackup(db, parsed.backup, settingsAccess) };
  } catch (error) {
    // The browser refused a write (storage full): the tables' one transaction wrote nothing.
    return failure('writeFailed', storageErrorText(error));
  }
}

/** Whether to remind: never backed up (with something to lose), or the last backup is too old. */
export function backupIsDue(lastBackupAt: string | undefined, hasData: boolean, now: Date = new Date()): boolean {
  if (!lastBackupAt) return hasData;
  return now.getTime() - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * 86_400_000;
}
