import type { OverlayTag } from '../read/dom';

/**
 * Hosts for everything the extension injects into a page: an element in the light DOM that carries
 * the contract's `data-sol-*` attributes, with all content in a shadow root so page CSS cannot reach it
 * and it cannot reach the page. The host is a custom element that is never defined (`sol-*`): the readers
 * find the overlay's hosts among a page's undefined elements (lib/read/dom.ts).
 */

export function createOverlayHost(tag: OverlayTag, attributes: Record<string, string>, mode: ShadowRootMode = 'open'): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode });
  return { host, root };
}

/** Where page-level overlay hosts live: the root element, which SPA re-renders of `<body>` leave alone. */
export function overlayParent(): Element {
  return document.documentElement;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  // Page-derived strings are always set as text, never parsed as HTML.
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}
