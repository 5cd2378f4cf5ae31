/**
 * The linked ads signals on the pages (issue 16, contract §8): asks the background for the entities on
 * screen (lib/rules/linked-ads-query.ts) and turns its answer into badges like any other metric's:
 * `advertisedOutOfStock` on campaign and ad group rows (the name cell), the three spend shares on the
 * campaign manager's summary (a strip of our own beside the performance tiles, in shadow roots), and the
 * campaigns still spending on an out-of-stock SKU in its inventory badge's tooltip.
 */
import { extensionApi } from '../store/extension-api';
import { t, type PageMessageKey } from '../i18n/page';
import type { MetricId } from '../read/metrics';
import type { Evaluation } from '../rules';
import type { LinkedReply, LinkedRequest } from '../rules/linked-ads-query';
import { AD_GROUP_SEPARATOR, type ShareBucket } from '../rules/linked-ads';
import type { Settings } from '../store/settings';
import { localDay } from '../read/day';
import type { Marketplace } from '../read/marketplaces';
import { ipiNeedsRestock } from '../rules/restock-link';
import { restockPlanLines } from '../log/restock-plan';
import type { BadgeSpec } from './badges';
import type { PageRead } from './capture-session';
import { createOverlayHost, el } from './overlay-host';

/** Metrics drawn from linked history rather than read from the page. */
export const LINKED_METRICS: ReadonlySet<MetricId> = new Set<MetricId>(['advertisedOutOfStock', 'autoSpendShare', 'manualSpendShare', 'brandSpendShare']);

const ASK_DELAY_MS = 250;

const STRIP_STYLE = `
:host { all: initial; }
.s { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2a2c; }
`;

/** Where the summary strip goes: after the performance tiles, else after the date-range picker's row. */
const SUMMARY_ANCHORS = ['[data-testid="performance-tiles"]', '[data-testid="date-range-picker"]'];

export class LinkedBadges {
  private reply: LinkedReply | undefined;
  private replyFor = '';
  private asked = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private strip: HTMLElement | undefined;
  private readonly shareHosts = new Map<ShareBucket, { host: HTMLElement; text: HTMLElement }>();
  private note: HTMLElement | undefined;

  /** The marketplace and settings of the last read, for the restock lines of an IPI badge. */
  private marketplace: Marketplace | undefined;
  private settings: Settings | undefined;

  constructor(private readonly changed: () => void) {}

  /** Something was stored (a capture, links): ask again for what is on screen. */
  refresh(): void {
    this.stale = true;
    this.changed();
  }

  private requestOf(read: PageRead, settings: Settings): LinkedRequest | undefined {
    const { adapter, result, ctx } = read;
    const base = { marketplace: ctx.marketplace, split: settings.budgetSplit, today: localDay() };
    if (adapter.id === 'ads-campaigns') {
      const rows = (result.links ?? []).filter((l) => l.element && l.entity && l.scope);
      const campaigns = rows.filter((l) => l.scope === 'campaign').map((l) => l.entity!);
      const adGroups = rows.filter((l) => l.scope === 'adGroup' && l.link.kind === 'campaign').map((l) => ({ campaign: (l.link as { campaign: string }).campaign, adGroup: l.entity!.slice((l.link as { campaign: string }).campaign.length + AD_GROUP_SEPARATOR.length) }));
      const period = campaigns.length ? result.readings.find((r) => r.record.scope === 'campaign' && r.record.period)?.record.period : undefined;
      if (!campaigns.length && !adGroups.length) return undefined;
      return { ...base, campaigns, adGroups, skus: [], ...(period ? { period } : {}) };
    }
    if (adapter.id === 'inventory-performance') {
      // IPI below its breach bound: the SKUs in restock breach, for its tooltip and entry (issue 15).
      const ipi = result.readings.find((r) => r.record.metric === 'ipiScore');
      return ipi && ipiNeedsRestock(ipi.record.value, ctx.marketplace, settings) ? { ...base, campaigns: [], adGroups: [], skus: [], restock: true } : undefined;
    }
    if (adapter.id === 'inventory') {
      const skus = [...new Set(result.readings.filter((r) => r.record.scope === 'sku' && (r.record.metric === 'available' || r.record.metric === 'listingStatus')).map((r) => r.record.entity))];
      return skus.length ? { ...base, campaigns: [], adGroups: [], skus } : undefined;
    }
    return undefined;
  }

  /** Asks the background (after a short pause, once per change of what is on screen or of what is stored). */
  private ask(request: LinkedRequest): void {
    const key = JSON.stringify(request);
    if (key === this.asked && !this.stale) return;
    this.asked = key;
    this.stale = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void (async () => {
        try {
          const reply = (await extensionApi().runtime.sendMessage({ type: 'linked', request })) as LinkedReply | { ok: false } | undefined;
          if (!reply?.ok) throw new Error('no linked reply');
          this.reply = reply;
          this.replyFor = key;
          this.changed();
        } catch {
          this.asked = ''; // ask again on a later read
        }
      })();
    }, ASK_DELAY_MS);
  }

  /** The linked badges for this read (and asks for fresh ones when what is on screen changed). */
  specs(read: PageRead, settings: Settings): BadgeSpec[] {
    this.marketplace = read.ctx.marketplace;
    this.settings = settings;
    const request = this.requestOf(read, settings);
    if (!request) {
      this.removeStrip();
      return [];
    }
    // A first read, of the ruled values only (capture-session.ts), may lack the campaigns' period: what is
    // known is drawn, and the background is asked once the whole page is read.
    if (!read.result.partial) this.ask(request);
    const reply = this.reply;
    if (!reply || !this.replyFor) return [];
    const specs: BadgeSpec[] = [];
    for (const row of read.result.links ?? []) {
      if (!row.element || !row.entity || !row.scope) continue;
      const finding = reply.outOfStock[row.entity];
      // None of its known products out: no badge (contract §8).
      if (!finding || finding.value === 0) continue;
      specs.push({
        record: { scope: row.scope, entity: row.entity, metric: 'advertisedOutOfStock', value: finding.value, unit: 'count', period: '' },
        element: rowAnchor(row.element),
        evaluation: outOfStockEvaluation(finding.out),
      });
    }
    if (read.adapter.id === 'ads-campaigns' && request.period && reply.shares && reply.shares.period === request.period) {
      specs.push(...this.shareSpecs(reply.shares, settings));
    } else if (!read.result.partial) this.removeStrip();
    return specs;
  }

  /** Extra tooltip lines for a badge: the products out, the campaigns still spending on a SKU, what to move. */
  tooltipLines(spec: BadgeSpec): string[] {
    const restock = this.restockLines(spec);
    if (restock) return restock;
    const reply = this.reply;
    if (!reply) return [];
    const { record } = spec;
    if (record.metric === 'advertisedOutOfStock') {
      const finding = reply.outOfStock[record.entity];
      return finding?.out.length ? [t('tooltip.outSkus', { skus: finding.out.join(', ') })] : [];
    }
    if (record.scope === 'sku' && reply.spendingOn[record.entity]?.length) {
      return [t('tooltip.spendingOn', { campaigns: reply.spendingOn[record.entity]!.join(', ') })];
    }
    if (LINKED_METRICS.has(record.metric) && reply.shares?.unclassified.campaigns.length) {
      return [unclassifiedLine(reply.shares)];
    }
    return [];
  }

  /**
   * An IPI below its breach bound: the Restock page of the marketplace and the SKUs in restock breach
   * (once the background answered); undefined for any other badge.
   */
  restockLines(spec: BadgeSpec, max = 5): string[] | undefined {
    const marketplace = this.marketplace;
    if (spec.record.metric !== 'ipiScore' || !marketplace || !ipiNeedsRestock(spec.record.value, marketplace, this.settings)) return undefined;
    // The answer counts only if it was asked for this marketplace's restock breaches (not an earlier page's).
    const asked = this.replyFor ? (JSON.parse(this.replyFor) as Partial<LinkedRequest>) : undefined;
    const breaches = this.reply && asked?.restock && asked.marketplace === marketplace ? this.reply.restock : undefined;
    return restockPlanLines(marketplace, breaches, this.settings, max);
  }

  private shareSpecs(shares: NonNullable<LinkedReply['shares']>, settings: Settings): BadgeSpec[] {
    const strip = this.ensureStrip();
    if (!strip) return [];
    const moves = shares.moves.length
      ? shares.moves
          .map((m) =>
            t('linked.move', {
              amount: `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(m.amount)} ${shares.currency ?? ''}`.trim(),
              from: t(`linked.bucket.${m.from}` as PageMessageKey),
              to: t(`linked.bucket.${m.to}` as PageMessageKey),
            }),
          )
          .join('; ')
      : t('linked.balanced', { tolerance: settings.budgetSplit.tolerance });
    const split = settings.budgetSplit;
    const specs: BadgeSpec[] = [];
    this.note!.textContent = [t('linked.summary', { period: shares.period.replace('..', ' – ') }), shares.unclassified.campaigns.length ? unclassifiedLine(shares) : ''].filter(Boolean).join(' ');
    for (const share of shares.shares) {
      const holder = this.shareHosts.get(share.bucket)!;
      holder.text.textContent = t('linked.share', { bucket: t(`linked.bucket.${share.bucket}` as PageMessageKey), value: share.value, target: share.target });
      specs.push({
        record: { scope: 'account', entity: 'account', metric: share.metric, value: share.value, unit: 'percent', period: shares.period },
        element: holder.host,
        evaluation: {
          metric: share.metric,
          level: share.level,
          threshold: `± ${split.tolerance} of ${share.target}`,
          rule: `warn > ${split.tolerance} points from ${share.target} (${split.auto} : ${split.manual} : ${split.brand})`,
          action: 'action.spendShares',
          actionParams: { auto: split.auto, manual: split.manual, brand: split.brand, moves },
          category: 'operations',
          module: 'ads',
        },
      });
    }
    return specs;
  }

  /** The strip of the three shares, placed after the summary tiles (placed again if the page re-rendered it away). */
  private ensureStrip(): HTMLElement | undefined {
    if (this.strip?.isConnected) return this.strip;
    const anchor = SUMMARY_ANCHORS.map((s) => document.querySelector(s)).find(Boolean);
    if (!anchor) return undefined;
    const strip = this.strip ?? this.makeStrip();
    const after = anchor.matches('[data-testid="date-range-picker"]') ? (anchor.parentElement ?? anchor) : anchor;
    after.after(strip);
    return strip;
  }

  private makeStrip(): HTMLElement {
    const strip = document.createElement('sol-linked-summary');
    strip.setAttribute('data-sol-summary', 'spend-shares');
    strip.setAttribute('style', 'all: initial; display: flex !important; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin: 6px 0 10px !important;');
    const { host: noteHost, root: noteRoot } = createOverlayHost('sol-linked-note', { 'data-sol-summary-note': '' });
    this.note = el('span', { className: 's' });
    noteRoot.append(el('style', { text: STRIP_STYLE }), this.note);
    strip.append(noteHost);
    for (const bucket of ['auto', 'manual', 'brand'] as const) {
      const wrap = document.createElement('span');
      wrap.setAttribute('style', 'all: initial; display: inline-flex !important; align-items: center; position: relative;');
      const { host, root } = createOverlayHost('sol-linked-share', { 'data-sol-share': bucket });
      const text = el('span', { className: 's' });
      root.append(el('style', { text: STRIP_STYLE }), text);
      wrap.append(host);
      strip.append(wrap);
      this.shareHosts.set(bucket, { host, text });
    }
    this.strip = strip;
    return strip;
  }

  private removeStrip(): void {
    if (this.strip?.isConnected) this.strip.remove();
  }
}

/**
 * A spot of our own at the start of a name cell for its badge: a name is left-aligned and cut off by
 * the cell, so a badge beside its text would fall outside the cell (under the next one, not clickable).
 * The spot is an empty shadow host the width of a badge; the badge goes right after it.
 */
function rowAnchor(cell: Element): Element {
  const existing = Array.from(cell.children).find((c) => c.tagName === 'SOL-LINKED-ANCHOR');
  if (existing) return existing;
  const { host } = createOverlayHost('sol-linked-anchor', { 'data-sol-summary': 'row' });
  host.setAttribute('style', 'all: initial; display: inline-block !important; flex: none !important; width: 22px !important; height: 16px !important; vertical-align: middle;');
  cell.prepend(host);
  return host;
}

function outOfStockEvaluation(out: readonly string[]): Evaluation {
  return {
    metric: 'advertisedOutOfStock',
    level: 'breach',
    threshold: '> 0',
    rule: 'breach > 0',
    action: 'action.advertisedOutOfStock',
    actionParams: { skus: out.join(', ') },
    category: 'operations',
    module: 'ads',
  };
}

function unclassifiedLine(shares: NonNullable<LinkedReply['shares']>): string {
  return t('linked.unclassified', { count: shares.unclassified.campaigns.length, spend: `${shares.unclassified.spend} ${shares.currency ?? ''}`.trim() });
}
