/**
 * The overlay of a page the extension reads: badges beside ruled values, their tooltip, the log
 * launcher and the log panel. It follows the capture session's reads; rules are evaluated here with
 * the stored history (asked of the background) and the assistant's settings.
 */
import { extensionApi } from '../store/extension-api';
import { emptyFormValues, toLocalInput, type LogFormContext, type LogFormValues } from '../log/log-form-values';
import type { ReaderContext } from './reader-context';
import { localDay } from '../read/day';
import type { EntryDraft, EntryResult } from '../store/entries';
import { getLanguage, pageCatalogs, setLanguage, t, type PageMessageKey } from '../i18n/page';
import { historyKey, type HistoryMessage, type HistoryReply, type PageContextReply } from '../store/messages';
import type { MetricId } from '../read/metrics';
import { deadlineFor, endOfLocalDay, evaluate, RULED_METRICS } from '../rules';
import type { Module } from '../store/schema';
import { defaultSettings, type Settings } from '../store/settings';
import { loadSettings, saveSettings, watchSettings } from '../store/settings-store';
import { BadgeLayer, formatValue, type BadgeSpec } from './badges';
import type { DueKind } from '../read/due-items';
import { showDiagnostic } from './diagnostic';
import type { PageRead } from './capture-session';
import type { TaughtLabel } from '../read/pages/types';
import type { ReadHereRow } from '@/components/LogPanel';
import { Launcher } from './launcher';
import { LinkedBadges } from './linked-ads-badges';
import { loadPanel } from './panel-loader';
import { Tooltip } from './tooltip';
import type { WalkGuide } from './linked-badges';
import type { OverlayHooks, SiteLayers, SiteLayersFactory } from './site-layers';
import type { LinkedReply } from '../store/links';

const MODULE_OF_ADAPTER: Record<string, Module> = {
  'account-health': 'account',
  inventory: 'inventory',
  'inventory-performance': 'inventory',
  'business-reports': 'listing',
  feedback: 'customer',
  'ads-campaigns': 'ads',
  restock: 'inventory',
  'voice-of-customer': 'customer',
  'ads-products': 'ads',
  reviews: 'customer',
};

/** Days of history each badge needs: 7 for the tooltip, and the Buy Box rule's days before the value's. */
const HISTORY_DAYS = 10;

/** Waits between sends of one entry: a stopped service worker takes a moment to start again. */
const SEND_RETRY_DELAYS_MS = [200, 500, 1_000, 2_000, 0];

/**
 * Metrics whose level depends on earlier days (Buy Box below the floor three days running): their
 * history is asked for with the page. Every other value's history is asked for when its tooltip first
 * shows, so a grid of thousands of values costs the background nothing until someone looks.
 */
const LEVEL_READS_HISTORY: ReadonlySet<MetricId> = new Set<MetricId>(['buyBoxPct']);

export class Overlay {
  private settings: Settings = defaultSettings();
  private lastRead: PageRead | undefined;
  /** The page's values wait to be stored after a failed write: the badges say so. */
  private unsaved = false;
  private readonly history = new Map<string, { day: string; value: number }[]>();
  private readonly requested = new Set<string>();
  private orphaned = false;
  private frame: number | undefined;
  /** The badge whose tooltip shows: shown again when its history arrives. */
  private hovered: { spec: BadgeSpec; host: HTMLElement } | undefined;
  /** Hovering any badge (a value's or a linked signal's) shows its tooltip. */
  private readonly hover = {
    onHover: (spec: BadgeSpec, host: HTMLElement) => {
      this.hovered = { spec, host };
      this.showTooltip();
    },
    onLeave: () => this.hideTooltip(),
  };
  private readonly badges = new BadgeLayer({ onClick: (spec) => this.openPanel(spec), ...this.hover });
  private readonly tooltip = new Tooltip();
  /** The layers only this site's pages have (./site-layers.ts), if any. */
  private readonly site: SiteLayers | undefined;
  /** Issue 16: badges of the linked ads signals, asked of the background for what is on screen. */
  private readonly linkedAds = new LinkedBadges(() => this.update(this.lastRead));
  private readonly launcher = new Launcher(() => this.openPanel());
  /** The metrics whose values the overlay draws beside: what a first read of the page reads. */
  private readonly drawnBeside: ReadonlySet<MetricId>;

  constructor(
    private readonly ctx: ReaderContext,
    siteLayers?: SiteLayersFactory,
  ) {
    const hooks: OverlayHooks = {
      settings: () => this.settings,
      marketplace: () => this.lastRead?.ctx.marketplace,
      hover: this.hover,
      showTooltipLines: (lines, host) => {
        this.hovered = undefined;
        this.tooltip.showLines(lines, host);
      },
      hideTooltip: () => this.hideTooltip(),
      openPanel: (spec, guide) => this.openPanel(spec, guide),
      showPanel: (initial, context, dueItem) => this.showPanel(initial, context, dueItem),
    };
    this.site = siteLayers?.(hooks);
    this.drawnBeside = new Set([...RULED_METRICS, ...(this.site?.metrics ?? [])]);
    void loadSettings().then((s) => this.applySettings(s)).catch(() => undefined);
    const unwatch = watchSettings((s) => this.applySettings(s));
    ctx.onInvalidated(() => {
      this.orphaned = true;
      try {
        unwatch();
      } catch {
        // The extension was reloaded: its storage API is gone, and so is the listener. Thrown here,
        // the error would reach the page.
      }
    });
  }

  private taughtChanged: () => void = () => undefined;

  /** The metrics a first read of the page reads, for the badges of its frame (capture-session.ts `firstMetrics`). */
  firstMetrics(): ReadonlySet<MetricId> {
    return this.drawnBeside;
  }

  /** The labels the assistant taught the reader, for the capture session's next read. */
  taughtLabels(): readonly TaughtLabel[] {
    return this.settings.taughtLabels;
  }

  onTaughtLabelsChanged(callback: () => void): void {
    this.taughtChanged = callback;
  }

  /** Saves a label taught from the diagnostic into the settings (replacing what that label was taught as before). */
  async teach(label: TaughtLabel): Promise<{ ok: true } | { ok: false; error: string }> {
    try {
      const current = await loadSettings();
      const others = current.taughtLabels.filter((l) => !(l.page === label.page && l.label === label.label));
      const taught = { page: label.page, label: label.label, metric: label.metric, ...(label.statusWords ? { statusWords: { ...label.statusWords } } : {}) };
      const saved = await saveSettings({ ...current, taughtLabels: [...others, taught] });
      return saved.ok ? { ok: true } : { ok: false, error: saved.errors.join('; ') };
    } catch {
      return { ok: false, error: t('overlay.reload') };
    }
  }

  private applySettings(settings: Settings): void {
    const taughtBefore = JSON.stringify(this.settings.taughtLabels);
    this.settings = settings;
    if (JSON.stringify(settings.taughtLabels) !== taughtBefore) this.taughtChanged();
    setLanguage(settings.language);
    this.update(this.lastRead);
  }

  /** Marks the badges while the page's values wait to be stored after a failed write (or unmarks them). */
  setUnsaved(unsaved: boolean): void {
    this.unsaved = unsaved;
    this.update(this.lastRead);
  }

  /**
   * Follows a read of the page: badges for every ruled value, the launcher while the page is read.
   * Drawn in the next animation frame, so the page's own changes and ours are laid out once, and a
   * tab in the background draws nothing until it is shown; a read made in an animation frame callback
   * (`inFrame`) is drawn at once, before that frame is.
   */
  update(read: PageRead | undefined, inFrame = false): void {
    this.lastRead = read;
    if (inFrame) {
      // Called from an animation frame callback: drawn now, this frame lays our badges out with the page's changes.
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = undefined;
      if (!this.ctx.isInvalid) this.draw(read);
      return;
    }
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      if (!this.ctx.isInvalid) this.draw(this.lastRead);
    });
  }

  private draw(read: PageRead | undefined): void {
    if (!read) {
      this.badges.clear();
      this.site?.clear();
      this.hideTooltip();
      this.launcher.hide();
      return;
    }
    this.launcher.show(read.adapter.id);
    const specs: BadgeSpec[] = [];
    const missing: { scope: BadgeSpec['record']['scope']; entity: string; metric: MetricId }[] = [];
    for (const { record, element, context } of read.result.readings) {
      if (!element || !RULED_METRICS.has(record.metric)) continue;
      const key = `${read.ctx.marketplace}|${historyKey(record)}`;
      if (LEVEL_READS_HISTORY.has(record.metric) && !this.history.has(key) && !this.requested.has(key)) {
        this.requested.add(key);
        missing.push({ scope: record.scope, entity: record.entity, metric: record.metric });
      }
      const { day, multiDay } = valueDay(record.period);
      const gapNote = this.site?.gapNote(read.ctx.marketplace, record);
      const evaluation = evaluate(
        { marketplace: read.ctx.marketplace, scope: record.scope, entity: record.entity, metric: record.metric, value: record.value, day, multiDay, ...(context ? { context } : {}) },
        (this.history.get(key) ?? []).filter((h) => h.day < day),
        this.settings,
      );
      if (evaluation) specs.push({ record, element, evaluation, ...(gapNote ? { note: gapNote } : {}), ...(this.unsaved ? { unsaved: true } : {}) });
    }
    specs.push(...this.linkedAds.specs(read, this.settings));
    this.badges.render(specs);
    this.site?.draw(read, this.settings);
    if (missing.length) void this.fetchHistory(read.ctx.marketplace, missing);
  }

  /** Hides the tooltip, whichever badge it was for. */
  private hideTooltip(): void {
    this.hovered = undefined;
    this.tooltip.hide();
  }

  /** The hovered badge's tooltip, with its history once it is here (asked for now if it was not). */
  private showTooltip(): void {
    const hovered = this.hovered;
    const marketplace = this.lastRead?.ctx.marketplace;
    if (!hovered || !marketplace) return;
    const { record } = hovered.spec;
    const key = `${marketplace}|${historyKey(record)}`;
    if (!this.history.has(key) && !this.requested.has(key)) {
      this.requested.add(key);
      void this.fetchHistory(marketplace, [{ scope: record.scope, entity: record.entity, metric: record.metric }]);
    }
    this.tooltip.show(hovered.spec, hovered.host, this.historyOf(hovered.spec), this.linkedAds.tooltipLines(hovered.spec));
  }

  private historyOf(spec: BadgeSpec): { day: string; value: number }[] {
    const marketplace = this.lastRead?.ctx.marketplace;
    return this.history.get(`${marketplace}|${historyKey(spec.record)}`) ?? [];
  }

  private async fetchHistory(marketplace: HistoryMessage['marketplace'], keys: HistoryMessage['keys']): Promise<void> {
    const message: HistoryMessage = { type: 'history', marketplace, keys, until: localDay(), days: HISTORY_DAYS };
    try {
      const reply = (await extensionApi().runtime.sendMessage(message)) as HistoryReply | undefined;
      if (!reply?.ok) throw new Error('no history');
      for (const key of keys) this.history.set(`${marketplace}|${historyKey(key)}`, reply.series[historyKey(key)] ?? []);
      if (this.ctx.isInvalid) return;
      this.update(this.lastRead);
      if (this.hovered) this.showTooltip();
    } catch {
      // Without history the badges still show today's level; ask again on a later read.
      for (const key of keys) this.requested.delete(`${marketplace}|${historyKey(key)}`);
    }
  }

  /** The linked signals the background computed from a stored capture of this page. */
  onLinked(reply: LinkedReply): void {
    this.site?.addLinked(reply);
    this.update(this.lastRead);
  }

  /** Something was stored: the linked ads badges (issue 16) are asked for again. */
  refreshLinked(): void {
    this.linkedAds.refresh();
  }

  /** The page's context, for the popup's quick log. */
  pageContext(): PageContextReply {
    const read = this.lastRead;
    return {
      pageUrl: location.href,
      ...(read ? { marketplace: read.ctx.marketplace, adapter: read.adapter.id, module: MODULE_OF_ADAPTER[read.adapter.id] } : {}),
    };
  }

  /** Opens the log panel, filled in from a badge's value or, from the launcher, from the page. */
  openPanel(spec?: BadgeSpec, guide?: WalkGuide): void {
    this.hideTooltip();
    const read = this.lastRead;
    const now = new Date();
    let initial: LogFormValues;
    let context: LogFormContext;
    if (spec) {
      const { record, evaluation } = spec;
      const metricName = t(`metric.${record.metric}` as PageMessageKey);
      initial = emptyFormValues({
        summary: `${metricName} ${formatValue(record)} (${t(`level.${evaluation.level}` as PageMessageKey)}, ${evaluation.threshold})`,
        module: evaluation.module,
        category: evaluation.category,
        entity: record.entity,
        action: guide ? guide.action : [t(evaluation.action, evaluation.actionParams), ...(this.linkedAds.restockLines(spec, 10) ?? [])].join(' ').slice(0, 2000),
        owner: this.settings.defaultOwner[evaluation.category] ?? '',
        due: toLocalInput(deadlineFor(record.metric, now, this.settings)),
      });
      context = {
        metric: record.metric,
        value: record.value,
        threshold: evaluation.threshold,
        pageUrl: location.href,
        contextLine: t('form.context', { marketplace: read?.ctx.marketplace ?? '', metric: metricName, value: formatValue(record), threshold: evaluation.threshold }),
        ...(read ? { marketplace: read.ctx.marketplace } : {}),
      };
    } else {
      const module = (read && MODULE_OF_ADAPTER[read.adapter.id]) ?? 'listing';
      initial = emptyFormValues({ module, owner: this.settings.defaultOwner.operations ?? '', due: toLocalInput(endOfLocalDay(now)) });
      context = { pageUrl: location.href, ...(read ? { marketplace: read.ctx.marketplace, contextLine: `${read.ctx.marketplace} · ${t(`module.${module}` as PageMessageKey)}` } : {}) };
    }
    this.showPanel(initial, context, undefined, guide);
  }

  private showPanel(initial: LogFormValues, context: LogFormContext, dueItem?: { kind: DueKind; id: string }, guide?: WalkGuide): void {
    const read = this.lastRead;
    const props = {
      initial,
      context,
      ...(read ? { readHere: readHereRows(read) } : {}),
      ...(guide ? { guide: { title: guide.title, steps: guide.steps } } : {}),
      owners: this.settings.owners,
      orphaned: this.orphaned || this.ctx.isInvalid,
      onSubmit: (draft: EntryDraft) => this.send(draft, dueItem),
      onUndo: (id: string) => extensionApi().runtime.sendMessage({ type: 'deleteEntry', id }),
    };
    const catalogs = pageCatalogs();
    loadPanel()
      .then((panel) => catalogs && panel.open(props, getLanguage(), catalogs))
      .catch(() => {
        // The extension went away under the page, or the background did not answer any ask: reloading
        // the page is the way out either way.
        if (this.ctx.isInvalid) this.orphaned = true;
        showDiagnostic({ adapter: 'seller-ops-log', lines: [t('overlay.reload')] });
      });
  }

  /**
   * Sends a draft to the background. A message that fails or goes unanswered may have been cut off by
   * the service worker stopping, before or after its write: the same draft (the same entry id, made by
   * the form) is sent again, which stores it once whichever it was (lib/store/entries.ts `addEntry`).
   */
  private async send(draft: EntryDraft, dueItem?: { kind: DueKind; id: string }): Promise<EntryResult> {
    for (const delay of SEND_RETRY_DELAYS_MS) {
      if (this.ctx.isInvalid) break;
      try {
        const reply = (await extensionApi().runtime.sendMessage({ type: 'addEntry', draft, ...(dueItem ? { dueItem } : {}) })) as EntryResult | undefined;
        if (reply) return reply;
      } catch {
        // the worker stopped mid-message, or the extension went away (then the context is invalid)
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    if (this.ctx.isInvalid) {
      this.orphaned = true;
      return { ok: false, error: t('overlay.reload') };
    }
    return { ok: false, error: 'no answer from the extension; try again' };
  }
}

/** The values a read took from the page, for the panel's "What was read here" (at most a few thousand). */
function readHereRows(read: PageRead): ReadHereRow[] {
  return read.result.readings.slice(0, 2_000).map(({ record, label }) => ({
    ...(label ? { label } : {}),
    metric: record.metric,
    metricName: t(`metric.${record.metric}` as PageMessageKey),
    entity: record.entity,
    value: formatValue(record),
  }));
}

/** The day a value belongs to for day-by-day rules, and whether it spans several days. */
function valueDay(period: string): { day: string; multiDay: boolean } {
  if (!period) return { day: localDay(), multiDay: false };
  return { day: period.slice(12), multiDay: period.slice(0, 10) !== period.slice(12) };
}
