/**
 * Report files in (issue 15): the files the assistant downloads from Amazon, dropped here, join the
 * history. The readers and their parsers (papaparse, SheetJS) are loaded only when a file is taken
 * in, so no other page, and no content script, carries them.
 */
import { useState, type ChangeEvent, type DragEvent } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import { getDb } from '@/lib/store/db';
import type { ImportResult } from '@/lib/store/report-import';
import type { Settings } from '@/lib/store/settings';
import { MarketplaceSelect } from './MarketplaceSelect';

type FileState = { id: number; file: string } & ({ state: 'working' } | { state: 'done'; result: ImportResult });

let nextId = 0;

function ResultLine({ item }: { item: FileState }) {
  if (item.state === 'working') {
    return (
      <li data-sol-report-result={item.file} data-sol-status="working" role="status">
        {t('dash.reports.working', { file: item.file })}
      </li>
    );
  }
  const { result } = item;
  if (!result.ok) {
    return (
      <li data-sol-report-result={item.file} data-sol-status="error" data-sol-error={result.error.code} {...(result.kind ? { 'data-sol-report-kind': result.kind } : {})} role="alert">
        <p className="dash-error">
          <b>{t('dash.reports.refused', { file: item.file })}</b> {result.kind ? `${t(`dash.reports.kind.${result.kind}` as MessageKey)}: ` : ''}
          {t(`dash.reports.error.${result.error.code}` as MessageKey)}
        </p>
        <details>
          <summary>{t('dash.reports.details')}</summary>
          <p className="dash-muted">{result.error.detail}</p>
        </details>
      </li>
    );
  }
  const kind = t(`dash.reports.kind.${result.kind}` as MessageKey);
  return (
    <li data-sol-report-result={item.file} data-sol-status="ok" data-sol-report-kind={result.kind} data-sol-stored={result.stored} data-sol-unchanged={result.unchanged} data-sol-bad-rows={result.badRows.length}>
      <p className="dash-ok">
        <b>{item.file}</b> {t('dash.reports.read', { kind, rows: result.rowsRead, stored: result.stored, unchanged: result.unchanged })}
        {result.marketplaces.length ? ` (${result.marketplaces.join(', ')})` : ''}
      </p>
      {result.badRows.length ? (
        <details open={result.badRows.length <= 5}>
          <summary className="dash-error">{t('dash.reports.badRows', { count: result.badRows.length })}</summary>
          <ul>
            {result.badRows.slice(0, 200).map((bad, i) => (
              <li key={i} data-sol-bad-row={bad.row}>
                {t('dash.reports.row', { row: bad.row })}: <span className="dash-muted">{bad.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

export function ReportsView({ settings }: { settings: Settings }) {
  const [marketplace, setMarketplace] = useState<Marketplace | ''>(settings.marketplaces[0] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [items, setItems] = useState<FileState[]>([]);
  const [dragging, setDragging] = useState(false);

  async function takeIn(files: readonly File[]) {
    const { importReportFile } = await import('@/lib/store/report-import');
    const period = from && to ? `${from}..${to}` : undefined;
    for (const file of files) {
      const id = nextId++;
      setItems((list) => [{ id, file: file.name, state: 'working' }, ...list]);
      let result: ImportResult;
      try {
        const data = await file.arrayBuffer();
        result = await importReportFile(getDb(), { name: file.name, data, lastModified: file.lastModified }, { ...(marketplace ? { marketplace } : {}), ...(period ? { period } : {}) });
      } catch (error) {
        result = { ok: false, error: { code: 'unreadable', detail: String(error) } };
      }
      setItems((list) => list.map((item) => (item.id === id ? { id, file: file.name, state: 'done', result } : item)));
    }
  }

  function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void takeIn(files);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void takeIn([...event.dataTransfer.files]);
  }

  return (
    <section aria-label={t('dash.reports.title')} data-sol-reports="">
      <h2>{t('dash.reports.title')}</h2>
      <p>{t('dash.reports.explain')}</p>
      <div className="dash-toolbar">
        <label>
          <span>{t('dash.reports.marketplace')} </span>
          <MarketplaceSelect name="reportMarketplace" value={marketplace} onChange={setMarketplace} options={MARKETPLACES} first={{ value: '', label: t('dash.reports.noMarketplace') }} />
        </label>
      </div>
      <fieldset className="dash-toolbar">
        <legend>{t('dash.reports.period')}</legend>
        <label>
          <span>{t('dash.reports.from')} </span>
          <input type="date" name="reportFrom" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>{t('dash.reports.to')} </span>
          <input type="date" name="reportTo" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
      </fieldset>
      <div
        className={`report-drop${dragging ? ' dragging' : ''}`}
        data-sol-report-drop=""
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('dash.reports.drop')}</p>
        <label>
          <span>{t('dash.reports.choose')} </span>
          <input type="file" multiple accept=".csv,.txt,.tsv,.xlsx,.xls,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-sol-report-files="" onChange={onChoose} />
        </label>
      </div>
      {items.length ? (
        <ul className="report-results" aria-live="polite">
          {items.map((item) => (
            <ResultLine key={item.id} item={item} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
