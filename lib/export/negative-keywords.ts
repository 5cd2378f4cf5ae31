/**
 * Negative exact keywords as a Sponsored Products bulk sheet (issue 16): the columns of the Ads
 * console's bulk-upload template, one `Create` row per search term to negate, ad group level
 * (`Negative keyword`) where the ad group is known, campaign level (`Campaign negative keyword`) else.
 * The console matches rows by Campaign ID / Ad Group ID; the names are informational, and a row whose
 * campaign id no page showed carries the name only, for the assistant to fill in (the console refuses
 * it otherwise). CSV with a BOM (lib/export/csv.ts); save it as .xlsx in a spreadsheet if the console
 * asks for that form.
 */
import type { NegativeCandidate } from '../rules/linked-ads';
import { toCsv, type CsvCell } from './csv';

/** The Sponsored Products bulk sheet's columns, in the template's order. */
export const BULK_COLUMNS = [
  'Product',
  'Entity',
  'Operation',
  'Campaign ID',
  'Ad Group ID',
  'Portfolio ID',
  'Ad ID',
  'Keyword ID',
  'Product Targeting ID',
  'Campaign Name',
  'Ad Group Name',
  'Start Date',
  'End Date',
  'Targeting Type',
  'State',
  'Daily Budget',
  'SKU',
  'Ad Group Default Bid',
  'Bid',
  'Keyword Text',
  'Match Type',
  'Bidding Strategy',
  'Placement',
  'Percentage',
  'Product Targeting Expression',
] as const;

export interface NegativeRow {
  term: string;
  campaign?: string;
  campaignId?: string;
  adGroup?: string;
  adGroupId?: string;
}

/** The bulk sheet's rows (header first): negative exact, enabled, one per term and place; duplicates once. */
export function negativeBulkRows(rows: readonly (NegativeRow | NegativeCandidate)[]): CsvCell[][] {
  const seen = new Set<string>();
  const out: CsvCell[][] = [[...BULK_COLUMNS]];
  for (const row of rows) {
    const term = row.term.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!term) continue;
    const adGroupId = 'adGroupId' in row ? row.adGroupId : undefined;
    const adGroupLevel = Boolean(row.adGroup || adGroupId);
    const key = JSON.stringify([row.campaignId ?? row.campaign ?? '', adGroupLevel ? (adGroupId ?? row.adGroup) : '', term]);
    if (seen.has(key)) continue;
    seen.add(key);
    const cells: Record<(typeof BULK_COLUMNS)[number], CsvCell> = Object.fromEntries(BULK_COLUMNS.map((c) => [c, ''])) as Record<(typeof BULK_COLUMNS)[number], CsvCell>;
    cells.Product = 'Sponsored Products';
    cells.Entity = adGroupLevel ? 'Negative keyword' : 'Campaign negative keyword';
    cells.Operation = 'Create';
    cells['Campaign ID'] = row.campaignId ?? '';
    cells['Ad Group ID'] = adGroupLevel ? (adGroupId ?? '') : '';
    cells['Campaign Name'] = row.campaign ?? '';
    cells['Ad Group Name'] = adGroupLevel ? (row.adGroup ?? '') : '';
    cells.State = 'enabled';
    cells['Keyword Text'] = term;
    cells['Match Type'] = 'negativeExact';
    out.push(BULK_COLUMNS.map((c) => cells[c]));
  }
  return out;
}

/** The bulk file's text, and its name: `seller-ops-log-negative-keywords-<marketplace>-<day>.csv`. */
export function negativeBulkFile(rows: readonly (NegativeRow | NegativeCandidate)[], marketplace: string, day: string): { name: string; text: string } {
  return { name: `seller-ops-log-negative-keywords-${marketplace}-${day}.csv`, text: toCsv(negativeBulkRows(rows)) };
}
