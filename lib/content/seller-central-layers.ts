/**
 * Seller Central's overlay layers (./site-layers.ts): the linked values' badges (issue 16, contract §8)
 * beside the values they follow, a traffic drop's badge opening its guided walk, and the due-item badges
 * of feedback rows and reviews (contract §7).
 */
import { dueFormValues } from '../log/due-form-values';
import { dueTooltipLines } from '../log/due-tooltip';
import type { Marketplace } from '../read/marketplaces';
import type { MetricRecord } from '../read/record';
import type { WalkStep } from '../review/traffic-walk';
import { extensionApi } from '../store/extension-api';
import type { LinkedReply } from '../store/links';
import type { TrafficWalkMessage } from '../store/messages';
import type { Settings } from '../store/settings';
import { BadgeLayer, type BadgeSpec } from './badges';
import type { PageRead } from './capture-session';
import { DueBadgeLayer } from './due-badges';
import { LINKED_VALUES_BESIDE, LinkedValues, walkGuide } from './linked-badges';
import type { OverlayHooks, SiteLayers } from './site-layers';

export class SellerCentralLayers implements SiteLayers {
  readonly metrics = LINKED_VALUES_BESIDE;
  private readonly linked = new LinkedValues();
  private readonly linkedBadges: BadgeLayer;
  private readonly dueBadges: DueBadgeLayer;

  constructor(private readonly hooks: OverlayHooks) {
    this.linkedBadges = new BadgeLayer({ onClick: (spec) => this.openLinked(spec), ...hooks.hover }, { tag: 'sol-linked-badge', offset: 20 });
    this.dueBadges = new DueBadgeLayer(
      (reading) => {
        hooks.hideTooltip();
        const { initial, context } = dueFormValues(reading, hooks.settings(), hooks.marketplace(), location.href);
        hooks.showPanel(initial, context, { kind: reading.row.kind, id: reading.row.id });
      },
      {
        onHover: (reading, host) => hooks.showTooltipLines(dueTooltipLines(reading, new Date()), host),
        onLeave: () => hooks.hideTooltip(),
      },
    );
  }

  draw(read: PageRead, settings: Settings): void {
    this.linkedBadges.render(this.linked.specs(read, settings));
    this.dueBadges.render(read.result.due ?? []);
  }

  clear(): void {
    this.linkedBadges.clear();
    this.dueBadges.clear();
  }

  addLinked(reply: LinkedReply): void {
    this.linked.add(reply);
  }

  gapNote(marketplace: Marketplace, record: MetricRecord): string | undefined {
    return this.linked.gapNote(marketplace, record);
  }

  /** A linked badge opens the log panel; a traffic drop's opens it as a guided entry (its walk asked of the background). */
  private openLinked(spec: BadgeSpec): void {
    const marketplace = this.hooks.marketplace();
    if (spec.record.metric !== 'sessionsChange' || !marketplace) return this.hooks.openPanel(spec);
    const message: TrafficWalkMessage = { type: 'trafficWalk', marketplace, asin: spec.record.entity };
    extensionApi()
      .runtime.sendMessage(message)
      .then((reply: unknown) => {
        const steps = (reply as { ok?: boolean; steps?: WalkStep[] } | undefined)?.steps;
        this.hooks.openPanel(spec, steps ? walkGuide(spec.record.entity, steps) : undefined);
      })
      .catch(() => this.hooks.openPanel(spec));
  }
}

export const sellerCentralLayers = (hooks: OverlayHooks): SiteLayers => new SellerCentralLayers(hooks);
