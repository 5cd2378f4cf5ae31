/**
 * Status metrics (contract §2: `listingStatus`, `restockAlert`, `cxHealth`): the page shows a word, the
 * record stores the number of that word on the metric's fixed list and the word itself. A page word that
 * maps to no word of the list is not stored; the diagnostic names it, so the assistant can teach it.
 */
import { findLabel, type LabelSet } from '../labels';
import { labelKey } from '../label-key';
import { statusValue, type StatusMetric, type StatusWord } from '../metrics';
import { metricRecordSchema } from '../record';
import type { AdapterResult, PageContext } from './types';

/** The list word a page word stands for: by the label dictionary, else by what the assistant taught. */
export function statusWordOfText<M extends StatusMetric>(metric: M, text: string, words: Readonly<Record<StatusWord<M>, LabelSet>>, ctx: PageContext): StatusWord<M> | undefined {
  const known = findLabel(text, words);
  if (known !== undefined) return known;
  const key = labelKey(text);
  for (const taught of ctx.taught ?? []) {
    if (taught.metric !== metric || !taught.statusWords) continue;
    const word = taught.statusWords[key];
    if (word !== undefined && statusValue(metric, word) !== undefined) return word as StatusWord<M>;
  }
  return undefined;
}

export interface StatusCell {
  entity: string;
  metric: StatusMetric;
  /** The list word, or undefined when the page's word is on no list. */
  word: string | undefined;
  /** The word as the page shows it. */
  shown: string;
  element?: Element;
  label?: string;
}

export function readStatus(out: AdapterResult, cell: StatusCell): 'read' | 'problem' {
  const where = `${cell.metric} of ${cell.entity}`;
  const value = cell.word === undefined ? undefined : statusValue(cell.metric, cell.word);
  if (value === undefined) {
    out.problems.push(`${where}: "${cell.shown.trim()}" is not a ${cell.metric} word; not stored`);
    return 'problem';
  }
  const result = metricRecordSchema.safeParse({ scope: 'sku', entity: cell.entity.replace(/\s+/g, ' ').trim(), metric: cell.metric, value, unit: 'status', status: cell.word });
  if (!result.success) {
    out.problems.push(`${where}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    return 'problem';
  }
  out.readings.push({ record: result.data, ...(cell.element ? { element: cell.element } : {}), ...(cell.label ? { label: cell.label } : {}) });
  return 'read';
}
