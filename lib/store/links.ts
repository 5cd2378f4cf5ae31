/**
 * The one links store (issue 16, contract §8): what the pages say about how things belong together, as
 * opposed to the metrics they show. Kept per marketplace in the key/value `settings` table, so backups
 * and restores carry them with no schema change; written by the background only.
 *
 * - `adLinks:<marketplace>` (`{ version: 1, links: [...] }`): every link a page showed
 *   (lib/read/ad-links.ts): which campaign and ad group advertise which SKU / ASIN (Advertised products),
 *   a campaign's type and targeting (campaign manager), which campaign a search term was shown for, and
 *   which ASIN a SKU is (`skuAsin`, the inventory pages' rows, lib/read/pages/sku-asin.ts). One entry per
 *   link as shown: the same link seen again moves its `day` on, keeping `firstDay`.
 * - `links.asins.<marketplace>`: when each child ASIN was first seen or marked new (the launch window).
 *
 * The SKU → ASIN map (`loadSkuAsin`) is read from the `skuAsin` links: a SKU shown with another ASIN than
 * before is relinked from that day (the page is the latest word). Profiles from before the store was one
 * also have `links.skuAsin.<marketplace>` (`{ [sku]: { asin, firstSeen, lastSeen } }`): it is still read,
 * under what the links say, and no longer written.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import { adLinkSchema, type AdLink } from '../read/ad-link';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import { daySchema } from '../read/record';
import type { SellerOpsDb } from './db';
import type { Snapshot } from './schema';
import { storageErrorText } from './storage-error';

// ---------------------------------------------------------------------------------------------
// Links as pages show them (`adLinks:<marketplace>`)
// ---------------------------------------------------------------------------------------------

export type AdLinkRow = AdLink & {
  /** `marketplace|<the link's fields as JSON>`: the same link shown again is the same row. */
  id: string;
  marketplace: Marketplace;
  /** The last day a page showed it, and the first. */
  day: string;
  firstDay: string;
};

/** Upper bound of links in one message (a 2,000-row grid, a link or two per row). */
export const MAX_LINKS_PER_MESSAGE = 10_000;

export const adLinksMessageFields = () => ({
  marketplace: z.enum(MARKETPLACES),
  day: daySchema,
  links: z.array(z.unknown()).check(z.maxLength(MAX_LINKS_PER_MESSAGE)),
});

export function adLinkId(marketplace: Marketplace, link: AdLink): string {
  const fields = Object.entries(link).sort(([a], [b]) => a.localeCompare(b));
  return `${marketplace}|${JSON.stringify(fields)}`;
}

/** Validates each link (a bad one is refused alone) and stores the good ones in one transaction. */
export async function storeAdLinks(
  db: SellerOpsDb,
  marketplace: Marketplace,
  day: string,
  links: readonly unknown[],
): Promise<{ ok: true; stored: number; rejected: number } | { ok: false; error: string }> {
  const good = new Map<string, AdLink>();
  let rejected = 0;
  for (const raw of links) {
    const parsed = adLinkSchema.safeParse(raw);
    if (parsed.success) good.set(adLinkId(marketplace, parsed.data), parsed.data);
    else rejected++;
  }
  if (!good.size) return { ok: true, stored: 0, rejected };
  try {
    await db.transaction('rw', db.settings, async () => {
      const rows = new Map((await linksOf(db, marketplace)).map((row) => [row.id, row]));
      let changed = false;
      for (const [id, link] of good) {
        const seen = rows.get(id);
        const next = { ...link, id, marketplace, day: seen && seen.day > day ? seen.day : day, firstDay: seen && seen.firstDay < day ? seen.firstDay : day };
        if (seen && seen.day === next.day && seen.firstDay === next.firstDay) continue;
        rows.set(id, next);
        changed = true;
      }
      // The same links seen again the same day (each inventory capture sends its rows' links): nothing to write.
      if (changed) await db.settings.put({ key: linksKey(marketplace), value: { version: 1, links: [...rows.values()] } });
    });
  } catch (error) {
    return { ok: false, error: storageErrorText(error) };
  }
  return { ok: true, stored: good.size, rejected };
}

export function linksKey(marketplace: Marketplace): string {
  return `adLinks:${marketplace}`;
}

/** Every link of a marketplace, as the linked rules read them; a stored entry that no longer validates is left out. */
export async function linksOf(db: SellerOpsDb, marketplace: Marketplace): Promise<AdLinkRow[]> {
  const row = await db.settings.get(linksKey(marketplace));
  const links = (row?.value as { links?: unknown } | undefined)?.links;
  if (!Array.isArray(links)) return [];
  return links.flatMap((raw: unknown) => {
    const { id, marketplace: m, day, firstDay, ...link } = (raw ?? {}) as Record<string, unknown>;
    const parsed = adLinkSchema.safeParse(link);
    if (!parsed.success || typeof id !== 'string' || m !== marketplace || typeof day !== 'string' || typeof firstDay !== 'string') return [];
    return [{ ...parsed.data, id, marketplace, day, firstDay }];
  });
}

// ---------------------------------------------------------------------------------------------
// SKU ↔ ASIN and the ASINs seen
// ---------------------------------------------------------------------------------------------

const DAY = lazySchema(() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

/** Each SKU's ASIN (`loadSkuAsin`); also the shape of the legacy `links.skuAsin.<marketplace>` row. */
export const skuAsinSchema = lazySchema(() => z.record(z.string(), z.object({ asin: z.string(), firstSeen: DAY, lastSeen: DAY })));
export type SkuAsinLinks = z.infer<typeof skuAsinSchema>;

export const asinSeenSchema = lazySchema(() => z.record(z.string(), z.object({ firstSeen: DAY, marked: z.optional(DAY), notNew: z.optional(z.boolean()) })));
export type AsinsSeen = z.infer<typeof asinSeenSchema>;

export const skuAsinKey = (marketplace: Marketplace) => `links.skuAsin.${marketplace}`;
export const asinsKey = (marketplace: Marketplace) => `links.asins.${marketplace}`;

/** An ASIN as pages write it: ten letters and digits. */
export const ASIN_PATTERN = /^[A-Z0-9]{10}$/;

/**
 * Which ASIN each SKU is: the latest `skuAsin` link of each SKU (the latest day a page showed it; a SKU
 * relinked to another ASIN takes the new one from that day, `firstSeen` its first day), over what a
 * profile from before the one store kept under `links.skuAsin.<marketplace>`.
 */
export async function loadSkuAsin(db: SellerOpsDb, marketplace: Marketplace): Promise<SkuAsinLinks> {
  const legacy = skuAsinSchema.safeParse((await db.settings.get(skuAsinKey(marketplace)))?.value ?? {});
  const out: SkuAsinLinks = legacy.success ? legacy.data : {};
  const shown = (await linksOf(db, marketplace)).flatMap((l) => (l.kind === 'skuAsin' && ASIN_PATTERN.test(l.asin) ? [l] : []));
  shown.sort((a, b) => a.day.localeCompare(b.day) || a.firstDay.localeCompare(b.firstDay));
  for (const link of shown) {
    const seen = out[link.sku];
    if (seen && seen.lastSeen > link.day) continue;
    out[link.sku] = seen && seen.asin === link.asin ? { asin: link.asin, firstSeen: seen.firstSeen < link.firstDay ? seen.firstSeen : link.firstDay, lastSeen: link.day } : { asin: link.asin, firstSeen: link.firstDay, lastSeen: link.day };
  }
  return out;
}

export async function loadAsins(db: SellerOpsDb, marketplace: Marketplace): Promise<AsinsSeen> {
  const parsed = asinSeenSchema.safeParse((await db.settings.get(asinsKey(marketplace)))?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The SKUs the SKU → ASIN map names for an ASIN. */
export function skusOf(links: SkuAsinLinks, asin: string): string[] {
  return Object.entries(links)
    .filter(([, l]) => l.asin === asin)
    .map(([sku]) => sku)
    .sort();
}

/**
 * Remembers SKU ↔ ASIN links seen on `day` (as `skuAsin` links, beside the ones the page sent on its own)
 * and gives the SKU → ASIN map they make. A SKU shown with another ASIN than before is relinked (the page
 * is the latest word). A value that is no ASIN is not kept.
 */
export async function rememberSkuAsin(db: SellerOpsDb, marketplace: Marketplace, links: readonly { sku: string; asin: string }[], day: string): Promise<SkuAsinLinks> {
  const good = links.filter((l) => ASIN_PATTERN.test(l.asin)).map(({ sku, asin }) => ({ kind: 'skuAsin' as const, sku, asin }));
  const stored = await storeAdLinks(db, marketplace, day, good);
  if (!stored.ok) throw new Error(stored.error);
  return loadSkuAsin(db, marketplace);
}

/** Remembers the first day each ASIN was seen (any page showing it). */
export async function rememberAsins(db: SellerOpsDb, marketplace: Marketplace, asins: Iterable<string>, day: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadAsins(db, marketplace);
    let changed = false;
    for (const asin of asins) {
      const seen = current[asin];
      if (!seen || seen.firstSeen > day) {
        current[asin] = { ...seen, firstSeen: day };
        changed = true;
      }
    }
    if (changed) await db.settings.put({ key: asinsKey(marketplace), value: current });
  });
}

/** Marks an ASIN new from `day` (its launch window starts), or takes the mark away (`undefined`: not new). */
export async function markAsinNew(db: SellerOpsDb, marketplace: Marketplace, asin: string, day: string | undefined): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadAsins(db, marketplace);
    const seen = current[asin] ?? { firstSeen: day ?? new Date().toISOString().slice(0, 10) };
    const { marked: _marked, notNew: _notNew, ...rest } = seen;
    current[asin] = day ? { ...rest, marked: day } : { ...rest, notNew: true };
    await db.settings.put({ key: asinsKey(marketplace), value: current });
  });
}

/** A linked figure the history could not give, and why (an unknown ASIN is said, never guessed). */
export interface LinkedGap {
  marketplace: Marketplace;
  scope: Scope;
  entity: string;
  metric: MetricId;
  /** `asinUnknown` | `shortHistory` | `noStock` | `noBaseline` | `noSales` | `mixedCurrencies` */
  reason: string;
  days?: number;
}

/** What goes with a linked value (never stored): days of cover, the ASIN it is about, days of history. */
export interface LinkedDetail {
  daysOfCover?: number;
  asin?: string;
  days?: number;
}

/** The linked values a capture gave (stored as snapshots) and those it could not, for the page's badges. */
export interface LinkedReply {
  rows: Snapshot[];
  /** By `linkedKey` (lib/rules/linked-store.ts): marketplace|scope|entity|metric|period. */
  details: Record<string, LinkedDetail>;
  gaps: LinkedGap[];
}
