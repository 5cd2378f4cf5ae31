import { describe, expect, it } from 'vitest';
import { mergeTaughtLabels, parseTaughtLabelsFile, taughtLabelsFile, validateSettings, DEFAULT_SETTINGS, type TaughtLabelSetting } from './settings';

const LABELS: TaughtLabelSetting[] = [
  { page: 'business-reports', label: 'zuschlagsquote', metric: 'buyBoxPct' },
  { page: 'ads-campaigns', label: 'ausgaben gesamt', metric: 'spend' },
];

describe('taught labels file', () => {
  it('round-trips what was taught', () => {
    expect(parseTaughtLabelsFile(taughtLabelsFile(LABELS))).toEqual({ ok: true, labels: LABELS });
  });

  it('refuses a cut-off file, another file, an unknown page kind or metric, with a reason', () => {
    const text = taughtLabelsFile(LABELS);
    for (const bad of [text.slice(0, 40), '{"kind":"seller-ops-log-backup","version":1,"labels":[]}', text.replace('buyBoxPct', 'buyBox'), text.replace('ads-campaigns', 'ads-portfolio'), '[]']) {
      const result = parseTaughtLabelsFile(bad);
      expect(result.ok, bad).toBe(false);
      expect(!result.ok && result.error.length).toBeGreaterThan(0);
    }
  });

  it('merges: a label taught again for a page kind takes the newer metric, others are kept', () => {
    const merged = mergeTaughtLabels(LABELS, [{ page: 'business-reports', label: 'zuschlagsquote', metric: 'unitSessionPct' }]);
    expect(merged).toEqual([{ page: 'business-reports', label: 'zuschlagsquote', metric: 'unitSessionPct' }, LABELS[1]]);
    expect(validateSettings({ ...DEFAULT_SETTINGS, taughtLabels: merged }).ok).toBe(true);
  });

  it('settings without taught labels (written before they existed) read as none taught', () => {
    const { taughtLabels: _none, ...older } = DEFAULT_SETTINGS;
    expect(validateSettings(older)).toMatchObject({ ok: true, settings: { taughtLabels: [] } });
  });
});
