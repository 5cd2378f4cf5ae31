/**
 * Random breakage of rendered fixture pages for the adapter fuzz test (test/unit/fuzz-adapters.test.ts):
 * an inert copy of a page (open shadow roots and input values included), mutations as fast-check
 * values, and the oracle that a value read is shown by the page.
 */
import { CX_HEALTH_WORDS, findLabel, LISTING_STATUS_WORDS, RESTOCK_ALERT_WORDS, type LabelSet } from '../lib/read/labels';
import { isMissingText } from '../lib/read/parse-number';
import fc from 'fast-check';
import { visibleText } from '../lib/read/dom';
import { detectMarketplace, pageContext } from '../lib/read/page-context';
import { parseLocaleNumber } from '../lib/read/parse-number';
import type { AdapterResult, PageAdapter, Reading } from '../lib/read/pages/types';

// ---------------------------------------------------------------------------------------------
// A faithful, inert copy of a rendered page: light DOM, open shadow roots, input values. No script
// runs in the copy (the target jsdom does not run scripts, and no custom element is defined there).

const NOT_COPIED = new Set(['script', 'style', 'link']);

function copyNode(source: Node, doc: Document): Node | undefined {
  switch (source.nodeType) {
    case 3:
      return doc.createTextNode(source.nodeValue ?? '');
    case 8:
      return doc.createComment(source.nodeValue ?? '');
    case 1: {
      const from = source as Element;
      // Scripts and styles are not part of what a reader reads (and a stylesheet is slow to re-parse).
      if (NOT_COPIED.has(from.localName)) return undefined;
      const el = doc.createElementNS(from.namespaceURI, from.prefix ? `${from.prefix}:${from.localName}` : from.localName);
      for (const attr of Array.from(from.attributes)) el.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      if (from.shadowRoot) {
        const root = el.attachShadow({ mode: 'open' });
        for (const child of Array.from(from.shadowRoot.childNodes)) appendCopy(root, child, doc);
      }
      for (const child of Array.from(from.childNodes)) appendCopy(el, child, doc);
      if ('value' in from && typeof (from as HTMLInputElement).value === 'string' && 'value' in el) {
        (el as HTMLInputElement).value = (from as HTMLInputElement).value;
      }
      return el;
    }
    default:
      return undefined;
  }
}

function appendCopy(parent: Node, child: Node, doc: Document): void {
  const copy = copyNode(child, doc);
  if (copy) parent.appendChild(copy);
}

/**
 * A new document (of `window`, which runs no scripts) holding a copy of `source`. A new one each time:
 * a document reused for thousands of copies keeps state for each (jsdom) and runs out of memory.
 */
export function freshCopy(source: Document, window: Window): Document {
  const doc = window.document.implementation.createHTMLDocument('');
  doc.replaceChild(copyNode(source.documentElement, doc) as Element, doc.documentElement);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Mutations.

/** Text a broken or hostile page may show where a figure was. */
const TEXT_POOL = [
  '1.2.3%', '< 0.1%', '—', '--', '-', 'N/A', '', ' ', '0', '-1', '1,234', '1.234', '12,34 %', '$1,234.56', '1.234,56 €',
  '￥1,234', '99999999999999999999999', '1e5', 'NaN', 'Infinity', '١٢٣', '１２３', '(12.34)', '12.5 %', '>99%', '~3',
  '1,2', '0,5', '4.5 out of 5', '<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  'USD', '%', '€', '2026-11-21', '12:30', '1/2', '½', '1²', '3 000', '3 000,5', "1'234.5", '12.34.56', '.', ',',
];

export type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'removeAttr'; at: number; attr: number }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'duplicate'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'setAttr'; at: number; name: string; from: number }
  | { kind: 'swapText'; at: number; with: number };

const ANCHOR_ATTRIBUTES = ['id', 'class', 'data-testid', 'col-id', 'data-sku', 'row-index', 'row-id', 'role', 'data-row-id', 'name', 'slot'];

const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_POOL) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, min: -1e7, max: 1e7 }).chain((n) => fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ja-JP', 'en-IN').map((l) => n.toLocaleString(l))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('removeAttr' as const), at: fc.nat(), attr: fc.nat() }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: textArb }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('setAttr' as const), at: fc.nat(), name: fc.constantFrom(...ANCHOR_ATTRIBUTES), from: fc.nat() }),
  fc.record({ kind: fc.constant('swapText' as const), at: fc.nat(), with: fc.nat() }),
);

/** Elements (below body) and non-blank text nodes, light DOM and shadow roots, in document order. */
function nodesOf(doc: Document): { elements: Element[]; texts: Text[] } {
  const elements: Element[] = [];
  const texts: Text[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        elements.push(child as Element);
        if ((child as Element).shadowRoot) visit((child as Element).shadowRoot!);
        visit(child);
      } else if (child.nodeType === 3 && child.nodeValue?.trim()) texts.push(child as Text);
    }
  };
  visit(doc.body);
  return { elements, texts };
}

const MAX_DUPLICATED_ELEMENTS = 300;

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length ? list[at % list.length] : undefined;
}

/** Whether `ancestor` is `node` or holds it, through shadow roots too (a node cannot move into itself). */
function composedAncestor(ancestor: Node, node: Node): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode ?? (cur as ShadowRoot).host ?? null) if (cur === ancestor) return true;
  return false;
}

export function applyMutation(doc: Document, mutation: Mutation): void {
  const { elements, texts } = nodesOf(doc);
  switch (mutation.kind) {
    case 'remove': {
      const all: Node[] = [...elements, ...texts];
      pick(all, mutation.at)?.parentNode?.removeChild(pick(all, mutation.at)!);
      return;
    }
    case 'removeAttr': {
      const el = pick(elements, mutation.at);
      const attr = el && pick(Array.from(el.attributes), mutation.attr);
      if (el && attr) el.removeAttribute(attr.name);
      return;
    }
    case 'text': {
      const node = pick(texts, mutation.at);
      if (node) node.nodeValue = mutation.text;
      return;
    }
    case 'duplicate': {
      const el = pick(elements, mutation.at);
      // A row or a cell twice, not the whole page twice: copies of copies would grow without bound.
      if (el && el.getElementsByTagName('*').length > MAX_DUPLICATED_ELEMENTS) return;
      el?.parentNode?.insertBefore(el.cloneNode(true), el.nextSibling);
      return;
    }
    case 'move': {
      const el = pick(elements, mutation.at);
      const to = pick(elements, mutation.to);
      // A <slot> moved out of its shadow tree makes jsdom loop forever on the next slot change
      // (a browser just stops assigning to it): slots stay where the components drew them.
      if (!el || !to || el.localName === 'slot' || el.querySelector('slot') || composedAncestor(el, to)) return;
      to.appendChild(el);
      return;
    }
    case 'setAttr': {
      const el = pick(elements, mutation.at);
      // Another element's value of the same attribute: a misleading anchor, as a changed page would have.
      const values = elements.map((e) => e.getAttribute(mutation.name)).filter((v): v is string => v !== null);
      const value = pick(values, mutation.from) ?? 'x';
      el?.setAttribute(mutation.name, value);
      return;
    }
    case 'swapText': {
      const a = pick(texts, mutation.at);
      const b = pick(texts, mutation.with);
      if (a && b) [a.nodeValue, b.nodeValue] = [b.nodeValue, a.nodeValue];
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The oracle: a value read must be shown by the page.

/**
 * The text of an element as the page shows it, with the values that widgets draw from their `value`
 * (a price input, a star rating's stars), in its light DOM and its shadow roots.
 */
function shownText(el: Element): string {
  const parts = [visibleText(el)];
  const visit = (scope: Element | ShadowRoot) => {
    for (const widget of [...(scope.nodeType === 1 ? [scope as Element] : []), ...Array.from(scope.querySelectorAll('*'))]) {
      if ('value' in widget && typeof (widget as HTMLInputElement).value === 'string') parts.push((widget as HTMLInputElement).value);
      parts.push(widget.getAttribute('value') ?? '');
      if (widget.shadowRoot) visit(widget.shadowRoot);
    }
  };
  visit(el);
  return parts.join(' ');
}

const MAX_GROUPS = 6;

/** Every number a text could be read as: each run of digit groups and each of its sub-runs, in both decimal conventions. */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  // Arabic-Indic, Persian and Devanagari digits are digits too (the parser reads them): compare them as 0-9,
  // with the Arabic separators ٫ ٬ as . and ,.
  const western = text.normalize('NFKC').replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (d) => {
    const code = d.codePointAt(0)!;
    const zero = code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  }).replace(/\u066b/g, '.').replace(/\u066c/g, ','); // Arabic decimal and thousands separators
  for (const match of western.matchAll(/\d+(?:[.,'’\u00a0\u202f\u2009 ]\d+)*/g)) {
    const pieces = match[0].split(/(?=[.,'’\u00a0\u202f\u2009 ])/);
    for (let i = 0; i < pieces.length; i++) {
      // A figure has at most six groups ("12,34,56,789.50"); longer runs are several figures side by side.
      for (let j = i; j < Math.min(pieces.length, i + MAX_GROUPS); j++) {
        const sub = pieces.slice(i, j + 1).join('').replace(/^[.,'’\u00a0\u202f\u2009 ]/, '');
        for (const decimalSeparator of ['.', ','] as const) {
          const parsed = parseLocaleNumber(sub, { decimalSeparator });
          if (parsed.kind === 'number') found.push(parsed.value);
        }
      }
    }
  }
  return found;
}

function graphemes(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/** Why a reading is not shown by the page, or undefined when it is. */
/** The page words of each status metric's list, for telling whether an element shows a status word. */
const STATUS_WORD_LABELS: Partial<Record<string, Readonly<Record<string, LabelSet>>>> = { restockAlert: RESTOCK_ALERT_WORDS, cxHealth: CX_HEALTH_WORDS, listingStatus: LISTING_STATUS_WORDS };

export function notShown(reading: Reading, doc: Document): string | undefined {
  const { record, element } = reading;
  if (!element) return `${record.metric} of ${record.entity} = ${record.value} names no element`;
  if (!element.isConnected || element.ownerDocument !== doc) return `${record.metric} of ${record.entity}: its element is not in the page`;
  const text = shownText(element);
  if (record.unit === 'status') {
    // A status shows a word, not its number: the element (or the badge in it) must show that word.
    const words = STATUS_WORD_LABELS[record.metric];
    if (!words) return `${record.metric} of ${record.entity}: no word list to check it against`;
    const badge = element.querySelector('kat-badge[label], kat-label[text]');
    // The words drawn, not the values of widgets inside (a checkbox's value is "on", never shown).
    const shown = (badge?.getAttribute('label') ?? badge?.getAttribute('text') ?? visibleText(element)).trim();
    if (record.status === 'none' ? shown === '' || isMissingText(shown) || findLabel(shown, words) === 'none' : findLabel(shown, words) === record.status) return undefined;
    return `${record.metric} of ${record.entity} = ${record.status}, but its element shows "${shown.slice(0, 120)}"`;
  }
  if (record.metric === 'titleLength') {
    if (graphemes((element.textContent ?? '').replace(/\s+/g, ' ').trim()) === record.value) return undefined;
    return `titleLength of ${record.entity} = ${record.value}, but the title "${text.slice(0, 80)}" is not that long`;
  }
  const value = Math.abs(record.value);
  if (numbersIn(text).some((n) => Math.abs(n - value) < 1e-9)) return undefined;
  return `${record.metric} of ${record.entity} = ${record.value}, but its element shows "${text.slice(0, 120)}"`;
}

export function readPage(adapter: PageAdapter, doc: Document, url: URL): AdapterResult | undefined {
  const market = detectMarketplace(doc, url);
  if (!market.marketplace) return undefined;
  return adapter.read(doc, pageContext(doc, url, market.marketplace));
}

export function keysOf(result: AdapterResult | undefined): string[] {
  return (result?.readings ?? []).map((r) => JSON.stringify(r.record)).sort();
}
