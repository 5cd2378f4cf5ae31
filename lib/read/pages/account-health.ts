/**
 * Account Health dashboard (contract §1 `account-health`): the Account Health Rating, the Order Defect
 * Rate and its three parts, and the shipping rates. Point-in-time values, so no period.
 *
 * Two page generations exist. The older server-rendered one (AUI `a-row` / `a-column` markup) gives the
 * shipping rows ids and the AHR gauge a class; the ODR breakdown rows have neither, so they are found
 * by label. The newer React/kat page has no ids at all: every metric is found by its label, in any UI
 * language, and its value is the one figure in the smallest box around that label.
 */
import { composedContains, composedParent, queryFirst, visibleText } from '../dom';
import { ACCOUNT_HEALTH_LABELS, cleanLabel } from '../labels';
import type { MetricId } from '../metrics';
import {
  comparablePath,
  findLabelHits,
  settle,
  unplacedLabels,
  valueByLabels,
  valueCandidates,
  type ValueCandidate,
  type ValueSearch,
} from './label-anchors';
import { emptyResult, readMetric } from './read-metric';
import type { AdapterResult, PageAdapter, PageContext } from './types';

type AccountHealthMetric = Extract<keyof typeof ACCOUNT_HEALTH_LABELS, MetricId>;

interface MetricAnchor {
  metric: AccountHealthMetric;
  /** How problems name it. */
  name: string;
  /** Stable selectors of the box that holds this metric's label and value, tried in order. */
  rows: readonly string[];
  /** Where its label must be, when the page has a stable box for a group of labelled rows. */
  labelScope?: readonly string[];
  /** Not every account's page shows it: its absence is not a problem. */
  optional?: boolean;
}

const ANCHORS: readonly MetricAnchor[] = [
  {
    metric: 'accountHealthRating',
    name: 'Account Health Rating',
    rows: [
      // older page: the numeric AHR gauge; the number is its heading, the scale under it is aria-hidden
      '.ahd-numeric-ahr-indicator',
    ],
  },
  {
    metric: 'orderDefectRate',
    name: 'Order Defect Rate',
    rows: [
      // older page: the summary row above the ODR breakdown
      '#customer-satisfaction-content-rows-section .sp-summary-row',
    ],
  },
  // The ODR breakdown rows carry no ids and their order is not fixed: by label only, inside the
  // breakdown section when the page has one.
  { metric: 'negativeFeedbackRate', name: 'Negative feedback', rows: [], labelScope: ['#odr-breakdown-section'] },
  { metric: 'atozClaimRate', name: 'A-to-z Guarantee claims', rows: [], labelScope: ['#odr-breakdown-section'] },
  { metric: 'chargebackRate', name: 'Chargeback claims', rows: [], labelScope: ['#odr-breakdown-section'] },
  {
    metric: 'lateShipmentRate',
    name: 'Late Shipment Rate',
    rows: [
      // older page: shipping performance row
      '#shipping-late-shipment-rate-row',
    ],
  },
  {
    metric: 'preFulfillmentCancelRate',
    name: 'Pre-fulfillment Cancel Rate',
    rows: [
      // older page: shipping performance row
      '#shipping-cancellation-rate-row',
    ],
  },
  {
    metric: 'validTrackingRate',
    name: 'Valid Tracking Rate',
    rows: [
      // older page: shipping performance row (Amazon's id says "view", the row is Valid Tracking)
      '#shipping-view-tracking-rate-row',
    ],
  },
  {
    metric: 'onTimeDeliveryRate',
    name: 'On-Time Delivery Rate',
    rows: [
      // older page: shipping performance row
      '#unit-on-time-delivery-rate-row',
    ],
    // Shown only where Amazon measures delivery dates for the seller's orders.
    optional: true,
  },
];

const METRIC_KEYS = ANCHORS.map((a) => a.metric);

/** `/performance/dashboard`, `/performance/account/health` and their `index.html` forms. */
const PATHS = /^\/performance\/(?:dashboard|account\/health|account-health)(?:\/index\.html)?$/;

export const accountHealthAdapter: PageAdapter = {
  id: 'account-health',
  source: 'sellercentral',
  matches: (url) => PATHS.test(comparablePath(url)),
  read(doc, ctx) {
    const out = emptyResult();
    try {
      const hits = findLabelHits(doc, ACCOUNT_HEALTH_LABELS, ctx.taught);
      const metricLabels = METRIC_KEYS.flatMap((k) => hits.get(k) ?? []);
      const sellerColumn = sellerFulfilledColumn(hits.get('sellerFulfilledColumn') ?? []);
      for (const anchor of ANCHORS) {
        report(out, anchor, findValue(doc, anchor, hits.get(anchor.metric) ?? [], metricLabels, sellerColumn), ctx);
      }
      const unplaced = unplacedLabels(doc, ACCOUNT_HEALTH_LABELS, out.readings.flatMap((r) => r.element ?? []));
      if (unplaced.length) out.unplaced = unplaced;
    } catch (error) {
      out.problems.push(`account health page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

/** What was found for a metric, and by which anchor (for the problem when no figure is). */
type Found = ValueSearch & { via: 'row' | 'label' | 'nothing'; label?: string };

function findValue(
  doc: Document,
  anchor: MetricAnchor,
  ownLabels: readonly Element[],
  metricLabels: readonly Element[],
  sellerColumn: string | undefined,
): Found {
  const narrow = (candidates: ValueCandidate[]) =>
    sellerColumn ? candidates.filter((c) => columnClasses(c.element).includes(sellerColumn)) : candidates;
  const row = queryFirst(doc, anchor.rows);
  // The label a row-anchored value was read under: the metric's label inside that row, if it shows one.
  const rowLabel = (row: Element) => ownLabels.find((l) => composedContains(row, l));
  if (row) return orEmptyCell({ ...settle(valueCandidates(row), narrow), via: 'row', label: labelText(rowLabel(row)) }, [row], sellerColumn);
  const scope = anchor.labelScope ? queryFirst(doc, anchor.labelScope) : undefined;
  const labels = scope ? ownLabels.filter((l) => composedContains(scope, l)) : ownLabels;
  if (labels.length === 0) return { kind: 'none', via: 'nothing' };
  const rows = labels.flatMap((l) => l.closest('.a-row') ?? []);
  const search = valueByLabels(labels, metricLabels, narrow);
  const label = search.kind === 'found' ? labels.find((l) => besideValue(l, search.value.element)) ?? labels[0] : undefined;
  return orEmptyCell({ ...search, via: 'label', label: labelText(label) }, rows, sellerColumn);
}

/** Whether `value` is shown in the smallest box around `label` that shows a figure. */
function besideValue(label: Element, value: Element): boolean {
  for (let box = composedParent(label); box && box.tagName !== 'BODY'; box = composedParent(box)) {
    if (valueCandidates(box).length) return composedContains(box, value);
  }
  return false;
}

function labelText(label: Element | undefined): string | undefined {
  return label ? cleanLabel(visibleText(label)) || undefined : undefined;
}

/**
 * The older page shows "no value" as an empty value cell: when a row shows no figure but has exactly
 * one (empty) cell in the seller's column, the value is missing, which is not a problem.
 */
function orEmptyCell(found: Found, rows: readonly Element[], sellerColumn: string | undefined): Found {
  if (found.kind !== 'none' || rows.length !== 1) return found;
  const cells = rows[0]!.querySelectorAll(`.${sellerColumn ?? DEFAULT_VALUE_COLUMN}`);
  if (cells.length !== 1 || visibleText(cells[0]!) !== '') return found;
  return { kind: 'found', value: { element: cells[0]!, text: '' }, via: found.via, label: found.label };
}

function report(out: AdapterResult, anchor: MetricAnchor, search: Found, ctx: PageContext): void {
  if (search.kind === 'found') {
    readMetric(
      out,
      { scope: 'account', entity: 'account', metric: anchor.metric, text: search.value.text, element: search.value.element, label: search.label },
      ctx,
    );
  } else if (search.kind === 'ambiguous') {
    out.problems.push(`${anchor.name}: several values shown (${search.texts.join(', ')}), none read`);
  } else if (search.via === 'row') {
    out.problems.push(`${anchor.name}: its row shows no figure`);
  } else if (search.via === 'label') {
    out.problems.push(`${anchor.name}: no figure beside its label`);
  } else if (!anchor.optional) {
    out.problems.push(`no ${anchor.name} row`);
  }
}

/**
 * On the older page an ODR row can show two figures, Seller Fulfilled and Fulfilled by Amazon, in
 * columns whose AUI class (`sp-middle-col`, `sp-right-col`) the header row shares. The seller's
 * figure is the one under the "Seller Fulfilled" header; without such a header nothing is narrowed.
 */
function sellerFulfilledColumn(headers: readonly Element[]): string | undefined {
  const columns = new Set(headers.flatMap((h) => columnClasses(h)));
  return columns.size === 1 ? [...columns][0] : undefined;
}

const COLUMN_CLASS = /^sp-[a-z]+-col$/;
/** The older page's value column when no header names the seller's (its only value column then). */
const DEFAULT_VALUE_COLUMN = 'sp-middle-col';

/** The AUI column classes of `el` or of its nearest few ancestors (a header's text may sit in a span). */
function columnClasses(el: Element): string[] {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 4; depth++, cur = composedParent(cur)) {
    const classes = Array.from(cur.classList).filter((c) => COLUMN_CLASS.test(c));
    if (classes.length) return classes;
  }
  return [];
}
