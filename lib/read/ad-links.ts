/**
 * What the ads pages and the inventory pages say about how entities belong together (issue 16,
 * contract §8), as opposed to the metrics they show: which campaign and ad group advertise which SKU /
 * ASIN (Advertised products), a campaign's type (SP / SB / SD) and targeting (automatic / manual) from the
 * campaign manager's columns, which campaign a search term was shown for, and which ASIN a SKU is.
 * Adapters report these as `links` beside their readings; the background keeps them (lib/store/links.ts)
 * for the linked rules (lib/rules/linked-ads.ts). Pure: no storage, no UI.
 */
import { CAMPAIGN_TYPES, TARGETINGS, type AdLink, type CampaignType, type Targeting } from './ad-link';
import { visibleText } from './dom';
import { CAMPAIGN_TYPE_WORDS, labelScore, TARGETING_WORDS } from './labels';

/** A link, and for a campaign or ad group row, the row's name cell: where its linked badges go (never sent). */
export interface AdLinkReading {
  link: AdLink;
  element?: Element;
  /** `campaign › ad group` for an ad group row (contract §8's entity for ad group badges). */
  entity?: string;
  scope?: 'campaign' | 'adGroup';
}

/** A campaign's type from a column's text ("Sponsored Products", "商品推广"), or undefined. */
export function campaignTypeOfText(shown: string): CampaignType | undefined {
  const found = CAMPAIGN_TYPES.filter((type) => labelScore(shown, CAMPAIGN_TYPE_WORDS[type]) > 0);
  return found.length === 1 ? found[0] : undefined;
}

/** A campaign's targeting from a column's text ("Automatic", "手动投放"), or undefined. */
export function targetingOfText(shown: string): Targeting | undefined {
  const found = TARGETINGS.filter((t) => labelScore(shown, TARGETING_WORDS[t]) > 0);
  return found.length === 1 ? found[0] : undefined;
}

/** The console's path names the ad type: `/cm/sp/...`, `/cm/sb/...`, `/cm/sd/...`. */
export function campaignTypeOfPath(path: string): CampaignType | undefined {
  const m = /\/(sp|sb|sd)\//i.exec(`${path}/`);
  return m ? (m[1]!.toUpperCase() as CampaignType) : undefined;
}

/** The campaign and ad group ids in a console path (`/cm/sp/campaigns/<id>/ad-groups/<id>/...`). */
export function idsOfPath(path: string): { campaignId?: string; adGroupId?: string } {
  const campaignId = /\/campaigns\/([A-Za-z0-9_-]{1,64})(?:\/|$)/.exec(path)?.[1];
  const adGroupId = /\/ad-?groups\/([A-Za-z0-9_-]{1,64})(?:\/|$)/i.exec(path)?.[1];
  return { ...(campaignId ? { campaignId } : {}), ...(adGroupId ? { adGroupId } : {}) };
}

const BREADCRUMB_SELECTORS = [
  // ARIA breadcrumb navigation, as the console draws it.
  '[aria-label="Breadcrumb" i]',
  'nav[aria-label*="breadcrumb" i]',
  '[data-testid*="breadcrumb" i]',
  '[class*="breadcrumb" i]',
];

/**
 * The campaign and ad group a console page belongs to, from its breadcrumb: the crumb that links to the
 * campaign's own page (its id as in the URL) names the campaign; the crumb that links to the ad group,
 * or the current one (`aria-current`) on an ad group's page, names the ad group.
 */
export function campaignOfPage(root: Document, url: URL): { campaign?: string; campaignId?: string; adGroup?: string; adGroupId?: string } {
  const ids = idsOfPath(url.pathname);
  let crumbs: Element | undefined;
  for (const selector of BREADCRUMB_SELECTORS) {
    crumbs = root.querySelector(selector) ?? undefined;
    if (crumbs) break;
  }
  if (!crumbs || !ids.campaignId) return ids;
  const out: { campaign?: string; campaignId?: string; adGroup?: string; adGroupId?: string } = { ...ids };
  for (const link of Array.from(crumbs.querySelectorAll('a[href]'))) {
    const linked = idsOfPath(new URL(link.getAttribute('href')!, url).pathname);
    const name = visibleText(link);
    if (!name) continue;
    if (linked.adGroupId && linked.adGroupId === ids.adGroupId) out.adGroup = name;
    else if (linked.campaignId === ids.campaignId && !linked.adGroupId) out.campaign = name;
  }
  const current = crumbs.querySelector('[aria-current="page"]');
  const currentName = current ? visibleText(current) : '';
  if (currentName && ids.adGroupId && !out.adGroup) out.adGroup = currentName;
  // A campaign's own page (its ad groups, targeting, search terms): the current crumb is the campaign.
  else if (currentName && !ids.adGroupId && !out.campaign) out.campaign = currentName;
  return out;
}
