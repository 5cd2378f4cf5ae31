/**
 * Advertising console, Campaign manager (contract §1): the grid of campaigns, ad groups, targets
 * (keywords / product targets) and search terms, whichever component draws it (AG Grid, the newer data
 * table, an ARIA grid, a <table>: lib/read/table-reader.ts). The scope comes from the URL path, the period from the
 * date-range picker (or the URL's startDate/endDate), columns from their `col-id` first and their header
 * text second, never their position. The grid is virtualized: only the rows (and, with column
 * virtualization, the columns) in view are in the DOM; this reads what is there, and the content script
 * accumulates across scrolls.
 */
import { deepQueryAll, visibleText } from '../dom';
import { ADS_LABELS, type LabelSet } from '../labels';
import type { MetricId, Scope } from '../metrics';
import { formatPeriod, parseDate, parseDateRange } from '../parse-date';
import { findTables, placeColumns, type ColumnDef, type Table, type TableRow } from '../table-reader';
import { campaignGridLinks } from './campaign-links';
import { emptyResult, readMetric, skipsMetric } from './read-metric';
import type { AdapterResult, PageAdapter, PageContext } from './types';

export type AdMetric = Extract<MetricId, 'impressions' | 'clicks' | 'ctr' | 'spend' | 'cpc' | 'orders' | 'sales' | 'budget' | 'acos' | 'roas'>;
type AdScope = Extract<Scope, 'campaign' | 'adGroup' | 'target' | 'searchTerm'>;

export const AD_METRICS: readonly AdMetric[] = ['impressions', 'clicks', 'ctr', 'spend', 'cpc', 'orders', 'sales', 'budget', 'acos', 'roas'];

/**
 * `col-id`s of the metric columns, compared lower-cased without punctuation. Exact names only: the grid
 * also offers look-alike columns with other meanings (`attributedSales7dSameSku`, `viewableImpressions`,
 * `targetAcos`) that must not be taken for these.
 */
export const METRIC_COL_IDS: Record<AdMetric, readonly string[]> = {
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

export function readPeriod(root: Document, ctx: PageContext, out: AdapterResult): string | undefined {
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

/** The columns of a grid of `scope`: its name column and every metric column, as the reader is to find them. */
function columnDefs(scope: AdScope): ColumnDef<'name' | AdMetric>[] {
  const { labels, colIds } = NAME_COLUMNS[scope];
  return [
    { key: 'name', anchors: colIds, looseAnchors: GENERIC_NAME_COL_IDS, labels },
    // Only a header that is exactly a metric's label: qualified ones ("Sales (same SKU)", "Clicks - new-to-brand")
    // are other metrics.
    ...AD_METRICS.map((metric) => ({ key: metric, anchors: METRIC_COL_IDS[metric], labels: ADS_LABELS[metric], headerMatch: 'exact' as const })),
  ];
}

/** Every header word of the console: a header one of them fits (Status, Match type...) is known, just not read. */
export const KNOWN_ADS_COLUMNS: readonly LabelSet[] = Object.values(ADS_LABELS);

/** Inside a name cell, the element holding the name itself (the cell may add badges or sub-lines). */
const NAME_TEXT_SELECTORS = [
  // The name link's test id (`campaign-name-link`, `adGroupName`...).
  '[data-testid*="name" i]',
  // The link to the entity's own page.
  'a[href]',
  'kat-link',
];

export function nameOf(cell: Element): string {
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
  const placed = placeColumns(table, columnDefs(scope), { taught: ctx.taught ?? [], page: 'ads-campaigns', known: KNOWN_ADS_COLUMNS });
  const nameUnclear = placed.unclear.get('name');
  if (nameUnclear) return `name column for ${scope} unclear: ${nameUnclear.columns.join(', ')}`;
  const nameColId = placed.found.get('name');
  if (!nameColId) return `no ${scope} name column in the grid`;
  const problems: string[] = [];
  for (const { header, keys } of placed.ambiguous) problems.push(`column '${header}' could be ${keys.join(' or ')}`);
  for (const [metric, { columns: keys }] of placed.unclear) {
    problems.push(`column for ${metric} unclear: ${keys.map((key) => columns.get(key)?.anchor ?? columns.get(key)?.header ?? key).join(', ')}`);
  }
  const metricColumns = new Map([...placed.found].filter((entry): entry is [AdMetric, string] => entry[0] !== 'name'));
  out.problems.push(...problems);
  // Headers no label of the console knows (a reworded or new column): what the assistant may teach.
  if (placed.unplaced.length) out.unplaced = [...(out.unplaced ?? []), ...placed.unplaced];
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
      if (skipsMetric(out, ctx, metric)) continue;
      const cell = row.cells.get(key);
      if (!cell) continue; // this column is scrolled out of view
      const label = columns.get(key)?.header;
      readMetric(out, { scope, entity, metric, text: visibleText(cell), element: cell, period, ...(label ? { label } : {}) }, ctx);
    }
  }
  // Issue 16: the campaigns' type and targeting, and which campaign the rows belong to (lib/read/pages/campaign-links.ts).
  const links = campaignGridLinks(table, scope, ctx.url, named, nameColId);
  if (links.length) out.links = [...(out.links ?? []), ...links];
  return true;
}
