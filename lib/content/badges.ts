/**
 * Threshold badges beside the values a page shows (contract §4). One badge per value element;
 * every read reconciles them with the page, so re-renders, sorting, paging, virtual scrolling and SPA
 * navigation leave no stale, duplicated or misplaced badge. Badges are absolutely positioned at their
 * static position, so they never move the page's own layout.
 */
import { getLanguage, t, type PageMessageKey } from '../i18n/page';
import type { Evaluation, Level } from '../rules';
import type { MetricRecord } from '../read/record';
import type { OverlayTag } from '../read/dom';
import { el } from './overlay-host';

export interface BadgeSpec {
  record: MetricRecord;
  element: Element;
  evaluation: Evaluation;
  /** The write of this page's values failed and is being retried: the badge says so (the value is kept). */
  unsaved?: boolean;
  /** A line the tooltip adds (a linked signal's days of cover, or why it could not be computed). */
  note?: string;
}

/** The badge hosts' tag: the page's badges are found by it (a tag lookup is much cheaper than an attribute one). */
const BADGE_TAG: OverlayTag = 'sol-badge';

const ICONS: Record<Level, string> = { ok: '✓', warn: '!', breach: '✕' };

/** The events a badge answers (BadgeLayer's one listener). */
const BADGE_EVENTS = ['click', 'keydown', 'mousedown', 'mouseenter', 'focusin', 'mouseleave', 'focusout'] as const;

/**
 * A badge draws itself with its host's own inline styles (important, so page CSS cannot resize, recolour or
 * hide it); its shadow root holds only the glyph, as text, and the focus ring's one rule. Measured on the
 * 2,000-row grid (bench/README.md, "badge hosts"): a styled element in each shadow root, with a shared
 * stylesheet of classes, cost the page's style and layout several times what a host drawing itself does.
 */
const LEVEL_STYLE: Record<Level, readonly (readonly [property: string, value: string])[]> = {
  ok: [['background', '#e3f5ec'], ['color', '#0b6b3a'], ['border-color', '#0b6b3a'], ['border-radius', '50%']],
  warn: [['background', '#fff4d1'], ['color', '#7a5200'], ['border-color', '#b07800'], ['border-radius', '3px']],
  breach: [['background', '#c40000'], ['color', '#fff'], ['border-color', '#8a0000'], ['border-radius', '2px']],
};

/** The focus ring: an important rule of the shadow tree wins over the host's inline `all: initial !important`. */
const FOCUS_STYLE = ':host(:focus-visible) { outline: 2px solid #0a7d8c !important; outline-offset: 1px !important; }';

function important(declarations: readonly string[]): string {
  return declarations.map((d) => `${d} !important`).join('; ');
}

/** The host element's own styles: its place (before or after the value) and its look at `level`. */
function hostStyle(alignEnd: boolean, offset: number, level: Level): string {
  return important([
    'all: initial',
    'position: absolute',
    'display: inline-block',
    'box-sizing: border-box',
    'width: 16px',
    'height: 16px',
    // Its size, layout and paint are its own: the page's layout of thousands of rows does less for each badge.
    'contain: strict',
    'z-index: 3',
    'vertical-align: middle',
    'pointer-events: auto',
    `margin: 1px 0 0 ${alignEnd ? -20 - offset : 4 + offset}px`,
    'border: 1.5px solid',
    'box-shadow: 0 0 0 1px #fff',
    'font: 700 11px/13px system-ui, -apple-system, "Segoe UI", sans-serif',
    'text-align: center',
    'cursor: pointer',
    'user-select: none',
    ...LEVEL_STYLE[level].map(([property, value]) => `${property}: ${value}`),
  ]);
}

/**
 * Every badge's shadow root shares one constructed stylesheet (the focus ring), parsed once; where a
 * browser does not let a content script adopt one (Firefox's content scripts), each root gets its own <style>.
 */
let focusSheet: CSSStyleSheet | null | undefined;

function adoptFocusStyle(root: ShadowRoot): void {
  if (focusSheet === undefined) {
    try {
      focusSheet = new CSSStyleSheet();
      focusSheet.replaceSync(FOCUS_STYLE);
    } catch {
      focusSheet = null;
    }
  }
  if (focusSheet) {
    try {
      root.adoptedStyleSheets = [focusSheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // not adoptable here: fall back to a <style> of its own, from now on
    }
    focusSheet = null;
  }
  root.prepend(el('style', { text: FOCUS_STYLE }));
}

/** Prepared hosts (one per tag, place and level), cloned for each badge: no style is written or parsed twice. */
const hostTemplates = new Map<string, HTMLElement>();

function badgeDom(tag: OverlayTag, alignEnd: boolean, offset: number, level: Level): { host: HTMLElement; glyph: Text } {
  const key = `${tag}|${alignEnd}|${offset}|${level}`;
  let template = hostTemplates.get(key);
  if (!template || template.ownerDocument !== document) {
    template = document.createElement(tag);
    template.setAttribute('data-sol-badge', '');
    template.setAttribute('role', 'button');
    template.setAttribute('tabindex', '0');
    template.setAttribute('style', hostStyle(alignEnd, offset, level));
    hostTemplates.set(key, template);
  }
  const host = template.cloneNode(false) as HTMLElement;
  const root = host.attachShadow({ mode: 'closed' });
  const glyph = document.createTextNode('');
  root.append(glyph);
  adoptFocusStyle(root);
  return { host, glyph };
}

interface BadgeHandle {
  host: HTMLElement;
  glyph: Text;
  /** The level the host's inline style draws. */
  level: Level;
  /** What the host shows (language, level, value, ...), as a key: an update that changes nothing writes nothing. */
  shown?: string;
  element: Element;
  spec: BadgeSpec;
}

export interface BadgeEvents {
  onClick(spec: BadgeSpec): void;
  onHover(spec: BadgeSpec, host: HTMLElement): void;
  onLeave(): void;
}

/**
 * The innermost element that holds all of the value's text: a cell often wraps the number in a span,
 * and a badge placed in that span sits right beside the number whatever the cell's layout.
 */
function textHolder(element: Element): Element {
  let target = element;
  for (;;) {
    if (target.shadowRoot) return target;
    // The one element child (badges aside) and no text of its own but white space: then the child holds
    // all of the text (a badge has no light content), and the value's text is looked for in it.
    let only: Element | undefined;
    let children = 0;
    for (let node = target.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (node.nodeValue?.trim()) return target;
      } else if (node.nodeType === 1 && !(node as Element).hasAttribute('data-sol-badge')) {
        children++;
        only = node as Element;
      }
    }
    if (children !== 1) return target;
    target = only!;
  }
}

/**
 * Whether the value sits at the end of its line (right-aligned numbers): then the badge goes before it;
 * or whether its text may be cut off (ellipsis, line clamp, hidden overflow): the end of such text is not
 * where it shows, so the badge goes before its start as well. One computed style per element on the way.
 */
function badgeBeforeText(from: Element, to: Element, fromStyle: CSSStyleDeclaration): boolean {
  for (let cur: Element | null = from; cur; cur = cur === to ? null : cur.parentElement) {
    const style = cur === from ? fromStyle : getComputedStyle(cur);
    const rtl = style.direction === 'rtl';
    if (style.textAlign === 'right' || (style.textAlign === 'end' && !rtl)) return true;
    if (/flex|grid/.test(style.display) && ['flex-end', 'end', 'right'].includes(style.justifyContent)) return true;
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return true;
    const clamp = (style as CSSStyleDeclaration & { webkitLineClamp?: string }).webkitLineClamp;
    if (clamp && clamp !== 'none') return true;
  }
  return false;
}

/** Flex and grid containers place an absolutely positioned child by their own alignment, not after the text. */
function placesByAlignment(style: CSSStyleDeclaration): boolean {
  return /flex|grid/.test(style.display);
}

/** An element that draws only its shadow root (no slot) hides light children: the badge goes after it. */
function hidesLightChildren(element: Element): boolean {
  return !!element.shadowRoot && !element.shadowRoot.querySelector('slot');
}

/**
 * In a flex or grid holder the static position is not beside the text: measure the text and the badge
 * (reads only), then move the badge there with margins (see `render`: all reads first, then all writes).
 */
function measureAlignment(host: HTMLElement, holder: Element, alignEnd: boolean, offset = 0): { left: number; top: number } | undefined {
  const range = document.createRange();
  range.selectNodeContents(holder);
  const text = range.getBoundingClientRect();
  const own = host.getBoundingClientRect();
  if (!text.width || !own.width) return undefined;
  const left = alignEnd ? text.left - 20 - offset : text.right + 4 + offset;
  const top = text.top + (text.height - 16) / 2;
  return { left: Math.round(left - own.left), top: Math.round(top - own.top) };
}

/** Where a new badge goes, read from the page before any badge is written. */
interface Placement {
  /** Insert after this element (its shadow root shows no light children)... */
  after?: Element;
  /** ...or into this holder of the value's text: first when `alignEnd`, else last. */
  holder?: Element;
  alignEnd: boolean;
  /** The holder lays out by flex or grid: the badge is moved beside the text once drawn. */
  align: boolean;
}

function placementOf(element: Element): Placement {
  if (hidesLightChildren(element)) return { after: element, alignEnd: false, align: false };
  const holder = textHolder(element);
  const style = getComputedStyle(holder);
  return { holder, alignEnd: badgeBeforeText(holder, element, style), align: placesByAlignment(style) };
}

/** Numbers as the page's language writes them, with at most two decimals (one formatter: Intl is slow to make). */
let numberFormat: Intl.NumberFormat | undefined;

export function formatValue(record: Pick<MetricRecord, 'value' | 'unit' | 'currency'> & { metric?: string; status?: string | undefined }): string {
  // A status metric's number only stands for its word: show the word.
  if (record.unit === 'status' && record.metric && record.status) return t(`metricStatus.${record.metric}.${record.status}` as PageMessageKey);
  numberFormat ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  const n = numberFormat.format(record.value);
  if (record.unit === 'percent') return `${n}%`;
  if (record.unit === 'money') return `${n} ${record.currency ?? ''}`.trim();
  return n;
}

export class BadgeLayer {
  private readonly handles = new Map<Element, BadgeHandle>();

  /**
   * `tag`: the hosts' tag, one per layer (each layer removes strays of its own tag only); `offset`: pixels
   * further from the value, so a second layer's badge (the linked signals) sits beside the first's.
   */
  constructor(
    private readonly events: BadgeEvents,
    private readonly options: { tag?: OverlayTag; offset?: number } = {},
  ) {}

  private get tag(): OverlayTag {
    return this.options.tag ?? BADGE_TAG;
  }

  /**
   * Makes the page's badges exactly `specs`: adds, updates and removes. The page's layout is read in
   * one go before any badge is written, and once after all are written, so that a grid of thousands
   * of values costs one style and one layout pass, not one per badge.
   */
  render(specs: readonly BadgeSpec[]): void {
    const wanted = new Map<Element, BadgeSpec>();
    for (const spec of specs) if (spec.element.isConnected) wanted.set(spec.element, spec);

    for (const [element, handle] of this.handles) {
      const keep = wanted.has(element) && handle.host.isConnected && element.isConnected;
      if (!keep) {
        handle.host.remove();
        this.handles.delete(element);
      }
    }
    const added: { element: Element; spec: BadgeSpec; placement: Placement }[] = [];
    for (const [element, spec] of wanted) {
      const handle = this.handles.get(element);
      if (handle) this.update(handle, spec);
      else added.push({ element, spec, placement: placementOf(element) });
    }
    const toAlign: { host: HTMLElement; holder: Element; alignEnd: boolean }[] = [];
    for (const { element, spec, placement } of added) {
      const handle = this.create(element, spec, placement);
      this.handles.set(element, handle);
      if (placement.align && placement.holder) toAlign.push({ host: handle.host, holder: placement.holder, alignEnd: placement.alignEnd });
    }
    const moves = toAlign.map(({ host, holder, alignEnd }) => ({ host, margin: measureAlignment(host, holder, alignEnd, this.options.offset) }));
    for (const { host, margin } of moves) {
      if (!margin) continue;
      host.style.setProperty('margin-left', `${margin.left}px`, 'important');
      host.style.setProperty('margin-top', `${margin.top}px`, 'important');
    }
    // Badges left by an earlier instance of the overlay (the extension was reloaded), or copied by a
    // page re-render, are not ours. Every one of ours is in the page now, so equal counts mean none.
    const hosts = document.getElementsByTagName(this.tag);
    if (hosts.length !== this.handles.size) {
      const ours = new Set([...this.handles.values()].map((h) => h.host));
      for (const stray of Array.from(hosts)) {
        if (!ours.has(stray as HTMLElement)) stray.remove();
      }
    }
  }

  clear(): void {
    this.render([]);
  }

  get count(): number {
    return this.handles.size;
  }

  /** Each badge's handle by its host, for the listeners below (one set per layer, not per badge). */
  private readonly byHost = new WeakMap<EventTarget, BadgeHandle>();

  /** Every badge host's events go to this one listener, which finds the badge by the host. */
  private readonly listener = (event: Event): void => {
    const host = event.currentTarget as HTMLElement | null;
    const handle = host && this.byHost.get(host);
    if (!handle) return;
    // Enter and Space activate the badge as a click does.
    const activates = event.type === 'click' || (event.type === 'keydown' && ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' '));
    switch (event.type) {
      case 'keydown':
      case 'click':
        if (!activates) return;
        event.preventDefault();
        event.stopPropagation();
        this.events.onClick(handle.spec);
        return;
      case 'mousedown':
        // Keep the page from treating a click on the badge as a click on its row or link.
        event.stopPropagation();
        return;
      case 'mouseenter':
      case 'focusin':
        this.events.onHover(handle.spec, handle.host);
        return;
      case 'mouseleave':
      case 'focusout':
        this.events.onLeave();
        return;
    }
  };

  private create(element: Element, spec: BadgeSpec, placement: Placement): BadgeHandle {
    const level = spec.evaluation.level;
    const { host, glyph } = badgeDom(this.tag, placement.alignEnd, this.options.offset ?? 0, level);
    const handle: BadgeHandle = { host, glyph, level, element, spec };
    this.byHost.set(host, handle);
    for (const type of BADGE_EVENTS) host.addEventListener(type, this.listener);
    this.update(handle, spec);
    if (placement.after) placement.after.after(host);
    else if (placement.alignEnd) placement.holder!.prepend(host);
    else placement.holder!.append(host);
    return handle;
  }

  private update(handle: BadgeHandle, spec: BadgeSpec): void {
    handle.spec = spec;
    const { record, evaluation } = spec;
    // A redraw (history came in, settings were saved) leaves most badges as they are: nothing is written then.
    const shown = `${getLanguage()}|${evaluation.level}|${spec.unsaved === true}|${record.value}|${record.unit}|${record.currency ?? ''}|${record.status ?? ''}|${record.metric}|${record.entity}`;
    if (handle.shown === shown) return;
    handle.shown = shown;
    const attrs: Record<string, string> = {
      'data-sol-metric': record.metric,
      'data-sol-entity': record.entity,
      'data-sol-level': evaluation.level,
      'data-sol-value': String(record.value),
    };
    for (const [name, value] of Object.entries(attrs)) {
      if (handle.host.getAttribute(name) !== value) handle.host.setAttribute(name, value);
    }
    handle.host.toggleAttribute('data-sol-unsaved', spec.unsaved === true);
    const label =
      t('badge.label', {
        metric: t(`metric.${record.metric}` as PageMessageKey),
        value: formatValue(record),
        level: t(`level.${evaluation.level}` as PageMessageKey),
      }) + (spec.unsaved ? ` (${t('badge.unsaved')})` : '');
    if (handle.level !== evaluation.level) {
      handle.level = evaluation.level;
      for (const [property, value] of LEVEL_STYLE[evaluation.level]) handle.host.style.setProperty(property, value, 'important');
    }
    if (handle.glyph.data !== ICONS[evaluation.level]) handle.glyph.data = ICONS[evaluation.level];
    handle.host.setAttribute('aria-label', label);
    handle.host.setAttribute('title', label);
  }
}
