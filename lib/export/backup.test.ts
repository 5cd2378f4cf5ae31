import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_SCHEMA_VERSION,
  backupFileName,
  backupIsDue,
  backupParts,
  checkBackupSize,
  collectBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  restoreFromText,
  type SettingsAccess,
} from './backup';
import { openDb, type SellerOpsDb } from '../store/db';
import { ECONOMICS_KEY } from '../review/economics';
import { entrySchema, snapshotSchema, type Entry, type Snapshot } from '../store/schema';
import { defaultSettings, validateSettings, type Settings } from '../store/settings';

/** Settings kept in memory, refused the way the real store refuses them. */
function memorySettings(initial: Settings = defaultSettings()): SettingsAccess & { value: Settings } {
  const access = {
    value: initial,
    async load() {
      return access.value;
    },
    async save(input: Settings) {
      const result = validateSettings(input);
      if (result.ok) access.value = result.settings;
      return result;
    },
  };
  return access;
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function entry(n: number, overrides: Partial<Entry> = {}): Entry {
  return entrySchema.parse({
    id: uuid(n),
    day: '2026-05-06',
    createdAt: '2026-05-06T09:00:00.000+08:00',
    updatedAt: '2026-05-06T09:00:00.000+08:00',
    marketplace: 'US',
    module: 'ads',
    category: 'operations',
    summary: `降低竞价 ${n} <img src=x onerror=alert(1)>`,
    entity: n % 2 ? 'Brand | exact' : '=cmd',
    action: 'lower bids',
    owner: '李雷',
    due: '2026-05-06T23:59:00+08:00',
    status: n % 3 ? 'open' : 'done',
    ...overrides,
  });
}

function snapshot(n: number): Snapshot {
  return snapshotSchema.parse({
    marketplace: 'DE',
    source: 'sellercentral',
    page: 'inventory',
    scope: 'sku',
    entity: `SKU-${n}`,
    metric: 'available',
    value: n,
    unit: 'units',
    period: '',
    day: '2026-05-06',
    capturedAt: '2026-05-06T10:00:00.000+02:00',
  });
}

async function textOf(db: SellerOpsDb, settings: Settings, now = new Date('2026-05-11T09:00:00+08:00')): Promise<string> {
  return backupParts(await collectBackup(db, settings, now)).join('');
}

async function tables(db: SellerOpsDb) {
  return {
    snapshots: await db.snapshots.toArray(),
    entries: (await db.entries.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
    settings: await db.settings.toArray(),
    dueItems: await db.dueItems.toArray(),
  };
}

const ECONOMICS = { inputs: { 'US|*': { commissionRatePct: 15, fbaFeePerUnit: 1.8, productCostPerUnit: 8.4, returnRatePct: 5, toolCost: 200, labourCost: 2500 } }, campaigns: { 'US|B0AAAAAAAA': ['Brand | exact'] } };
function settingsOf(input: unknown): Settings {
  const result = validateSettings(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.settings;
}
const MY_SETTINGS = settingsOf({
  language: 'zh_CN',
  owners: ['李雷', 'Wang'],
  acosTargets: { default: 30, pet: 22 },
  acosAssignments: { 'Brand | exact': 'pet' },
  rules: { US: { available: { warn: 80, breach: 40 } } },
});

describe('backup and restore', () => {
  let source: SellerOpsDb;
  let target: SellerOpsDb;
  beforeEach(() => {
    source = openDb(`test-${Math.random()}`);
    target = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await source.delete();
    await target.delete();
  });

  it('names the file by the day', () => {
    expect(backupFileName(new Date(2026, 4, 11, 9))).toBe('seller-ops-log-backup-2026-05-11.json');
  });

  it('round-trips every table and the settings to another computer, losing nothing', async () => {
    await source.snapshots.bulkPut(Array.from({ length: 50 }, (_, i) => snapshot(i)));
    await source.entries.bulkPut(Array.from({ length: 30 }, (_, i) => entry(i + 1)));
    await source.settings.put({ key: ECONOMICS_KEY, value: ECONOMICS });
    await source.dueItems.bulkPut([
      { kind: 'review', id: 'R2K8QW4N1ZT7XA', marketplace: 'US', entity: 'B0BX8QW3LM', rating: 2, date: '2026-11-20', due: '2026-11-27', state: 'open' },
      { kind: 'feedback', id: '112-7730591-0049316', marketplace: 'US', entity: '112-7730591-0049316', rating: 3, date: '2026-11-19', due: '2026-11-21', state: 'handled', entryId: entry(1).id },
    ]);
    const text = await textOf(source, MY_SETTINGS);

    const file = JSON.parse(text) as { schemaVersion: number; counts: object; tables: Record<string, unknown[]> };
    expect(file.schemaVersion).toBe(BACKUP_SCHEMA_VERSION);
    expect(file.counts).toEqual({ snapshots: 50, entries: 30, settings: 1, dueItems: 2 });

    const newComputer = memorySettings();
    const outcome = await restoreFromText(target, text, newComputer);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.snapshots).toEqual({ added: 50, updated: 0, skipped: 0, keptNewer: 0 });
    expect(outcome.report.entries).toEqual({ added: 30, updated: 0, skipped: 0, keptNewer: 0 });
    expect(outcome.report.settings).toEqual({ added: 1, updated: 0, skipped: 0, keptNewer: 0 });
    expect(outcome.report.dueItems).toEqual({ added: 2, updated: 0, skipped: 0, keptNewer: 0 });
    expect(outcome.report.settingsChanged).toBe(true);
    expect(await tables(target)).toEqual(await tables(source));
    expect(newComputer.value).toEqual(MY_SETTINGS);

    // Restoring the same file again duplicates nothing.
    const again = await restoreFromText(target, text, newComputer);
    expect(again.ok && again.report.entries).toEqual({ added: 0, updated: 0, skipped: 30, keptNewer: 0 });
    expect(again.ok && again.report.snapshots.skipped).toBe(50);
    expect(again.ok && again.report.settingsChanged).toBe(false);
    expect(await target.entries.count()).toBe(30);
  });

  it('carries the labels the assistant taught the reader to another computer', async () => {
    const taughtLabels: Settings['taughtLabels'] = [
      { page: 'business-reports', label: 'buy box share', metric: 'buyBoxPct' },
      { page: 'account-health', label: 'kundenreklamationsquote', metric: 'orderDefectRate' },
      { page: 'inventory', label: 'angebotszustand', metric: 'listingStatus', statusWords: { aktiv: 'active', gesperrt: 'inactive' } },
    ];
    const text = await textOf(source, { ...MY_SETTINGS, taughtLabels });
    const newComputer = memorySettings();
    const outcome = await restoreFromText(target, text, newComputer);
    expect(outcome.ok).toBe(true);
    expect(newComputer.value.taughtLabels).toEqual(taughtLabels);
  });

  it('refuses settings that teach one label twice for a page kind, and writes nothing', async () => {
    const twice = { ...MY_SETTINGS, taughtLabels: [
      { page: 'business-reports' as const, label: 'buy box share', metric: 'buyBoxPct' as const },
      { page: 'business-reports' as const, label: 'buy box share', metric: 'sessions' as const },
    ] };
    expect(validateSettings(twice)).toMatchObject({ ok: false });
  });

  it('merges by id and key: newer copies win, later work here is kept, new rows are added', async () => {
    await source.entries.bulkPut([entry(1, { summary: 'from the file, newer', updatedAt: '2026-05-08T09:00:00.000+08:00' }), entry(2, { summary: 'from the file, older' }), entry(3)]);
    await source.snapshots.bulkPut([{ ...snapshot(1), value: 7, capturedAt: '2026-05-06T18:00:00.000+02:00' }, snapshot(2)]);
    const text = await textOf(source, defaultSettings());

    await target.entries.bulkPut([entry(1, { summary: 'here, older' }), entry(2, { summary: 'here, newer', status: 'done', updatedAt: '2026-05-09T09:00:00.000+08:00' }), entry(4)]);
    await target.snapshots.bulkPut([snapshot(1)]);
    const outcome = await restoreFromText(target, text, memorySettings());
    expect(outcome.ok && outcome.report.entries).toEqual({ added: 1, updated: 1, skipped: 1, keptNewer: 1 });
    expect(outcome.ok && outcome.report.snapshots).toEqual({ added: 1, updated: 1, skipped: 0, keptNewer: 0 });
    const byId = new Map((await target.entries.toArray()).map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual([uuid(1), uuid(2), uuid(3), uuid(4)]);
    expect(byId.get(uuid(1))!.summary).toBe('from the file, newer');
    expect(byId.get(uuid(2))!.summary).toBe('here, newer');
    expect((await target.snapshots.toArray()).find((s) => s.entity === 'SKU-1')!.value).toBe(7);
  });

  it('refuses a file with one bad row among 10,000, names it, and writes nothing', async () => {
    await source.entries.bulkPut(Array.from({ length: 10_000 }, (_, i) => entry(i + 1)));
    const file = JSON.parse(await textOf(source, defaultSettings())) as { tables: { entries: Record<string, unknown>[] } };
    const bad = file.tables.entries[6542]!;
    bad.status = 'finished';
    const text = JSON.stringify(file);

    await target.entries.bulkPut([entry(20_001, { summary: 'already here' })]);
    await target.settings.put({ key: ECONOMICS_KEY, value: ECONOMICS });
    const before = await tables(target);
    const here = memorySettings(MY_SETTINGS);
    const outcome = await restoreFromText(target, text, here);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalidRows');
    expect(outcome.error.problemCount).toBe(1);
    expect(outcome.error.problems).toEqual([{ table: 'entries', row: 6543, id: bad.id, field: 'status', message: expect.any(String) }]);
    expect(outcome.error.message).toContain('entries row 6543');
    expect(outcome.error.message).toContain('status');
    expect(await tables(target)).toEqual(before);
    expect(here.value).toEqual(MY_SETTINGS);
  });

  it('refuses truncated, newer, oversized, foreign and repeated files with a clear reason', async () => {
    await source.entries.bulkPut(Array.from({ length: 20 }, (_, i) => entry(i + 1)));
    const text = await textOf(source, defaultSettings());
    const parse = (t: string) => {
      const result = parseBackup(t);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(parse(text)).toBe('ok');
    expect(parse(text.slice(0, Math.floor(text.length / 2)))).toBe('truncated');
    expect(parse('')).toBe('empty');
    expect(parse('name,value\nx,1')).toBe('notJson');
    expect(parse('{"hello":"world"}')).toBe('notBackup');

    const file = JSON.parse(text) as { schemaVersion: number; tables: { entries: unknown[] } };
    expect(parse(JSON.stringify({ ...file, schemaVersion: BACKUP_SCHEMA_VERSION + 1 }))).toBe('newerSchema');
    const newer = parseBackup(JSON.stringify({ ...file, schemaVersion: BACKUP_SCHEMA_VERSION + 1 }));
    expect(!newer.ok && newer.error.message).toMatch(/newer version/);
    // Cut between rows and closed again: the counts give it away.
    expect(parse(JSON.stringify({ ...file, tables: { ...file.tables, entries: file.tables.entries.slice(0, 7) } }))).toBe('truncated');
    const repeated = parseBackup(JSON.stringify({ ...file, counts: { snapshots: 0, entries: 21, settings: 0 }, tables: { ...file.tables, entries: [...file.tables.entries, file.tables.entries[3]] } }));
    expect(!repeated.ok && repeated.error.problems[0]).toMatchObject({ table: 'entries', row: 21, field: 'id', message: 'repeats row 4' });

    const tooLarge = checkBackupSize(MAX_BACKUP_BYTES + 1);
    expect(!tooLarge.ok && tooLarge.error.code).toBe('tooLarge');
    expect(!tooLarge.ok && tooLarge.error.message).toMatch(/200 MB/);
    const refused = await restoreFromText(target, text, memorySettings(), MAX_BACKUP_BYTES + 1);
    expect(refused.ok).toBe(false);
    expect(await target.entries.count()).toBe(0);
  });

  it('checks known settings rows and the settings object too', async () => {
    await source.settings.put({ key: ECONOMICS_KEY, value: { ...ECONOMICS, inputs: { 'US|*': { ...ECONOMICS.inputs['US|*'], returnRatePct: 140 } } } });
    const bad = parseBackup(await textOf(source, defaultSettings()));
    expect(!bad.ok && bad.error.problems[0]).toMatchObject({ table: 'settings', row: 1, id: ECONOMICS_KEY, field: 'value.inputs.US|*.returnRatePct' });

    const file = JSON.parse(await textOf(openDb(`test-${Math.random()}`), defaultSettings())) as { settings: Record<string, unknown> };
    const badSettings = parseBackup(JSON.stringify({ ...file, settings: { ...file.settings, feedbackResponseHours: -4 } }));
    expect(!badSettings.ok && badSettings.error.problems[0]).toMatchObject({ table: 'settingsObject', field: 'feedbackResponseHours' });
  });

  it('reminds when the last backup is over 30 days old, or there is data and none was made', () => {
    const now = new Date('2026-05-11T09:00:00+08:00');
    expect(backupIsDue(undefined, false, now)).toBe(false);
    expect(backupIsDue(undefined, true, now)).toBe(true);
    expect(backupIsDue('2026-04-20T09:00:00+08:00', true, now)).toBe(false);
    expect(backupIsDue('2026-04-01T09:00:00+08:00', true, now)).toBe(true);
  });
});

describe('backup and restore of due items (contract §7)', () => {
  it('reads a file of schema 1 (before due items) as one without them, and keeps a handled item handled', async () => {
    const db = openDb(`due-${Math.random()}`);
    try {
      const item = { kind: 'review', id: 'R2K8QW4N1ZT7XA', marketplace: 'US', entity: 'B0BX8QW3LM', rating: 2, date: '2026-11-20', due: '2026-11-27' } as const;
      const old = { app: 'seller-ops-log', schemaVersion: 1, exportedAt: '2026-11-21T09:00:00.000Z', counts: { snapshots: 0, entries: 0, settings: 0 }, settings: {}, tables: { snapshots: [], entries: [], settings: [] } };
      const parsed = parseBackup(JSON.stringify(old));
      expect(parsed.ok && parsed.backup.tables.dueItems).toEqual([]);

      await db.dueItems.put({ ...item, state: 'handled' });
      const file = { ...old, schemaVersion: BACKUP_SCHEMA_VERSION, counts: { ...old.counts, dueItems: 1 }, tables: { ...old.tables, dueItems: [{ ...item, state: 'open' }] } };
      const settings = { value: undefined as unknown, load: async () => defaultSettings(), save: async () => ({ ok: true as const }) };
      const outcome = await restoreFromText(db, JSON.stringify(file), settings as unknown as SettingsAccess);
      expect(outcome.ok && outcome.report.dueItems).toEqual({ added: 0, updated: 0, skipped: 1, keptNewer: 1 });
      expect((await db.dueItems.get(['review', 'R2K8QW4N1ZT7XA']))?.state).toBe('handled');

      const bad = { ...file, tables: { ...file.tables, dueItems: [{ ...item, state: 'open', due: '2026-12-30' }] } };
      const refused = parseBackup(JSON.stringify(bad));
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.error.problems[0]).toMatchObject({ table: 'dueItems', row: 1 });
    } finally {
      await db.delete();
    }
  });
});
