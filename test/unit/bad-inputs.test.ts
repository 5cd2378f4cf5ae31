/**
 * The catalogue of bad inputs (docs/reliability.md), one `describe` per family and the catalogue id
 * in each test's name: unreadable numbers on real fixture pages, pages that cannot be read, records
 * that fail their schema, settings with impossible values and a browser that refuses to store. In
 * every case: a clear message, nothing wrong stored, nothing already stored lost.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { toSnapshots } from '../../lib/store/capture';
import { openDb, type SellerOpsDb } from '../../lib/store/db';
import { visibleText } from '../../lib/read/dom';
import { addEntry, updateEntry } from '../../lib/store/entries';
import { t } from '../../lib/i18n';
import { MAX_ROWS_PER_MESSAGE, messageSchema } from '../../lib/store/messages';
import { parseLocaleNumber } from '../../lib/read/parse-number';
import { accountHealthAdapter } from '../../lib/read/pages/account-health';
import { adsCampaignsAdapter } from '../../lib/read/pages/ads-campaigns';
import { businessReportsAdapter } from '../../lib/read/pages/business-reports';
import { inventoryAdapter } from '../../lib/read/pages/inventory';
import { inventoryPerformanceAdapter } from '../../lib/read/pages/inventory-performance';
import type { PageAdapter, Reading } from '../../lib/read/pages/types';
import { entrySchema, type Entry, type Snapshot } from '../../lib/store/schema';
import { defaultSettings, salvageSettings, validateSettings, type Settings } from '../../lib/store/settings';
import { loadSettings, saveSettings, storedSettingsValue, storeSettingsValue } from '../../lib/store/settings-store';
import { storeSnapshots } from '../../lib/store/store-snapshots';
import { runFixture } from '../adapter-fixture-run';
import { listFixtures, SHARED_FIXTURES, type Fixture } from '../fixtures';

/** Bad inputs tried in this file, for the report. */
let badInputs = 0;
afterAll(() => console.info(`bad inputs tried: ${badInputs}`));

const all = listFixtures();
const shared = listFixtures([SHARED_FIXTURES]);
function fixture(predicate: (f: Fixture) => boolean): Fixture {
  const found = all.find(predicate);
  if (!found) throw new Error('fixture not found');
  return found;
}
const sharedOf = (adapter: string) => shared.find((f) => f.expected.adapter === adapter)!;

/** The text node under `element` (open shadow roots included) that shows `value`. */
function valueTextNode(element: Element, value: number): Text {
  const texts: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) texts.push(node as Text);
    if (node.nodeType === 1 && (node as Element).shadowRoot) visit((node as Element).shadowRoot!);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(element);
  const found = texts.find((text) => {
    const parsed = parseLocaleNumber(text.nodeValue ?? '', { decimalSeparator: '.' });
    return parsed.kind === 'number' && parsed.value === value;
  });
  if (!found) throw new Error(`no text showing ${value} in "${visibleText(element)}"`);
  return found;
}

const keyOf = (r: Reading) => `${r.record.scope}|${r.record.entity}|${r.record.metric}`;

describe('N: numbers a page shows that cannot be read for certain', () => {
  const pages: { adapter: PageAdapter; metric: string }[] = [
    { adapter: accountHealthAdapter, metric: 'orderDefectRate' },
    { adapter: businessReportsAdapter, metric: 'buyBoxPct' },
    { adapter: adsCampaignsAdapter, metric: 'acos' },
    { adapter: inventoryAdapter, metric: 'available' },
  ];
  const unreadable = ['1.2.3%', '< 0.1%', '<0.1%', '>99%', '≈ 0.5%', '1,2,3', '12.34.56', '0.5%%', '1½', '１²', '$0.5%', 'twelve'];
  const missing = ['—', '--', '-', 'N/A', 'n/a', '', '不适用', '暂无数据'];

  for (const { adapter, metric } of pages) {
    for (const [kind, texts] of [['N1/N2 unreadable', unreadable], ['N3 missing', missing]] as const) {
      it(`${kind}: ${texts.length} texts in place of ${metric} on the ${adapter.id} page`, async () => {
        const run = await runFixture(adapter, sharedOf(adapter.id));
        try {
          const before = run.result!.readings;
          const target = before.find((r) => r.record.metric === metric && r.element)!;
          const node = valueTextNode(target.element!, target.record.value);
          const others = before.filter((r) => r !== target).map((r) => JSON.stringify([keyOf(r), r.record.value])).sort();
          for (const text of texts) {
            badInputs++;
            node.nodeValue = text;
            const after = adapter.read(run.document, run.ctx!);
            // Nothing stored for the value: not a guess, not a zero.
            expect(after.readings.some((r) => keyOf(r) === keyOf(target)), `"${text}" is not stored`).toBe(false);
            if (kind.startsWith('N3')) expect(after.problems, `"${text}" is a missing value, not a problem`).toEqual([]);
            // Reported by the metric's id or its name on the page ("Order Defect Rate: its row shows no figure").
            else expect(after.problems.join('\n'), `"${text}" is reported`).toMatch(new RegExp(metric.replace(/([A-Z])/g, ' ?$1'), 'i'));
            // Every other value of the page is read as before.
            expect(after.readings.map((r) => JSON.stringify([keyOf(r), r.record.value])).sort()).toEqual(others);
          }
        } finally {
          run.close();
        }
      }, 30_000);
    }
  }

  it('N4: "1,234" is not guessed without the page locale; the parser says why', () => {
    for (const text of ['1,234', '1.234', '$1,234', '€1.234']) {
      badInputs++;
      const parsed = parseLocaleNumber(text);
      expect(parsed.kind, text).toBe('invalid');
      expect(parsed.kind === 'invalid' && parsed.reason).toMatch(/decimal or a thousands separator/);
    }
  });
});

describe('P: pages that cannot be read', () => {
  it('P1: a page whose anchors are gone reads nothing and says what is missing', async () => {
    badInputs++;
    const page = fixture((f) => f.name.endsWith('anchors-gone-en-us.html'));
    const run = await runFixture(accountHealthAdapter, page);
    try {
      expect(run.result!.readings).toEqual([]);
      expect(run.result!.problems.length).toBeGreaterThan(0);
      expect(run.result!.problems.join(' ')).toMatch(/\w{4,}/);
    } finally {
      run.close();
    }
  });

  it('P2: a page whose marketplace cannot be told is not read, and the reason names the host', async () => {
    badInputs++;
    const page = fixture((f) => f.name.endsWith('unknown-marketplace-europe.html'));
    const run = await runFixture(accountHealthAdapter, page);
    try {
      expect(run.marketplace).toBeUndefined();
      expect(run.result).toBeUndefined();
    } finally {
      run.close();
    }
    const { detectMarketplace } = await import('../../lib/read/page-context');
    const { document } = new (await import('jsdom')).JSDOM('<p>no switcher</p>').window;
    const result = detectMarketplace(document, new URL(page.expected.url));
    expect(result.marketplace).toBeUndefined();
    expect(!result.marketplace && result.reason).toContain('sellercentral-europe.amazon.com');
  });

  it('P3: a row shown twice alike is one value; shown twice with different values, neither is stored', async () => {
    // The table layout's rows (Janus row wrappers); the row-card sample is another inventory sample.
    const run = await runFixture(inventoryAdapter, shared.find((f) => f.name === 'shared/inventory/manage-inventory-en-us.html')!);
    try {
      const original = run.result!.readings;
      const target = original.find((r) => r.record.metric === 'available')!;
      const row = target.element!.closest('[class*="JanusTable-module__rowWrapper"]')!;
      expect(row).not.toBeNull();

      badInputs++;
      const copy = row.cloneNode(true) as Element;
      row.after(copy);
      const twice = inventoryAdapter.read(run.document, run.ctx!);
      expect(twice.readings.map(keyOf).sort()).toEqual(original.map(keyOf).sort());
      expect(twice.problems).toEqual([]);

      badInputs++;
      const copiedValue = valueTextNode(copy.querySelectorAll('*')[Array.from(row.querySelectorAll('*')).indexOf(target.element!)]!, target.record.value);
      copiedValue.nodeValue = String(target.record.value + 7);
      const differ = inventoryAdapter.read(run.document, run.ctx!);
      expect(differ.readings.some((r) => keyOf(r) === keyOf(target))).toBe(false);
      expect(differ.problems.join('\n')).toContain(`available of ${target.record.entity}: different values in two rows`);
      // The SKU's other values, alike in both rows, are still read.
      expect(differ.readings.filter((r) => r.record.entity === target.record.entity).length).toBe(original.filter((r) => r.record.entity === target.record.entity).length - 1);
    } finally {
      run.close();
    }
  });
});

describe('P4: values the page does not draw', () => {
  it('a card left in a slot\'s fallback or as an unslotted child of a shadow host is not read (found by the fuzz test)', async () => {
    const page = sharedOf('inventory-performance');
    for (const place of ['slot fallback', 'unslotted child'] as const) {
      badInputs++;
      const run = await runFixture(inventoryPerformanceAdapter, page);
      try {
        const stranded = run.document.querySelector('[data-testid="ipi-stranded-inventory-card"]')!;
        const excess = run.document.querySelector('[data-testid="ipi-excess-inventory-card"]')!;
        expect(run.result!.readings.some((r) => r.record.metric === 'strandedInventoryPct')).toBe(true);
        if (place === 'slot fallback') excess.shadowRoot!.querySelector('slot')!.append(stranded);
        else {
          // A shadow host that draws no slot: its light children are not drawn.
          const host = run.document.createElement('div');
          host.attachShadow({ mode: 'open' }).append('nothing here');
          excess.after(host);
          host.append(stranded);
        }
        const after = inventoryPerformanceAdapter.read(run.document, run.ctx!);
        expect(after.readings.some((r) => r.record.metric === 'strandedInventoryPct'), place).toBe(false);
        expect(after.problems.join('\n'), place).toContain('Stranded inventory');
        expect(after.readings.length, place).toBe(run.result!.readings.length - 1);
      } finally {
        run.close();
      }
    }
  });
});

describe('S2: messages the background is sent', () => {
  it('refuses every message outside the contract\'s shapes', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}));
    const wrong: unknown[] = [
      null, 'capture', 42, [], {}, { type: 'capture' }, { type: 'capture', rows: 'all' }, { type: 'capture', rows: rows(MAX_ROWS_PER_MESSAGE + 1) },
      { type: 'capture', shared: 'US', rows: rows(1) }, { type: 'capture', shared: [1], rows: rows(1) },
      { type: 'capture', shared: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, i])), rows: rows(1) },
      { type: 'deleteEntry', id: 'not-a-uuid' }, { type: 'deleteEntry' }, { type: 'history', marketplace: 'XX', keys: [], until: '2026-11-21', days: 7 },
      { type: 'history', marketplace: 'US', keys: [], until: 'today', days: 7 }, { type: 'history', marketplace: 'US', keys: [], until: '2026-11-21', days: 100_000 },
      { type: 'history', marketplace: 'US', keys: [{ scope: 'sku', entity: 'x'.repeat(501), metric: 'available' }], until: '2026-11-21', days: 7 },
      { type: 'dropTable', table: 'snapshots' }, { type: 'eval', code: 'indexedDB.deleteDatabase("seller-ops-log")' },
    ];
    for (const message of wrong) {
      badInputs++;
      expect(messageSchema.safeParse(message).success, JSON.stringify(message)?.slice(0, 80)).toBe(false);
    }
    expect(messageSchema.safeParse({ type: 'capture', rows: rows(3) }).success).toBe(true);
    expect(messageSchema.safeParse({ type: 'capture', shared: { marketplace: 'US', day: '2026-12-04' }, rows: rows(3) }).success).toBe(true);
  });

  it('an entry draft outside the schema is refused with a message and nothing stored', async () => {
    const db = openDb(`test-${Math.random()}`);
    try {
      const drafts: unknown[] = [
        null, {}, { summary: '' }, { summary: '   ', module: 'ads', category: 'operations' }, { summary: 'x', module: 'finance', category: 'operations' },
        { summary: 'x', module: 'ads', category: 'operations', status: 'deleted' }, { summary: 'x'.repeat(2001), module: 'ads', category: 'operations' },
        { summary: 'x', module: 'ads', category: 'operations', due: 'tomorrow' }, { summary: 'x', module: 'ads', category: 'operations', id: 'mine' },
        { summary: 'x', module: 'ads', category: 'operations', marketplace: 'XX' }, { summary: 'x', module: 'ads', category: 'operations', value: '5' },
      ];
      for (const draft of drafts) {
        badInputs++;
        const result = await addEntry(db, draft);
        expect(result.ok, JSON.stringify(draft)?.slice(0, 60)).toBe(false);
        expect(!result.ok && result.error.length).toBeGreaterThan(3);
      }
      expect(await db.entries.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});

// ---------------------------------------------------------------------------------------------

const SC = { url: 'https://sellercentral.amazon.com/myinventory/inventory' };
const AT = new Date(2026, 10, 21, 9);
function snapshot(entity: string, value: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return { ...toSnapshots([{ record: { scope: 'sku', entity, metric: 'available', value, unit: 'units', period: '' } }], { marketplace: 'US', source: 'sellercentral', page: 'inventory' }, AT)[0]!, ...overrides };
}

describe('S: records that fail their schema', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const bad: [string, unknown][] = [
    ['a value that is text', { ...snapshot('B-1', 1), value: 'five' }],
    ['a value that is not a number', { ...snapshot('B-2', 1), value: Number.NaN }],
    ['an infinite value', { ...snapshot('B-3', 1), value: Number.POSITIVE_INFINITY }],
    ['fractional units', snapshot('B-4', 1.5)],
    ['money without a currency', { ...snapshot('B-5', 1), metric: 'price', unit: 'money' }],
    ['a percent with a currency', { ...snapshot('B-6', 1), currency: 'USD' }],
    ['the wrong unit', { ...snapshot('B-7', 1), unit: 'percent' }],
    ['an unknown metric', { ...snapshot('B-8', 1), metric: 'profit' }],
    ['an unknown marketplace', { ...snapshot('B-9', 1), marketplace: 'XX' }],
    ['a day that is no day', { ...snapshot('B-10', 1), day: '2026-02-30' }],
    ['a period that ends before it starts', { ...snapshot('B-11', 1), period: '2026-11-20..2026-11-01' }],
    ['an empty entity', snapshot(' ', 1)],
    ['an entity of 501 characters', snapshot('x'.repeat(501), 1)],
    ['a field the table does not have', { ...snapshot('B-12', 1), note: 'extra' }],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(snapshot('B-13', 1)).slice(1)}`)],
    ['a time without its offset', { ...snapshot('B-14', 1), capturedAt: '2026-11-21T09:00:00' }],
    ['an advertising row from Seller Central', { ...snapshot('B-15', 1), source: 'advertising' }],
    ['not an object', 'available=5'],
    ['null', null],
  ];

  it(`S1: the background refuses ${bad.length} kinds of bad row, names each, stores the good rows and keeps what was stored`, async () => {
    await storeSnapshots(db, [snapshot('KEPT', 40)], SC);
    const good = [snapshot('GOOD-1', 3), snapshot('GOOD-2', 4)];
    const reply = await storeSnapshots(db, [...bad.map(([, row]) => row), ...good], SC);
    badInputs += bad.length;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.stored).toBe(2);
    expect(reply.rejected.map((r) => r.index)).toEqual(bad.map((_, i) => i));
    for (const rejected of reply.rejected) expect(rejected.reason.length, bad[rejected.index]![0]).toBeGreaterThan(5);
    expect((await db.snapshots.toArray()).map((r) => `${r.entity}=${r.value}`).sort()).toEqual(['GOOD-1=3', 'GOOD-2=4', 'KEPT=40']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('S1: the content script shows refused rows on the page (capture-session "diagnostic.rejected")', () => {
    expect(t('diagnostic.rejected', { count: 2, reason: 'value: expected number' })).toContain('2');
  });
});

// ---------------------------------------------------------------------------------------------

describe('C: settings with impossible values', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const impossible: [string, Record<string, unknown>][] = [
    ['a negative response time', { feedbackResponseHours: -4 }],
    ['a fractional response time', { feedbackResponseHours: 1.5 }],
    ['a response time of a year', { feedbackResponseHours: 24 * 365 }],
    ['a removal window of 0 days', { negativeReviewRemovalDays: 0 }],
    ['an ACOS target of 0', { acosTargets: { default: 0 } }],
    ['an ACOS target of 5,000%', { acosTargets: { default: 5000 } }],
    ['no default ACOS target', { acosTargets: { pet: 25 } }],
    ['an assignment to a category without target', { acosAssignments: { 'Brand | exact': 'toys' } }],
    ['a breach level on the good side of warn (ODR)', { rules: { US: { orderDefectRate: { warn: 1, breach: 0.5 } } } }],
    ['a breach level on the good side of warn (Buy Box)', { rules: { '*': { buyBoxPct: { warn: 50, breach: 60 } } } }],
    ['a threshold that is text', { rules: { US: { available: { warn: '50', breach: 30 } } } }],
    ['a threshold that is not finite', { rules: { US: { available: { warn: Number.POSITIVE_INFINITY, breach: 30 } } } }],
    ['a rule for an unknown metric', { rules: { US: { profit: { warn: 1, breach: 2 } } } }],
    ['a rule for an unknown marketplace', { rules: { XX: { available: { warn: 50, breach: 30 } } } }],
    ['an unknown marketplace worked in', { marketplaces: ['US', 'XX'] }],
    ['an unknown language', { language: 'fr' }],
    ['an empty owner name', { owners: ['  '] }],
    ['an owner name of 101 characters', { owners: ['x'.repeat(101)] }],
    ['a key the settings do not have', { theme: 'dark' }],
    ['a __proto__ key', JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, unknown>],
    ['a last backup time that is no time', { lastBackupAt: 'yesterday' }],
  ];

  it(`C1: ${impossible.length} impossible values are refused with a message each, and the stored settings stay as they were`, async () => {
    const mine = { owners: ['李雷'], rules: { US: { available: { warn: 80, breach: 40 } } } };
    expect((await saveSettings(mine)).ok).toBe(true);
    const stored = await storedSettingsValue();
    for (const [what, change] of impossible) {
      badInputs++;
      const result = await saveSettings({ ...mine, ...change });
      expect(result.ok, what).toBe(false);
      if (!result.ok) {
        expect(result.errors.length, what).toBeGreaterThan(0);
        for (const error of result.errors) expect(error, what).toMatch(/^[\w.*|' -]+: .{4,}/);
      }
      expect(await storedSettingsValue(), `${what}: nothing written`).toEqual(stored);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('C2: stored settings with one value that no longer passes keep every other setting (one bad value used to reset them all)', async () => {
    const valid = validateSettings({
      language: 'zh_CN',
      owners: ['李雷', 'Wang'],
      acosTargets: { default: 30, pet: 22 },
      acosAssignments: { 'Brand | exact': 'pet' },
      rules: { US: { available: { warn: 80, breach: 40 }, titleLength: { warn: 150, breach: 190 } }, DE: { ipiScore: { warn: 450, breach: 400 } } },
    });
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    const cases: [string, (s: Record<string, unknown>) => void, (loaded: Settings) => void][] = [
      ['an impossible response time', (s) => (s.feedbackResponseHours = 0), (l) => expect(l.feedbackResponseHours).toBe(48)],
      ['a key of a newer version', (s) => (s.theme = 'dark'), () => undefined],
      ['one bad rule', (s) => ((s.rules as { US: Record<string, unknown> }).US.titleLength = { warn: 'x', breach: 190 }), (l) => expect(l.rules.US).toEqual({ available: { warn: 80, breach: 40 } })],
      ['one bad ACOS target', (s) => ((s.acosTargets as Record<string, unknown>).pet = -1), (l) => expect(l.acosTargets.default).toBe(30)],
      ['a bad owner among good ones', (s) => ((s.owners as unknown[]).push(42)), (l) => expect(l.owners).toEqual(['李雷', 'Wang'])],
    ];
    for (const [what, spoil, check] of cases) {
      badInputs++;
      const stored = structuredClone(valid.settings) as unknown as Record<string, unknown>;
      spoil(stored);
      await storeSettingsValue(stored);
      const loaded = await loadSettings();
      expect(loaded.language, what).toBe('zh_CN');
      expect(loaded.owners.slice(0, 2), what).toEqual(['李雷', 'Wang']);
      expect(loaded.rules.DE, what).toEqual({ ipiScore: { warn: 450, breach: 400 } });
      check(loaded);
    }
    // Nothing readable at all: the defaults.
    for (const junk of [null, 'settings', 42, [], { rules: 'none' }]) {
      badInputs++;
      expect(salvageSettings(junk)).toEqual(defaultSettings());
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** What the browser throws when the origin's storage quota is used up. */
function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('Q: the browser refuses to store (IndexedDB quota exceeded)', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('Q1: a capture is answered "storage full"; what was stored stays; the same rows are stored once space is back', async () => {
    await storeSnapshots(db, [snapshot('KEPT', 40), snapshot('NEW-1', 1)], SC);
    const before = await db.snapshots.toArray();
    // A quota error in the middle of the write: the first row goes through, the second fails.
    const failing = () => {
      let calls = 0;
      return function (this: unknown) {
        if (++calls === 2) throw quotaError();
      };
    };
    const hook = failing();
    db.snapshots.hook('creating', hook);
    db.snapshots.hook('updating', hook);
    const rows = [snapshot('NEW-1', 2), snapshot('NEW-2', 5), snapshot('NEW-3', 6)];
    const reply = await storeSnapshots(db, rows, SC);
    badInputs++;
    expect(reply).toEqual({ ok: false, error: t('storage.full') });
    expect(t('storage.notStoredYet', { reason: t('storage.full') })).toContain(t('storage.full'));
    // All or nothing: not even the row written before the failure is kept.
    expect(await db.snapshots.toArray()).toEqual(before);

    db.snapshots.hook('creating').unsubscribe(hook);
    db.snapshots.hook('updating').unsubscribe(hook);
    expect(await storeSnapshots(db, rows, SC)).toMatchObject({ ok: true, stored: 3 });
    expect((await db.snapshots.toArray()).map((r) => `${r.entity}=${r.value}`).sort()).toEqual(['KEPT=40', 'NEW-1=2', 'NEW-2=5', 'NEW-3=6']);
  });

  it('Q1: any other refusal is said with the browser\'s reason', async () => {
    vi.spyOn(db.snapshots, 'bulkPut').mockRejectedValue(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const reply = await storeSnapshots(db, [snapshot('A', 1)], SC);
    badInputs++;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('InvalidStateError');
  });

  const draft = { summary: '补货 RED-1', module: 'inventory', category: 'product', action: 'ship 300', owner: '李雷' } as const;

  it('Q2: logging an entry says "Not saved: storage full", keeps every entry, and works again afterwards', async () => {
    const first = await addEntry(db, draft);
    expect(first.ok).toBe(true);
    const spy = vi.spyOn(db.entries, 'put').mockRejectedValue(quotaError());
    const refused = await addEntry(db, { ...draft, summary: 'second' });
    badInputs++;
    expect(refused).toEqual({ ok: false, error: t('storage.full') });
    expect(t('form.error', { error: t('storage.full') })).toMatch(/^Not saved: .*full/);
    expect((await db.entries.toArray()).map((e) => e.summary)).toEqual(['补货 RED-1']);
    spy.mockRestore();
    expect((await addEntry(db, { ...draft, summary: 'second' })).ok).toBe(true);
    expect(await db.entries.count()).toBe(2);
  });

  it('Q4: an edit refused by the browser leaves the entry as it was and says why', async () => {
    const added = await addEntry(db, draft);
    if (!added.ok) throw new Error(added.error);
    const hook = () => {
      throw quotaError();
    };
    db.entries.hook('updating', hook);
    const result = await updateEntry(db, added.entry.id, { summary: 'edited' });
    badInputs++;
    expect(result).toEqual({ ok: false, error: t('storage.full') });
    expect(await db.entries.get(added.entry.id)).toEqual(added.entry);
    db.entries.hook('updating').unsubscribe(hook);
  });
});

describe('W4: two quick edits of one entry', () => {
  let db: SellerOpsDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('edits of different fields at once both survive; of the same field, the last write wins', async () => {
    const added = await addEntry(db, { summary: 'first', module: 'ads', category: 'operations' });
    if (!added.ok) throw new Error(added.error);
    const id = added.entry.id;
    const [a, b] = await Promise.all([
      updateEntry(db, id, { owner: 'Wang' }, new Date(2026, 10, 21, 9, 0, 1)),
      updateEntry(db, id, { status: 'done', action: 'paused the campaign' }, new Date(2026, 10, 21, 9, 0, 2)),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const both: Entry | undefined = await db.entries.get(id);
    expect(both).toMatchObject({ summary: 'first', owner: 'Wang', status: 'done', action: 'paused the campaign' });
    expect(entrySchema.safeParse(both).success).toBe(true);

    const edits = ['one', 'two', 'three', 'four', 'five'];
    await Promise.all(edits.map((summary, i) => updateEntry(db, id, { summary }, new Date(2026, 10, 21, 9, 1, i))));
    const last = await db.entries.get(id);
    expect(last).toMatchObject({ summary: 'five', owner: 'Wang', status: 'done', action: 'paused the campaign', createdAt: added.entry.createdAt });
    expect(await db.entries.count()).toBe(1);
  });
});
