/**
 * The SKU ↔ ASIN link of each inventory row (issue 16, contract §8): from the element a SKU's value was
 * read in, up to the smallest ancestor that shows one ASIN (a caption-less "B0…" figure, "ASIN: B0…",
 * or a link to the product's /dp/ page) and the SKU itself; an ancestor showing two ASINs is a list, not
 * a row, and nothing is linked from it.
 */
import type { AdLinkReading } from '../ad-links';
import { deepQueryAll, visibleText } from '../dom';
import type { Reading } from './types';

const ASIN_TEXT = /(?:^|[\s:：])(B0[A-Z0-9]{8})$/;
const DP_LINK = /\/(?:dp|gp\/product)\/(B0[A-Z0-9]{8})(?:[/?#]|$)/;
const MAX_LEVELS = 10;

function asinsIn(el: Element): Set<string> {
  const found = new Set<string>();
  for (const leaf of deepQueryAll(el, '*')) {
    const href = leaf.getAttribute('href');
    const fromLink = href ? DP_LINK.exec(href)?.[1] : undefined;
    if (fromLink) found.add(fromLink);
    if (leaf.children.length) continue;
    const fromText = ASIN_TEXT.exec(visibleText(leaf))?.[1];
    if (fromText) found.add(fromText);
  }
  return found;
}

export function skuAsinLinks(readings: readonly Reading[]): AdLinkReading[] {
  const links = new Map<string, AdLinkReading>();
  for (const { record, element } of readings) {
    if (record.scope !== 'sku' || !element || links.has(record.entity)) continue;
    let node: Element | null = element;
    for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
      const asins = asinsIn(node);
      if (asins.size > 1) break;
      if (asins.size === 1 && visibleText(node).includes(record.entity)) {
        links.set(record.entity, { link: { kind: 'skuAsin', sku: record.entity, asin: [...asins][0]! } });
        break;
      }
    }
  }
  return [...links.values()];
}
