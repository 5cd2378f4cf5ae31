/**
 * A chart of a metric's daily values with its rule's warn and breach lines and the days something was
 * logged about it, drawn by uPlot on one canvas. uPlot is ~50 kB, draws thousands of points without
 * effort, needs no `eval` (MV3's content security policy forbids it) and has time axes built in.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { dayToSeconds, type DayRange } from '@/lib/review/days';

export interface DailyChartProps {
  points: readonly { day: string; value: number }[];
  range: DayRange;
  label: string;
  warn?: number | undefined;
  breach?: number | undefined;
  /** Days with log entries about this entity, drawn as vertical marks. */
  markerDays?: readonly string[];
  height: number;
  /** Small multiples: no legend, no cursor, fewer ticks. */
  compact?: boolean;
  formatValue: (value: number) => string;
}

export const COLORS = { line: '#0a7d8c', warn: '#b35c00', breach: '#c0262d', marker: '#5a4fcf' };

const HALF_DAY = 12 * 3600;

function drawLine(u: uPlot, color: string, dash: number[], from: [number, number], to: [number, number]): void {
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1, devicePixelRatio);
  ctx.setLineDash(dash.map((d) => d * devicePixelRatio));
  ctx.beginPath();
  ctx.moveTo(...from);
  ctx.lineTo(...to);
  ctx.stroke();
  ctx.restore();
}

export function DailyChart({ points, range, label, warn, breach, markerDays = [], height, compact = false, formatValue }: DailyChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  // Rebuild when what is drawn changes; uPlot builds a chart in well under a frame.
  const drawn = JSON.stringify([points, range, label, warn, breach, markerDays, height, compact]);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const bounds = [warn, breach].filter((v): v is number => v !== undefined);
    const yRange: uPlot.Range.Function = (_u, min, max) => {
      const values = [...bounds, ...(Number.isFinite(min) ? [min, max] : [])];
      if (!values.length) return [0, 1];
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
      return [lo - pad, hi + pad];
    };
    const opts: uPlot.Options = {
      width: el.clientWidth || 600,
      height,
      // Days are calendar labels stored at noon UTC: show them in UTC so no time zone moves a day.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { show: !compact },
      cursor: compact ? { show: false } : { drag: { x: false, y: false } },
      scales: {
        x: { time: true, range: () => [dayToSeconds(range.from) - HALF_DAY, dayToSeconds(range.to) + HALF_DAY] },
        y: { range: yRange },
      },
      series: [
        {},
        {
          label,
          stroke: COLORS.line,
          width: 2,
          points: { show: points.length <= 60, size: 5 },
          value: (_u, v) => (v === null || v === undefined ? '–' : formatValue(v)),
        },
      ],
      axes: [
        { space: compact ? 70 : 50, size: compact ? 26 : 48 },
        { size: compact ? 44 : 64, space: compact ? 24 : 30, values: (_u, splits) => splits.map((v) => formatValue(v)) },
      ],
      hooks: {
        draw: [
          (u) => {
            const { left, top, width, height: h } = u.bbox;
            if (warn !== undefined) {
              const y = u.valToPos(warn, 'y', true);
              drawLine(u, COLORS.warn, [6, 4], [left, y], [left + width, y]);
            }
            if (breach !== undefined) {
              const y = u.valToPos(breach, 'y', true);
              drawLine(u, COLORS.breach, [2, 3], [left, y], [left + width, y]);
            }
            for (const day of markerDays) {
              const x = u.valToPos(dayToSeconds(day), 'x', true);
              if (x < left || x > left + width) continue;
              drawLine(u, COLORS.marker, [1, 0], [x, top], [x, top + h]);
            }
          },
        ],
      },
    };
    const data: uPlot.AlignedData = [points.map((p) => dayToSeconds(p.day)), points.map((p) => p.value)];
    const chart = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => {
      if (el.clientWidth) chart.setSize({ width: el.clientWidth, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [drawn]);

  return <div className="chart" ref={holder} role="img" aria-label={label} data-sol-chart={label} data-sol-points={points.length} />;
}
