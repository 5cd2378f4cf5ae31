import { describe, expect, it } from 'vitest';
import { mergeTaughtLabels, parseTaughtLabelsFile, salvageSettings, taughtLabelsFile, validateSettings, defaultSettings, type TaughtLabelSetting } from './settings';

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
    expect(validateSettings({ ...defaultSettings(), taughtLabels: merged }).ok).toBe(true);
  });

  it('settings without taught labels (written before they existed) read as none taught', () => {
    const { taughtLabels: _none, ...older } = defaultSettings();
    expect(validateSettings(older)).toMatchObject({ ok: true, settings: { taughtLabels: [] } });
  });

  it('keeps the page words taught for a status metric, and refuses words off its list or on a metric without words', () => {
    const status: TaughtLabelSetting = { page: 'inventory', label: 'angebotszustand', metric: 'listingStatus', statusWords: { aktiv: 'active', 'unterdrückt': 'searchSuppressed' } };
    expect(validateSettings({ ...defaultSettings(), taughtLabels: [status] })).toMatchObject({ ok: true, settings: { taughtLabels: [status] } });
    expect(parseTaughtLabelsFile(taughtLabelsFile([status]))).toEqual({ ok: true, labels: [status] });
    expect(validateSettings({ ...defaultSettings(), taughtLabels: [{ ...status, statusWords: { aktiv: 'running' } }] }).ok).toBe(false);
    expect(validateSettings({ ...defaultSettings(), taughtLabels: [{ ...status, metric: 'available' }] }).ok).toBe(false);
    expect(parseTaughtLabelsFile(taughtLabelsFile([status]).replace('searchSuppressed', 'hidden')).ok).toBe(false);
  });

  it('refuses a label taught twice for one page kind, an empty label, and a file with extra fields', () => {
    expect(validateSettings({ ...defaultSettings(), taughtLabels: [LABELS[0], { ...LABELS[0]!, metric: 'sessions' }] }).ok).toBe(false);
    expect(validateSettings({ ...defaultSettings(), taughtLabels: [{ ...LABELS[0]!, label: '' }] }).ok).toBe(false);
    expect(parseTaughtLabelsFile(JSON.stringify({ kind: 'seller-ops-log-taught-labels', version: 1, labels: LABELS, extra: true })).ok).toBe(false);
    expect(parseTaughtLabelsFile(JSON.stringify({ kind: 'seller-ops-log-taught-labels', version: 2, labels: LABELS })).ok).toBe(false);
  });

  it('a stored list with one bad label keeps the good ones (salvaged, not reset)', () => {
    const stored = { ...defaultSettings(), taughtLabels: [LABELS[0], { page: 'business-reports', label: 'x', metric: 'noSuchMetric' }, LABELS[1]] };
    expect(salvageSettings(stored).taughtLabels).toEqual(LABELS);
  });
});
