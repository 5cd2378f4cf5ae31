/**
 * Settings › Taught labels: what the assistant taught the reader from a page's diagnostic (page kind,
 * label, metric), each removable; exported as a file a lead hands to the team, and imported from one.
 * Changes go into the settings draft and are saved with it.
 */
import { useState } from 'react';
import { downloadText } from '@/lib/export/download';
import { t, type MessageKey } from '@/lib/i18n';
import { mergeTaughtLabels, parseTaughtLabelsFile, taughtLabelsFile, type TaughtLabelSetting } from '@/lib/store/settings';

export function TaughtLabels({ labels, onChange }: { labels: readonly TaughtLabelSetting[]; onChange: (labels: TaughtLabelSetting[]) => void }) {
  const [importOutcome, setImportOutcome] = useState<{ status: 'ok' | 'error'; text: string }>();

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const parsed = parseTaughtLabelsFile(await file.text());
    if (!parsed.ok) {
      setImportOutcome({ status: 'error', text: t('dash.taught.importFailed', { error: parsed.error }) });
      return;
    }
    onChange(mergeTaughtLabels(labels, parsed.labels));
    setImportOutcome({ status: 'ok', text: t('dash.taught.imported', { count: parsed.labels.length }) });
  }

  return (
    <fieldset data-sol-taught-labels="">
      <legend>{t('dash.taught.title')}</legend>
      <p className="dash-muted">{t('dash.taught.help')}</p>
      {labels.length === 0 ? (
        <p className="dash-muted">{t('dash.taught.none')}</p>
      ) : (
        <table className="dash-table">
          <tbody>
            {labels.map((label) => (
              <tr key={`${label.page}\u0000${label.label}`} data-sol-taught-label={label.label}>
                <td title={label.page}>{t(`popup.page.${label.page}` as MessageKey)}</td>
                <td>“{label.label}”</td>
                <td>
                  {t(`metric.${label.metric}` as MessageKey)}
                  {label.statusWords && Object.keys(label.statusWords).length > 0 && (
                    <div className="dash-muted">
                      {Object.entries(label.statusWords)
                        .map(([shown, word]) => `“${shown}” → ${t(`metricStatus.${label.metric}.${word}` as MessageKey)}`)
                        .join(', ')}
                    </div>
                  )}
                </td>
                <td>
                  <button type="button" className="dash-link" onClick={() => onChange(labels.filter((l) => l !== label))}>
                    {t('dash.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <button type="button" className="dash-button secondary" disabled={labels.length === 0} onClick={() => downloadText('seller-ops-log-taught-labels.json', taughtLabelsFile(labels), 'application/json')}>
          {t('dash.taught.export')}
        </button>
        <label className="dash-button secondary">
          {t('dash.taught.import')}{' '}
          <input type="file" accept="application/json,.json" data-sol-taught-import="" onChange={(e) => void importFile(e.target.files?.[0])} />
        </label>
        {importOutcome && <span data-sol-taught-import-result={importOutcome.status}>{importOutcome.text}</span>}
      </div>
    </fieldset>
  );
}
