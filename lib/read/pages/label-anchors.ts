/**
 * Finding a value by its label, for pages whose rows and cards have no stable attribute (or a build
 * that dropped it): the label is the text a person reads next to the value, in any UI language; the
 * value is the one number-shaped text in the smallest box around the label that holds no other
 * metric's label. Used by the account-health, inventory-performance and feedback adapters.
 * Everything here sees through open shadow roots, since `kat-*` components draw their text there.
 */
import { composedContains, composedParent, isOverlayHost, visibleText } from '../dom';
import { cleanLabel, findLabel, type LabelSet, type TaughtWord } from '../labels';
import { isMissingText } from '../parse-number';

/** The element of the document's light DOM that shows `el`: its outermost shadow host, or itself. */
export function lightHost(el: Element): Element {
  let cur = el;
  for (let root = cur.getRootNode(); root.nodeType === 11; root = cur.getRootNode()) {
    cur = (root as ShadowRoot).host;
  }
  return cur;
}

/** `root` (when an element) and every element under it, its own and nested shadow roots included. */
export function composedElements(root: Element | Document): Element[] {
  const found: Element[] = [];
  const visit = (scope: Element | Document | ShadowRoot) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.nodeType === 1) {
    found.push(root as Element);
    if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  }
  visit(root);
  return found;
}

const NOT_SHOWN = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SLOT']);

/**
 * Not drawn at all: collapsed content, or a light-DOM child of a shadow host that no slot shows (the
 * host draws its shadow root instead).
 */
function notDrawnItself(el: Element): boolean {
  const parent = el.parentNode;
  const unslotted = !!parent && parent.nodeType === 1 && !!(parent as Element).shadowRoot && !el.assignedSlot;
  return unslotted || el.hasAttribute('hidden') || (el as HTMLElement).style?.display === 'none';
}

/**
 * Not shown to people: not drawn, decoration (a gauge's scale is aria-hidden), AUI popovers preloaded
 * for later (their help texts repeat metric names), or the overlay's own hosts.
 */
function hiddenItself(el: Element): boolean {
  return notDrawnItself(el) || el.getAttribute('aria-hidden') === 'true' || el.classList.contains('a-popover-preload') || isOverlayHost(el);
}

/** Whether the page draws `el`: no ancestor (shadow hosts and slots included) keeps it from being drawn. */
function isDrawn(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
    if (NOT_SHOWN.has(cur.tagName) || notDrawnItself(cur)) return false;
  }
  return true;
}

/** Whether `el` is hidden by itself or by an ancestor up to `container` (or the page, without one). */
export function isHidden(el: Element, container?: Element): boolean {
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
    if (NOT_SHOWN.has(cur.tagName) && cur !== container) return true;
    if (hiddenItself(cur)) return true;
    if (cur === container) return false;
  }
  return false;
}

function hasOwnText(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/**
 * Text that is a figure and nothing else: `0.42%`, `12,34 %`, `412`, `2,1`, `1.2.3%` (read later, and
 * refused then), or a way of showing no value (`—`, `N/A`). "43 of 1,194 orders" or "Target: under 4%"
 * are not: they are sentences about the figure.
 */
export function isValueShaped(text: string): boolean {
  // Right-to-left pages wrap figures and their signs in direction marks; they are not part of the figure.
  const t = text.normalize('NFKC').replace(DIRECTION_MARKS, '').replace(/\s+/g, ' ').trim();
  if (!t) return false;
  if (isMissingText(t)) return true;
  // Western or Arabic-Indic digits (٠٫٤٢٪: ٫ decimal, ٬ thousands, ٪ percent, which Arabic may write first).
  return /^[-−]?[%٪]?[-−]?\p{Nd}[\p{Nd}.,٫٬\u00a0\u202f ]*[%٪]?$/u.test(t) && !/^[%٪].*[%٪]$/.test(t);
}

/** Bidi controls right-to-left pages put around figures and signs. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
/**
 * A figure in a text ("2 of 221 orders", "Target: under 1%"), in any script's digits (`\d` is only 0–9):
 * such a text is a caption, not a label. A digit inside a word ("B2B") is not a figure.
 */
const HOLDS_FIGURE = /(?<!\p{L})\p{Nd}+(?!\p{L})/u;

export interface ValueCandidate {
  /** Light-DOM element that shows the value (the badge goes beside it). */
  element: Element;
  text: string;
}

/**
 * The figures shown inside `container`: elements with text of their own that is value-shaped,
 * reported through their light-DOM host, one per element and text.
 */
export function valueCandidates(container: Element): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  // A box the page does not draw (a card left in a slot's fallback, collapsed) shows no figure.
  if (!isDrawn(container)) return out;
  for (const el of composedElements(container)) {
    if (!hasOwnText(el) || isHidden(el, container)) continue;
    const text = visibleText(el);
    if (!isValueShaped(text)) continue;
    const element = lightHost(el);
    if (out.some((c) => c.element === element && c.text === text)) continue;
    out.push({ element, text });
  }
  // A figure split across elements (`<span>1<b>234</b></span>`) is one value: keep the outermost.
  return out.filter((c) => !out.some((o) => o !== c && o.element !== c.element && composedContains(o.element, c.element)));
}

const ACTIONS = 'a[href], button, [role="button"], [role="link"], kat-link, kat-button';

/**
 * Elements whose visible text is one of the labels of `sets` (or, where the built-in words find none,
 * a label the assistant `taught`), keyed by the set that matched. Only the
 * innermost are kept: a wrapper whose whole text is the same label is the same label. Hidden text
 * (help popovers preloaded for later, the page title) is not a label.
 */
export function findLabelHits<K extends string>(
  root: Document | Element,
  sets: Readonly<Record<K, LabelSet>>,
  taught?: readonly TaughtWord[],
): Map<K, Element[]> {
  const hits: { key: K; el: Element }[] = [];
  for (const el of composedElements(root)) {
    if (NOT_SHOWN.has(el.tagName) || isOverlayHost(el)) continue;
    // Labels are short; a long light text cannot be one, and skipping it keeps this linear-ish.
    if ((el.textContent ?? '').length > 160) continue;
    const text = visibleText(el);
    if (!text || text.length > 120) continue;
    // A link or button names an action ("Reduce excess inventory"): only an exact label counts there.
    const key = el.closest(ACTIONS) ? findLabel(text, sets, undefined, { phrasesOnly: true }) : findLabel(text, sets, taught);
    if (key && !isHidden(el)) hits.push({ key, el });
  }
  const innermost = hits.filter((h) => !hits.some((o) => o !== h && o.el !== h.el && composedContains(h.el, o.el)));
  const byKey = new Map<K, Element[]>();
  for (const { key, el } of innermost) byKey.set(key, [...(byKey.get(key) ?? []), el]);
  return byKey;
}

export type ValueSearch =
  | { kind: 'found'; value: ValueCandidate }
  | { kind: 'none' }
  | { kind: 'ambiguous'; texts: string[] };

/** Exactly one candidate is an answer; several, after `narrow`, are a question the page does not settle. */
export function settle(candidates: ValueCandidate[], narrow?: (c: ValueCandidate[]) => ValueCandidate[]): ValueSearch {
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) return { kind: 'found', value: candidates[0]! };
  const narrowed = narrow ? narrow(candidates) : candidates;
  if (narrowed.length === 1) return { kind: 'found', value: narrowed[0]! };
  return { kind: 'ambiguous', texts: candidates.map((c) => c.text) };
}

/**
 * The value that belongs to the label `hit`: climbs from the label to the first enclosing box that
 * shows a figure. It stops empty-handed at a box holding another label in `otherLabels` (a neighbour's
 * value is not ours) or at the page body.
 */
export function valueBesideLabel(
  hit: Element,
  otherLabels: readonly Element[],
  narrow?: (c: ValueCandidate[]) => ValueCandidate[],
): ValueSearch {
  const others = otherLabels.filter((o) => o !== hit && !composedContains(hit, o));
  for (let box = composedParent(hit); box && box.tagName !== 'BODY' && box.tagName !== 'HTML'; box = composedParent(box)) {
    if (others.some((o) => composedContains(box!, o))) return { kind: 'none' };
    const candidates = valueCandidates(box).filter((c) => !composedContains(hit, c.element));
    if (candidates.length) return settle(candidates, narrow);
  }
  return { kind: 'none' };
}

/**
 * Reads one value by its labels: every label hit is followed to its value. Hits that lead nowhere
 * (a heading, a help text) are ignored; two hits leading to different values are ambiguous.
 */
export function valueByLabels(
  hits: readonly Element[],
  allLabels: readonly Element[],
  narrow?: (c: ValueCandidate[]) => ValueCandidate[],
): ValueSearch {
  const found: ValueCandidate[] = [];
  const ambiguous: string[] = [];
  for (const hit of hits) {
    const result = valueBesideLabel(hit, allLabels, narrow);
    if (result.kind === 'found') {
      if (!found.some((f) => f.element === result.value.element)) found.push(result.value);
    } else if (result.kind === 'ambiguous') ambiguous.push(...result.texts);
  }
  if (found.length === 1) return { kind: 'found', value: found[0]! };
  if (found.length > 1) return { kind: 'ambiguous', texts: found.map((f) => f.text) };
  return ambiguous.length ? { kind: 'ambiguous', texts: ambiguous } : { kind: 'none' };
}

/**
 * The URL path as adapters compare it: lower case, without Amazon's `ref=` tracking segments,
 * repeated or trailing slashes.
 */
export function comparablePath(url: URL): string {
  return (
    url.pathname
      .toLowerCase()
      .split('/')
      .filter((segment) => segment && !segment.startsWith('ref='))
      .map((segment) => `/${segment}`)
      .join('') || '/'
  );
}

/**
 * Labels shown beside a figure that no metric was read from and that no label of `sets` names: what
 * the diagnostic offers the assistant to teach. From each such figure it climbs a few boxes to the
 * first one holding a short text that is not a link or button; exactly one such text is the figure's
 * label, several are a layout it cannot tell, and a known label there means the figure is a known
 * metric's (read or refused).
 */
export function unplacedLabels<K extends string>(root: Document, sets: Readonly<Record<K, LabelSet>>, read: readonly Element[]): string[] {
  const body = root.body;
  if (!body) return [];
  const found = new Set<string>();
  for (const figure of valueCandidates(body)) {
    if (read.some((r) => composedContains(r, figure.element) || composedContains(figure.element, r))) continue;
    let box = composedParent(figure.element);
    for (let depth = 0; box && depth < 3 && box.tagName !== 'BODY'; depth++, box = composedParent(box)) {
      const texts = composedElements(box)
        // A link or button names an action ("Reduce excess inventory"), not the figure beside it.
        .filter((el) => hasOwnText(el) && !el.closest(ACTIONS) && !isHidden(el, box!) && !composedContains(figure.element, el))
        .map((el) => ({ el, text: cleanLabel(visibleText(el)) }))
        .filter(({ text }) => text.length >= 2 && text.length <= 60 && !HOLDS_FIGURE.test(text) && !isValueShaped(text));
      if (texts.length === 0) continue;
      if (texts.length === 1 && findLabel(texts[0]!.text, sets) === undefined) found.add(texts[0]!.text);
      break;
    }
  }
  return [...found];
}
