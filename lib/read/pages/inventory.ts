/**
 * Manage All Inventory (contract §1 `inventory`): per SKU the stock figures, the price and the length
 * of the product title. The page is a React div grid whose CSS-module class names keep a stable prefix
 * (`JanusTable-module__…--<hash>`); the newer inventory list draws the same rows in a virtualized grid,
 * so only the rows in view are in the DOM: we read whatever rows are there. Each row is a card of
 * label/value pairs, read as a table by lib/read/table-reader.ts (`readCardRows`, `placeColumns`).
 */
import { deepQueryAll, visibleText } from '../dom';
import { findLabel, INVENTORY_LABELS, labelScore, LISTING_POLICY_WORDS, LISTING_STATUS_WORDS, mentionsAny, type LabelSet } from '../labels';
import { parseLocaleNumber } from '../parse-number';
import { placeColumns, readCardRows, type ColumnDef, type Table, type TableRow } from '../table-reader';
import { dropConflicts, emptyResult, readMetric } from './read-metric';
import { rowAsin } from './sku-asin';
import { readStatus, statusWordOfText } from './read-status';
import type { AdapterResult, PageAdapter, PageContext } from './types';

/** Paths of the inventory pages, as segments with `ref=` segments removed (compared in lower case). */
const INVENTORY_PATHS = new Set([
  'inventory', // the classic Manage Inventory address
  'myinventory/inventory', // Manage All Inventory
  'myinventory',
  'hz/inventory', // older server-rendered Manage Inventory
  'fba-inventory/gim/inventory-list', // the newer FBA inventory list (virtualized grid)
]);

/** A row wrapper carrying its SKU: the most stable anchor. */
const SKU_ROW_SELECTOR = '[data-sku]';

/** Rows without a `data-sku` attribute, whose SKU is read from their "SKU" label/value pair. */
const ROW_SELECTORS = [
  // Manage All Inventory: one row wrapper per product (CSS-module class, stable prefix).
  '[class*="JanusTable-module__rowWrapper"]',
  // the row itself, when a build draws no wrapper
  '[class*="JanusTable-module__tableContentRow"]',
  // the virtualized FBA inventory list: the rows in view
  '.ReactVirtualized__Grid [role="row"]',
];

/** A label/value pair, most specific first. */
const PAIR_SELECTORS = [
  // the Janus split box draws the label and the value as two panels of one row
  '[class*="JanusSplitBox-module__row"]',
  // the row-card layout: a pair element named by its field (label first, value last)
  '[data-field]',
];

/** The price input, most specific first. */
const PRICE_INPUT_SELECTORS = [
  // the price composite of Manage All Inventory (CSS-module class, stable prefix)
  '[class*="VolusPriceInputComposite-module__priceInputRow"] kat-input',
  // a Katal input behind a currency prefix
  'kat-input-group kat-input',
  // a plain input named after the price (server-rendered pages)
  'input[name*="price" i]',
];

/**
 * The listing status of a row, most specific first. The row-card layout draws it as a `kat-label`
 * (its text only in the open shadow root) classed `StatusCell-module__status--<hash>`; a build may
 * name it by field or test id instead. Another `StatusCell-module__…` element (the channel) is not it.
 */
const STATUS_SELECTORS = [
  '[data-field="listingStatus"]',
  '[data-field="status"]',
  '[data-testid="listing-status"]',
  '[data-column="status"]',
  // the row-card layout's status label (CSS-module class, stable prefix)
  '[class*="StatusCell-module__status"]',
];
const STATUS_SELECTOR_LIST = STATUS_SELECTORS.join(', ');
/** Why a listing is suppressed or inactive, where the row says so. */
const STATUS_REASON_SELECTORS = [
  '[data-field="statusReason"]',
  '[data-field="suppressionReason"]',
  '[class*="StatusCell-module__reason"]',
];

/** The product title links to the storefront detail page. */
const TITLE_LINK_SELECTOR = 'a[href*="/dp/"]';
/** Where the title stands when it is not a link (suppressed listings). */
const TITLE_CONTAINER_SELECTOR = '[class*="ProductDetails-module__titleContainer"]';

const STOCK = {
  available: INVENTORY_LABELS.available,
  inbound: INVENTORY_LABELS.inbound,
  reserved: INVENTORY_LABELS.reserved,
} as const;
type StockMetric = keyof typeof STOCK;
// The price is read from its input where the row has one; a row-card shows it as a pair instead.
const PAIR_LABELS = { ...STOCK, sku: INVENTORY_LABELS.sku, price: INVENTORY_LABELS.price } as const;
type PairKey = keyof typeof PAIR_LABELS;

interface Pair {
  key: PairKey;
  value: Element;
  /** The label shown beside the value. */
  label?: string;
}

/** Field ids a card may give its pairs (`data-field`, `data-testid`): found by these first, by their labels second. */
const PAIR_ANCHORS: Record<PairKey, readonly string[]> = {
  available: ['available', 'availableQuantity', 'fulfillableQuantity'],
  inbound: ['inbound', 'inboundQuantity'],
  reserved: ['reserved', 'reservedQuantity'],
  sku: ['sku', 'sellerSku', 'merchantSku'],
  price: ['price', 'yourPrice'],
};
/** The pairs each card is read for. */
const PAIR_COLUMNS: readonly ColumnDef<PairKey>[] = (Object.keys(PAIR_LABELS) as PairKey[]).map((key) => ({ key, anchors: PAIR_ANCHORS[key], labels: PAIR_LABELS[key] }));
/** Labels of the page the adapter knows and reads otherwise (Price) or not at all: not offered to teach. */
const KNOWN_LABELS: readonly LabelSet[] = Object.values(INVENTORY_LABELS);

export const inventoryAdapter: PageAdapter = {
  id: 'inventory',
  source: 'sellercentral',
  matches(url) {
    const segments = url.pathname
      .toLowerCase()
      .split('/')
      .filter((s) => s && !s.startsWith('ref='));
    return INVENTORY_PATHS.has(segments.join('/'));
  },
  read(doc, ctx) {
    const out = emptyResult();
    try {
      readInventory(doc, ctx, out);
    } catch (error) {
      out.problems.push(`inventory page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return dropConflicts(out);
  },
};

function readInventory(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const rows = findRows(doc);
  if (rows.length === 0) {
    out.problems.push('no inventory rows ([data-sku] or Janus table rows) found');
    return;
  }
  const taught = ctx.taught ?? [];
  // Each row is a card of label/value pairs: the Janus split boxes, or failing those any label a
  // wanted figure knows followed by its value (another build).
  const cards = readCardRows(rows, {
    pairSelectors: PAIR_SELECTORS,
    isLabel: (text) => findLabel(text, PAIR_LABELS, taught) !== undefined,
  });
  const placed = placeColumns(cards, PAIR_COLUMNS, { taught, page: 'inventory', known: KNOWN_LABELS });
  for (const { header, keys } of placed.ambiguous) out.problems.push(`label '${header}' could be ${keys.join(' or ')}; not read`);
  for (const [key, { columns }] of placed.unclear) out.problems.push(`${key}: ${columns.length} labels fit; not read`);
  if (placed.unplaced.length) out.unplaced = placed.unplaced;
  cards.rows.forEach((card, index) => readRow(rows[index]!, pairsOf(cards, card, placed.found), index, ctx, out));
}

/** The wanted label/value pairs of a card, by what they show. */
function pairsOf(cards: Table, card: TableRow, found: Map<PairKey, string>): Pair[] {
  const pairs: Pair[] = [];
  for (const [key, column] of found) {
    const label = cards.columns.get(column)?.header;
    for (const value of card.repeated?.get(column) ?? (card.cells.has(column) ? [card.cells.get(column)!] : [])) {
      pairs.push({ key, value, ...(label ? { label } : {}) });
    }
  }
  return pairs;
}

/**
 * The product rows: structural rows (Janus row wrappers, virtualized grid rows) and elements carrying a
 * `data-sku` outside them. A structural match holding several SKUs is a container, not a row.
 */
function findRows(doc: Document): Element[] {
  const structural = outermost(ROW_SELECTORS.flatMap((s) => deepQueryAll(doc, s))).filter(
    (row) => !row.querySelector('[role="columnheader"]') && skusInside(row).size <= 1,
  );
  const skuRows = outermost(deepQueryAll(doc, SKU_ROW_SELECTOR)).filter(
    (el) => !structural.some((row) => row.contains(el) || el.contains(row)),
  );
  return [...structural, ...skuRows].sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out: the reader runs where no DOM globals exist (tests). */
const DOCUMENT_POSITION_FOLLOWING = 4;

function outermost(elements: Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/** The `data-sku` values on an element and inside it. */
function skusInside(el: Element): Set<string> {
  const carriers = [el, ...deepQueryAll(el, SKU_ROW_SELECTOR)].filter((e) => e.hasAttribute('data-sku'));
  return new Set(carriers.map((e) => e.getAttribute('data-sku')!.trim()).filter(Boolean));
}

function readRow(row: Element, pairs: Pair[], index: number, ctx: PageContext, out: AdapterResult): void {
  const sku = rowSku(row, pairs, index, out);
  if (!sku) return;

  const missing: string[] = [];
  for (const metric of Object.keys(STOCK) as StockMetric[]) {
    const found = pairs.filter((p) => p.key === metric);
    const texts = new Set(found.map((p) => valueText(p.value)));
    if (found.length === 0) missing.push(metric);
    else if (texts.size > 1) out.problems.push(`${metric} of ${sku}: two different values (${[...texts].join(' / ')})`);
    else {
      const { value, label } = found[0]!;
      readMetric(out, { scope: 'sku', entity: sku, metric, text: valueText(value), element: value, ...(label ? { label } : {}) }, ctx);
    }
  }
  if (missing.length) out.problems.push(`${sku}: no ${missing.join(', ')} figure in its row`);

  // Issue 16: the row's SKU ↔ ASIN (lib/read/pages/sku-asin.ts), kept with the other links.
  const asin = rowAsin(row);
  if (asin && !out.links?.some(({ link }) => link.kind === 'skuAsin' && link.sku === sku)) (out.links ??= []).push({ link: { kind: 'skuAsin', sku, asin } });
  readPrice(row, sku, pairs.filter((p) => p.key === 'price'), ctx, out);
  readTitleLength(row, sku, ctx, out);
  readListingStatus(row, sku, ctx, out);
}

/**
 * The row's listing status (contract §2 `listingStatus`): the number of its word and the word. A row
 * that shows no status (the table layout of some builds) has none; a word not on the list is not
 * stored and is reported. A reason that names a policy makes the entry a compliance one.
 */
function readListingStatus(row: Element, sku: string, ctx: PageContext, out: AdapterResult): void {
  // One walk of the row for every alternative, then the most specific alternative that is there.
  const found = deepQueryAll(row, STATUS_SELECTOR_LIST);
  if (found.length === 0) return;
  let cells: Element[] = [];
  for (const selector of STATUS_SELECTORS) {
    cells = outermost(found.filter((el) => el.matches(selector)));
    if (cells.length) break;
  }
  const shown = [...new Set(cells.map(statusText).filter(Boolean))];
  if (shown.length === 0) return;
  if (shown.length > 1) {
    out.problems.push(`listingStatus of ${sku}: ${shown.length} different statuses (${shown.join(' / ')}); not read`);
    return;
  }
  const text = shown[0]!;
  const word = statusWordOfText('listingStatus', text, LISTING_STATUS_WORDS, ctx);
  const before = out.readings.length;
  readStatus(out, { entity: sku, metric: 'listingStatus', word, shown: text, element: cells[0]! });
  const reading = out.readings[before];
  // Only a listing that is not selling has a reason worth reading.
  if (!reading || word === 'active' || word === 'outOfStock') return;
  const reason = STATUS_REASON_SELECTORS.flatMap((s) => deepQueryAll(row, s)).map(visibleText).find(Boolean);
  if (reason && mentionsAny(reason, LISTING_POLICY_WORDS)) reading.context = { reason: 'policy', reasonText: reason };
}

/**
 * A status element's word as the page shows it (a `kat-label` draws its `text` in its shadow root). A
 * label not drawn (no shadow text yet) shows nothing and is not read: its attribute alone is not what
 * the assistant sees.
 */
function statusText(el: Element): string {
  return visibleText(el);
}

/** The row's SKU: its `data-sku` (on the row, around it or inside it), checked against the SKU it shows. */
function rowSku(row: Element, pairs: Pair[], index: number, out: AdapterResult): string | undefined {
  const inside = [...skusInside(row)];
  if (inside.length > 1) {
    out.problems.push(`row ${index + 1}: several data-sku values (${inside.join(' / ')}); row skipped`);
    return undefined;
  }
  const fromAttribute = inside[0] ?? row.closest(SKU_ROW_SELECTOR)?.getAttribute('data-sku')?.trim();
  const fromPairs = [...new Set(pairs.filter((p) => p.key === 'sku').map((p) => valueText(p.value)).filter(Boolean))];
  if (fromPairs.length > 1) {
    out.problems.push(`row ${index + 1}: two SKUs shown (${fromPairs.join(' / ')}); row skipped`);
    return undefined;
  }
  if (fromAttribute && fromPairs[0] && fromAttribute !== fromPairs[0]) {
    out.problems.push(`row ${index + 1}: data-sku "${fromAttribute}" differs from the SKU shown "${fromPairs[0]}"; row skipped`);
    return undefined;
  }
  const sku = fromAttribute || fromPairs[0];
  if (!sku) out.problems.push(`row ${index + 1}: SKU not found; row skipped`);
  return sku;
}

/** A value panel's text; an editable figure (MFN quantity) is an input whose value is the figure. */
function valueText(el: Element): string {
  const input = el.matches('kat-input, input') ? el : deepQueryAll(el, 'kat-input, input')[0];
  return input ? inputValue(input) : visibleText(el);
}

/** A Katal input keeps its value in the `value` attribute; the visible <input> sits in its shadow root. */
function inputValue(el: Element): string {
  const attribute = el.getAttribute('value')?.trim();
  if (attribute) return attribute;
  const inner = el.tagName === 'INPUT' ? el : el.shadowRoot?.querySelector('input');
  return (inner as HTMLInputElement | null | undefined)?.value?.trim() ?? '';
}

function readPrice(row: Element, sku: string, pricePairs: Pair[], ctx: PageContext, out: AdapterResult): void {
  const inputs = priceInputs(row);
  if (inputs.length === 0 && pricePairs.length) {
    // A card that shows the price as text beside its label ("Price  $24.99"), not in an input.
    const texts = new Set(pricePairs.map((p) => valueText(p.value)));
    if (texts.size > 1) out.problems.push(`price of ${sku}: two different values (${[...texts].join(' / ')})`);
    else {
      const { value, label } = pricePairs[0]!;
      readMetric(out, { scope: 'sku', entity: sku, metric: 'price', text: valueText(value), element: value, ...(label ? { label } : {}) }, ctx);
    }
    return;
  }
  if (inputs.length === 0) {
    out.problems.push(`price of ${sku}: no price input in its row`);
    return;
  }
  if (inputs.length > 1) {
    out.problems.push(`price of ${sku}: ${inputs.length} price inputs in its row`);
    return;
  }
  const input = inputs[0]!;
  const value = inputValue(input);
  const prefix = currencyPrefix(input, ctx);
  // The currency shown before the input (code or symbol) tells the currency; the parser reads both.
  const text = prefix && value && /^[\d.,\s]+$/.test(value) ? `${prefix} ${value}` : value;
  readMetric(out, { scope: 'sku', entity: sku, metric: 'price', text, element: input }, ctx);
}

function priceInputs(row: Element): Element[] {
  for (const selector of PRICE_INPUT_SELECTORS) {
    const found = [...new Set(deepQueryAll(row, selector))];
    if (found.length) return found;
  }
  // A Katal input labelled as the price (its label attribute is the accessible name).
  return deepQueryAll(row, 'kat-input[label]').filter((el) => labelScore(el.getAttribute('label') ?? '', INVENTORY_LABELS.price) > 0);
}

/**
 * The prefix of the input group around the price, when it names a currency ("USD", "€", "￥"): its
 * prefix slot, or else the group's own text (the input inside it shows no text).
 */
function currencyPrefix(input: Element, ctx: PageContext): string | undefined {
  const group = input.closest('kat-input-group');
  if (!group) return undefined;
  const prefix = group.querySelector('[slot="prefix"]');
  const text = visibleText(prefix ?? group);
  if (!text) return undefined;
  const probe = parseLocaleNumber(`${text} 1`, { currency: ctx.currency });
  return probe.kind === 'number' && probe.currency ? text : undefined;
}

function readTitleLength(row: Element, sku: string, ctx: PageContext, out: AdapterResult): void {
  const links = deepQueryAll(row, TITLE_LINK_SELECTOR).filter((a) => titleText(a) && !isAsinLink(a));
  const candidates = links.length ? links : deepQueryAll(row, TITLE_CONTAINER_SELECTOR).filter((el) => titleText(el));
  const titles = new Set(candidates.map(titleText));
  if (titles.size === 0) {
    out.problems.push(`titleLength of ${sku}: no product title in its row`);
    return;
  }
  if (titles.size > 1) {
    out.problems.push(`titleLength of ${sku}: ${titles.size} different product titles in its row`);
    return;
  }
  const length = graphemeCount(titleText(candidates[0]!));
  readMetric(out, { scope: 'sku', entity: sku, metric: 'titleLength', text: String(length), element: candidates[0]! }, ctx);
}

/** The ASIN shown as a link to its own detail page (in the ASIN pair) is not the title. */
function isAsinLink(a: Element): boolean {
  const text = titleText(a);
  return /^[A-Z0-9]{10}$/i.test(text) && (a.getAttribute('href') ?? '').toUpperCase().includes(`/DP/${text.toUpperCase()}`);
}

/**
 * The title as written: text nodes joined as they are (inline markup such as a search highlight adds no
 * space), white space folded as the browser shows it, trimmed.
 */
function titleText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** User-perceived characters: "é" written as e + accent, or an emoji with modifiers, counts once. */
function graphemeCount(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}
