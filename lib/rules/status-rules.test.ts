import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zh_CN } from '../i18n/zh_CN';
import { t, type MessageKey } from '../i18n';
import { METRIC_IDS, STATUS_WORDS, statusValue, statusWordOf, type MetricId, type StatusMetric } from '../read/metrics';
import { ADAPTER_IDS, metricRecordSchema } from '../read/record';
import { snapshotSchema } from '../store/schema';
import { decodeSnapshotKey, snapshotStorageKey } from '../store/snapshot-key';
import { settingsSchema, validateSettings } from '../store/settings';
import { evaluate, moduleOf, playbookFor, RULED_METRICS, type Level } from '.';

const sku = (metric: MetricId, value: number, extra: Partial<Parameters<typeof evaluate>[0]> = {}, settings?: Parameters<typeof evaluate>[2]) =>
  evaluate({ marketplace: 'US', scope: 'sku', entity: 'NW-1', metric, value, day: '2026-11-21', ...extra }, [], settings);

describe('restock and customer-experience thresholds at their bounds (contract §2)', () => {
  const cases: [MetricId, number, Level][] = [
    ['daysOfSupply', 30, 'ok'], ['daysOfSupply', 29, 'warn'], ['daysOfSupply', 14, 'warn'], ['daysOfSupply', 13, 'breach'], ['daysOfSupply', 0, 'breach'],
    ['returnRate', 5, 'ok'], ['returnRate', 5.01, 'warn'], ['returnRate', 8, 'warn'], ['returnRate', 8.01, 'breach'],
    ['cxHealth', 5, 'ok'], ['cxHealth', 4, 'ok'], ['cxHealth', 3, 'warn'], ['cxHealth', 2, 'breach'], ['cxHealth', 1, 'breach'],
  ];
  it.each(cases)('%s = %s is %s', (metric, value, level) => expect(sku(metric, value)?.level).toBe(level));

  it('the values without a rule get no badge', () => {
    for (const metric of ['ncxRate', 'ncxOrders', 'totalOrders', 'starRating', 'recommendedQty'] as MetricId[]) {
      expect(sku(metric, 1)).toBeUndefined();
      expect(RULED_METRICS.has(metric)).toBe(false);
    }
  });
});

describe('status rules: a level per word', () => {
  const cases: [StatusMetric, string, Level][] = [
    ['restockAlert', 'none', 'ok'], ['restockAlert', 'reorderSoon', 'warn'], ['restockAlert', 'reorderNow', 'breach'], ['restockAlert', 'outOfStock', 'breach'],
    ['listingStatus', 'active', 'ok'], ['listingStatus', 'outOfStock', 'ok'], ['listingStatus', 'incomplete', 'warn'], ['listingStatus', 'inactive', 'breach'], ['listingStatus', 'searchSuppressed', 'breach'],
  ];
  it.each(cases)('%s %s is %s', (metric, word, level) => {
    const evaluation = sku(metric, statusValue(metric, word)!);
    expect(evaluation?.level).toBe(level);
    if (level !== 'ok') expect(evaluation?.threshold).toBe(`= ${word}`);
  });

  it('states the rule in words', () => {
    expect(sku('restockAlert', 0)?.rule).toBe('warn reorderSoon · breach reorderNow, outOfStock');
  });

  it('follows the settings: a marketplace override over the global one over the default', () => {
    const settings = settingsSchema.parse({ statusRules: { '*': { restockAlert: { reorderSoon: 'breach' } }, DE: { restockAlert: { reorderNow: 'warn' } } } });
    expect(sku('restockAlert', 1, {}, settings)?.level).toBe('breach');
    expect(sku('restockAlert', 3, {}, settings)?.level).toBe('ok'); // a word the override leaves out is ok
    expect(sku('restockAlert', 2, { marketplace: 'DE' }, settings)?.level).toBe('warn');
    expect(sku('restockAlert', 1, { marketplace: 'DE' }, settings)?.level).toBe('ok');
  });

  it('refuses a status rule that names a word off the list, or a metric that is no status', () => {
    expect(validateSettings({ statusRules: { '*': { restockAlert: { reorderLater: 'warn' } } } }).ok).toBe(false);
    expect(validateSettings({ statusRules: { '*': { returnRate: { high: 'warn' } } } }).ok).toBe(false);
    expect(validateSettings({ statusRules: { US: { cxHealth: { fair: 'breach' } } } }).ok).toBe(true);
  });
});

describe('playbook and routing', () => {
  it('a restock breach asks for the recommended quantity by the ship date, in small frequent batches (inventory)', () => {
    const evaluation = sku('restockAlert', 2, { context: { recommendedQty: 210, shipDate: '2026-11-22' } })!;
    expect(evaluation.module).toBe('inventory');
    expect(evaluation.action).toBe('action.restockPlan');
    expect(t(evaluation.action, evaluation.actionParams, 'en')).toContain('210 units by 2026-11-22');
    expect(t(evaluation.action, evaluation.actionParams, 'en')).toMatch(/small, frequent batches/);
    expect(t(evaluation.action, evaluation.actionParams, 'zh_CN')).toContain('2026-11-22');
    // Without the row's figures (a breach read back from the store) the action names where to find them.
    expect(sku('daysOfSupply', 9)!.action).toBe('action.restock');
    expect(sku('daysOfSupply', 20)!.action).toBe('action.lowSupply');
    expect(moduleOf('daysOfSupply')).toBe('inventory');
  });

  it('return rate and CX health go to the customer module; a product-quality reason sends them to the product owner', () => {
    for (const metric of ['returnRate', 'cxHealth'] as const) {
      expect(moduleOf(metric)).toBe('customer');
      const value = metric === 'returnRate' ? 9.7 : 2;
      expect(sku(metric, value)!.category).toBe('operations');
      const quality = sku(metric, value, { context: { reason: 'quality', reasonText: 'Product quality' } })!;
      expect(quality.module).toBe('customer');
      expect(quality.category).toBe('product');
      expect(t(quality.action, quality.actionParams, 'en')).toContain('Product quality');
    }
    expect(playbookFor('returnRate', 'breach', { reason: 'quality' }).category).toBe('product');
  });

  it('a suppressed or inactive listing goes to the listing module with the fix-the-listing action; a policy reason to compliance', () => {
    expect(moduleOf('listingStatus')).toBe('listing');
    for (const value of [1, 3]) {
      const e = sku('listingStatus', value)!;
      expect([e.level, e.module, e.category, e.action]).toEqual(['breach', 'listing', 'operations', 'action.listingStatus']);
      expect(t(e.action, e.actionParams, 'en')).toContain('200 characters');
      expect(t(e.action, e.actionParams, 'zh_CN')).toContain('200 个字符');
    }
    const incomplete = sku('listingStatus', 4)!;
    expect([incomplete.level, incomplete.action]).toEqual(['warn', 'action.listingIncomplete']);
    const policy = sku('listingStatus', 3, { context: { reason: 'policy', reasonText: 'Restricted products policy' } })!;
    expect([policy.module, policy.category, policy.action]).toEqual(['listing', 'compliance', 'action.listingPolicy']);
    expect(t(policy.action, policy.actionParams, 'en')).toContain('Restricted products policy');
  });
});

describe('status values in records and stored rows', () => {
  const base = { scope: 'sku', entity: 'NW-1', period: '' } as const;
  it('a status metric carries the word its number stands for, and nothing else does', () => {
    expect(metricRecordSchema.safeParse({ ...base, metric: 'restockAlert', value: 2, unit: 'status', status: 'reorderNow' }).success).toBe(true);
    expect(metricRecordSchema.safeParse({ ...base, metric: 'restockAlert', value: 2, unit: 'status' }).success).toBe(false);
    expect(metricRecordSchema.safeParse({ ...base, metric: 'restockAlert', value: 1, unit: 'status', status: 'reorderNow' }).success).toBe(false);
    expect(metricRecordSchema.safeParse({ ...base, metric: 'restockAlert', value: 4, unit: 'status', status: 'overstock' }).success).toBe(false);
    expect(metricRecordSchema.safeParse({ ...base, metric: 'returnRate', value: 2, unit: 'percent', status: 'poor' }).success).toBe(false);
    expect(metricRecordSchema.safeParse({ ...base, metric: 'daysOfSupply', value: 48, unit: 'days' }).success).toBe(true);
    const row = { marketplace: 'US', source: 'sellercentral', page: 'voice-of-customer', ...base, metric: 'cxHealth', value: 3, unit: 'status', status: 'fair', day: '2026-11-21', capturedAt: '2026-11-21T09:00:00.000+08:00' };
    expect(snapshotSchema.safeParse(row).success).toBe(true);
    expect(snapshotSchema.safeParse({ ...row, status: 'good' }).success).toBe(false);
    expect(snapshotSchema.safeParse({ ...row, page: 'restock', metric: 'returnRate', unit: 'percent', status: 'fair' }).success).toBe(false);
  });

  it('words and numbers are one list each way (contract §2)', () => {
    expect(STATUS_WORDS.cxHealth).toEqual({ veryPoor: 1, poor: 2, fair: 3, good: 4, excellent: 5 });
    expect(STATUS_WORDS.restockAlert).toEqual({ none: 0, reorderSoon: 1, reorderNow: 2, outOfStock: 3 });
    expect(STATUS_WORDS.listingStatus).toEqual({ active: 0, inactive: 1, outOfStock: 2, searchSuppressed: 3, incomplete: 4 });
    for (const metric of Object.keys(STATUS_WORDS) as StatusMetric[]) {
      for (const [word, n] of Object.entries(STATUS_WORDS[metric])) expect(statusWordOf(metric, n)).toBe(word);
      expect(statusValue(metric, 'toString')).toBeUndefined();
    }
  });
});

describe('existing rows keep their keys', () => {
  it('the metrics added for restock and Voice of the Customer take new codes after the old ones', () => {
    // Bytes on disk: the old metrics' codes must not move (acos was 37, roas 38 before these metrics came).
    const keyOf = (metric: MetricId) => snapshotStorageKey({ marketplace: 'US', scope: 'sku', entity: 'X', metric, period: '', day: '2026-11-21' });
    expect(keyOf('acos' as MetricId)[4]).toBe(37);
    expect(keyOf('roas' as MetricId)[4]).toBe(38);
    expect(keyOf('available')[4]).toBe(16);
    const codes = METRIC_IDS.map((m) => keyOf(m)[4]);
    expect(new Set(codes).size).toBe(METRIC_IDS.length);
    for (const metric of ['listingStatus', 'cxHealth', 'ncxRate', 'ncxOrders', 'totalOrders', 'returnRate', 'starRating', 'daysOfSupply', 'recommendedQty', 'restockAlert'] as MetricId[]) {
      expect(keyOf(metric)[4]).toBeGreaterThan(38);
      expect(decodeSnapshotKey(keyOf(metric)).metric).toBe(metric);
    }
  });

  it('adapter ids are appended, never inserted', () => {
    expect(ADAPTER_IDS.slice(0, 6)).toEqual(['account-health', 'inventory', 'inventory-performance', 'business-reports', 'feedback', 'ads-campaigns']);
    expect(ADAPTER_IDS).toContain('restock');
    expect(ADAPTER_IDS).toContain('voice-of-customer');
  });
});

describe('names in both UI languages', () => {
  it('every metric, status word and page kind has a name in en and 中文', () => {
    const keys: string[] = [
      ...METRIC_IDS.map((m) => `metric.${m}`),
      ...ADAPTER_IDS.map((a) => `popup.page.${a}`),
      ...(Object.keys(STATUS_WORDS) as StatusMetric[]).flatMap((m) => Object.keys(STATUS_WORDS[m]).map((w) => `metricStatus.${m}.${w}`)),
    ];
    for (const key of keys) {
      expect(en[key as MessageKey], key).toBeTruthy();
      expect(zh_CN[key as MessageKey], key).toBeTruthy();
    }
  });
});
