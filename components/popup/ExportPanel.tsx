/** The day's report: a day (today unless picked), saved as CSV, JSON or Markdown, or copied for a chat. */
import { useState } from 'react';
import type { SellerOpsDb } from '@/lib/store/db';
import { isoWithOffset } from '@/lib/read/day';
import type { ExportKind } from '@/lib/export/day-log';
import { downloadText } from '@/lib/export/download';
import { getLanguage, t } from '@/lib/i18n/ui';
import { daySchema } from '@/lib/read/record';
import type { Settings } from '@/lib/store/settings';

export interface ExportPanelProps {
  db: SellerOpsDb;
  settings: Settings;
  today: string;
}

const KINDS: readonly { kind: ExportKind; label: 'popup.exportCsv' | 'popup.exportJson' | 'popup.exportMd' }[] = [
  { kind: 'csv', label: 'popup.exportCsv' },
  { kind: 'json', label: 'popup.exportJson' },
  { kind: 'md', label: 'popup.exportMd' },
];

export function ExportPanel({ db, settings, today }: ExportPanelProps) {
  const [picked, setPicked] = useState<string>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const day = picked ?? today;

  // The exporters (CSV writer, date formats) load on the first click: the popup opens without them.
  async function render(kind: ExportKind): Promise<string> {
    const { dayLogCsv, dayLogJson, dayLogMarkdown, loadDayLog, reportReference } = await import('@/lib/export/day-log');
    const log = await loadDayLog(db, day, settings);
    if (kind === 'csv') return dayLogCsv(log);
    if (kind === 'json') return dayLogJson(log, isoWithOffset());
    return dayLogMarkdown(log, getLanguage(), reportReference(day));
  }

  async function save(kind: ExportKind): Promise<void> {
    try {
      const { EXPORT_MIME, exportFileName } = await import('@/lib/export/day-log');
      const file = exportFileName(day, kind);
      downloadText(file, await render(kind), EXPORT_MIME[kind]);
      setStatus({ ok: true, text: t('popup.exported', { file }) });
    } catch (error) {
      setStatus({ ok: false, text: t('popup.exportFailed', { error: String(error) }) });
    }
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(await render('md'));
      setStatus({ ok: true, text: t('popup.copied') });
    } catch (error) {
      setStatus({ ok: false, text: t('popup.copyFailed', { error: String(error) }) });
    }
  }

  return (
    <div className="sol-export">
      <label className="sol-inline">
        <span>{t('popup.exportDay')}</span>
        <input
          type="date"
          name="exportDay"
          value={day}
          max={today}
          onChange={(e) => setPicked(daySchema.safeParse(e.target.value).success ? e.target.value : undefined)}
        />
      </label>
      <div className="sol-export-buttons">
        {KINDS.map(({ kind, label }) => (
          <button key={kind} type="button" data-sol-export={kind} onClick={() => void save(kind)}>
            {t(label)}
          </button>
        ))}
        <button type="button" data-sol-copy="md" onClick={() => void copy()}>
          {t('popup.copyReport')}
        </button>
      </div>
      {status ? (
        <p className={status.ok ? 'sol-note' : 'sol-note sol-error'} role="status" data-sol-export-status={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
