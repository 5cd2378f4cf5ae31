/**
 * Advertising console, Campaign manager (contract §1): the AG Grid of campaigns, ad groups, targets
 * (keywords / product targets) and search terms. The scope comes from the URL path, the period from the
 * date-range picker (or the URL's startDate/endDate), columns from their `col-id` first and their header
 * text second, never their position. The grid is virtualized: only the rows (and, with column
 * virtualization, the columns) in view are in the DOM; this reads what is there, and the content script
 * accumulates across scrolls.
 */
import { deepQueryAll, visibleText } from '../dom';
import { ADS_LABELS, labelScore, type LabelSet } from '../labels';
import type { MetricId, Scope } from '../metrics';
import { formatPeriod, parseDate, parseDateRange } from '../parse-date';
import { labelKey } from '../label-key';
import { findTables, type Table, type TableColumn, type TableRow } from '../table-reader';
import { emptyResult, readMetric } from './read-metric';
import type { AdapterResult, PageAdapter, PageContext, TaughtLabel } from './types';

type AdMetric = Extract<MetricId, 'impressions' | 'clicks' | 'ctr' | 'spend' | 'cpc' | 'orders' | 'sales' | 'budget' | 'acos' | 'roas'>;
type AdScope = Extract<Scope, 'campaign' | 'adGroup' | 'target' | 'searchTerm'>;

const AD_METRICS: readonly AdMetric[] = ['impressions', 'clicks', 'ctr', 'spend', 'cpc', 'orders', 'sales', 'budget', 'acos', 'roas'];

/**
 * `col-id`s of the metric columns, compared lower-cased without punctuation. Exact names only: the grid
 * also offers look-alike columns with other meanings (`attributedSales7dSameSku`, `viewableImpressions`,
 * `targetAcos`) that must not be taken for these.
 */
const METRIC_COL_IDS: Record<AdMetric, readonly string[]> = {
  impressions: ['impressions', 'impression', 'imps'],
  clicks: ['clicks'],
  ctr: ['ctr', 'clickthroughrate'],
  spend: ['spend', 'cost', 'totalcost', 'spendamount'],
  cpc: ['cpc', 'costperclick', 'averagecpc', 'avgcpc'],
  orders: [
    'orders', 'purchases', 'conversions', 'attributedconversions', 'attributedconversions7d',
    'attributedconversions14d', 'purchases7d', 'purchases14d', 'orders7d', 'orders14d',
  ],
  sales: ['sales', 'attributedsales', 'attributedsales7d', 'attributedsales14d', 'sales7d', 'sales14d'],
  budget: ['budget', 'dailybudget', 'budgetamount', 'campaignbudget'],
  acos: ['acos', 'advertisingcostofsales'],
  roas: ['roas', 'returnonadspend'],
};

/** Per scope: the label set of its name column, and the `col-id`s it goes by (specific ones first). */
const NAME_COLUMNS: Record<AdScope, { labels: LabelSet; colIds: readonly string[] }> = {
  campaign: { labels: ADS_LABELS.campaignName, colIds: ['campaignname', 'campaign'] },
  adGroup: { labels: ADS_LABELS.adGroupName, colIds: ['adgroupname', 'adgroup'] },
  target: {
    labels: ADS_LABELS.targetName,
    colIds: [
      'keyword', 'keywordtext', 'target', 'targeting', 'targetingexpression', 'targetingtext', 'targettext',
      'targetname', 'keywordortarget',
    ],
  },
  searchTerm: {
    labels: ADS_LABELS.searchTermName,
    colIds: ['searchterm', 'customersearchterm', 'query', 'searchquery', 'searchtermtext'],
  },
};
/** `col-id`s any scope's grid may give its name column. */
const GENERIC_NAME_COL_IDS = ['name', 'entityname'];

/** The last path word that names the page, and the scope it shows. */
const SCOPE_OF_SEGMENT: Record<string, AdScope> = {
  campaigns: 'campaign',
  'ad-groups': 'adGroup',
  adgroups: 'adGroup',
  ad_groups: 'adGroup',
  targeting: 'target',
  keywords: 'target',
  targets: 'target',
  'product-targeting': 'target',
  'product-targets': 'target',
  'search-terms': 'searchTerm',
  searchterms: 'searchTerm',
  search_terms: 'searchTerm',
};
/** Roots of the Campaign manager; alone, they show the campaigns list. */
const CAMPAIGN_MANAGER_ROOTS = ['cm', 'campaign-manager', 'campaignmanager'];

/** The date-range button: its stable test id, then looser forms of it. */
const DATE_PICKER_SELECTORS = [
  '[data-testid="date-range-picker"]',
  // Other builds spell the test id differently.
  '[data-testid*="date-range" i]',
  '[data-testid*="daterange" i]',
];
const START_PARAMS = ['startDate', 'startdate', 'start_date', 'fromDate'];
const END_PARAMS = ['endDate', 'enddate', 'end_date', 'toDate'];

export const adsCampaignsAdapter: PageAdapter = {
  id: 'ads-campaigns',
  source: 'advertising',
  metrics: AD_METRICS,
  matches: (url) => scopeOfUrl(url) !== undefined,
  read(root, ctx) {
    const out = emptyResult();
    try {
      readCampaignManager(root, ctx, out);
    } catch (error) {
      out.problems.push(`Campaign manager could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

/** The path segments of a route, lower case, without `ref=` segments and empty ones. */
function routeSegments(path: string): string[] {
  return path
    .toLowerCase()
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('ref='));
}

function scopeOfSegments(segments: string[]): AdScope | undefined {
  const [first] = segments;
  if (!first || !CAMPAIGN_MANAGER_ROOTS.includes(first)) return undefined;
  if (segments.length === 1) return 'campaign';
  // The page is named by its last segment; a trailing id (`/campaigns/123`) is an entity's own page,
  // whose default tab we cannot know, and other last words (settings, negative keywords, ads) hold no metrics.
  return SCOPE_OF_SEGMENT[segments[segments.length - 1]!];
}

/**
 * The scope a Campaign manager URL shows. A hash route (`/cm/#/sp/campaigns/1/ad-groups`) continues the
 * path; a hash that does not make a known page with it (`#/filters`) leaves the path to say.
 */
export function scopeOfUrl(url: URL): AdScope | undefined {
  const path = routeSegments(url.pathname);
  const hashPath = /^#!?(\/[^?]*)/.exec(url.hash)?.[1];
  return (hashPath && scopeOfSegments([...path, ...routeSegments(hashPath)])) || scopeOfSegments(path);
}

function readCampaignManager(root: Document, ctx: PageContext, out: AdapterResult): void {
  const scope = scopeOfUrl(ctx.url);
  if (!scope) {
    out.problems.push(`no Campaign manager page at ${ctx.url.pathname}`);
    return;
  }
  const period = readPeriod(root, ctx, out);
  if (!period) return;

  const tables = findTables(root);
  if (!tables.length) {
    out.problems.push('no campaign grid on the page (no AG Grid, data table, ARIA grid or table)');
    return;
  }
  const gridProblems: string[] = [];
  let gridsRead = 0;
  for (const table of tables) {
    const found = readGrid(table, scope, period, ctx, out);
    if (found === true) gridsRead++;
    else gridProblems.push(found);
  }
  // Other grids on the page (a nested detail, a settings table) are not a problem once one grid was read.
  if (!gridsRead) out.problems.push(...gridProblems);
}

function readPeriod(root: Document, ctx: PageContext, out: AdapterResult): string | undefined {
  const lang = root.documentElement.getAttribute('lang');
  const fromUrl = periodFromUrl(ctx.url, lang);
  const pickerText = pickerTextOf(root);
  if (pickerText === undefined) {
    if (fromUrl) return fromUrl;
    out.problems.push('period unreadable: no date-range picker and no startDate/endDate in the URL');
    return undefined;
  }
  const range = parseDateRange(pickerText, { lang });
  const fromPicker = range && formatPeriod(range);
  if (fromPicker && fromUrl && fromPicker !== fromUrl) {
    out.problems.push(`period unclear: the date-range picker shows ${fromPicker}, the URL says ${fromUrl}`);
    return undefined;
  }
  const period = fromPicker ?? fromUrl;
  if (!period) out.problems.push(`period unreadable: '${pickerText}'`);
  return period;
}

function pickerTextOf(root: Document): string | undefined {
  for (const selector of DATE_PICKER_SELECTORS) {
    const pickers = deepQueryAll(root, selector);
    if (pickers.length) return visibleText(pickers[0]!);
  }
  return undefined;
}

function periodFromUrl(url: URL, lang: string | null): string | undefined {
  const queries = [url.searchParams];
  const hashQuery = url.hash.indexOf('?');
  if (hashQuery >= 0) queries.push(new URLSearchParams(url.hash.slice(hashQuery + 1)));
  for (const query of queries) {
    const start = firstParam(query, START_PARAMS);
    const end = firstParam(query, END_PARAMS);
    if (!start || !end) continue;
    const from = urlDate(start, lang);
    const to = urlDate(end, lang);
    if (from && to && from <= to) return formatPeriod({ from, to });
  }
  return undefined;
}

function firstParam(query: URLSearchParams, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = query.get(name);
    if (value) return value;
  }
  return undefined;
}

/** A URL date: `2026-11-20`, `20261120`, or any form the page's dates take. */
function urlDate(text: string, lang: string | null): string | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  return parseDate(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text, { lang });
}

// ---------------------------------------------------------------------------------------------
// The grid
// ---------------------------------------------------------------------------------------------

/** A column that may be the one wanted, and how surely. */
interface ColumnMatch {
  key: string;
  /** 3: a specific column id, 2: a generic name id or an exact header, 1: a name header with a qualifier. */
  strength: number;
}

function normalizeColId(colId: string): string[] {
  const whole = colId.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Namespaced ids (`metrics.spend`, `performance:clicks`) name the column by their last part.
  const last = colId.split(/[.:/]/).pop()!.toLowerCase().replace(/[^a-z0-9]/g, '');
  return whole === last ? [whole] : [whole, last];
}

function colIdIn(colId: string | undefined, names: readonly string[]): boolean {
  return colId !== undefined && normalizeColId(colId).some((n) => names.includes(n));
}

/** The best-supported column for each wanted kind; a tie between two columns is reported, not guessed. */
function pickColumn(candidates: ColumnMatch[]): ColumnMatch[] {
  const best = Math.max(0, ...candidates.map((c) => c.strength));
  return candidates.filter((c) => c.strength === best);
}

function findNameColumn(columns: Map<string, TableColumn>, scope: AdScope): string | string[] | undefined {
  const { labels, colIds } = NAME_COLUMNS[scope];
  const candidates: ColumnMatch[] = [];
  for (const [key, { anchor, header }] of columns) {
    if (colIdIn(anchor, colIds)) candidates.push({ key, strength: 3 });
    else if (colIdIn(anchor, GENERIC_NAME_COL_IDS)) candidates.push({ key, strength: 2 });
    else if (header) {
      const score = labelScore(header, labels);
      if (score) candidates.push({ key, strength: score });
    }
  }
  const best = pickColumn(candidates);
  if (best.length > 1) return best.map((c) => c.key);
  return best[0]?.key;
}

/** The metric columns found, and the problems met finding them. */
function findMetricColumns(
  columns: Map<string, TableColumn>,
  nameKey: string,
  taught: readonly TaughtLabel[],
): { metricColumns: Map<AdMetric, string>; problems: string[] } {
  const candidates = new Map<AdMetric, ColumnMatch[]>();
  const problems: string[] = [];
  const add = (metric: AdMetric, match: ColumnMatch) => candidates.set(metric, [...(candidates.get(metric) ?? []), match]);
  for (const [key, { anchor, header }] of columns) {
    if (key === nameKey) continue;
    const byId = AD_METRICS.find((m) => colIdIn(anchor, METRIC_COL_IDS[m]));
    if (byId) {
      add(byId, { key, strength: 3 });
      continue;
    }
    if (!header) continue; // an unknown id whose header is out of view: nothing says what it is
    // Only a header that is exactly a metric's label: qualified ones ("Sales (same SKU)", "Clicks - new-to-brand")
    // are other metrics. Any other header (Status, Default bid, Match type...) is a column we do not read.
    const exact = AD_METRICS.filter((m) => labelScore(header, ADS_LABELS[m]) === 2);
    if (exact.length > 1) problems.push(`column '${header}' could be ${exact.join(' or ')}`);
    else if (exact[0]) add(exact[0], { key, strength: 2 });
  }
  // Headers the assistant taught, for metrics the grid's own ids and words did not find.
  for (const [key, { header }] of columns) {
    const metric = header ? taught.find((l) => l.label === labelKey(header))?.metric : undefined;
    if (metric && (AD_METRICS as readonly string[]).includes(metric) && !candidates.has(metric as AdMetric)) add(metric as AdMetric, { key, strength: 1 });
  }
  const metricColumns = new Map<AdMetric, string>();
  for (const [metric, matches] of candidates) {
    const best = pickColumn(matches);
    if (best.length > 1) problems.push(`column for ${metric} unclear: ${best.map((c) => columns.get(c.key)?.anchor ?? columns.get(c.key)?.header ?? c.key).join(', ')}`);
    else metricColumns.set(metric, best[0]!.key);
  }
  return { metricColumns, problems };
}

/** Inside a name cell, the element holding the name itself (the cell may add badges or sub-lines). */
const NAME_TEXT_SELECTORS = [
  // The name link's test id (`campaign-name-link`, `adGroupName`...).
  '[data-testid*="name" i]',
  // The link to the entity's own page.
  'a[href]',
  'kat-link',
];

function nameOf(cell: Element): string {
  for (const selector of NAME_TEXT_SELECTORS) {
    const el = cell.querySelector(selector);
    const text = el ? visibleText(el) : '';
    if (text) return text;
  }
  return visibleText(cell);
}

/** Reads one table; returns true when it was the Campaign manager's, else why it was not. */
function readGrid(table: Table, scope: AdScope, period: string, ctx: PageContext, out: AdapterResult): true | string {
  const { columns, rows } = table;
  if (!columns.size) return 'campaign grid has no columns yet (still loading?)';
  const nameColId = findNameColumn(columns, scope);
  if (Array.isArray(nameColId)) return `name column for ${scope} unclear: ${nameColId.join(', ')}`;
  if (!nameColId) return `no ${scope} name column in the grid`;
  const { metricColumns, problems } = findMetricColumns(columns, nameColId, ctx.taught ?? []);
  out.problems.push(...problems);
  // Headers no label of the console knows (a reworded or new column): what the assistant may teach.
  const used = new Set([nameColId, ...metricColumns.values()]);
  const unplaced = [...columns]
    .filter(([key, c]) => !used.has(key) && c.header && !Object.values(ADS_LABELS).some((set) => labelScore(c.header!, set) > 0))
    .map(([, c]) => c.header!);
  if (unplaced.length) out.unplaced = [...(out.unplaced ?? []), ...unplaced];
  if (!metricColumns.size && !problems.length) return 'no metric column (impressions, clicks, spend, ...) in the grid';
  if (!rows.length) return 'campaign grid has no rows yet (still loading?)';

  const named = new Map<string, TableRow[]>();
  for (const row of rows) {
    const nameCell = row.cells.get(nameColId);
    if (!nameCell) {
      if ([...metricColumns.values()].some((colId) => row.cells.has(colId))) out.problems.push(`row ${row.key} has no ${scope} name`);
      continue;
    }
    const entity = nameOf(nameCell);
    if (!entity) {
      out.problems.push(`row ${row.key} shows an empty ${scope} name`);
      continue;
    }
    named.set(entity, [...(named.get(entity) ?? []), row]);
  }

  for (const [entity, sameName] of named) {
    if (sameName.length > 1) {
      // Two rows with one name (a keyword in two match types, a search term for two targets): which is which cannot be told.
      out.problems.push(`${sameName.length} rows named '${entity}': not read`);
      continue;
    }
    const row = sameName[0]!;
    for (const [metric, key] of metricColumns) {
      const cell = row.cells.get(key);
      if (!cell) continue; // this column is scrolled out of view
      const label = columns.get(key)?.header;
      readMetric(out, { scope, entity, metric, text: visibleText(cell), element: cell, period, ...(label ? { label } : {}) }, ctx);
    }
  }
  return true;
}
