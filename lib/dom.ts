/**
 * DOM helpers that see through open shadow roots, as Amazon's `kat-*` components draw their text there.
 * Pure reads: nothing here changes the document.
 */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Hosts the overlay injects carry one of these; readers ignore them so our badges are never read back. */
export const OVERLAY_ATTRIBUTES = ['data-sol-badge', 'data-sol-launcher', 'data-sol-diagnostic', 'data-sol-panel'];
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
      const from = assigned.length ? assigned : Array.from(el.childNodes);
      for (const child of from) collectText(child, out);
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
  for (const child of Array.from(node.childNodes)) collectText(child, out);
  if (node.nodeType === 1) out.push(' ');
}

/** Every element under `root` (shadow roots included) that matches `selector`, in document order. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of Array.from(scope.querySelectorAll(selector))) found.push(el);
    for (const host of Array.from(scope.querySelectorAll('*'))) {
      if (host.shadowRoot) visit(host.shadowRoot);
    }
  };
  visit(root);
  return found.filter((el) => !insideOverlay(el));
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
