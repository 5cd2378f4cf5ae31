/**
 * The links a campaign manager grid shows (issue 16, lib/read/ad-links.ts), beside its metrics: each
 * campaign row's type and targeting from the Type / Targeting columns (by `col-id` first, header words
 * second; a campaign's name is only a hint, left to the rules), its id from the name link; ad group
 * and search term rows belong to the campaign (and ad group) whose page this is, from the breadcrumb.
 * Each campaign and ad group row names its name cell: where the linked badges are drawn.
 */
import { campaignOfPage, campaignTypeOfText, idsOfPath, targetingOfText, type AdLinkReading } from '../ad-links';
import { visibleText } from '../dom';
import { AD_PRODUCT_LABELS } from '../labels';
import type { Scope } from '../metrics';
import { placeColumns, type Table, type TableRow } from '../table-reader';

const TYPE_COL_IDS = ['campaigntype', 'type', 'adtype', 'adproduct', 'campaignadtype'];
const TARGETING_COL_IDS = ['targetingtype', 'campaigntargetingtype'];

/** The name link's campaign id (`/campaigns/<id>/...`), where the row links to its campaign. */
function campaignIdOf(cell: Element, base: URL): string | undefined {
  const href = cell.querySelector('a[href]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    return idsOfPath(new URL(href, base).pathname).campaignId;
  } catch {
    return undefined;
  }
}

/** `read` with its answers kept by text, for one read of a grid. */
function remembered<T>(read: (shown: string) => T): (shown: string) => T {
  const known = new Map<string, T>();
  return (shown) => {
    if (known.has(shown)) return known.get(shown)!;
    const found = read(shown);
    known.set(shown, found);
    return found;
  };
}

export function campaignGridLinks(
  table: Table,
  scope: Extract<Scope, 'campaign' | 'adGroup' | 'target' | 'searchTerm'>,
  url: URL,
  named: ReadonlyMap<string, readonly TableRow[]>,
  nameColumn: string,
): AdLinkReading[] {
  const out: AdLinkReading[] = [];
  if (scope === 'campaign') {
    const placed = placeColumns(table, [
      { key: 'type', anchors: TYPE_COL_IDS, labels: AD_PRODUCT_LABELS.campaignType, headerMatch: 'exact' },
      { key: 'targeting', anchors: TARGETING_COL_IDS, labels: AD_PRODUCT_LABELS.targetingType, headerMatch: 'exact' },
    ]);
    const typeColumn = placed.found.get('type');
    const targetingColumn = placed.found.get('targeting');
    // A column shows a few words over thousands of rows: each is matched against the label sets once.
    const typeOf = remembered(campaignTypeOfText);
    const targetingOf = remembered(targetingOfText);
    for (const [campaign, rows] of named) {
      if (rows.length !== 1) continue;
      const row = rows[0]!;
      const nameCell = row.cells.get(nameColumn)!;
      const typeCell = typeColumn ? row.cells.get(typeColumn) : undefined;
      const targetingCell = targetingColumn ? row.cells.get(targetingColumn) : undefined;
      const campaignType = typeCell ? typeOf(visibleText(typeCell)) : undefined;
      const targeting = targetingCell ? targetingOf(visibleText(targetingCell)) : undefined;
      const campaignId = campaignIdOf(nameCell, url);
      out.push({
        link: {
          kind: 'campaign',
          campaign,
          ...(campaignId ? { campaignId } : {}),
          ...(campaignType ? { campaignType, typeSource: 'column' as const } : {}),
          ...(targeting ? { targeting, targetingSource: 'column' as const } : {}),
        },
        element: nameCell,
        entity: campaign,
        scope: 'campaign',
      });
    }
    return out;
  }
  const page = campaignOfPage(table.root.ownerDocument, url);
  if (!page.campaign) return out;
  const campaignId = page.campaignId ? { campaignId: page.campaignId } : {};
  for (const [name, rows] of named) {
    if (rows.length !== 1) continue;
    const nameCell = rows[0]!.cells.get(nameColumn)!;
    if (scope === 'adGroup') {
      out.push({ link: { kind: 'campaign', campaign: page.campaign, ...campaignId }, element: nameCell, entity: `${page.campaign} › ${name}`, scope: 'adGroup' });
    } else if (scope === 'searchTerm') {
      out.push({ link: { kind: 'searchTerm', campaign: page.campaign, ...campaignId, ...(page.adGroup ? { adGroup: page.adGroup } : {}), term: name } });
    }
  }
  return out;
}
