/**
 * Feedback Manager (contract §1 `feedback`): the overall feedback rating, the share of negative
 * feedback over 30 days, and the recent feedback rows (for the feedback table and its response
 * deadlines). The page is an Angular app on a hash route; its summary and list are `kat-table`s.
 * Tables are read by their header and row labels in any UI language, never by position.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { composedParent, deepQueryAll, queryFirst, visibleText } from '../dom';
import { cleanLabel, FEEDBACK_LABELS, labelScore, LANGS, type LabelSet } from '../labels';
import { parseDate } from '../parse-date';
import { isMissingText } from '../parse-number';
import { dueRow } from '../due-items';
import { daySchema } from '../record';
import { comparablePath, findLabelHits, lightHost, valueCandidates } from './label-anchors';
import { emptyResult, readMetric } from './read-metric';
import type { AdapterResult, DueReading, PageAdapter, PageContext } from './types';

/** One recent feedback row. Rows below 4 stars carry `respondBy`, the 48-hour response deadline (contract §2). */
export const feedbackRowSchema = lazySchema(() =>
  z.strictObject({
    orderId: z.string().check(z.regex(/^\d{3}-\d{7}-\d{7}$/, 'an order id is 3-7-7 digits')),
    rating: z.int().check(z.gte(1), z.lte(5)),
    date: daySchema,
    comment: z.string().check(z.maxLength(5000)),
    respondBy: z.optional(daySchema),
  }),
);
export type FeedbackRow = z.infer<typeof feedbackRowSchema>;

/** Ratings below this many stars need a response within 48 hours. */
const RESPOND_BELOW = 4;
const RESPONSE_DAYS = 2;

const PATHS = /^\/feedback-manager(?:\/index\.html)?$/;

export const feedbackAdapter: PageAdapter = {
  id: 'feedback',
  source: 'sellercentral',
  matches: (url) => PATHS.test(comparablePath(url)),
  read(doc, ctx) {
    const out = emptyResult();
    try {
      readRating(doc, ctx, out);
      readNegativeShare(doc, ctx, out);
      const { problems, due } = collectFeedbackRows(doc, ctx);
      out.problems.push(...problems);
      // Feedback below 4 stars is a due item (contract §7): 48 hours from its date.
      out.due = due;
    } catch (error) {
      out.problems.push(`feedback page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

/** The recent feedback rows the page shows, validated; rows that cannot be read are left out. */
export function readFeedbackRows(doc: Document, ctx: PageContext): FeedbackRow[] {
  return collectFeedbackRows(doc, ctx).rows;
}

// ------------------------------------------------------------------------------------------------
// Overall rating
// ------------------------------------------------------------------------------------------------

/** Where the overall rating is drawn, most stable first. */
const RATING_SCOPES = [
  // the Angular summary component (rating and summary table)
  'feedback-summary',
  // its rating block, by the app's class name
  '.fm-rating',
];

interface RatingShown {
  text: string;
  element: Element;
  /** `kat-star-rating[value]` is machine-formatted ("4.6") whatever the page's locale. */
  fromAttribute: boolean;
}

type RatingSearch = { kind: 'found'; rating: RatingShown } | { kind: 'none' } | { kind: 'ambiguous'; texts: string[] };

function readRating(doc: Document, ctx: PageContext, out: AdapterResult): void {
  let search: RatingSearch = { kind: 'none' };
  const scope = queryFirst(doc, RATING_SCOPES);
  if (scope) search = ratingIn(scope);
  if (search.kind === 'none') search = ratingByLabels(doc, ctx);
  if (search.kind === 'found') {
    const { rating } = search;
    // Ratings run from 1 to 5 stars: an empty widget (0) is an account with no feedback yet.
    if (/^0(?:[.,]0+)?$/.test(rating.text)) return;
    readMetric(
      out,
      { scope: 'account', entity: 'account', metric: 'feedbackRating', text: rating.text, element: rating.element, label: ratingLabel(doc, rating.element) },
      rating.fromAttribute ? { ...ctx, decimalSeparator: '.' } : ctx,
    );
  } else if (search.kind === 'ambiguous') {
    out.problems.push(`Feedback rating: several ratings shown (${search.texts.join(', ')}), none read`);
  } else {
    out.problems.push('no feedback rating');
  }
}

/** The "Feedback rating" heading nearest above the rating (the box holding both), if the page shows one. */
function ratingLabel(doc: Document, rating: Element): string | undefined {
  const hits = findLabelHits(doc, { feedbackRating: FEEDBACK_LABELS.feedbackRating }).get('feedbackRating') ?? [];
  for (let box = composedParent(rating); box && box.tagName !== 'BODY'; box = composedParent(box)) {
    const hit = hits.find((h) => box!.contains(h));
    if (hit) return cleanLabel(visibleText(hit)) || undefined;
  }
  return undefined;
}

/**
 * The rating beside a "Feedback rating" heading. Headings that lead nowhere are ignored; two that
 * lead to different ratings are ambiguous.
 */
function ratingByLabels(doc: Document, ctx: PageContext): RatingSearch {
  const hits = findLabelHits(doc, { feedbackRating: FEEDBACK_LABELS.feedbackRating }, ctx.taught).get('feedbackRating') ?? [];
  const found: RatingShown[] = [];
  const ambiguous: string[] = [];
  for (const search of hits.map(ratingBesideLabel)) {
    if (search.kind === 'found' && !found.some((f) => f.element === search.rating.element)) found.push(search.rating);
    if (search.kind === 'ambiguous') ambiguous.push(...search.texts);
  }
  if (found.length === 1) return { kind: 'found', rating: found[0]! };
  if (found.length > 1) return { kind: 'ambiguous', texts: found.map((f) => f.text) };
  return ambiguous.length ? { kind: 'ambiguous', texts: ambiguous } : { kind: 'none' };
}

/** Climbs from the "Feedback rating" heading to the first box that shows a rating. */
function ratingBesideLabel(hit: Element): RatingSearch {
  for (let box = composedParent(hit); box && box.tagName !== 'BODY' && box.tagName !== 'HTML'; box = composedParent(box)) {
    const search = ratingIn(box);
    if (search.kind !== 'none') return search;
  }
  return { kind: 'none' };
}

/**
 * The one overall rating inside `box`: a star widget's value first, else a "4.6 stars" text.
 * Stars inside table rows are single feedback entries, never the overall rating.
 */
function ratingIn(box: Element): RatingSearch {
  const widgets = [box, ...deepQueryAll(box, 'kat-star-rating[value]')].filter(
    (w) => w.matches('kat-star-rating[value]') && !inTableRow(w),
  );
  const values = [...new Set(widgets.map((w) => w.getAttribute('value')!.trim()))];
  if (values.length === 1) return { kind: 'found', rating: { text: values[0]!, element: lightHost(widgets[0]!), fromAttribute: true } };
  if (values.length > 1) return { kind: 'ambiguous', texts: values };
  const shown: RatingShown[] = [];
  for (const el of [box, ...deepQueryAll(box, '*')]) {
    // A star figure is a short text; skipping long subtrees keeps the climb from a heading cheap.
    if ((el.textContent ?? '').length > 200 || inTableRow(el)) continue;
    const figure = starFigure(visibleText(el));
    if (figure !== undefined) shown.push({ text: figure, element: lightHost(el), fromAttribute: false });
  }
  // The innermost element showing the figure is where it is drawn; wrappers repeat it.
  const innermost = shown.filter((t) => !shown.some((o) => o.element !== t.element && t.element.contains(o.element)));
  const figures = [...new Set(innermost.map((t) => t.text))];
  if (figures.length === 1) return { kind: 'found', rating: innermost[0]! };
  return figures.length ? { kind: 'ambiguous', texts: figures } : { kind: 'none' };
}

const STAR_WORDS = LANGS.flatMap((lang) => (FEEDBACK_LABELS.stars as LabelSet)[lang] ?? [])
  .map((w) => w.normalize('NFKC').toLowerCase())
  .sort((a, b) => b.length - a.length);

/**
 * The figure of a "4.6 stars" text in any UI language ("4,6 von 5 Sternen", "5つ星のうち4.6", "4.6 颗星"),
 * or undefined when the text is not a star figure and nothing else.
 */
function starFigure(text: string): string | undefined {
  let rest = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!rest || rest.length > 40) return undefined;
  let named = false;
  for (const word of STAR_WORDS) {
    // Latin words stand alone; CJK words are written against the number.
    const pattern = /^[a-z]/.test(word)
      ? new RegExp(`(^|[\\s\\d])${escapeRegExp(word)}(?=$|[\\s\\d])`, 'g')
      : new RegExp(escapeRegExp(word), 'g');
    const stripped = rest.replace(pattern, '$1 ');
    if (stripped !== rest) {
      named = true;
      rest = stripped;
    }
  }
  rest = rest.replace(/\s+/g, ' ').trim();
  return named && /^\d(?:[.,]\d{1,2})?$/.test(rest) ? rest : undefined;
}

function inTableRow(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) if (cur.matches(ROWS)) return true;
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ------------------------------------------------------------------------------------------------
// Tables (kat-table, HTML tables, ARIA grids)
// ------------------------------------------------------------------------------------------------

const TABLES = 'kat-table, table, [role="table"], [role="grid"]';
const ROWS = 'kat-table-row, tr, [role="row"]';
const CELLS = 'kat-table-cell, td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';

interface Row {
  element: Element;
  cells: Element[];
}

function tablesOf(doc: Document): Row[][] {
  return deepQueryAll(doc, TABLES).map((table) =>
    Array.from(table.querySelectorAll(ROWS))
      // rows of a table nested in a cell belong to that table
      .filter((row) => row.parentElement?.closest(TABLES) === table)
      .map((row) => ({ element: row, cells: Array.from(row.children).filter((cell) => cell.matches(CELLS)) })),
  );
}

/** Indexes of the cells whose text is one of `set`'s labels. */
function cellsLabelled(cells: readonly Element[], set: LabelSet): number[] {
  return cells.flatMap((cell, i) => (labelScore(visibleText(cell), set) > 0 ? [i] : []));
}

// ------------------------------------------------------------------------------------------------
// Negative feedback share, 30 days
// ------------------------------------------------------------------------------------------------

type CellSearch = { kind: 'found'; cell: Element; label: string } | { kind: 'none' } | { kind: 'problem'; problem: string };

function readNegativeShare(doc: Document, ctx: PageContext, out: AdapterResult): void {
  const searches = tablesOf(doc).map(negativeCellIn).filter((s) => s.kind !== 'none');
  const found = searches.filter((s): s is Extract<CellSearch, { kind: 'found' }> => s.kind === 'found');
  if (found.length > 1) {
    out.problems.push('Negative feedback (30 days): several summary tables, none read');
    return;
  }
  if (found.length === 0) {
    const problems = searches.flatMap((s) => (s.kind === 'problem' ? [s.problem] : []));
    out.problems.push(...(problems.length ? problems : ['no feedback summary table with a Negative row and a 30 days column']));
    return;
  }
  const { cell } = found[0]!;
  const text = visibleText(cell);
  const figure = percentFigure(text);
  if (figure === undefined) {
    // "—" or "— (0)": no feedback in the period; anything else is a figure we cannot read.
    if (!isMissingText(text.replace(/[(（][^)）]*[)）]/g, ''))) out.problems.push(`negativeFeedbackPct: no percentage in "${text}"`);
    return;
  }
  const shown = valueCandidates(cell).find((c) => c.text.normalize('NFKC').replace(/\s+/g, ' ').trim() === figure);
  readMetric(
    out,
    { scope: 'account', entity: 'account', metric: 'negativeFeedbackPct', text: figure, element: shown?.element ?? cell, label: found[0]!.label },
    ctx,
  );
}

/** The Negative row × 30 days column cell of a summary table, when `table` is one. */
function negativeCellIn(table: readonly Row[]): CellSearch {
  const headers = table.flatMap(({ cells }) => cellsLabelled(cells, FEEDBACK_LABELS.last30Days).map((column) => ({ cells, column })));
  const negatives = table.map((row) => row.cells).filter((cells) => cellsLabelled(cells, FEEDBACK_LABELS.negative).length > 0);
  if (headers.length === 0 || negatives.length === 0) return { kind: 'none' };
  if (headers.length > 1) return { kind: 'problem', problem: 'Negative feedback (30 days): two "30 days" columns, none read' };
  if (negatives.length > 1) return { kind: 'problem', problem: 'Negative feedback (30 days): two "Negative" rows, none read' };
  const [{ cells: header, column }] = headers as [{ cells: Element[]; column: number }];
  const row = negatives[0]!;
  if (row.length !== header.length) {
    return { kind: 'problem', problem: `Negative feedback (30 days): the Negative row has ${row.length} cells, the header ${header.length}` };
  }
  // Read under the row and column it sits at: "Negative · 30 days".
  return { kind: 'found', cell: row[column]!, label: `${cleanLabel(visibleText(row[0]!))} · ${cleanLabel(visibleText(header[column]!))}` };
}

/**
 * The one percentage of a cell like "3% (7)" or "7 (3 %)": the share, not the count in parentheses.
 * Undefined when the cell shows no percentage or two.
 */
function percentFigure(text: string): string | undefined {
  const parts = text
    .normalize('NFKC')
    .split(/[()]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => /^[-−]?\d[\d., ]*%$/.test(p));
  return parts.length === 1 ? parts[0] : undefined;
}

// ------------------------------------------------------------------------------------------------
// Recent feedback rows
// ------------------------------------------------------------------------------------------------

interface Columns {
  date: number;
  rating: number;
  comment: number | undefined;
  orderId: number | undefined;
}

function collectFeedbackRows(doc: Document, ctx: PageContext): { rows: FeedbackRow[]; problems: string[]; due: DueReading[] } {
  const lists = tablesOf(doc).flatMap((table) => {
    const headerAt = table.findIndex((row) => columnsOf(row.cells) !== undefined);
    return headerAt < 0 ? [] : [{ table, headerAt, columns: columnsOf(table[headerAt]!.cells)! }];
  });
  if (lists.length === 0) return { rows: [], problems: [], due: [] };
  if (lists.length > 1) return { rows: [], problems: ['recent feedback: several tables with Date and Rating columns, none read'], due: [] };
  const { table, headerAt, columns } = lists[0]!;
  const width = table[headerAt]!.cells.length;
  // Dates are written in the page's locale; a page without `lang` on amazon.com writes them US-style.
  const lang = doc.documentElement.getAttribute('lang') || (ctx.marketplace === 'US' ? 'en-US' : undefined);
  const rows: FeedbackRow[] = [];
  const problems: string[] = [];
  const due: DueReading[] = [];
  table.forEach(({ element, cells }, i) => {
    // The header, and full-width message rows ("No feedback yet"), are not feedback.
    if (i === headerAt || cells.length < 2) return;
    const where = `recent feedback row ${i - headerAt}`;
    if (cells.length !== width) {
      problems.push(`${where}: ${cells.length} cells under ${width} headers`);
      return;
    }
    const read = readRow(element, cells, columns, lang);
    if (typeof read === 'string') {
      problems.push(`${where}: ${read}`);
      return;
    }
    rows.push(read);
    const made = dueRow('feedback', read.orderId, read.orderId, read.rating, read.date);
    if (made && 'problem' in made) problems.push(`${where}: ${made.problem}`);
    else if (made) {
      const ratingCell = cells[columns.rating]!;
      const widget = ratingCell.matches('kat-star-rating') ? ratingCell : (deepQueryAll(ratingCell, 'kat-star-rating')[0] ?? ratingCell);
      due.push({ row: made.row, element: widget, ...(read.comment ? { title: read.comment.slice(0, 300) } : {}) });
    }
  });
  return { rows, problems, due };
}

function columnsOf(cells: readonly Element[]): Columns | undefined {
  const one = (set: LabelSet) => {
    const found = cellsLabelled(cells, set);
    return found.length === 1 ? found[0] : undefined;
  };
  const date = one(FEEDBACK_LABELS.dateColumn);
  const rating = one(FEEDBACK_LABELS.ratingColumn);
  if (date === undefined || rating === undefined) return undefined;
  return { date, rating, comment: one(FEEDBACK_LABELS.commentsColumn), orderId: one(FEEDBACK_LABELS.orderIdColumn) };
}

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

function readRow(row: Element, cells: readonly Element[], columns: Columns, lang: string | undefined): FeedbackRow | string {
  const orderId =
    row.getAttribute('data-order-id')?.trim() ||
    (columns.orderId !== undefined ? ORDER_ID.exec(visibleText(cells[columns.orderId]!))?.[0] : undefined);
  if (!orderId) return 'no order id';

  const ratingCell = cells[columns.rating]!;
  const widget = ratingCell.matches('kat-star-rating[value]') ? ratingCell : deepQueryAll(ratingCell, 'kat-star-rating[value]')[0];
  const ratingText = widget?.getAttribute('value')?.trim() ?? starFigure(visibleText(ratingCell)) ?? visibleText(ratingCell);
  // Feedback is whole stars; a widget may write "4.0".
  const rating = /^\d(?:[.,]0+)?$/.test(ratingText) ? Number(ratingText[0]) : NaN;
  if (Number.isNaN(rating)) return `rating unreadable: "${ratingText}"`;

  const dateText = visibleText(cells[columns.date]!);
  const date = parseDate(dateText, { lang });
  if (!date) return `date unreadable: "${dateText}"`;

  const parsed = feedbackRowSchema.safeParse({
    orderId,
    rating,
    date,
    comment: columns.comment !== undefined ? visibleText(cells[columns.comment]!) : '',
    ...(rating < RESPOND_BELOW ? { respondBy: addDays(date, RESPONSE_DAYS) } : {}),
  });
  return parsed.success ? parsed.data : parsed.error.issues.map((issue) => issue.message).join('; ');
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
