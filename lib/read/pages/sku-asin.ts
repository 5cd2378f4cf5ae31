/**
 * The ASIN of an inventory row (issue 16: the SKU ↔ ASIN link comes from the inventory pages): the
 * `/dp/<ASIN>` its product links point to, or a `data-asin` attribute. Only one ASIN may be named in the
 * row; a row naming none or several has no link (a wrong link is worse than none).
 */
import { deepQueryAll } from '../dom';

const ASIN = /^[A-Z0-9]{10}$/;
const DP_ASIN = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/i;

export function rowAsin(row: Element): string | undefined {
  const found = new Set<string>();
  for (const el of [row, ...deepQueryAll(row, '[data-asin]')]) {
    const value = el.getAttribute('data-asin')?.trim().toUpperCase();
    if (value && ASIN.test(value)) found.add(value);
  }
  for (const a of deepQueryAll(row, 'a[href*="/dp/"], a[href*="/gp/product/"]')) {
    const match = DP_ASIN.exec(a.getAttribute('href') ?? '');
    if (match) found.add(match[1]!.toUpperCase());
  }
  return found.size === 1 ? [...found][0] : undefined;
}
