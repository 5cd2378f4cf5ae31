/**
 * Sponsored Products Search Term Report (XLSX or CSV, from the advertising console's reports): one row
 * per campaign, ad group, target and customer search term, for a day (`Date`) or for the report's
 * dates (`Start Date`, `End Date`). The history keeps a search term's values per period (contract §3,
 * entity = the search term), as the campaign manager's Search terms tab shows them: a term that
 * appears on several rows of one period (several campaigns or targets) is summed — impressions, clicks,
 * orders, spend and sales — and its CTR, CPC, ACOS and ROAS are worked out from those sums. If any of
 * its rows cannot be read, none of that term's values for that period is stored (a sum of some rows
 * would be wrong).
 */
import { ADS_LABELS, REPORT_LABELS } from '../labels';
import { MARKETPLACE_CURRENCY } from '../marketplaces';
import type { MetricId } from '../metrics';
import { formatPeriod, parseDate, parseDateRange } from '../parse-date';
import { metricRecordSchema, periodSchema, type MetricRecord } from '../record';
import {
  findColumns, headerLanguage, mergeSets, readRowMetrics, rowContext, rowNumber, text,
  type ReportReader, type ReportValue, type RowProblem,
} from './report-core';

const A = ADS_LABELS;
const R = REPORT_LABELS;
const COLUMNS = {
  searchTerm: A.searchTermName,
  date: R.date,
  startDate: R.startDate,
  endDate: R.endDate,
  currency: R.currency,
  impressions: A.impressions,
  clicks: A.clicks,
  ctr: mergeSets(A.ctr, R.ctr),
  cpc: mergeSets(A.cpc, R.cpc),
  spend: mergeSets(A.spend, R.spend),
  sales: mergeSets(A.sales, R.sales),
  orders: mergeSets(A.orders, R.orders),
  acos: mergeSets(A.acos, R.acos),
  roas: mergeSets(A.roas, R.roas),
};

const ADDITIVE = ['impressions', 'clicks', 'orders', 'spend', 'sales'] as const satisfies readonly MetricId[];
const RATIOS = ['ctr', 'cpc', 'acos', 'roas'] as const satisfies readonly MetricId[];
type Additive = (typeof ADDITIVE)[number];

const round2 = (n: number) => Math.round(n * 100) / 100;

interface Group {
  term: string;
  period: string;
  currency: string;
  rows: number[];
  records: MetricRecord[][];
  bad: boolean;
}

export const searchTermReport: ReportReader = {
  kind: 'searchTermReport',
  page: 'ads-campaigns',
  recognizes(headers) {
    const cols = findColumns(headers, COLUMNS);
    return cols.searchTerm !== undefined && cols.impressions !== undefined && cols.clicks !== undefined;
  },
  read(table, options) {
    const cols = findColumns(table.headers, COLUMNS);
    const hasDates = cols.date !== undefined || (cols.startDate !== undefined && cols.endDate !== undefined);
    if (!hasDates && (!options.period || !periodSchema.safeParse(options.period).success)) {
      return { ok: false, error: { code: 'noPeriod', detail: 'the Search Term Report has no date columns: give its dates' } };
    }
    const metricCols = [...ADDITIVE, ...RATIOS].filter((m) => cols[m] !== undefined).map((metric) => ({ metric, index: cols[metric]! }));
    const context = rowContext(table, headerLanguage(table.headers, COLUMNS), options.marketplace, metricCols.map((c) => c.index));
    if ('code' in context) return { ok: false, error: context };
    const fallbackCurrency = options.marketplace ? MARKETPLACE_CURRENCY[options.marketplace] : context.ctx.currency;
    const groups = new Map<string, Group>();
    const badRows: RowProblem[] = [];

    table.rows.forEach((row, i) => {
      const n = rowNumber(i);
      const term = (text(row, cols.searchTerm) ?? '').replace(/\s+/g, ' ').trim();
      if (!term) {
        badRows.push({ row: n, reason: 'no customer search term' });
        return;
      }
      let period: string | undefined;
      if (cols.date !== undefined) {
        // One day ("Nov 20, 2026"), or a summary row's range ("Nov 14, 2026 - Nov 20, 2026").
        const range = parseDateRange(text(row, cols.date) ?? '', { lang: context.lang ?? null });
        period = range ? formatPeriod(range) : undefined;
      } else if (cols.startDate !== undefined && cols.endDate !== undefined) {
        const from = parseDate(text(row, cols.startDate) ?? '', { lang: context.lang ?? null });
        const to = parseDate(text(row, cols.endDate) ?? '', { lang: context.lang ?? null });
        period = from && to && from <= to ? formatPeriod({ from, to }) : undefined;
      } else period = options.period;
      if (!period) {
        badRows.push({ row: n, reason: `dates unreadable for '${term.slice(0, 60)}'` });
        return;
      }
      const shownCurrency = (text(row, cols.currency) ?? '').trim().toUpperCase();
      const currency = /^[A-Z]{3}$/.test(shownCurrency) ? shownCurrency : fallbackCurrency;
      const key = JSON.stringify([term.toLowerCase(), period, currency]);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { term, period, currency, rows: [], records: [], bad: false }));
      group.rows.push(n);
      const read = readRowMetrics(row, metricCols, { scope: 'searchTerm', entity: term, period }, context, currency);
      if (read.problems.length) {
        badRows.push({ row: n, reason: read.problems.join('; ') });
        group.bad = true;
        return;
      }
      group.records.push(read.records);
    });

    const values: ReportValue[] = [];
    for (const group of groups.values()) {
      if (group.bad) {
        const others = group.rows.filter((r) => !badRows.some((b) => b.row === r));
        for (const row of others) badRows.push({ row, reason: `'${group.term}' ${group.period}: another of its rows is unreadable, so none is stored` });
        continue;
      }
      if (group.records.length === 1) {
        for (const record of group.records[0]!) values.push({ record });
        continue;
      }
      values.push(...sumGroup(group).map((record) => ({ record })));
    }
    return { ok: true, reading: { kind: 'searchTermReport', page: 'ads-campaigns', pointInTime: false, values, rowsRead: table.rows.length, badRows } };
  },
};

/** A term's rows of one period as one: sums of what adds up, ratios from the sums. */
function sumGroup(group: Group): MetricRecord[] {
  const sums: Partial<Record<Additive, number>> = {};
  for (const metric of ADDITIVE) {
    const each = group.records.map((records) => records.find((r) => r.metric === metric)?.value);
    // A value missing from one of the rows makes the sum unknown, not smaller.
    if (each.every((v) => v !== undefined)) sums[metric] = each.reduce<number>((a, v) => a + v!, 0);
  }
  const { impressions, clicks, spend, sales } = sums;
  const derived: [MetricId, number | undefined][] = [
    ['ctr', impressions !== undefined && clicks !== undefined && impressions > 0 ? round2((clicks / impressions) * 100) : undefined],
    ['cpc', spend !== undefined && clicks !== undefined && clicks > 0 ? round2(spend / clicks) : undefined],
    ['acos', spend !== undefined && sales !== undefined && sales > 0 ? round2((spend / sales) * 100) : undefined],
    ['roas', spend !== undefined && sales !== undefined && spend > 0 ? round2(sales / spend) : undefined],
  ];
  const out: MetricRecord[] = [];
  const all: [MetricId, number | undefined][] = [...ADDITIVE.map((m): [MetricId, number | undefined] => [m, sums[m] === undefined ? undefined : m === 'spend' || m === 'sales' ? round2(sums[m]!) : sums[m]]), ...derived];
  for (const [metric, value] of all) {
    if (value === undefined) continue;
    const unit = metric === 'ctr' || metric === 'acos' ? 'percent' : metric === 'roas' ? 'ratio' : metric === 'cpc' || metric === 'spend' || metric === 'sales' ? 'money' : 'count';
    const parsed = metricRecordSchema.safeParse({ scope: 'searchTerm', entity: group.term, metric, value, unit, ...(unit === 'money' ? { currency: group.currency } : {}), period: group.period });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
