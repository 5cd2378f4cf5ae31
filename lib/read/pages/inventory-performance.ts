/**
 * Inventory Performance dashboard (contract §1 `inventory-performance`): the IPI score and its parts,
 * one card each. Cards carry `data-testid`s, which do not change with the UI language; without them
 * (another build) a card is found by its heading. Point-in-time values, so no period.
 */
import { composedContains, queryFirst, visibleText } from '../dom';
import { cleanLabel, INVENTORY_PERFORMANCE_LABELS } from '../labels';
import { comparablePath, findLabelHits, settle, unplacedLabels, valueByLabels, valueCandidates, type ValueCandidate, type ValueSearch } from './label-anchors';
import { emptyResult, readMetric } from './read-metric';
import type { PageAdapter } from './types';

type IpiMetric = keyof typeof INVENTORY_PERFORMANCE_LABELS;

interface CardAnchor {
  metric: IpiMetric;
  name: string;
  cards: readonly string[];
  /** Inside the card, the element that shows the figure when the card shows other figures too. */
  figure?: readonly string[];
}

const CARDS: readonly CardAnchor[] = [
  {
    metric: 'ipiScore',
    name: 'IPI score',
    cards: ['[data-testid="ipi-score-card"]'],
    // the score is the text of a kat-label; the history chart beside it may label its bars
    figure: ['kat-label'],
  },
  { metric: 'excessInventoryPct', name: 'Excess inventory', cards: ['[data-testid="ipi-excess-inventory-card"]'] },
  { metric: 'sellThroughRate', name: 'Sell-through rate', cards: ['[data-testid="ipi-sell-through-card"]'] },
  { metric: 'strandedInventoryPct', name: 'Stranded inventory', cards: ['[data-testid="ipi-stranded-inventory-card"]'] },
  { metric: 'inStockRate', name: 'In-stock rate', cards: ['[data-testid="ipi-in-stock-card"]'] },
  { metric: 'agedOver365Pct', name: 'Units aged over 365 days', cards: ['[data-testid="ipi-aged-inventory-card"]'] },
];

const PATHS = /^\/(?:inventory-performance|inventoryplanning)\/dashboard(?:\/index\.html)?$/;

export const inventoryPerformanceAdapter: PageAdapter = {
  id: 'inventory-performance',
  source: 'sellercentral',
  matches: (url) => PATHS.test(comparablePath(url)),
  read(doc, ctx) {
    const out = emptyResult();
    try {
      // Labels find a card that lacks its test id (a build that renamed them), and name what was read.
      let hits: Map<IpiMetric, Element[]> | undefined;
      for (const anchor of CARDS) {
        const narrow = preferFigure(anchor.figure);
        const card = queryFirst(doc, anchor.cards);
        let search: ValueSearch;
        let headed = false;
        let label: Element | undefined;
        hits ??= findLabelHits(doc, INVENTORY_PERFORMANCE_LABELS, ctx.taught);
        const own = hits.get(anchor.metric) ?? [];
        if (card) {
          search = settle(valueCandidates(card), narrow);
          label = own.find((l) => composedContains(card, l));
        } else {
          headed = own.length > 0;
          search = valueByLabels(own, [...hits.values()].flat(), narrow);
          label = own[0];
        }
        if (search.kind === 'found') {
          readMetric(
            out,
            {
              scope: 'account',
              entity: 'account',
              metric: anchor.metric,
              text: search.value.text,
              element: search.value.element,
              label: label ? cleanLabel(visibleText(label)) || undefined : undefined,
            },
            ctx,
          );
        } else if (search.kind === 'ambiguous') {
          out.problems.push(`${anchor.name}: several values shown (${search.texts.join(', ')}), none read`);
        } else if (card) {
          out.problems.push(`${anchor.name}: its card shows no figure`);
        } else if (headed) {
          out.problems.push(`${anchor.name}: no figure under its heading`);
        } else {
          out.problems.push(`no ${anchor.name} card`);
        }
      }
      const unplaced = unplacedLabels(doc, INVENTORY_PERFORMANCE_LABELS, out.readings.flatMap((r) => r.element ?? []));
      if (unplaced.length) out.unplaced = unplaced;
    } catch (error) {
      out.problems.push(`inventory performance page could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return out;
  },
};

function preferFigure(selectors: readonly string[] | undefined): ((c: ValueCandidate[]) => ValueCandidate[]) | undefined {
  if (!selectors) return undefined;
  return (candidates) => candidates.filter((c) => selectors.some((s) => c.element.matches(s)));
}
