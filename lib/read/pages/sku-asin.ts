/**
 * The SKU ↔ ASIN link of an inventory row (issue 16, contract §8: the link comes from the inventory
 * pages), the one reader of it: the row's ASIN as a `data-asin` attribute, a link to the product's
 * `/dp/<ASIN>` (or `/gp/product/<ASIN>`) page, or a caption-less "B0…" figure or "ASIN: B0…" text in one
 * of its cells. Only one ASIN may be named in the row; a row naming none or several has no link (a
 * parent ASIN beside the child's is two: a wrong link is worse than none). The inventory adapter reports
 * it as a `skuAsin` link (lib/read/ad-links.ts) beside the row's values.
 */
import { deepQueryAll, visibleText } from '../dom';

const ASIN = /^[A-Z0-9]{10}$/;
const DP_ASIN = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/i;
/** A cell that shows an ASIN as text: the figure alone, or after a caption ("ASIN: B0…", "ASIN：B0…"). */
const ASIN_TEXT = /(?:^|[\s:：])(B0[A-Z0-9]{8})$/;

/** Every ASIN the row names (attributes, product links, cell texts), upper-cased. */
export function asinsOfRow(row: Element): Set<string> {
  const found = new Set<string>();
  for (const el of [row, ...deepQueryAll(row, '*')]) {
    const attr = el.getAttribute('data-asin')?.trim().toUpperCase();
    if (attr && ASIN.test(attr)) found.add(attr);
    const href = el.getAttribute('href');
    const fromLink = href ? DP_ASIN.exec(href)?.[1] : undefined;
    if (fromLink) found.add(fromLink.toUpperCase());
    if (el === row || el.children.length) continue;
    const fromText = ASIN_TEXT.exec(visibleText(el))?.[1];
    if (fromText) found.add(fromText);
  }
  return found;
}

/** The one ASIN a row names, or undefined (none, or several). */
export function rowAsin(row: Element): string | undefined {
  const found = asinsOfRow(row);
  return found.size === 1 ? [...found][0] : undefined;
}
