import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SellerOpsDb } from '../store/db';
import { addEntry } from '../store/entries';
import type { Entry, Snapshot } from '../store/schema';
import { dayLogCsv, dayLogJson, dayLogMarkdown, ENTRY_FIELDS, exportFileName, loadDayLog, type DayLog } from './day-log';

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

function entry(overrides: Partial<Entry> & Pick<Entry, 'id' | 'summary'>): Entry {
  return {
    day: '2026-11-21',
    createdAt: '2026-11-21T09:00:00.000+08:00',
    updatedAt: '2026-11-21T09:00:00.000+08:00',
    module: 'inventory',
    category: 'operations',
    action: '',
    owner: '',
    status: 'open',
    ...overrides,
  };
}

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A known day: entries in two modules, one carried over from the day before, three breaches. */
const knownDay: DayLog = {
  day: '2026-11-21',
  entries: [
    entry({ id: ID(1), summary: 'VTR 94.3%, below 95', module: 'account', category: 'compliance', marketplace: 'US', entity: 'account', metric: 'validTrackingRate', value: 94.3, threshold: '< 95', action: 'Ask the carrier for tracking', owner: '李娜', due: '2026-11-21T23:59:00+08:00', status: 'done', pageUrl: 'https://sellercentral.amazon.com/performance/dashboard' }),
    entry({ id: ID(2), summary: '补货 SKU "RED-1", 库存 12', createdAt: '2026-11-21T10:30:00.000+08:00', updatedAt: '2026-11-21T10:30:00.000+08:00', marketplace: 'US', entity: 'RED-1', action: 'Create inbound shipment', owner: 'Wang', due: '2026-11-21T18:00:00+08:00' }),
  ],
  carriedOver: [entry({ id: ID(3), day: '2026-11-20', summary: 'Remove aged stock', module: 'inventory', owner: '', due: '2026-11-20T18:00:00+08:00', createdAt: '2026-11-20T09:00:00.000+08:00', updatedAt: '2026-11-20T09:00:00.000+08:00' })],
  breaches: [
    { marketplace: 'US', module: 'account', metric: 'validTrackingRate', scope: 'account', entity: 'account', value: 94.3, unit: 'percent', period: '', threshold: '< 95' },
    { marketplace: 'US', module: 'inventory', metric: 'available', scope: 'sku', entity: 'RED-1', value: 12, unit: 'units', period: '', threshold: '< 30' },
    { marketplace: 'US', module: 'inventory', metric: 'available', scope: 'sku', entity: 'BLUE_2', value: 3, unit: 'units', period: '', threshold: '< 30' },
  ],
};

describe('exportFileName', () => {
  it('names files per contract §6', () => {
    expect(exportFileName('2026-11-21', 'csv')).toBe('seller-ops-log-2026-11-21.csv');
    expect(exportFileName('2026-11-21', 'json')).toBe('seller-ops-log-2026-11-21.json');
    expect(exportFileName('2026-11-21', 'md')).toBe('seller-ops-log-2026-11-21.md');
  });
});

describe('dayLogCsv', () => {
  // Without the BOM and the final line break, so that every row the reader finds is a written one.
  const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1).replace(/\r\n$/, ''), { skipEmptyLines: false }).data;

  it('starts with a BOM and a header of the contract fields, one CRLF-terminated line per entry', () => {
    const csv = dayLogCsv(knownDay);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1, -2).split('\r\n');
    expect(lines[0]).toBe(ENTRY_FIELDS.join(','));
    expect(lines[1]).toBe(
      `${ID(1)},2026-11-21,2026-11-21T09:00:00.000+08:00,2026-11-21T09:00:00.000+08:00,US,account,compliance,"VTR 94.3%, below 95",account,validTrackingRate,94.3,< 95,Ask the carrier for tracking,李娜,2026-11-21T23:59:00+08:00,done,https://sellercentral.amazon.com/performance/dashboard`,
    );
    expect(lines).toHaveLength(3);
  });

  it('keeps quotes, commas, newlines and 中文 intact through a CSV reader', () => {
    const hard = entry({ id: ID(9), summary: 'He said "stop", then, twice:\nline two\r\nline three — 中文，标点', entity: 'SKU,with,commas', owner: '张伟' });
    const rows = parse(dayLogCsv({ entries: [hard] }));
    expect(rows[0]).toEqual([...ENTRY_FIELDS]);
    const got = Object.fromEntries(ENTRY_FIELDS.map((f, i) => [f, rows[1]![i]]));
    expect(got.summary).toBe(hard.summary);
    expect(got.entity).toBe('SKU,with,commas');
    expect(got.owner).toBe('张伟');
    expect(got.value).toBe('');
    expect(rows).toHaveLength(2);
  });

  it('neutralises cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const formulas = ['=cmd|\' /C calc\'!A0', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '=1+1\nsecond line'];
    const entries = formulas.map((summary, i) => entry({ id: ID(10 + i), summary, action: summary, value: -5 }));
    const rows = parse(dayLogCsv({ entries }));
    const summaryAt = ENTRY_FIELDS.indexOf('summary');
    const actionAt = ENTRY_FIELDS.indexOf('action');
    const valueAt = ENTRY_FIELDS.indexOf('value');
    formulas.forEach((formula, i) => {
      expect(rows[i + 1]![summaryAt]).toBe(`'${formula}`);
      expect(rows[i + 1]![actionAt]).toBe(`'${formula}`);
      expect(rows[i + 1]![valueAt]).toBe('-5');
    });
    // Text that merely contains those characters is left as it is.
    const plain = parse(dayLogCsv({ entries: [entry({ id: ID(30), summary: 'a=b, c+d, e-mail@x' })] }));
    expect(plain[1]![summaryAt]).toBe('a=b, c+d, e-mail@x');
  });
});

describe('dayLogJson', () => {
  it('holds the day, every entry field, carried-over items and breaches', () => {
    const parsed = JSON.parse(dayLogJson(knownDay, '2026-11-21T20:00:00.000+08:00'));
    expect(parsed).toEqual({ format: 'seller-ops-log/day', version: 1, day: '2026-11-21', exportedAt: '2026-11-21T20:00:00.000+08:00', ...JSON.parse(JSON.stringify(knownDay)) });
    expect(parsed.entries[1].summary).toBe('补货 SKU "RED-1", 库存 12');
  });
});

describe('dayLogMarkdown', () => {
  it('writes the daily report grouped by module, with breaches, entries, owners and deadlines', () => {
    const md = dayLogMarkdown(knownDay, 'en', new Date('2026-11-21T20:00:00+08:00'));
    expect(md).toBe(
      [
        '# Seller Ops Log · daily report 2026-11-21',
        '',
        'Entries: 2 (1 open, 1 done) · Breaches: 3 · Still open from earlier days: 1',
        '',
        '## Account health',
        '',
        'Breaches:',
        '- US · Valid Tracking Rate < 95: 94.3%',
        '',
        'Entries:',
        '- [x] US · VTR 94.3%, below 95 · `account` · action: Ask the carrier for tracking · owner: 李娜 · due 2026-11-21 23:59',
        '',
        '## Inventory',
        '',
        'Breaches:',
        '- US · Available < 30 (2): `RED-1` 12, `BLUE_2` 3',
        '',
        'Entries:',
        '- [ ] US · 补货 SKU "RED-1", 库存 12 · `RED-1` · action: Create inbound shipment · owner: Wang · due 2026-11-21 18:00 · **overdue**',
        '',
        '## Still open from earlier days',
        '',
        '- [ ] Inventory · Remove aged stock · owner: none · due 2026-11-20 18:00 · **overdue**',
        '',
      ].join('\n'),
    );
  });

  it('writes the report in 中文', () => {
    const md = dayLogMarkdown(knownDay, 'zh_CN', new Date('2026-11-21T12:00:00+08:00'));
    expect(md.split('\n')[0]).toBe('# 卖家运营日志 · 2026-11-21 日报');
    expect(md).toContain('负责人：李娜');
    expect(md).toContain('## 往日未完成事项');
    // At noon the 18:00 deadline is still ahead.
    expect(md).toMatch(/补货 SKU "RED-1", 库存 12 · `RED-1` · 措施：Create inbound shipment · 负责人：Wang · 截止 2026-11-21 18:00\n/);
  });

  it('keeps page and entry text from becoming markup', () => {
    const hostile = dayLogMarkdown(
      { day: '2026-11-21', carriedOver: [], breaches: [], entries: [entry({ id: ID(40), summary: '**bold** [link](javascript:alert(1)) <img src=x>\n# heading', entity: 'a`b' })] },
      'en',
      new Date('2026-11-21T08:00:00+08:00'),
    );
    const line = hostile.split('\n').find((l) => l.startsWith('- [ ]'))!;
    expect(line).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) \\<img src=x\\> # heading');
    expect(line).toContain('``a`b``');
    expect(hostile.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Seller Ops Log · daily report 2026-11-21', '## Inventory']);
  });

  it('says so when the day is empty, and caps long breach lines', () => {
    expect(dayLogMarkdown({ day: '2026-11-21', entries: [], carriedOver: [], breaches: [] }, 'en')).toContain('Nothing logged, no breaches.');
    const many = Array.from({ length: 14 }, (_, i) => ({ ...knownDay.breaches[1]!, entity: `SKU-${i}` }));
    const md = dayLogMarkdown({ day: '2026-11-21', entries: [], carriedOver: [], breaches: many }, 'en');
    expect(md).toContain('- US · Available < 30 (14): `SKU-0` 12,');
    expect(md).toContain('`SKU-9` 12 +4 more');
    expect(md).not.toContain('SKU-10');
  });
});

describe('loadDayLog', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gathers the day\'s entries, open items due from earlier days and the day\'s breaches', async () => {
    const now = new Date('2026-11-21T15:00:00+08:00');
    await addEntry(db, { summary: 'yesterday, overdue', module: 'ads', category: 'operations', due: '2026-11-21T09:00:00+08:00' }, new Date('2026-11-20T10:00:00+08:00'));
    await addEntry(db, { summary: 'yesterday, due next week', module: 'ads', category: 'operations', due: '2026-11-28T09:00:00+08:00' }, new Date('2026-11-20T10:05:00+08:00'));
    await addEntry(db, { summary: 'second', module: 'listing', category: 'product' }, new Date('2026-11-21T11:00:00+08:00'));
    await addEntry(db, { summary: 'first', module: 'listing', category: 'product' }, new Date('2026-11-21T08:00:00+08:00'));
    const snap = (entity: string, value: number, day: string): Snapshot => ({ marketplace: 'US', source: 'sellercentral', page: 'inventory', scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '', day, capturedAt: `${day}T09:00:00.000+08:00` });
    await db.snapshots.bulkPut([snap('LOW', 10, '2026-11-21'), snap('FINE', 100, '2026-11-21'), snap('LOW-YESTERDAY', 5, '2026-11-20')]);

    const log = await loadDayLog(db, '2026-11-21', undefined, now);
    expect(log.entries.map((e) => e.summary)).toEqual(['first', 'second']);
    expect(log.carriedOver.map((e) => e.summary)).toEqual(['yesterday, overdue']);
    expect(log.breaches).toEqual([{ marketplace: 'US', module: 'inventory', metric: 'available', scope: 'sku', entity: 'LOW', value: 10, unit: 'units', period: '', threshold: '< 30' }]);

    const yesterday = await loadDayLog(db, '2026-11-20', undefined, now);
    expect(yesterday.entries.map((e) => e.summary)).toEqual(['yesterday, overdue', 'yesterday, due next week']);
    expect(yesterday.carriedOver).toEqual([]);
    expect(yesterday.breaches.map((b) => b.entity)).toEqual(['LOW-YESTERDAY']);
  });
});
