/**
 * The log: every entry, filtered by date range, marketplace, module, category, owner and status;
 * edited in place with the one entry form; marked done one by one or in bulk; overdue ones stand out.
 * The list is virtual (only the rows in view are in the DOM), so tens of thousands stay quick.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { lightFormat } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { emptyFormValues, LogForm, toLocalInput, type LogFormContext, type LogFormValues } from '@/components/LogForm';
import { formValuesOfEntry } from '@/lib/log/log-form-values';
import { getDb } from '@/lib/store/db';
import { addEntry, deleteEntry, updateEntry, type EntryDraft } from '@/lib/store/entries';
import { t, type MessageKey } from '@/lib/i18n';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import { shiftDay } from '@/lib/review/days';
import { EMPTY_FILTER, UNASSIGNED, type EntryFilter } from '@/lib/review/log-filter';
import { markDone, queryLog } from '@/lib/review/queries';
import { entryState, type EntryState } from '@/lib/review/weekly';
import { endOfLocalDay } from '@/lib/rules';
import { CATEGORIES, MODULES, type Category, type Entry, type Module } from '@/lib/store/schema';
import type { Settings } from '@/lib/store/settings';
import { useNow, useToday } from './hooks';
import { MarketplaceSelect } from './MarketplaceSelect';

const PRESETS = [7, 30, 90] as const;

function contextOf(entry: Entry): LogFormContext {
  return {
    ...(entry.marketplace ? { marketplace: entry.marketplace } : {}),
    ...(entry.metric ? { metric: entry.metric } : {}),
    ...(entry.value !== undefined ? { value: entry.value } : {}),
    ...(entry.threshold ? { threshold: entry.threshold } : {}),
    ...(entry.pageUrl ? { pageUrl: entry.pageUrl } : {}),
  };
}

function formatDue(due: string | undefined): string {
  return due ? lightFormat(new Date(due), 'yyyy-MM-dd HH:mm') : '–';
}

interface RowProps {
  entry: Entry;
  state: EntryState;
  selected: boolean;
  editing: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onToggleDone: (entry: Entry) => void;
  onEdit: (id: string | undefined) => void;
}

const EntryRow = memo(function EntryRow({ entry, state, selected, editing, onSelect, onToggleDone, onEdit }: RowProps) {
  const detail = [entry.entity, entry.action].filter(Boolean).join(' · ');
  return (
    <div className={`log-row is-${state}`} data-sol-entry={entry.id} data-sol-state={state} role="row">
      <input type="checkbox" aria-label={t('dash.log.select')} checked={selected} onChange={(e) => onSelect(entry.id, e.target.checked)} />
      <span>{entry.day}</span>
      <span>{entry.marketplace ?? '–'}</span>
      <span>{t(`module.${entry.module}` as MessageKey)}</span>
      <span>{t(`category.${entry.category}` as MessageKey)}</span>
      <span className="summary">
        <span title={entry.summary}>{entry.summary}</span>
        {detail ? <span className="entity" title={detail}>{detail}</span> : null}
      </span>
      <span>{entry.owner || <span className="dash-muted">{t('dash.unassigned')}</span>}</span>
      <span>
        {formatDue(entry.due)} {state === 'overdue' ? <span className="tag overdue">{t('dash.overdue')}</span> : null}
      </span>
      <span className="row-actions">
        <button type="button" className="dash-link" data-sol-toggle-done="" onClick={() => onToggleDone(entry)}>
          {entry.status === 'done' ? t('dash.log.reopen') : t('dash.log.markDone')}
        </button>
        <button type="button" className="dash-link" aria-expanded={editing} onClick={() => onEdit(editing ? undefined : entry.id)}>
          {editing ? t('panel.close') : t('dash.log.edit')}
        </button>
      </span>
    </div>
  );
});

function EntryEditor({ entry, owners, onDone }: { entry: Entry; owners: readonly string[]; onDone: () => void }) {
  // The form edits the values the entry had when it was opened; a live update must not reset typing.
  const [initial] = useState(() => formValuesOfEntry(entry));
  const [context] = useState(() => contextOf(entry));
  const save = async (draft: EntryDraft) => {
    // A field emptied in the form is removed from the entry, not kept from before.
    const result = await updateEntry(getDb(), entry.id, { ...draft, entity: draft.entity, due: draft.due });
    if (result.ok) onDone();
    return result;
  };
  return (
    <div className="log-editor">
      <LogForm initial={initial} context={context} owners={owners} onSubmit={save} onClose={onDone} />
    </div>
  );
}

export function LogView({ settings }: { settings: Settings }) {
  const db = getDb();
  const today = useToday();
  const now = useNow();
  const [filter, setFilter] = useState<EntryFilter>(() => ({ ...EMPTY_FILTER, from: shiftDay(today, -29) }));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string>();
  /** The new-entry form's starting values while it is open. */
  const [adding, setAdding] = useState<LogFormValues>();
  const [bulkMessage, setBulkMessage] = useState('');
  const entries = useLiveQuery(() => queryLog(db, filter, now), [filter, now]);
  const rows = useMemo(() => entries ?? [], [entries]);
  const states = useMemo(() => new Map(rows.map((e) => [e.id, entryState(e, now)])), [rows, now]);

  const owners = useMemo(() => {
    const names = new Set(settings.owners);
    for (const e of rows) if (e.owner.trim()) names.add(e.owner.trim());
    if (filter.owner && filter.owner !== UNASSIGNED) names.add(filter.owner);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [rows, settings.owners, filter.owner]);
  const marketplaces: readonly Marketplace[] = settings.marketplaces.length ? settings.marketplaces : MARKETPLACES;

  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 46,
    overscan: 12,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  const update = (changes: Partial<EntryFilter>) => {
    setFilter((f) => ({ ...f, ...changes }));
    setSelected(new Set());
    setBulkMessage('');
  };
  const onSelect = useCallback(
    (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const onToggleDone = useCallback((entry: Entry) => void updateEntry(getDb(), entry.id, { status: entry.status === 'done' ? 'open' : 'done' }), []);
  const shownSelected = rows.filter((e) => selected.has(e.id));
  const overdueCount = [...states.values()].filter((s) => s === 'overdue').length;
  const allSelected = rows.length > 0 && shownSelected.length === rows.length;

  async function bulkDone() {
    const changed = await markDone(db, shownSelected.map((e) => e.id));
    setSelected(new Set());
    setBulkMessage(t('dash.log.bulkDone', { count: changed }));
  }

  const toggleAdding = () =>
    setAdding((open) => (open ? undefined : emptyFormValues({ owner: settings.defaultOwner.operations ?? '', due: toLocalInput(endOfLocalDay(new Date())) })));

  return (
    <section aria-label={t('dash.tab.log')}>
      <div className="dash-toolbar" role="search">
        <label>
          {t('dash.from')}
          <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => update({ from: e.target.value })} data-sol-filter="from" />
        </label>
        <label>
          {t('dash.to')}
          <input type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => update({ to: e.target.value })} data-sol-filter="to" />
        </label>
        <span className="row-actions">
          {PRESETS.map((days) => (
            <button key={days} type="button" className="dash-link" onClick={() => update({ from: shiftDay(today, -(days - 1)), to: '' })}>
              {t('dash.lastDays', { days })}
            </button>
          ))}
          <button type="button" className="dash-link" onClick={() => update({ from: '', to: '' })} data-sol-filter-all="">
            {t('dash.allTime')}
          </button>
        </span>
        <label>
          {t('dash.marketplace')}
          <MarketplaceSelect value={filter.marketplace} onChange={(marketplace) => update({ marketplace })} options={marketplaces} first={{ value: '', label: t('dash.any') }} data-sol-filter="marketplace" />
        </label>
        <label>
          {t('form.module')}
          <select value={filter.module} onChange={(e) => update({ module: e.target.value as Module | '' })} data-sol-filter="module">
            <option value="">{t('dash.any')}</option>
            {MODULES.map((m) => (
              <option key={m} value={m}>
                {t(`module.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.category')}
          <select value={filter.category} onChange={(e) => update({ category: e.target.value as Category | '' })} data-sol-filter="category">
            <option value="">{t('dash.any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.owner')}
          <select value={filter.owner} onChange={(e) => update({ owner: e.target.value })} data-sol-filter="owner">
            <option value="">{t('dash.any')}</option>
            <option value={UNASSIGNED}>{t('dash.unassigned')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('form.status')}
          <select value={filter.status} onChange={(e) => update({ status: e.target.value as EntryState | '' })} data-sol-filter="status">
            <option value="">{t('dash.any')}</option>
            <option value="open">{t('status.open')}</option>
            <option value="overdue">{t('dash.overdue')}</option>
            <option value="done">{t('status.done')}</option>
          </select>
        </label>
        <label className="grow">
          {t('dash.log.search')}
          <input type="search" value={filter.text} onChange={(e) => update({ text: e.target.value })} data-sol-filter="text" />
        </label>
      </div>

      <div className="dash-toolbar">
        <button type="button" className="dash-button" onClick={toggleAdding} aria-expanded={!!adding} data-sol-new-entry="">
          {t('dash.log.new')}
        </button>
        <button type="button" className="dash-button secondary" disabled={!shownSelected.length} onClick={bulkDone} data-sol-bulk-done="">
          {t('dash.log.markSelectedDone', { count: shownSelected.length })}
        </button>
        <span className="dash-muted" role="status" data-sol-log-count={rows.length}>
          {entries === undefined ? t('dash.loading') : t('dash.log.count', { count: rows.length, overdue: overdueCount })} {bulkMessage}
        </span>
      </div>
      {adding ? (
        <div className="log-new">
          <LogForm
            initial={adding}
            context={{}}
            owners={owners}
            onSubmit={(draft) => addEntry(db, draft)}
            onUndo={(id) => deleteEntry(db, id)}
            onClose={() => setAdding(undefined)}
            resetAfterSave
          />
        </div>
      ) : null}

      <div className="log-row log-head" role="row">
        <input
          type="checkbox"
          aria-label={t('dash.log.selectAll')}
          checked={allSelected}
          onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
          data-sol-select-all=""
        />
        <span>{t('dash.day')}</span>
        <span>{t('dash.marketplaceShort')}</span>
        <span>{t('form.module')}</span>
        <span>{t('form.category')}</span>
        <span>{t('form.summary')}</span>
        <span>{t('form.owner')}</span>
        <span>{t('form.due')}</span>
        <span />
      </div>
      <div className="log-list" ref={listRef} role="table" aria-label={t('dash.tab.log')} aria-rowcount={rows.length}>
        {entries !== undefined && rows.length === 0 ? <p className="dash-note">{t('dash.log.empty')}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = rows[item.index]!;
            const isEditing = editing === entry.id;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}>
                <EntryRow
                  entry={entry}
                  state={states.get(entry.id) ?? 'open'}
                  selected={selected.has(entry.id)}
                  editing={isEditing}
                  onSelect={onSelect}
                  onToggleDone={onToggleDone}
                  onEdit={setEditing}
                />
                {isEditing ? <EntryEditor entry={entry} owners={owners} onDone={() => setEditing(undefined)} /> : null}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
