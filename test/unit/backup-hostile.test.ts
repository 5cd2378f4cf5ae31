/**
 * Backup files that are cut off, of another version, too large, of the wrong types or built to harm
 * (catalogue rows B1-B6 of docs/reliability.md): each is refused with its reason or, where it is only
 * text, restored as that text; in no case is anything half-written, anything already here lost, or
 * Object.prototype touched.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupParts, BACKUP_SCHEMA_VERSION, checkBackupSize, collectBackup, MAX_BACKUP_BYTES, parseBackup, restoreFromText, type SettingsAccess } from '../../lib/export/backup';
import { openDb, type SellerOpsDb } from '../../lib/store/db';
import { t } from '../../lib/i18n';
import { entrySchema, snapshotSchema, type Entry } from '../../lib/store/schema';
import { defaultSettings, validateSettings, type Settings } from '../../lib/store/settings';

let badInputs = 0;
afterAll(() => console.info(`bad backup files tried: ${badInputs}`));

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

const HOSTILE = ['<script>window.__pwned=1</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{constructor.constructor("alert(1)")()}}', '=cmd|\' /C calc\'!A0'];

function entry(n: number, text = `entry ${n}`): Entry {
  return entrySchema.parse({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    day: '2026-11-21',
    createdAt: '2026-11-21T09:00:00.000+08:00',
    updatedAt: '2026-11-21T09:00:00.000+08:00',
    module: 'listing',
    category: 'operations',
    summary: text,
    entity: text,
    action: text,
    owner: text.slice(0, 200),
    pageUrl: 'javascript:alert(document.cookie)',
    status: 'open',
  });
}

const snapshot = snapshotSchema.parse({
  marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity: HOSTILE[0], metric: 'available',
  value: 5, unit: 'units', period: '', day: '2026-11-21', capturedAt: '2026-11-21T09:00:00.000-05:00',
});

describe('hostile and broken backup files', () => {
  let source: SellerOpsDb;
  let target: SellerOpsDb;
  let good: string;
  let here: SettingsAccess & { value: Settings };
  let before: unknown;

  const state = async () => ({ entries: await target.entries.toArray(), snapshots: await target.snapshots.toArray(), settings: await target.settings.toArray(), app: here.value });

  beforeEach(async () => {
    source = openDb(`test-${Math.random()}`);
    target = openDb(`test-${Math.random()}`);
    await source.entries.bulkPut([entry(1), entry(2)]);
    await source.snapshots.put(snapshot);
    good = backupParts(await collectBackup(source, defaultSettings(), new Date('2026-11-21T10:00:00+08:00'))).join('');
    // What is already here: an entry, a setting row and the assistant's own settings.
    await target.entries.put(entry(99, 'already here'));
    await target.settings.put({ key: 'economics', value: { inputs: {}, campaigns: {} } });
    const mine = validateSettings({ owners: ['李雷'], language: 'zh_CN' });
    if (!mine.ok) throw new Error('settings');
    here = memorySettings(mine.settings);
    before = await state();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await source.delete();
    await target.delete();
  });

  /** Restores `text`, expects a refusal with `code`, and that nothing changed. */
  async function refused(text: string, code: string | RegExp, bytes?: number): Promise<void> {
    badInputs++;
    const outcome = await restoreFromText(target, text, here, bytes);
    expect(outcome.ok, text.slice(0, 80)).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toMatch(code);
      expect(outcome.error.message.length).toBeGreaterThan(10);
    }
    expect(await state()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  const file = () => JSON.parse(good) as Record<string, unknown> & { tables: Record<string, unknown[]>; counts: Record<string, number>; settings: Record<string, unknown> };

  it('B1: cut off anywhere, the file is refused as truncated or not JSON, never half-restored', async () => {
    const end = good.trimEnd().length - 1; // the last "}"
    for (let i = 1; i <= 40; i++) await refused(good.slice(0, Math.floor((end * i) / 41)), /^(truncated|notJson|empty)$/);
    // Cut just before the last brace, the text ends in "}" and reads as "not JSON": refused all the same.
    await refused(good.slice(0, end), /^(truncated|notJson)$/);
    // Cut between rows and closed again, the counts in the file give it away.
    const short = file();
    short.tables.entries = short.tables.entries!.slice(0, 1);
    await refused(JSON.stringify(short), 'truncated');
  });

  it('B2: another version is refused and says which: newer (update first), or no version this app wrote', async () => {
    for (const version of [BACKUP_SCHEMA_VERSION + 1, 99, BACKUP_SCHEMA_VERSION + 0.5]) await refused(JSON.stringify({ ...file(), schemaVersion: version }), 'newerSchema');
    for (const version of [0, -1, '1', null, 'v1']) await refused(JSON.stringify({ ...file(), schemaVersion: version }), 'notBackup');
    await refused(JSON.stringify({ ...file(), app: 'another-app' }), 'notBackup');
  });

  it('B3: an oversized file (over 200 MB) is refused by its size, before it is read or parsed', async () => {
    const check = checkBackupSize(MAX_BACKUP_BYTES + 1);
    badInputs++;
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toMatchObject({ code: 'tooLarge', params: { max: 200 } });
    // The dashboard passes the file's size (File.size) and reads the text only when the size is fine:
    // a 201 MB file is refused here without its 201 MB ever being allocated.
    const parse = vi.fn(JSON.parse);
    vi.stubGlobal('JSON', { ...JSON, parse });
    await refused(good, 'tooLarge', 201 * 1024 * 1024);
    vi.unstubAllGlobals();
    expect(parse).not.toHaveBeenCalled();
    expect(checkBackupSize(MAX_BACKUP_BYTES).ok).toBe(true);
  });

  it('B4: __proto__ keys cannot pollute anything and are never stored', async () => {
    const base = file();
    const proto = '"__proto__":{"polluted":true}';
    // In a row of each table, in the settings object, in a setting row's value, at the top.
    const inRow = (table: string) => {
      const copy = file();
      const text = JSON.stringify(copy.tables[table]![0]);
      copy.tables[table]![0] = JSON.parse(`{${proto},${text.slice(1)}`);
      return JSON.stringify(copy);
    };
    await refused(inRow('entries'), 'invalidRows');
    await refused(inRow('snapshots'), 'invalidRows');
    await refused(JSON.stringify(base).replace('"settings":{', `"settings":{${proto},`), 'invalidRows');
    await refused(JSON.stringify({ ...base, counts: { ...base.counts, settings: 1 }, tables: { ...base.tables, settings: [JSON.parse(`{${proto},"key":"economics","value":{}}`)] } }), 'invalidRows');
    await refused(JSON.stringify({ ...base, counts: { ...base.counts, settings: 1 }, tables: { ...base.tables, settings: [{ key: 'economics', value: JSON.parse(`{${proto}}`) }] } }), 'invalidRows');

    // At the top of the file it is an unknown key: ignored, the rows restored, nothing polluted.
    badInputs++;
    const top = `{${proto},${good.trim().slice(1)}`;
    const outcome = await restoreFromText(target, top, here);
    expect(outcome.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(await target.entries.get(entry(1).id))).toBe(Object.prototype);
  });

  it('B4: HTML, script and formula text is restored as exactly that text, nothing else', async () => {
    await source.entries.bulkPut(HOSTILE.map((text, i) => entry(10 + i, text)));
    const text = backupParts(await collectBackup(source, defaultSettings())).join('');
    badInputs += HOSTILE.length;
    const outcome = await restoreFromText(target, text, here);
    expect(outcome.ok).toBe(true);
    for (const [i, hostile] of HOSTILE.entries()) {
      expect(await target.entries.get(entry(10 + i).id)).toEqual(entry(10 + i, hostile));
    }
    expect(await target.snapshots.toArray()).toEqual([snapshot]);
    expect(await target.entries.get(entry(99).id)).toEqual(entry(99, 'already here'));
  });

  it('B4: values of the wrong type are refused, naming the row and field', async () => {
    const wrong: [string, (f: ReturnType<typeof file>) => unknown][] = [
      ['counts as text', (f) => ({ ...f, counts: { snapshots: '1', entries: 2, settings: 0 } })],
      ['tables as an object of objects', (f) => ({ ...f, tables: { ...f.tables, entries: { 0: f.tables.entries![0] } } })],
      ['a row that is null', (f) => ({ ...f, tables: { ...f.tables, entries: [null, f.tables.entries![1]] } })],
      ['a row that is a number', (f) => ({ ...f, tables: { ...f.tables, entries: [5, f.tables.entries![1]] } })],
      ['a row that is an array', (f) => ({ ...f, tables: { ...f.tables, entries: [[1, 2], f.tables.entries![1]] } })],
      ['a value that is text', (f) => ({ ...f, tables: { ...f.tables, snapshots: [{ ...(f.tables.snapshots![0] as object), value: '5' }] } })],
      ['a value of 1e400 (Infinity)', (f) => JSON.stringify(f).replace('"value":5', '"value":1e400')],
      ['a status that is a number', (f) => ({ ...f, tables: { ...f.tables, entries: [{ ...(f.tables.entries![0] as object), status: 1 }, f.tables.entries![1]] } })],
      ['an id that is a number', (f) => ({ ...f, tables: { ...f.tables, entries: [{ ...(f.tables.entries![0] as object), id: 7 }, f.tables.entries![1]] } })],
      ['a summary that is an object', (f) => ({ ...f, tables: { ...f.tables, entries: [{ ...(f.tables.entries![0] as object), summary: { text: 'x' } }, f.tables.entries![1]] } })],
      ['a summary of 100,000 characters', (f) => ({ ...f, tables: { ...f.tables, entries: [{ ...(f.tables.entries![0] as object), summary: 'x'.repeat(100_000) }, f.tables.entries![1]] } })],
      ['settings that are an array', (f) => ({ ...f, settings: [] })],
      ['the file being an array', (f) => [f]],
      ['the file being a string', () => 'seller-ops-log'],
      ['exportedAt that is a number', (f) => ({ ...f, exportedAt: 5 })],
    ];
    for (const [what, make] of wrong) {
      const made = make(file());
      const text = typeof made === 'string' && made.startsWith('{') ? made : JSON.stringify(made);
      const outcome = parseBackup(text);
      expect(outcome.ok, what).toBe(false);
      await refused(text, /^(notBackup|invalidRows|truncated)$/);
    }
  });

  it('B5: a write the browser refuses halfway (storage full) writes nothing: all or nothing', async () => {
    await source.entries.bulkPut(Array.from({ length: 30 }, (_, i) => entry(200 + i)));
    const text = backupParts(await collectBackup(source, defaultSettings())).join('');
    badInputs++;
    // Entries are written after the snapshots, in the same transaction: the snapshot write must be undone too.
    vi.spyOn(target.entries, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const outcome = await restoreFromText(target, text, here);
    // Said as what it is (it used to surface as "not a Seller Ops Log backup").
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'writeFailed', message: t('storage.full') });
    expect(await state()).toEqual(before);
  });
});
