/**
 * What the ads pages and the inventory pages say about how entities belong together (issue 16,
 * contract §8), as opposed to the metrics they show: which campaign and ad group advertise which SKU /
 * ASIN (Advertised products), a campaign's type (SP / SB / SD) and targeting (automatic / manual) from the
 * campaign manager's columns, which campaign a search term was shown for, and which ASIN a SKU is.
 * Adapters report these as `links` beside their readings; the background keeps them (lib/store/links.ts)
 * for the linked rules (lib/rules/linked-ads.ts). Pure: no storage, no UI.
 */
import * as z from 'zod/mini';
import { visibleText } from './dom';
import { CAMPAIGN_TYPE_WORDS, labelScore, TARGETING_WORDS } from './labels';

export const CAMPAIGN_TYPES = ['SP', 'SB', 'SD'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];
export const TARGETINGS = ['auto', 'manual'] as const;
export type Targeting = (typeof TARGETINGS)[number];

/** Where a campaign's type or targeting was learnt: its own column (sure), the console's URL (sure for type), or its name (a hint). */
export const FACT_SOURCES = ['column', 'url', 'name'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(500), z.refine((s) => !s.includes('\u0000'), 'no U+0000'));
const id = z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)));

/**
 * One link a page showed. `ad`: campaign (and ad group) advertise a SKU and/or ASIN. `campaign`: a
 * campaign's type and targeting. `searchTerm`: a search term shown for a campaign (and ad group).
 * `skuAsin`: a SKU is that ASIN (inventory pages).
 */
export const adLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ad'), campaign: text, campaignId: id, adGroup: z.optional(text), adGroupId: id, sku: z.optional(text), asin: z.optional(text) }),
  z.strictObject({
    kind: z.literal('campaign'),
    campaign: text,
    campaignId: id,
    campaignType: z.optional(z.enum(CAMPAIGN_TYPES)),
    typeSource: z.optional(z.enum(FACT_SOURCES)),
    targeting: z.optional(z.enum(TARGETINGS)),
    targetingSource: z.optional(z.enum(FACT_SOURCES)),
  }),
  z.strictObject({ kind: z.literal('searchTerm'), campaign: text, campaignId: id, adGroup: z.optional(text), term: text }),
  z.strictObject({ kind: z.literal('skuAsin'), sku: text, asin: text }),
]);
export type AdLink = z.infer<typeof adLinkSchema>;

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

/**
 * A hint from a campaign's name, used only where no column says: a match type or targeting word
 * (Broad, Phrase, Exact, Product Targeting, PT, Manual) makes it manual, even beside "Auto" ("Auto Seat
 * Cover – Broad" is manual); "Auto" / "Automatic" alone as a word makes it automatic; else nothing.
 */
export function targetingHintOfName(name: string): Targeting | undefined {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const has = (...ws: string[]) => ws.some((w) => words.includes(w));
  const joined = ` ${words.join(' ')} `;
  if (has('broad', 'phrase', 'exact', 'manual', 'pt', 'asin', 'kw', 'keyword', 'keywords') || joined.includes(' product targeting ') || /手动|精准|词组|广泛/.test(name)) return 'manual';
  if (has('auto', 'automatic') || /自动/.test(name)) return 'auto';
  return undefined;
}

/** A type hint from a name that starts "SP |", "SB -", "SD_" (teams' naming habits): a hint only. */
export function campaignTypeHintOfName(name: string): CampaignType | undefined {
  const m = /^\s*(SP|SB|SD|SBV)\b/i.exec(name);
  if (!m) return undefined;
  const type = m[1]!.toUpperCase();
  return (type === 'SBV' ? 'SB' : type) as CampaignType;
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
