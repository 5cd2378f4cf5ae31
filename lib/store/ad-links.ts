/**
 * The links the ads and inventory pages show (lib/read/ad-links.ts), kept per marketplace (issue 16) in
 * the key/value `settings` table under `adLinks:<marketplace>` (`{ version: 1, links: [...] }`): one entry
 * per link as shown (the same link seen again moves its `day` on, keeping `firstDay`), so the history of
 * Advertised products captures says which campaign advertises which product, whatever page is open. No
 * schema version is needed, and the links go with the backup. Written by the background only.
 */
import * as z from 'zod/mini';
import { adLinkSchema, type AdLink } from '../read/ad-links';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import { daySchema } from '../read/record';
import type { SellerOpsDb } from './db';
import { storageErrorText } from './storage-error';

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

export const adLinksMessageFields = {
  marketplace: z.enum(MARKETPLACES),
  day: daySchema,
  links: z.array(z.unknown()).check(z.maxLength(MAX_LINKS_PER_MESSAGE)),
};

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
      for (const [id, link] of good) {
        const seen = rows.get(id);
        rows.set(id, { ...link, id, marketplace, day: seen && seen.day > day ? seen.day : day, firstDay: seen && seen.firstDay < day ? seen.firstDay : day });
      }
      await db.settings.put({ key: linksKey(marketplace), value: { version: 1, links: [...rows.values()] } });
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
