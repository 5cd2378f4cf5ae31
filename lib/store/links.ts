/**
 * What the pages say about how things belong together (issue 16, contract §8): which ASIN each SKU is
 * (from the inventory pages' rows), and when each child ASIN was first seen or marked new (the launch
 * window). Kept as rows of the `settings` table (one per marketplace and kind), so backups and restores
 * carry them with no schema change. Written only by the background, read by extension pages.
 */
import * as z from 'zod/mini';
import type { SellerOpsDb } from './db';
import type { Marketplace } from '../read/marketplaces';
import type { MetricId, Scope } from '../read/metrics';
import type { Snapshot } from './schema';

const DAY = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const skuAsinSchema = z.record(z.string(), z.object({ asin: z.string(), firstSeen: DAY, lastSeen: DAY }));
export type SkuAsinLinks = z.infer<typeof skuAsinSchema>;

export const asinSeenSchema = z.record(z.string(), z.object({ firstSeen: DAY, marked: z.optional(DAY), notNew: z.optional(z.boolean()) }));
export type AsinsSeen = z.infer<typeof asinSeenSchema>;

export const skuAsinKey = (marketplace: Marketplace) => `links.skuAsin.${marketplace}`;
export const asinsKey = (marketplace: Marketplace) => `links.asins.${marketplace}`;

/** An ASIN as pages write it: ten letters and digits. */
export const ASIN_PATTERN = /^[A-Z0-9]{10}$/;

export async function loadSkuAsin(db: SellerOpsDb, marketplace: Marketplace): Promise<SkuAsinLinks> {
  const parsed = skuAsinSchema.safeParse((await db.settings.get(skuAsinKey(marketplace)))?.value ?? {});
  return parsed.success ? parsed.data : {};
}

export async function loadAsins(db: SellerOpsDb, marketplace: Marketplace): Promise<AsinsSeen> {
  const parsed = asinSeenSchema.safeParse((await db.settings.get(asinsKey(marketplace)))?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The SKUs the links name for an ASIN. */
export function skusOf(links: SkuAsinLinks, asin: string): string[] {
  return Object.entries(links)
    .filter(([, l]) => l.asin === asin)
    .map(([sku]) => sku)
    .sort();
}

/**
 * Remembers SKU ↔ ASIN links seen on `day`. A SKU shown with another ASIN than before is relinked (the
 * page is the latest word) and its first day starts again. Writes only when something changed.
 */
export async function rememberSkuAsin(db: SellerOpsDb, marketplace: Marketplace, links: readonly { sku: string; asin: string }[], day: string): Promise<SkuAsinLinks> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSkuAsin(db, marketplace);
    let changed = false;
    for (const { sku, asin } of links) {
      if (!ASIN_PATTERN.test(asin)) continue;
      const seen = current[sku];
      if (seen && seen.asin === asin) {
        if (seen.lastSeen < day) {
          current[sku] = { ...seen, lastSeen: day };
          changed = true;
        }
      } else {
        current[sku] = { asin, firstSeen: day, lastSeen: day };
        changed = true;
      }
    }
    if (changed) await db.settings.put({ key: skuAsinKey(marketplace), value: current });
    return current;
  });
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
