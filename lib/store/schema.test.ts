import { describe, expect, it } from 'vitest';
import { listFixtures, PENDING_FIXTURES, pendingTodos } from '../../test/fixtures';
import { dueItemSchema } from './due-items';
import { isStatusMetric, METRIC_IDS, METRICS, statusWordOf } from '../read/metrics';
import { entrySchema, snapshotKey, snapshotSchema } from './schema';
import { daySchema, metricRecordSchema, periodSchema, type MetricRecordInput } from '../read/record';

const good: Record<string, MetricRecordInput> = {
  account: { scope: 'account', entity: 'account', metric: 'orderDefectRate', value: 0.42, unit: 'percent' },
  sku: { scope: 'sku', entity: 'NW-LEASH-BLK-M', metric: 'available', value: 240, unit: 'units' },
  price: { scope: 'sku', entity: 'NW-LEASH-BLK-M', metric: 'price', value: 19.99, unit: 'money', currency: 'USD' },
  asin: { scope: 'asin', entity: 'B0R7RGEFFP', metric: 'buyBoxPct', value: 58.3, unit: 'percent', period: '2026-11-20..2026-11-20' },
  ads: { scope: 'campaign', entity: 'SP | Leash', metric: 'spend', value: 12.5, unit: 'money', currency: 'EUR', period: '2026-11-14..2026-11-20' },
  roas: { scope: 'searchTerm', entity: 'dog leash', metric: 'roas', value: 3.25, unit: 'ratio' },
  stars: { scope: 'account', entity: 'account', metric: 'feedbackRating', value: 4.6, unit: 'stars' },
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));
}

describe('metricRecordSchema', () => {
  it.each(Object.entries(good))('accepts %s', (_name, record) => {
    const parsed = metricRecordSchema.parse(record);
    expect(parsed).toEqual({ period: '', ...record });
  });

  it('defaults the period to empty and trims the entity', () => {
    expect(metricRecordSchema.parse({ ...good.sku, entity: '  NW-1  ' })).toMatchObject({ entity: 'NW-1', period: '' });
  });

  it('accepts every metric with its own unit and each of its scopes', () => {
    for (const metric of METRIC_IDS) {
      const { unit, scopes } = METRICS[metric];
      for (const scope of scopes) {
        const record = {
          scope,
          entity: scope === 'account' ? 'account' : 'X-1',
          metric,
          value: 3,
          unit,
          ...(unit === 'money' ? { currency: 'GBP' } : {}),
          // A status metric's 3 is a word of its list (contract §2), carried with it.
          ...(isStatusMetric(metric) ? { status: statusWordOf(metric, 3) } : {}),
        };
        expect(metricRecordSchema.safeParse(record).success, `${metric} ${scope}`).toBe(true);
      }
    }
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['wrong unit for the metric', { ...good.account, unit: 'ratio' }, 'unit'],
    ['percent stored as money', { ...good.asin, unit: 'money', currency: 'USD' }, 'unit'],
    ['unknown unit', { ...good.account, unit: 'permille' }, 'unit'],
    ['wrong scope', { ...good.sku, scope: 'asin' }, 'scope'],
    ['account metric on a sku', { ...good.account, scope: 'sku', entity: 'NW-1' }, 'scope'],
    ['unknown scope', { ...good.sku, scope: 'shelf' }, 'scope'],
    ['unknown metric', { ...good.sku, metric: 'stock' }, 'metric'],
    ['fractional units', { ...good.sku, value: 240.5 }, 'value'],
    ['fractional count', { scope: 'asin', entity: 'B0R7RGEFFP', metric: 'sessions', value: 1.5, unit: 'count' }, 'value'],
    ['money without currency', { ...good.price, currency: undefined }, 'currency'],
    ['currency on a percentage', { ...good.account, currency: 'USD' }, 'currency'],
    ['currency on units', { ...good.sku, currency: 'USD' }, 'currency'],
    ['lower-case currency', { ...good.price, currency: 'usd' }, 'currency'],
    ['currency symbol', { ...good.price, currency: '$' }, 'currency'],
    ['account scope with another entity', { ...good.account, entity: 'NW-1' }, 'entity'],
    ['empty entity', { ...good.sku, entity: '' }, 'entity'],
    ['blank entity', { ...good.sku, entity: '   ' }, 'entity'],
    ['entity too long', { ...good.sku, entity: 'x'.repeat(501) }, 'entity'],
    ['extra field', { ...good.sku, marketplace: 'US' }, ''],
    ['NaN', { ...good.account, value: Number.NaN }, 'value'],
    ['Infinity', { ...good.account, value: Number.POSITIVE_INFINITY }, 'value'],
    ['-Infinity', { ...good.account, value: Number.NEGATIVE_INFINITY }, 'value'],
    ['value as a string', { ...good.account, value: '0.42' }, 'value'],
    ['missing value', { ...good.account, value: undefined }, 'value'],
    ['period without dots', { ...good.asin, period: '2026-11-20' }, 'period'],
    ['period with one dot', { ...good.asin, period: '2026-11-14.2026-11-20' }, 'period'],
    ['period in another format', { ...good.asin, period: '11/14/2026..11/20/2026' }, 'period'],
    ['reversed period', { ...good.asin, period: '2026-11-20..2026-11-14' }, 'period'],
    ['period with an impossible day', { ...good.asin, period: '2026-11-14..2026-11-31' }, 'period'],
    ['period with month 13', { ...good.asin, period: '2026-13-01..2026-13-02' }, 'period'],
    ['period with spaces', { ...good.asin, period: '2026-11-14 .. 2026-11-20' }, 'period'],
  ];
  it.each(bad)('rejects %s', (_name, record, path) => {
    const result = metricRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(issues(result)).toContain(path);
  });
});

describe('metricRecordSchema over the fixtures', () => {
  const fixtures = listFixtures();
  it('finds the shared fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });
  it('lists as pending only samples that exist and are left out', () => {
    const all = listFixtures(undefined, { withPending: true }).map((f) => f.name);
    for (const name of Object.keys(PENDING_FIXTURES)) expect(all).toContain(name);
    expect(fixtures.map((f) => f.name).filter((name) => name in PENDING_FIXTURES)).toEqual([]);
  });
  pendingTodos((name) => it.todo(name));
  it.each(fixtures.map((f) => [f.name, f] as const))('accepts every expected row of %s', (_name, fixture) => {
    // Only a page that cannot be read (it expects a diagnostic) stores nothing, or one whose rows are
    // due items (contract §7: reviews), which the dueItems table keeps: each of those validates as stored.
    const dueItems = (fixture.expected as { dueItems?: unknown[] }).dueItems ?? [];
    if (!fixture.expected.diagnostic) expect(fixture.expected.snapshots.length + dueItems.length).toBeGreaterThan(0);
    for (const item of dueItems) {
      const stored = dueItemSchema.safeParse({ ...(item as object), marketplace: fixture.expected.marketplace, state: 'open' });
      expect(stored.success, `${JSON.stringify(item)}: ${stored.error?.message}`).toBe(true);
    }
    for (const row of fixture.expected.snapshots) {
      const record = { ...row, period: row.period ?? fixture.expected.period ?? '' };
      const result = metricRecordSchema.safeParse(record);
      expect(result.success, `${JSON.stringify(row)}: ${result.error?.message}`).toBe(true);
      // A snapshot built from it, as the capture stores it, passes too.
      const snapshot = {
        ...result.data,
        marketplace: fixture.expected.marketplace,
        source: ['ads-campaigns', 'ads-products'].includes(fixture.expected.adapter ?? fixture.expected.adapters?.[0] ?? '') ? 'advertising' : 'sellercentral',
        page: fixture.expected.adapter ?? fixture.expected.adapters?.[0],
        day: '2026-11-21',
        capturedAt: '2026-11-21T09:30:00.000Z',
      };
      const stored = snapshotSchema.safeParse(snapshot);
      expect(stored.success, `${JSON.stringify(snapshot)}: ${stored.error?.message}`).toBe(true);
    }
  });
});

const snapshot = {
  marketplace: 'DE',
  source: 'sellercentral',
  page: 'business-reports',
  scope: 'asin',
  entity: 'B0R7RGEFFP',
  metric: 'buyBoxPct',
  value: 58.3,
  unit: 'percent',
  period: '2026-11-20..2026-11-20',
  day: '2026-11-21',
  capturedAt: '2026-11-21T09:30:00.000Z',
} as const;

describe('snapshotSchema', () => {
  it('accepts good rows', () => {
    expect(snapshotSchema.parse(snapshot)).toEqual(snapshot);
    const rows = [
      { ...snapshot, capturedAt: '2026-11-21T10:30:00+01:00' },
      { ...snapshot, page: 'inventory', scope: 'sku', entity: 'NW-1', metric: 'price', unit: 'money', value: 19.99, currency: 'EUR', period: '' },
      { ...snapshot, page: 'account-health', scope: 'account', entity: 'account', metric: 'accountHealthRating', unit: 'score', value: 236, period: '' },
      { ...snapshot, source: 'advertising', page: 'ads-campaigns', scope: 'adGroup', entity: 'AG 1', metric: 'clicks', unit: 'count', value: 12 },
      { ...snapshot, marketplace: 'JP', source: 'advertising', page: 'ads-campaigns', scope: 'target', entity: '犬 リード', metric: 'cpc', unit: 'money', value: 48, currency: 'JPY' },
    ];
    for (const row of rows) expect(snapshotSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['unknown marketplace', { ...snapshot, marketplace: 'GB' }, 'marketplace'],
    ['host instead of marketplace', { ...snapshot, marketplace: 'sellercentral.amazon.de' }, 'marketplace'],
    ['unknown source', { ...snapshot, source: 'vendorcentral' }, 'source'],
    ['source that does not serve the page', { ...snapshot, source: 'advertising' }, 'source'],
    ['ads page from seller central', { ...snapshot, page: 'ads-campaigns', scope: 'campaign', entity: 'C', metric: 'ctr' }, 'source'],
    ['unknown page', { ...snapshot, page: 'orders' }, 'page'],
    ['wrong unit', { ...snapshot, unit: 'ratio' }, 'unit'],
    ['wrong scope', { ...snapshot, scope: 'sku' }, 'scope'],
    ['money without currency', { ...snapshot, metric: 'orderedProductSales', unit: 'money' }, 'currency'],
    ['currency on a percentage', { ...snapshot, currency: 'EUR' }, 'currency'],
    ['fractional count', { ...snapshot, metric: 'sessions', unit: 'count', value: 2.5 }, 'value'],
    ['account scope with an entity', { ...snapshot, page: 'account-health', scope: 'account', metric: 'orderDefectRate' }, 'entity'],
    ['NaN', { ...snapshot, value: Number.NaN }, 'value'],
    ['day in another format', { ...snapshot, day: '21.11.2026' }, 'day'],
    ['impossible day', { ...snapshot, day: '2026-02-30' }, 'day'],
    ['missing day', { ...snapshot, day: undefined }, 'day'],
    ['missing period', { ...snapshot, period: undefined }, 'period'],
    ['bad period', { ...snapshot, period: '2026-11-20' }, 'period'],
    ['capturedAt without time', { ...snapshot, capturedAt: '2026-11-21' }, 'capturedAt'],
    ['capturedAt not ISO', { ...snapshot, capturedAt: 'Sat Nov 21 2026' }, 'capturedAt'],
    ['extra field', { ...snapshot, id: 1 }, ''],
  ];
  it.each(bad)('rejects %s', (_name, row, path) => {
    const result = snapshotSchema.safeParse(row);
    expect(result.success).toBe(false);
    expect(issues(result)).toContain(path);
  });
});

describe('snapshotKey', () => {
  it('is equal for two captures of the same thing on the same day', () => {
    const later = { ...snapshot, value: 61.2, capturedAt: '2026-11-21T17:45:00.000Z' };
    expect(snapshotKey(later)).toEqual(snapshotKey(snapshot));
    expect(snapshotKey(snapshot)).toEqual(['DE', 'asin', 'B0R7RGEFFP', 'buyBoxPct', '2026-11-20..2026-11-20', '2026-11-21']);
  });
  it('differs when the period, the day or what was measured differs', () => {
    const key = JSON.stringify(snapshotKey(snapshot));
    for (const other of [
      { ...snapshot, period: '2026-11-14..2026-11-20' },
      { ...snapshot, period: '' },
      { ...snapshot, day: '2026-11-22' },
      { ...snapshot, marketplace: 'FR' },
      { ...snapshot, entity: 'B0OTHER000' },
      { ...snapshot, metric: 'unitSessionPct' },
    ] as const) {
      expect(JSON.stringify(snapshotKey(other))).not.toBe(key);
    }
  });
});

describe('daySchema and periodSchema', () => {
  it.each(['2026-11-21', '2028-02-29', '2026-12-31'])('day %s', (day) => expect(daySchema.safeParse(day).success).toBe(true));
  it.each(['2026-02-29', '2026-11-31', '2026-00-10', '2026-1-5', '2026-11-21T00:00', ''])('not a day: %j', (day) =>
    expect(daySchema.safeParse(day).success).toBe(false),
  );
  it.each(['', '2026-11-20..2026-11-20', '2026-12-28..2027-01-03'])('period %j', (p) => expect(periodSchema.safeParse(p).success).toBe(true));
});

const entry = {
  id: '3f2a8c1e-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
  day: '2026-11-21',
  createdAt: '2026-11-21T09:30:00.000Z',
  updatedAt: '2026-11-21T09:35:00.000Z',
  marketplace: 'US',
  module: 'listing',
  category: 'product',
  summary: 'Buy Box lost on B0R7RGEFFP',
  entity: 'B0R7RGEFFP',
  metric: 'buyBoxPct',
  value: 58.3,
  threshold: 'warn < 60',
  action: 'Matched the price',
  owner: 'Lena',
  due: '2026-11-23T17:00:00+01:00',
  status: 'open',
  pageUrl: 'https://sellercentral.amazon.com/business-reports',
} as const;

describe('entrySchema', () => {
  it('accepts a full entry and a minimal one (action and owner default to empty)', () => {
    expect(entrySchema.parse(entry)).toEqual(entry);
    const minimal = {
      id: entry.id, day: entry.day, createdAt: entry.createdAt, updatedAt: entry.updatedAt,
      module: 'ads', category: 'operations', summary: '调整了广告预算', status: 'done',
    };
    expect(entrySchema.parse(minimal)).toEqual({ ...minimal, action: '', owner: '' });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['id that is not a UUID', { ...entry, id: '42' }, 'id'],
    ['bad day', { ...entry, day: '2026-11-31' }, 'day'],
    ['unknown module', { ...entry, module: 'finance' }, 'module'],
    ['unknown category', { ...entry, category: 'misc' }, 'category'],
    ['empty summary', { ...entry, summary: '' }, 'summary'],
    ['blank summary', { ...entry, summary: '   ' }, 'summary'],
    ['summary too long', { ...entry, summary: 'x'.repeat(2001) }, 'summary'],
    ['unknown status', { ...entry, status: 'pending' }, 'status'],
    ['due that is not ISO 8601', { ...entry, due: 'tomorrow' }, 'due'],
    ['unknown marketplace', { ...entry, marketplace: 'GB' }, 'marketplace'],
    ['NaN value', { ...entry, value: Number.NaN }, 'value'],
    ['Infinity value', { ...entry, value: Number.POSITIVE_INFINITY }, 'value'],
    ['createdAt not ISO', { ...entry, createdAt: 'now' }, 'createdAt'],
    ['extra field', { ...entry, priority: 'high' }, ''],
  ];
  it.each(bad)('rejects %s', (_name, row, path) => {
    const result = entrySchema.safeParse(row);
    expect(result.success).toBe(false);
    expect(issues(result)).toContain(path);
  });
});
