/**
 * Advertising console, an ad group's Ads tab (contract §1 `ads-products`): each advertised product's ad
 * metrics (scope `ad`, entity: its SKU), and which campaign and ad group advertise which SKU and ASIN
 * (issue 16's links, lib/read/ad-links.ts). The grid is read by the shared table reader (AG Grid, the data
 * table, ARIA grids, tables); the product column is found by its `col-id` (`product`, `advertisedProduct`,
 * ...) or header, its cell shows the title, "ASIN: …" and "SKU: …"; metric columns as on the campaign
 * manager (lib/read/pages/ads-campaigns.ts). The campaign and ad group come from the breadcrumb, whose
 * crumbs link to their pages by the ids in this page's URL; totals rows are no product.
 */
import { campaignOfPage, campaignTypeOfPath, type AdLinkReading } from '../ad-links';
import { deepQueryAll, visibleText } from '../dom';
import { AD_PRODUCT_LABELS, ADS_LABELS, labelScore } from '../labels';
import { findTables, placeColumns, type ColumnDef, type Table } from '../table-reader';
import { AD_METRICS, KNOWN_ADS_COLUMNS, METRIC_COL_IDS, readPeriod, type AdMetric } from './ads-campaigns';
import { emptyResult, readMetric, skipsMetric } from './read-metric';
import type { AdapterResult, PageAdapter, PageContext } from './types';

/** An ad group's products: `/cm/(sp/)campaigns/<id>/ad-groups/<id>/ads`, or the console's Ads tab across campaigns (`/cm/ads`). */
const PATHS = [
  /^\/cm\/(?:(?:sp|sb|sd)\/)?campaigns\/[^/]+\/ad-?groups\/[^/]+\/(?:ads|advertised-products|products)\/?$/i,
  /^\/cm\/(?:(?:sp|sb|sd)\/)?(?:ads|advertised-products)\/?$/i,
];

/** The metrics of an advertised product: those of a campaign but its budget (an ad has none). */
const PRODUCT_METRICS = AD_METRICS.filter((m) => m !== 'budget');

const PRODUCT_COL_IDS = ['product', 'products', 'advertisedproduct', 'advertisedproducts', 'ad', 'adname', 'productname'];
const SKU_COL_IDS = ['sku', 'advertisedsku', 'merchantsku', 'sellersku'];
const ASIN_COL_IDS = ['asin', 'advertisedasin'];
const CAMPAIGN_COL_IDS = ['campaignname', 'campaign'];
const AD_GROUP_COL_IDS = ['adgroupname', 'adgroup'];

type Key = 'product' | 'sku' | 'asin' | 'campaign' | 'adGroup' | AdMetric;

function columnDefs(): ColumnDef<Key>[] {
  return [
    { key: 'product', anchors: PRODUCT_COL_IDS, labels: AD_PRODUCT_LABELS.product, headerMatch: 'exact' },
    { key: 'sku', anchors: SKU_COL_IDS, labels: AD_PRODUCT_LABELS.sku, headerMatch: 'exact' },
    { key: 'asin', anchors: ASIN_COL_IDS, labels: AD_PRODUCT_LABELS.asin, headerMatch: 'exact' },
    { key: 'campaign', anchors: CAMPAIGN_COL_IDS, labels: ADS_LABELS.campaignName, headerMatch: 'exact' },
    { key: 'adGroup', anchors: AD_GROUP_COL_IDS, labels: ADS_LABELS.adGroupName, headerMatch: 'exact' },
    ...PRODUCT_METRICS.map((metric) => ({ key: metric, anchors: METRIC_COL_IDS[metric], labels: ADS_LABELS[metric], headerMatch: 'exact' as const })),
  ];
}

const ASIN = /^(?:B0[A-Z0-9]{8}|\d{9}[\dX])$/;

export const adsProductsAdapter: PageAdapter = {
  id: 'ads-products',
  source: 'advertising',
  metrics: PRODUCT_METRICS,
  matches: (url) => PATHS.some((p) => p.test(url.pathname)),
  read(root, ctx) {
    const out = emptyResult();
    try {
      readProducts(root, ctx, out);
    } catch (error) {
      out.problems.push(`Advertised products could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

/** SKU and ASIN as the product cell shows them: "ASIN: B0…" and "SKU: …" captions, the title's /dp/ link. */
export function productIdsOf(cell: Element): { sku?: string; asin?: string } {
  const out: { sku?: string; asin?: string } = {};
  for (const el of deepQueryAll(cell, '*')) {
    if (el.children.length) continue;
    const shown = visibleText(el);
    const m = /^(.{1,20}?)\s*[:：]\s*(\S.*)$/.exec(shown);
    if (!m) continue;
    const [, caption, value] = m as unknown as [string, string, string];
    if (!out.asin && labelScore(caption, AD_PRODUCT_LABELS.asin) === 2 && ASIN.test(value.trim())) out.asin = value.trim();
    else if (!out.sku && labelScore(caption, AD_PRODUCT_LABELS.sku) === 2) out.sku = value.trim();
  }
  if (!out.asin) {
    for (const link of deepQueryAll(cell, 'a[href]')) {
      const asin = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/.exec(link.getAttribute('href') ?? '')?.[1];
      if (asin && ASIN.test(asin)) {
        out.asin = asin;
        break;
      }
    }
  }
  return out;
}

function readProducts(root: Document, ctx: PageContext, out: AdapterResult): void {
  const period = readPeriod(root, ctx, out);
  if (!period) return;
  const page = campaignOfPage(root, ctx.url);
  const tables = findTables(root);
  const gridProblems: string[] = [];
  let read = 0;
  for (const table of tables) {
    const found = readGrid(table, period, page, ctx, out);
    if (found === true) read++;
    else gridProblems.push(found);
  }
  if (!tables.length) out.problems.push('no products grid on the page (no AG Grid, data table, ARIA grid or table)');
  else if (!read) out.problems.push(...gridProblems);
}

function readGrid(table: Table, period: string, page: ReturnType<typeof campaignOfPage>, ctx: PageContext, out: AdapterResult): true | string {
  if (!table.columns.size) return 'products grid has no columns yet (still loading?)';
  const placed = placeColumns(table, columnDefs(), { taught: ctx.taught ?? [], page: 'ads-products', known: [...KNOWN_ADS_COLUMNS, ...Object.values(AD_PRODUCT_LABELS)] });
  const product = placed.found.get('product');
  const skuColumn = placed.found.get('sku');
  if (!product && !skuColumn) return 'no product or SKU column in the grid';
  const metricColumns = PRODUCT_METRICS.flatMap((metric) => {
    const key = placed.found.get(metric);
    return key ? [[metric, key] as const] : [];
  });
  if (!metricColumns.length) return 'no metric column (impressions, clicks, spend, ...) in the products grid';
  for (const { header, keys } of placed.ambiguous) out.problems.push(`column '${header}' could be ${keys.join(' or ')}`);
  if (placed.unplaced.length) out.unplaced = [...(out.unplaced ?? []), ...placed.unplaced];
  const type = campaignTypeOfPath(ctx.url.pathname);

  const seen = new Map<string, number>();
  const rows = table.rows.map((row) => {
    const productCell = product ? row.cells.get(product) : undefined;
    const ids = productCell ? productIdsOf(productCell) : {};
    const skuText = skuColumn && row.cells.get(skuColumn) ? visibleText(row.cells.get(skuColumn)!) : '';
    const asinColumn = placed.found.get('asin');
    const asinText = asinColumn && row.cells.get(asinColumn) ? visibleText(row.cells.get(asinColumn)!) : '';
    const sku = skuText || ids.sku;
    const asin = ASIN.test(asinText) ? asinText : ids.asin;
    const entity = sku ?? asin;
    if (entity) seen.set(entity, (seen.get(entity) ?? 0) + 1);
    return { row, sku, asin, entity };
  });
  for (const { row, sku, asin, entity } of rows) {
    if (!entity) {
      // A row without a SKU or ASIN is a totals row or one still loading; only a row with figures is a problem.
      const hasFigures = metricColumns.some(([, key]) => row.cells.has(key));
      const isTotals = product && row.cells.get(product) && /^\s*\S+\s*[:：]\s*\d+\s*$/.test(visibleText(row.cells.get(product)!));
      if (hasFigures && product && row.cells.has(product) && !isTotals) out.problems.push(`row ${row.key} shows no SKU or ASIN`);
      continue;
    }
    if ((seen.get(entity) ?? 0) > 1) {
      out.problems.push(`${seen.get(entity)} rows for ${entity}: not read`);
      seen.set(entity, 0);
      continue;
    }
    if (seen.get(entity) === 0) continue;
    for (const [metric, key] of metricColumns) {
      if (skipsMetric(out, ctx, metric)) continue;
      const cell = row.cells.get(key);
      if (!cell) continue;
      const label = table.columns.get(key)?.header;
      readMetric(out, { scope: 'ad', entity, metric, text: visibleText(cell), element: cell, period, ...(label ? { label } : {}) }, ctx);
    }
    const campaignCell = placed.found.get('campaign');
    const adGroupCell = placed.found.get('adGroup');
    const campaign = (campaignCell && row.cells.get(campaignCell) && visibleText(row.cells.get(campaignCell)!)) || page.campaign;
    const adGroup = (adGroupCell && row.cells.get(adGroupCell) && visibleText(row.cells.get(adGroupCell)!)) || page.adGroup;
    if (!campaign) continue;
    const links: AdLinkReading[] = [
      {
        link: {
          kind: 'ad',
          campaign,
          ...(page.campaignId && campaign === page.campaign ? { campaignId: page.campaignId } : {}),
          ...(adGroup ? { adGroup } : {}),
          ...(page.adGroupId && adGroup === page.adGroup ? { adGroupId: page.adGroupId } : {}),
          ...(sku ? { sku } : {}),
          ...(asin ? { asin } : {}),
        },
      },
    ];
    if (sku && asin) links.push({ link: { kind: 'skuAsin', sku, asin } });
    out.links = [...(out.links ?? []), ...links];
  }
  // The console's path names the ad type of the campaign whose page this is (`/cm/sp/...`).
  if (type && page.campaign) {
    out.links = [...(out.links ?? []), { link: { kind: 'campaign', campaign: page.campaign, ...(page.campaignId ? { campaignId: page.campaignId } : {}), campaignType: type, typeSource: 'url' } }];
  }
  return true;
}
