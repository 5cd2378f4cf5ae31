/**
 * DOM helpers that see through open shadow roots, as Amazon's `kat-*` components draw their text there.
 * Pure reads: nothing here changes the document.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Hosts the overlay injects carry one of these; readers ignore them so our badges are never read back. */
export const OVERLAY_ATTRIBUTES = ['data-sol-badge', 'data-sol-launcher', 'data-sol-diagnostic', 'data-sol-panel', 'data-sol-summary'];
export function isOverlayHost(el: Element): boolean {
  return OVERLAY_ATTRIBUTES.some((a) => el.hasAttribute(a));
}

/**
 * The text a person sees in `node`: light DOM, open shadow roots and the nodes slotted into them,
 * with runs of white space folded to one space.
 */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim();
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  if (node.nodeType === 1) {
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || isOverlayHost(el)) return;
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length) for (const child of assigned) collectText(child, out);
      else for (let child = el.firstChild; child; child = child.nextSibling) collectText(child, out);
      return;
    }
    // Block-level boundaries read as spaces, so "Available" and "240" in two divs do not glue together.
    out.push(' ');
    if (el.shadowRoot) {
      // A shadow root replaces the light DOM: slotted children are read through their <slot>,
      // and children that no slot shows are not visible.
      collectText(el.shadowRoot, out);
      out.push(' ');
      return;
    }
  }
  for (let child = node.firstChild; child; child = child.nextSibling) collectText(child, out);
  if (node.nodeType === 1) out.push(' ');
}

/**
 * The open shadow roots under a node, in document order (a root's own nested roots right after it),
 * leaving out the overlay's; and whether any overlay host has light-DOM content (normally none: all
 * of the overlay lives in shadow roots).
 */
interface ShadowScan {
  roots: ShadowRoot[];
  overlayLightContent: boolean;
}

/** NodeFilter.SHOW_ELEMENT (the global is missing where a DOM is loaded without a window, as in tests). */
const SHOW_ELEMENT = 0x1;

function scanShadowRoots(root: ParentNode): ShadowScan {
  const scan: ShadowScan = { roots: [], overlayLightContent: false };
  const visit = (scope: Node) => {
    const doc = scope.ownerDocument ?? (scope as Document);
    const walker = doc.createTreeWalker(scope, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node as Element;
      if (isOverlayHost(el)) {
        if (el.firstChild) scan.overlayLightContent = true;
        continue;
      }
      if (el.shadowRoot) {
        scan.roots.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root as Node);
  return scan;
}

/** While a read runs (`readingDom`), the DOM does not change: one scan per root serves every query. */
let scans: Map<ParentNode, ShadowScan> | undefined;

/** Runs `read` (pure reads of the DOM, no awaits) with one shadow-root scan per root shared by its queries. */
export function readingDom<T>(read: () => T): T {
  if (scans) return read();
  scans = new Map();
  try {
    return read();
  } finally {
    scans = undefined;
  }
}

function shadowScanOf(root: ParentNode): ShadowScan {
  if (!scans) return scanShadowRoots(root);
  let scan = scans.get(root);
  if (!scan) {
    scan = scanShadowRoots(root);
    scans.set(root, scan);
  }
  return scan;
}

/** Every element under `root` (shadow roots included) that matches `selector`, in document order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const { roots, overlayLightContent } = shadowScanOf(root);
  const found = Array.from(root.querySelectorAll(selector));
  for (const shadow of roots) for (const el of Array.from(shadow.querySelectorAll(selector))) found.push(el);
  return found.filter((el) => (overlayLightContent ? !insideOverlay(el) : !isOverlayHost(el)));
}

/** Whether `root` holds open shadow roots (other than the overlay's). */
export function hasShadowRoots(root: ParentNode): boolean {
  return shadowScanOf(root).roots.length > 0;
}

export function deepQuery(root: ParentNode, selector: string): Element | undefined {
  return deepQueryAll(root, selector)[0];
}

/** The first element matched by any of the selectors, tried in order (stable anchors first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const el = deepQuery(root, selector);
    if (el) return el;
  }
  return undefined;
}

function insideOverlay(el: Element): boolean {
  for (let cur: Node | null = el; cur; ) {
    if (cur.nodeType === 1 && isOverlayHost(cur as Element)) return true;
    const parent: Node | null = cur.parentNode;
    cur = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host ?? null : parent;
  }
  return false;
}
