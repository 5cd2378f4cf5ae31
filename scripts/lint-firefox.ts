/**
 * `npm run lint:firefox` (after a Firefox build): Mozilla's addons-linter, through `web-ext lint`, over
 * the Firefox build. Any error fails; warnings and notices are listed so they stay visible.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const sourceDir = resolve(process.env.SOL_OUT_DIR ?? '.output', 'firefox-mv2');
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
  if (!output) throw error;
}
const report = JSON.parse(output) as LintReport;
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
}
console.log(`web-ext lint ${sourceDir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (report.summary.errors > 0) process.exit(1);
