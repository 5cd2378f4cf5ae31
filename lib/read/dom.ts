/**
 * DOM helpers that see through open shadow roots, as Amazon's `kat-*` components draw their text there.
 * Pure reads: nothing here changes the document.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Hosts the overlay injects carry one of these; readers ignore them so our badges are never read back. */
export const OVERLAY_ATTRIBUTES = ['data-sol-badge', 'data-sol-launcher', 'data-sol-diagnostic', 'data-sol-panel', 'data-sol-summary'];
/** The overlay's hosts are custom elements of these names, which nobody defines (lib/content/overlay-host.ts). */
export type OverlayTag = `sol-${string}`;
export function isOverlayHost(el: Element): boolean {
  // Called for every element a read walks: no closure, the name first (the hosts are `sol-*`, OverlayTag).
  if (!el.localName.startsWith('sol-')) return false;
  for (const attribute of OVERLAY_ATTRIBUTES) if (el.hasAttribute(attribute)) return true;
  return false;
}

/**
 * The text a person sees in `node`: light DOM, open shadow roots and the nodes slotted into them,
 * with runs of white space folded to one space.
 */
export function visibleText(node: Node): string {
  // Within a read, the overlay's hosts are known from the scan of the node's tree: a set lookup then
  // stands for the attribute checks on every element walked.
  const saved = overlayTest;
  overlayTest = (scans && overlayHostsOf(node)) || isOverlayHost;
  try {
    // Most cells are one element holding text, or a chain of lone elements down to one (a cell wrapping
    // its number in a span): the text nodes of that last element, in order, are all that is read there.
    if (node.nodeType === 1) {
      const own = leafText(node as Element);
      if (own !== undefined) return fold(own);
    }
    const parts: string[] = [];
    collectText(node, parts);
    return fold(parts.join(''));
  } finally {
    overlayTest = saved;
  }
}

/** How `collectText` tells the overlay's hosts (see visibleText). */
let overlayTest: (el: Element) => boolean = isOverlayHost;

/**
 * The overlay's hosts of the document this read scanned, as a test, when `node` lies in that document
 * or in one of the open shadow roots its scan found: every element a walk from there meets (light
 * children, open shadow roots of hosts that are not the overlay's, slotted nodes) is then in the scan.
 */
function overlayHostsOf(node: Node): ((el: Element) => boolean) | undefined {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const whole = doc && scans?.get(doc);
  if (!whole) return undefined;
  const root = node.getRootNode();
  if (root !== doc && !(root.nodeType === 11 && (whole.rootSet ??= new Set(whole.roots)).has(root as ShadowRoot))) return undefined;
  // One test per scan, not one closure per text read.
  return (whole.isOverlayHost ??= (el) => whole.overlayHosts.has(el));
}

function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The text of an element with no element child, no shadow root and nothing `collectText` treats
 * apart (skipped tags, slots, overlay hosts): exactly what `collectText` reads there, without the walk;
 * undefined for any other element. An element whose one child node is an element is read as that
 * child: `collectText` would only add spaces around the child's text, which `fold` then removes.
 */
function leafText(el: Element): string | undefined {
  for (;;) {
    if (el.shadowRoot) return undefined;
    const tag = el.tagName;
    if (SKIPPED.has(tag) || tag === 'SLOT' || overlayTest(el)) return undefined;
    const first = el.firstElementChild;
    if (first === null) break;
    if (first !== el.firstChild || first !== el.lastChild) return undefined;
    el = first;
  }
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += child.nodeValue ?? '';
  return text;
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  if (node.nodeType === 1) {
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || overlayTest(el)) return;
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
  /** The overlay's hosts in the scanned trees. */
  overlayHosts: Set<Element>;
  /** `roots` as a set, made when first asked. */
  rootSet?: Set<ShadowRoot>;
  /** Membership in `overlayHosts`, as a test, made when first asked. */
  isOverlayHost?: (el: Element) => boolean;
}

/**
 * The overlay's hosts under a node, with the few other elements no definition upgraded: a native query of
 * the elements' custom-element state. On a 2,000-row grid (80,000 elements) it takes a quarter of the time of
 * a query of the overlay's attributes, which compares every attribute of every element.
 */
const UNDEFINED_ELEMENTS = ':not(:defined)';

function scanShadowRoots(root: ParentNode): ShadowScan {
  const scan: ShadowScan = { roots: [], overlayLightContent: false, overlayHosts: new Set() };
  const visit = (scope: ParentNode) => {
    // The overlay's hosts, found natively; their light content (normally none) matters to queries.
    for (const host of Array.from(scope.querySelectorAll(UNDEFINED_ELEMENTS))) {
      if (!isOverlayHost(host)) continue;
      scan.overlayHosts.add(host);
      if (host.firstChild) scan.overlayLightContent = true;
    }
    // One native list of the scope's elements (the scope itself not included, as a tree walker from it);
    // only the few that hold a shadow root are looked at further.
    const all = scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const shadow = el.shadowRoot;
      if (shadow && !isOverlayHost(el)) {
        scan.roots.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return scan;
}

/**
 * The scan of an element of the document's light DOM, taken from the document's scan of this read:
 * the roots whose outermost host lies inside the element (its own shadow root excluded, as a walk from
 * it would). Undefined when it cannot be taken so (overlay hosts with light content: scan afresh).
 */
function scanWithin(el: Element, whole: ShadowScan): ShadowScan | undefined {
  if (whole.overlayLightContent) return undefined;
  if (!whole.roots.length) return whole;
  const roots = whole.roots.filter((shadow) => {
    let host = shadow.host;
    for (let up = host.getRootNode(); up.nodeType === 11; up = host.getRootNode()) host = (up as ShadowRoot).host;
    return host !== el && el.contains(host);
  });
  return { roots, overlayLightContent: false, overlayHosts: whole.overlayHosts };
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
    // A grid or a row inside the document: its roots are among the document's, already scanned.
    const node = root as Node;
    const doc = node.nodeType === 1 ? node.ownerDocument : null;
    const whole = doc && scans.get(doc);
    scan = (whole && node.getRootNode() === doc && scanWithin(node as Element, whole)) || scanShadowRoots(root);
    scans.set(root, scan);
  }
  return scan;
}

/** Every element under `root` (shadow roots included) that matches `selector`, in document order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const scan = shadowScanOf(root);
  const found = Array.from(root.querySelectorAll(selector));
  for (const shadow of scan.roots) for (const el of Array.from(shadow.querySelectorAll(selector))) found.push(el);
  return withoutOverlay(found, scan);
}

/** `found` less the overlay's hosts and what lies in them, as the scan of the trees it came from knows them. */
function withoutOverlay(found: Element[], { overlayLightContent, overlayHosts }: ShadowScan): Element[] {
  if (overlayLightContent) return found.filter((el) => !insideOverlay(el));
  // Every overlay host in the trees queried is in the scan's set: a lookup, not attribute checks per element.
  if (!overlayHosts.size) return found;
  return found.filter((el) => !overlayHosts.has(el));
}

/**
 * `deepQueryAll` without entering `outside` (elements under `root`): the page's elements outside them
 * are matched one by one, which is cheaper than a native query when those elements hold most of the page
 * (a grid of thousands of rows already read) and the selector tests attributes of every element.
 */
export function deepQueryAllOutside(root: ParentNode, selector: string, outside: readonly Element[]): Element[] {
  if (!outside.length) return deepQueryAll(root, selector);
  const skipped = new Set(outside);
  const scan = shadowScanOf(root);
  const found: Element[] = [];
  // A walk that does not enter the skipped elements: the few elements outside them are matched one by one.
  const filter = { acceptNode: (node: Node) => (skipped.has(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */) };
  const walk = (scope: ParentNode) => {
    const walker = ((scope as Node).ownerDocument ?? (scope as Document)).createTreeWalker(scope as Node, 1 /* SHOW_ELEMENT */, filter);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Element).matches(selector)) found.push(node as Element);
  };
  walk(root);
  for (const shadow of scan.roots) if (!insideAny(shadow.host, skipped)) walk(shadow);
  return withoutOverlay(found, scan);
}

/** Whether `el` is one of `elements` or lies under one of them, shadow roots included. */
function insideAny(el: Element, elements: ReadonlySet<Element>): boolean {
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) if (elements.has(cur)) return true;
  return false;
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
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) if (isOverlayHost(cur)) return true;
  return false;
}

/** The parent element, crossing from a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** Whether `node` is `ancestor` or lies under it, shadow roots included. */
export function composedContains(ancestor: Element, node: Element): boolean {
  for (let cur: Element | null = node; cur; cur = composedParent(cur)) {
    if (cur === ancestor) return true;
  }
  return false;
}
