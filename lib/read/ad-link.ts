/**
 * A link between entities as the pages show it (issue 16, contract §8) — which campaign and ad group
 * advertise which SKU / ASIN, a campaign's type and targeting, the campaign a search term was shown for,
 * which ASIN a SKU is — as records: the vocabulary the store keeps (lib/store/links.ts) and the linked
 * rules read (lib/rules/linked-ads.ts), and the hints a campaign's name gives. Reading them off a page is
 * ./ad-links.ts; this module carries no page words, so the store and the extension's pages do not load
 * the label sets.
 */
import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

export const CAMPAIGN_TYPES = ['SP', 'SB', 'SD'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];
export const TARGETINGS = ['auto', 'manual'] as const;
export type Targeting = (typeof TARGETINGS)[number];

/** Where a campaign's type or targeting was learnt: its own column (sure), the console's URL (sure for type), or its name (a hint). */
export const FACT_SOURCES = ['column', 'url', 'name'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

const text = lazySchema(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(500), z.refine((s) => !s.includes('\u0000'), 'no U+0000')));
const id = lazySchema(() => z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))));

/**
 * One link a page showed. `ad`: campaign (and ad group) advertise a SKU and/or ASIN. `campaign`: a
 * campaign's type and targeting. `searchTerm`: a search term shown for a campaign (and ad group).
 * `skuAsin`: a SKU is that ASIN (inventory pages).
 */
export const adLinkSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
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
  ]),
);
export type AdLink = z.infer<typeof adLinkSchema>;

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
