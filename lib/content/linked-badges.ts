/**
 * The linked signals on the page (issue 16, contract §8): which value each is drawn beside, what its
 * tooltip adds, and the traffic drop's guided walk in the assistant's words.
 *   - `inventoryTurnover` (sku) beside the SKU's `available` badge, with its days of cover;
 *   - `sessionsChange` (asin) beside the ASIN's sessions of the same period;
 *   - `salesConcentration` (account) beside the top child ASIN's ordered product sales of the period.
 * A figure the history could not give is not drawn; the `available` badge's tooltip says why (an ASIN
 * not known from the inventory pages, too few days of history).
 */
import { t, type PageMessageKey } from '../i18n/page';
import type { MetricRecord } from '../read/record';
import type { MetricId } from '../read/metrics';
import { evaluate } from '../rules';
import type { LinkedDetail, LinkedGap, LinkedReply } from '../store/links';
import type { Snapshot } from '../store/schema';
import type { Settings } from '../store/settings';
import type { AdvertisingCampaign, WalkFact, WalkStep } from '../review/traffic-walk';
import type { GuideStep } from '@/components/LogPanel';
import { formatValue, type BadgeSpec } from './badges';
import type { PageRead } from './capture-session';

const keyOf = (marketplace: string, scope: string, entity: string, metric: string, period: string) => `${marketplace}|${scope}|${entity}|${metric}|${period}`;

/** The values the linked figures are drawn beside (see above). */
export const LINKED_VALUES_BESIDE: readonly MetricId[] = ['available', 'sessions', 'orderedProductSales'];

export class LinkedValues {
  private readonly values = new Map<string, { row: Snapshot; detail: LinkedDetail | undefined }>();
  private readonly gaps = new Map<string, LinkedGap>();

  add(reply: LinkedReply): void {
    for (const row of reply.rows) {
      const key = keyOf(row.marketplace, row.scope, row.entity, row.metric, row.period);
      this.values.set(key, { row, detail: reply.details[key] });
      this.gaps.delete(`${row.marketplace}|${row.scope}|${row.entity}|${row.metric}`);
    }
    for (const gap of reply.gaps) {
      this.gaps.set(`${gap.marketplace}|${gap.scope}|${gap.entity}|${gap.metric}`, gap);
      for (const key of this.values.keys()) if (key.startsWith(`${gap.marketplace}|${gap.scope}|${gap.entity}|${gap.metric}|`)) this.values.delete(key);
    }
  }

  /** Why a SKU's turnover is not drawn, for its `available` badge's tooltip. */
  gapNote(marketplace: string, record: MetricRecord): string | undefined {
    if (record.metric !== 'available') return undefined;
    const gap = this.gaps.get(`${marketplace}|sku|${record.entity}|inventoryTurnover`);
    if (!gap) return undefined;
    return t(`linked.gap.${gap.reason}` as PageMessageKey, { days: gap.days ?? 0, min: 28 });
  }

  /** The linked badges of this read: each beside the value it follows. */
  specs(read: PageRead, settings: Settings): BadgeSpec[] {
    const marketplace = read.ctx.marketplace;
    const specs: BadgeSpec[] = [];
    for (const { record, element } of read.result.readings) {
      if (!element) continue;
      let found: { row: Snapshot; detail: LinkedDetail | undefined } | undefined;
      if (record.metric === 'available' && record.scope === 'sku') found = this.values.get(keyOf(marketplace, 'sku', record.entity, 'inventoryTurnover', ''));
      else if (record.metric === 'sessions' && record.scope === 'asin') found = this.values.get(keyOf(marketplace, 'asin', record.entity, 'sessionsChange', record.period));
      else if (record.metric === 'orderedProductSales' && record.scope === 'asin') {
        const top = this.values.get(keyOf(marketplace, 'account', 'account', 'salesConcentration', record.period));
        if (top?.detail?.asin === record.entity) found = top;
      }
      if (!found) continue;
      const { row, detail } = found;
      const linkedRecord: MetricRecord = { scope: row.scope, entity: row.entity, metric: row.metric, value: row.value, unit: row.unit, period: row.period };
      const multiDay = !!row.period && row.period.slice(0, 10) !== row.period.slice(12);
      const evaluation = evaluate({ marketplace, scope: row.scope, entity: row.entity, metric: row.metric, value: row.value, day: row.period ? row.period.slice(12) : row.day, multiDay }, [], settings);
      if (!evaluation) continue;
      specs.push({ record: linkedRecord, element, evaluation, note: noteOf(row, detail) });
    }
    return specs;
  }
}

function noteOf(row: Snapshot, detail: LinkedDetail | undefined): string {
  if (row.metric === 'inventoryTurnover') {
    return detail?.daysOfCover !== undefined
      ? t('linked.turnoverNote', { asin: detail.asin ?? '', days: detail.days ?? 0, cover: detail.daysOfCover })
      : t('linked.turnoverNoSales', { asin: detail?.asin ?? '', days: detail?.days ?? 0 });
  }
  if (row.metric === 'salesConcentration') return t('linked.concentrationNote', { asin: detail?.asin ?? '' });
  return t('linked.sessionsNote', { days: detail?.days ?? 0 });
}

export interface WalkGuide {
  title: string;
  steps: GuideStep[];
  /** The walk as text, for the entry's action (what was checked, in order). */
  action: string;
}

function factText(fact: WalkFact): string {
  const value = formatValue({ value: fact.value, unit: fact.unit, currency: fact.currency, metric: fact.metric, status: fact.status });
  const who = fact.entity === 'account' ? '' : `${fact.entity} · `;
  const level = fact.level ? ` (${t(`level.${fact.level}` as PageMessageKey)})` : '';
  return `${who}${t(`metric.${fact.metric}` as PageMessageKey)} ${value}${level} · ${fact.day}`;
}

/** How the walk names a campaign and its ad groups: `campaign › ad group` (contract §8's entity), or the campaign alone. */
export function campaignLabels(campaigns: readonly AdvertisingCampaign[]): string[] {
  return campaigns.flatMap(({ campaign, adGroups }) => (adGroups.length ? adGroups.map((g) => `${campaign} › ${g}`) : [campaign]));
}

/** The traffic drop's walk in the assistant's words: account health, then ads, then inventory. */
export function walkGuide(asin: string, steps: readonly WalkStep[]): WalkGuide {
  const guideSteps: GuideStep[] = steps.map((step) => {
    const lines = [...(step.campaigns?.length ? [t('walk.campaigns', { campaigns: campaignLabels(step.campaigns).join(', ') })] : []), ...step.facts.map(factText)];
    if (step.gap) lines.push(t(`walk.gap.${step.gap}` as PageMessageKey));
    if (step.module === 'account') lines.push(t('walk.policy'));
    return { module: step.module, title: t(`walk.step.${step.module}` as PageMessageKey), lines, url: step.url, linkText: t('walk.open') };
  });
  const action = [t('walk.title', { asin }), ...guideSteps.map((s, i) => `${i + 1}. ${s.title}: ${s.lines.join('; ')}`)].join('\n').slice(0, 2000);
  return { title: t('walk.title', { asin }), steps: guideSteps, action };
}
