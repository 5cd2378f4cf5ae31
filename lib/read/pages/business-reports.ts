/**
 * Business Reports, "Detail Page Sales and Traffic By Child Item" (contract §1 `business-reports`):
 * per child ASIN the traffic, Buy Box and sales figures for the chosen date range. The report is a
 * single-page app on a hash route (`#/report?id=102:DetailSalesTrafficByChildItem&fromDate=…&toDate=…`;
 * the older `/gp/site-metrics/report.html#&reportID=…` page has the same table). Its table carries
 * CSS-in-JS class names that mean nothing, so columns are found by their header text, exactly, in
 * whichever table form draws it (<table>, ARIA grid, kat-table: lib/read/table-reader.ts).
 * Other reports of the same app are not read: no readings, no problems.
 */
import { deepQuery, deepQueryAll, visibleText } from '../dom';
import { BUSINESS_REPORTS_LABELS, type LabelSet } from '../labels';
import type { MetricId } from '../metrics';
import { formatPeriod, parseDate } from '../parse-date';
import { findTables, placeColumns, type ColumnDef, type PlacedColumns } from '../table-reader';
import { dropConflicts, emptyResult, readMetric, skipsMetric } from './read-metric';
import type { AdapterResult, PageAdapter, PageContext } from './types';

/** The report this adapter reads, as its id appears in the URL. */
const CHILD_ITEM_REPORT = /DetailSalesTrafficByChildItem/i;
const REPORT_ID_PARAMS = ['id', 'reportID', 'reportId'];
const FROM_PARAMS = ['fromDate', 'filterFromDate', 'startDate'];
const TO_PARAMS = ['toDate', 'filterToDate', 'endDate'];

/** The date-range inputs above the report (stable test ids). */
const DATE_START_SELECTOR = '[data-testid="date-range-start"]';
const DATE_END_SELECTOR = '[data-testid="date-range-end"]';

type Column = keyof typeof BUSINESS_REPORTS_LABELS;
type ReportMetric = Extract<MetricId, 'sessions' | 'pageViews' | 'buyBoxPct' | 'unitSessionPct' | 'unitsOrdered' | 'orderedProductSales'>;

/**
 * The header(s) each metric is read from, preferred first: "Sessions - Total" when the report shows it,
 * a plain "Sessions" only when it does not (older layout). "Sessions - Mobile App" / "- Browser" / "- B2B"
 * never match: headers are compared exactly.
 */
const METRIC_COLUMNS: Record<ReportMetric, readonly Column[]> = {
  sessions: ['sessionsTotal', 'sessions'],
  pageViews: ['pageViewsTotal', 'pageViews'],
  buyBoxPct: ['buyBoxPct'],
  unitSessionPct: ['unitSessionPct'],
  unitsOrdered: ['unitsOrdered'],
  orderedProductSales: ['orderedProductSales'],
};

const ASIN = /^[A-Z0-9]{10}$/i;

export const businessReportsAdapter: PageAdapter = {
  id: 'business-reports',
  source: 'sellercentral',
  metrics: ['sessions', 'pageViews', 'buyBoxPct', 'unitSessionPct', 'unitsOrdered', 'orderedProductSales'],
  matches(url) {
    const segments = url.pathname
      .toLowerCase()
      .split('/')
      .filter((s) => s && !s.startsWith('ref='));
    if (segments[0] === 'business-reports') return true;
    // the older Business Reports page
    return segments.join('/') === 'gp/site-metrics/report.html';
  },
  read(doc, ctx) {
    const out = emptyResult();
    try {
      readReport(doc, ctx, out);
    } catch (error) {
      out.problems.push(`business report could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return dropConflicts(out);
  },
};

function readReport(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const params = urlParams(ctx.url);
  const reportId = firstParam(params, REPORT_ID_PARAMS);
  if (reportId !== undefined && !CHILD_ITEM_REPORT.test(reportId)) return; // another report

  const placedTables = findTables(doc)
    .map((table) => ({ table, placed: placeColumns(table, COLUMN_DEFS, { taught: ctx.taught ?? [], page: 'business-reports', known: KNOWN_COLUMNS }) }))
    .filter(({ placed }) => placed.found.has('childAsin') || placed.unclear.has('childAsin'));
  if (reportId === undefined && placedTables.length === 0) return; // not the child-item report (dashboard, other page)
  if (placedTables.length === 0) {
    out.problems.push('report table not found (no (Child) ASIN column)');
    return;
  }
  const withRows = placedTables.filter(({ table }) => table.rows.length > 0);
  if (withRows.length > 1) {
    out.problems.push(`${withRows.length} report tables with a (Child) ASIN column; none read`);
    return;
  }
  const { table: grid, placed } = withRows[0] ?? placedTables[0]!;

  const period = readPeriod(doc, params, out);
  if (!period) return;

  const asinKey = placed.found.get('childAsin');
  if (!asinKey) {
    out.problems.push('two (Child) ASIN columns; none read');
    return;
  }

  for (const { header, keys } of placed.ambiguous) out.problems.push(`column '${header}' could be ${keys.join(' or ')}; not read`);
  const metricKeys: [ReportMetric, string][] = [];
  for (const metric of Object.keys(METRIC_COLUMNS) as ReportMetric[]) {
    const key = metricColumn(placed, metric, out);
    if (key !== undefined) metricKeys.push([metric, key]);
  }
  // Headers no label of the report knows (a reworded or new column): what the assistant may teach.
  if (placed.unplaced.length) out.unplaced = placed.unplaced;

  grid.rows.forEach((row, index) => {
    const asinCell = row.cells.get(asinKey);
    const asin = asinCell ? asinText(asinCell) : '';
    if (!ASIN.test(asin)) {
      out.problems.push(`row ${index + 1}: child ASIN unreadable: "${asin}"; row skipped`);
      return;
    }
    for (const [metric, key] of metricKeys) {
      if (skipsMetric(out, ctx, metric)) continue;
      const cell = row.cells.get(key);
      if (!cell) {
        out.problems.push(`${metric} of ${asin}: no cell in its column`);
        continue;
      }
      const label = grid.columns.get(key)?.header;
      readMetric(out, { scope: 'asin', entity: asin, metric, text: visibleText(cell), element: cell, period, ...(label ? { label } : {}) }, ctx);
    }
  });
}

/** The query of the URL and of its hash route (`#/report?id=…`, or `#&reportID=…` on the older page). */
function urlParams(url: URL): URLSearchParams[] {
  const hash = url.hash.replace(/^#/, '');
  const question = hash.indexOf('?');
  const hashQuery = question >= 0 ? hash.slice(question + 1) : hash.includes('=') ? hash.replace(/^[/&]+/, '') : '';
  return [new URLSearchParams(hashQuery), url.searchParams];
}

function firstParam(params: URLSearchParams[], names: readonly string[]): string | undefined {
  for (const query of params) {
    for (const name of names) {
      const value = query.get(name);
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * The period the report shows: the URL's from/to dates, else the date-range inputs (read in the page's
 * language, "11/20/2026" is month first only on an en-US page). No period, no reading: a value without
 * its period would be stored as the wrong day.
 */
function readPeriod(doc: Document, params: URLSearchParams[], out: AdapterResult): string | undefined {
  const lang = doc.documentElement.getAttribute('lang');
  const fromUrl = range(firstParam(params, FROM_PARAMS), firstParam(params, TO_PARAMS), lang);
  if (fromUrl) return fromUrl;
  const start = deepQuery(doc, DATE_START_SELECTOR);
  const end = deepQuery(doc, DATE_END_SELECTOR);
  const fromInputs = range(start && fieldText(start), end && fieldText(end), lang);
  if (fromInputs) return fromInputs;
  const seen = [firstParam(params, FROM_PARAMS), firstParam(params, TO_PARAMS), start && fieldText(start), end && fieldText(end)]
    .filter(Boolean)
    .join(' / ');
  out.problems.push(`period unreadable: '${seen}'`);
  return undefined;
}

function range(fromText: string | undefined, toText: string | undefined, lang: string | null): string | undefined {
  if (!fromText || !toText) return undefined;
  const from = parseDate(fromText, { lang });
  const to = parseDate(toText, { lang });
  return from && to && from <= to ? formatPeriod({ from, to }) : undefined;
}

/** What a date field shows: an input's value, or the text of a component that draws it. */
function fieldText(el: Element): string {
  const value = (el as HTMLInputElement).value;
  if (typeof value === 'string' && value.trim()) return value.trim();
  return el.getAttribute('value')?.trim() || visibleText(el);
}

/**
 * The report's columns as the table reader is to find them: by header only (its CSS-in-JS class names
 * mean nothing), and exactly, so "Sessions - Mobile App" or "Units Ordered - B2B" is never taken for
 * the figure. A taught header stands for the metric its column is read as.
 */
const COLUMN_DEFS: readonly ColumnDef<Column>[] = (Object.keys(BUSINESS_REPORTS_LABELS) as Column[]).map((column) => ({
  key: column,
  labels: BUSINESS_REPORTS_LABELS[column],
  headerMatch: 'exact',
  ...metricOfColumn(column),
}));

function metricOfColumn(column: Column): { metric?: ReportMetric } {
  const metric = (Object.keys(METRIC_COLUMNS) as ReportMetric[]).find((m) => METRIC_COLUMNS[m].includes(column));
  return metric ? { metric } : {};
}

/** Every header word of the report: a header one of them fits ("Sessions - B2B") is known, just not read. */
const KNOWN_COLUMNS: readonly LabelSet[] = Object.values(BUSINESS_REPORTS_LABELS);

function metricColumn(placed: PlacedColumns<Column>, metric: ReportMetric, out: AdapterResult): string | undefined {
  for (const column of METRIC_COLUMNS[metric]) {
    const unclear = placed.unclear.get(column);
    if (unclear) {
      out.problems.push(
        unclear.taught
          ? `column for ${metric}: ${unclear.columns.length} taught headers match; not read`
          : `column for ${metric} is ambiguous (${unclear.columns.length} headers match); not read`,
      );
      return undefined;
    }
    const key = placed.found.get(column);
    if (key !== undefined) return key;
  }
  out.problems.push(`column for ${metric} not found`);
  return undefined;
}

/** The child ASIN cell shows the ASIN as a link to the detail page (or as plain text). */
function asinText(cell: Element): string {
  const links = deepQueryAll(cell, 'a').map((a) => visibleText(a)).filter(Boolean);
  return (links.length === 1 ? links[0]! : visibleText(cell)).trim();
}
