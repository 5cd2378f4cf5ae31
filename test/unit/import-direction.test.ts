/**
 * The import-direction lint rule (scripts/lint/import-direction.js) on virtual files: what it must refuse
 * and what it must let through, so that a change to the layers cannot silently switch it off.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/import-direction').map((m) => m.message);
}

describe('import direction', () => {
  it.each([
    ['lib/read/pages/inventory.ts', "import { openDb } from '../../store/db';"],
    ['lib/read/labels.ts', "import { evaluateRule } from '@/lib/rules';"],
    ['lib/store/history.ts', "import { evaluateRule } from '../rules';"],
    ['lib/store/db.ts', "export { x } from '../review/weekly';"],
    ['lib/rules/breaches.ts', "import { dayLogCsv } from '../export/day-log';"],
    ['lib/review/weekly.ts', "import { mount } from '../content/overlay';"],
    ['lib/export/day-log.ts', "const m = await import('@/components/LogForm');"],
    ['lib/i18n/index.ts', "import { METRICS } from '../read/metrics';"],
    ['components/LogForm.tsx', "import x from '@/entrypoints/background';"],
  ])('refuses %s importing a later layer', async (file, code) => {
    const errors = await directionErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('may not import');
  });

  it.each([
    ['lib/store/db.ts', "import { METRICS } from '../read/metrics';"],
    ['lib/read/pages/inventory.ts', "import { t } from '../../i18n';"],
    ['lib/rules/index.ts', "import type { Snapshot } from '../store/schema';"],
    ['lib/review/report.ts', "import { csvRow } from '../export/csv';"],
    ['lib/content/panel.tsx', "import { LogPanel } from '@/components/LogPanel';"],
    ['entrypoints/background.ts', "import { openDb } from '@/lib/store/db';"],
    ['lib/read/pages/inventory.test.ts', "import { openDb } from '../../store/db';"],
    ['test/e2e/browser.ts', "import { openDb } from '../../lib/store/db';"],
    ['lib/read/labels.ts', "import { z } from 'zod/mini';"],
  ])('lets %s import %s', async (file, code) => {
    expect(await directionErrors(file, code)).toEqual([]);
  });
});
