/**
 * Due-item badges (contract §7): beside the stars of each feedback row or review below 4 stars, a badge
 * `data-sol-badge` with `data-sol-metric` = `feedbackRow` | `reviewRow`, `data-sol-entity` = the order or
 * review id, `data-sol-level` breach (1–2 stars) or warn (3) and `data-sol-due` = the deadline day. One
 * click opens the log panel filled in for the item; hover or focus shows its tooltip (lib/log/due-tooltip.ts). Every read reconciles them with the page, as the
 * threshold badges are (lib/content/badges.ts); their own tag keeps the two layers apart.
 */
import { t, type PageMessageKey } from '../i18n/page';
import { DUE_BADGE_METRIC, dueLevel } from '../read/due-items';
import type { DueReading } from '../read/pages/types';
import { createOverlayHost, el } from './overlay-host';

const TAG = 'sol-due-badge';
const ICONS = { warn: '!', breach: '✕' } as const;

const STYLE = `
:host { all: initial; }
.b { box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px; height: 18px; padding: 0 6px;
  font: 700 11px/1 system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer; user-select: none; border: 1.5px solid;
  border-radius: 3px; white-space: nowrap; box-shadow: 0 0 0 1px #fff; }
.warn { background: #fff4d1; color: #7a5200; border-color: #b07800; }
.breach { background: #c40000; color: #fff; border-color: #8a0000; }
.b:focus-visible { outline: 2px solid #0a7d8c; outline-offset: 1px; }
`;

const HOST_STYLE = ['all: initial', 'display: inline-block', 'vertical-align: middle', 'margin: 0 0 0 6px', 'pointer-events: auto', 'position: relative', 'z-index: 3']
  .map((d) => `${d} !important`)
  .join('; ');

interface Handle {
  host: HTMLElement;
  icon: HTMLElement;
  reading: DueReading;
}

export class DueBadgeLayer {
  private readonly handles = new Map<Element, Handle>();

  constructor(
    private readonly onClick: (reading: DueReading) => void,
    /** Hover or focus shows the item's tooltip (kind, deadline, time left, window, suggested action). */
    private readonly hover?: { onHover(reading: DueReading, host: HTMLElement): void; onLeave(): void },
  ) {}

  /** Makes the page's due badges exactly one per reading with an element: adds, updates and removes. */
  render(readings: readonly DueReading[]): void {
    const wanted = new Map<Element, DueReading>();
    for (const reading of readings) if (reading.element?.isConnected) wanted.set(reading.element, reading);
    for (const [element, handle] of this.handles) {
      if (!wanted.has(element) || !handle.host.isConnected || !element.isConnected) {
        handle.host.remove();
        this.handles.delete(element);
      }
    }
    for (const [element, reading] of wanted) {
      const handle = this.handles.get(element) ?? this.create(element, reading);
      this.update(handle, reading);
    }
    // Badges left by an earlier instance (the extension was reloaded) or copied by a page re-render are not ours.
    const hosts = document.getElementsByTagName(TAG);
    if (hosts.length !== this.handles.size) {
      const ours = new Set([...this.handles.values()].map((h) => h.host));
      for (const stray of Array.from(hosts)) if (!ours.has(stray as HTMLElement)) stray.remove();
    }
  }

  clear(): void {
    this.render([]);
  }

  private create(element: Element, reading: DueReading): Handle {
    const { host, root } = createOverlayHost(TAG, { 'data-sol-badge': '' }, 'closed');
    host.setAttribute('style', HOST_STYLE);
    const icon = el('span', { className: 'b', attrs: { role: 'button', tabindex: '0' } });
    root.append(el('style', { text: STYLE }), icon);
    const handle: Handle = { host, icon, reading };
    const activate = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
      this.onClick(handle.reading);
    };
    host.addEventListener('click', activate);
    host.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') activate(event);
    });
    host.addEventListener('mousedown', (event) => event.stopPropagation());
    const hover = this.hover;
    if (hover) {
      host.addEventListener('mouseenter', () => hover.onHover(handle.reading, host));
      host.addEventListener('focusin', () => hover.onHover(handle.reading, host));
      host.addEventListener('mouseleave', () => hover.onLeave());
      host.addEventListener('focusout', () => hover.onLeave());
    }
    // The stars draw in their own shadow root (no slot): the badge goes right after them.
    element.after(host);
    this.handles.set(element, handle);
    return handle;
  }

  private update(handle: Handle, reading: DueReading): void {
    handle.reading = reading;
    const { row } = reading;
    const level = dueLevel(row.rating);
    const attrs: Record<string, string> = {
      'data-sol-metric': DUE_BADGE_METRIC[row.kind],
      'data-sol-entity': row.id,
      'data-sol-level': level,
      'data-sol-due': row.due,
      'data-sol-value': String(row.rating),
    };
    for (const [name, value] of Object.entries(attrs)) if (handle.host.getAttribute(name) !== value) handle.host.setAttribute(name, value);
    const label = t(`due.badge.${row.kind}` as PageMessageKey, { rating: row.rating, due: row.due, level: t(`level.${level}` as PageMessageKey) });
    handle.icon.className = `b ${level}`;
    handle.icon.textContent = `${ICONS[level]} ${row.due}`;
    handle.icon.setAttribute('aria-label', label);
    handle.host.setAttribute('title', label);
  }
}
