/**
 * The overlay's layers that only one site's pages have. Seller Central's (./seller-central-layers.ts):
 * the linked values beside the values they follow (issue 16) and the due-item badges of feedback rows and
 * reviews (contract §7). The Advertising console's pages show neither, so its reader does not carry them:
 * each reader file hands its site's layers to the overlay (entrypoints/reader-*.ts), and a page parses
 * only its own (bench/README.md).
 */
import type { Marketplace } from '../read/marketplaces';
import type { MetricRecord } from '../read/record';
import type { MetricId } from '../read/metrics';
import type { LogFormContext, LogFormValues } from '../log/log-form-values';
import type { DueKind } from '../read/due-items';
import type { Settings } from '../store/settings';
import type { LinkedReply } from '../store/links';
import type { BadgeSpec } from './badges';
import type { PageRead } from './capture-session';
import type { WalkGuide } from './linked-badges';
import type { TooltipLine } from './tooltip';

/** What a site's layers may ask of the overlay they are drawn in. */
export interface OverlayHooks {
  settings(): Settings;
  marketplace(): Marketplace | undefined;
  /** Hovering a badge of the layer shows the value's tooltip, as the overlay's own badges do. */
  hover: { onHover(spec: BadgeSpec, host: HTMLElement): void; onLeave(): void };
  /** Shows lines in the overlay's one tooltip (hides a value's tooltip first). */
  showTooltipLines(lines: readonly TooltipLine[], host: HTMLElement): void;
  hideTooltip(): void;
  /** Opens the log panel from a badge (with a guided walk, if any). */
  openPanel(spec: BadgeSpec, guide?: WalkGuide): void;
  /** Opens the log panel already filled in; its entry is linked to the due item, if given. */
  showPanel(initial: LogFormValues, context: LogFormContext, dueItem?: { kind: DueKind; id: string }): void;
}

export interface SiteLayers {
  /** The metrics whose values the layers draw beside: a first read of the page reads them with the ruled ones. */
  readonly metrics: readonly MetricId[];
  /** Draws the layers for a read of the page (each reconciles its badges with the page). */
  draw(read: PageRead, settings: Settings): void;
  clear(): void;
  /** The linked signals the background computed from a stored capture of this page. */
  addLinked(reply: LinkedReply): void;
  /** A note for a value's tooltip: why its linked figure is not drawn. */
  gapNote(marketplace: Marketplace, record: MetricRecord): string | undefined;
}

/** Makes a site's layers for an overlay. */
export type SiteLayersFactory = (hooks: OverlayHooks) => SiteLayers;
