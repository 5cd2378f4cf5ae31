/**
 * One tooltip for all badges, drawn in a page-level host with fixed position, so no grid cell's
 * overflow can clip it: metric, value, rule, the last 7 days from history and the suggested action; or,
 * for a due item's badge, lines of text (lib/log/due-tooltip.ts).
 */
import { t, type PageMessageKey } from '../i18n/page';
import { BUY_BOX_FLOOR } from '../rules';
import { formatValue, type BadgeSpec } from './badges';
import { createOverlayHost, el, overlayParent } from './overlay-host';

const STYLE = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483646; max-width: 320px; pointer-events: none;
  font: 12px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  background: #1f2a2c; color: #f4f7f7; border-radius: 6px; padding: 8px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.3); }
.head { font-weight: 700; margin-bottom: 2px; }
.ok { color: #7fe0a8; } .warn { color: #ffd36b; } .breach { color: #ff8a8a; }
.days { display: flex; gap: 6px; flex-wrap: wrap; margin: 4px 0; font-variant-numeric: tabular-nums; }
.days span { background: #2e3b3e; border-radius: 3px; padding: 1px 4px; }
.muted { color: #aab6b8; }
`;

/** A line of a text tooltip; `tone` colours it as a level does. */
export interface TooltipLine {
  text: string;
  tone?: 'ok' | 'warn' | 'breach' | 'muted';
}

export class Tooltip {
  private host: HTMLElement | undefined;
  private box: HTMLElement | undefined;

  private ensureBox(): HTMLElement {
    if (!this.host || !this.host.isConnected) {
      const { host, root } = createOverlayHost('sol-tooltip', { 'data-sol-tooltip': '', 'aria-hidden': 'true' }, 'closed');
      this.box = el('div', { className: 'tip' });
      root.append(el('style', { text: STYLE }), this.box);
      overlayParent().append(host);
      this.host = host;
    }
    return this.box!;
  }

  show(spec: BadgeSpec, anchor: HTMLElement, history: readonly { day: string; value: number }[], extra: readonly string[] = []): void {
    const { record, evaluation } = spec;
    const lines: Node[] = [
      el('div', { className: 'head', text: `${t(`metric.${record.metric}` as PageMessageKey)}: ${formatValue(record)}` }),
      el('div', { className: evaluation.level, text: `${t(`level.${evaluation.level}` as PageMessageKey)} · ${record.entity}` }),
      el('div', { text: t('tooltip.rule', { rule: evaluation.rule }) }),
    ];
    if (evaluation.daysRunning && evaluation.daysRunning > 1) {
      lines.push(el('div', { text: t('tooltip.daysRunning', { days: evaluation.daysRunning, floor: BUY_BOX_FLOOR }) }));
    }
    if (spec.note) lines.push(el('div', { text: spec.note }));
    lines.push(el('div', { className: 'muted', text: t('tooltip.last7') }));
    lines.push(
      history.length
        ? el('div', { className: 'days' }, history.slice(-7).map((h) => el('span', { text: `${h.day.slice(5)} ${formatValue({ ...record, value: h.value })}` })))
        : el('div', { className: 'muted', text: t('tooltip.noHistory') }),
    );
    // Linked signals (issue 16): the products out, the campaigns still spending on a SKU.
    for (const line of extra) lines.push(el('div', { className: 'linked', text: line }));
    lines.push(el('div', { text: t('tooltip.action', { action: t(evaluation.action, evaluation.actionParams) }) }));
    lines.push(el('div', { className: 'muted', text: t('tooltip.click') }));
    this.place(lines, anchor);
  }

  /** A tooltip of text lines (a due item's badge): the first is the head; a line's `tone` colours it. */
  showLines(lines: readonly TooltipLine[], anchor: HTMLElement): void {
    this.place(
      lines.map((line, i) => el('div', { className: [i === 0 ? 'head' : '', line.tone ?? ''].filter(Boolean).join(' '), text: line.text })),
      anchor,
    );
  }

  private place(lines: Node[], anchor: HTMLElement): void {
    const box = this.ensureBox();
    box.replaceChildren(...lines);
    const rect = anchor.getBoundingClientRect();
    box.style.display = 'block';
    const top = rect.bottom + 6 + box.offsetHeight > innerHeight ? Math.max(4, rect.top - box.offsetHeight - 6) : rect.bottom + 6;
    box.style.top = `${top}px`;
    box.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - box.offsetWidth - 4))}px`;
  }

  hide(): void {
    if (this.box) this.box.style.display = 'none';
  }
}
