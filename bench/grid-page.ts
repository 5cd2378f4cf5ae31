/**
 * The advertising grid of captureMs2000: the shared Campaign manager fixture with its 40 campaigns
 * repeated (each copy under its own name) up to the wanted number of rows, every row rendered (no
 * virtualization), and the fixture's own rendering held back until the benchmark asks for it, so that
 * the rows arrive in the DOM at once, in one task, at a moment the benchmark knows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES } from '../test/fixtures';

export const ADS_FIXTURE = join(SHARED_FIXTURES, 'ads', 'campaigns-en-us.html');
/** Where the fixture is served (contract §1): the Campaign manager's campaigns list. */
export const GRID_PATH = '/cm/campaigns';

/** The columns the ads adapter reads (contract §2): one stored value each when not missing. */
const METRIC_COLUMNS = ['impressions', 'clicks', 'ctr', 'spend', 'cpc', 'purchases', 'sales', 'budget', 'acos', 'roas'];
/** The one ruled ad metric: a badge for each row that shows it. */
const RULED_COLUMN = 'acos';
/** The fixture's rendering is deferred by `setTimeout(render, loadDelayMs)`; this delay marks that call. */
const HELD_DELAY_MS = 777_777;

interface GridConfig {
  rows: { id: string; name: string; cells: Record<string, string> }[];
  visibleRows: number;
  loadDelayMs: number;
  dash: string;
  footerText?: string;
}

export interface GridPage {
  html: string;
  rows: number;
  /** Badges the overlay must draw: rows with an ACOS value. */
  expectedBadges: number;
  /** Values the background must acknowledge: every metric cell that is not missing. */
  expectedValues: number;
}

const CONFIG_PATTERN = /(<script type="application\/json" id="ag-grid-config">)([\s\S]*?)(<\/script>)/;

/**
 * Runs before the fixture's own script: keeps the callback the fixture schedules to render its grid
 * and offers it as `__solBenchInsert(range)`, which also sets the date-range picker (a new period per
 * run: new rows to store) and returns the time the rows are in the DOM.
 */
const HOLD_SCRIPT = `<script>(function () {
  var realSetTimeout = window.setTimeout;
  window.setTimeout = function (fn, ms) {
    if (ms !== ${HELD_DELAY_MS}) return realSetTimeout.apply(window, arguments);
    window.setTimeout = realSetTimeout;
    window.__solBenchInsert = function (range) {
      if (range) document.querySelector('.cm-date-range').textContent = range;
      fn();
      return performance.now();
    };
    return 0;
  };
})();</script>`;

export function gridPage(rowCount: number): GridPage {
  const fixture = readFileSync(ADS_FIXTURE, 'utf8');
  const match = CONFIG_PATTERN.exec(fixture);
  if (!match) throw new Error(`${ADS_FIXTURE}: no ag-grid-config`);
  const config = JSON.parse(match[2]!) as GridConfig;
  const base = config.rows;
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const source = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    return { ...source, id: String(312_000_000_000_000 + i), name: copy ? `${source.name} · ${copy + 1}` : source.name };
  });
  const grid: GridConfig = { ...config, rows, visibleRows: rowCount, loadDelayMs: HELD_DELAY_MS, footerText: `Total: ${rowCount}` };
  const json = JSON.stringify(grid).replace(/</g, '\\u003c');
  const html = fixture.replace(CONFIG_PATTERN, (_, open: string, _json: string, close: string) => `${open}${json}${close}`).replace('<script>(function agGridRuntime', `${HOLD_SCRIPT}\n<script>(function agGridRuntime`);
  const present = (row: (typeof rows)[number], col: string) => row.cells[col] !== undefined && row.cells[col] !== grid.dash && row.cells[col] !== '';
  return {
    html,
    rows: rowCount,
    expectedBadges: rows.filter((r) => present(r, RULED_COLUMN)).length,
    expectedValues: rows.reduce((sum, r) => sum + METRIC_COLUMNS.filter((c) => present(r, c)).length, 0),
  };
}

/** The date-range picker's text for run `n`: a single day in 2026, a different one per run. */
export function runRange(n: number): string {
  const day = new Date(Date.UTC(2026, 0, 1 + n));
  const text = day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return `${text} - ${text}`;
}
