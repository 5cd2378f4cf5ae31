/**
 * The one entry form of the product: the page panel and the popup's quick log both use it.
 * Keyboard first: the summary has focus, Enter saves, Escape closes.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntryDraft, EntryResult } from '@/lib/store/entries';
import { t, type PageMessageKey } from '@/lib/i18n/page';
import { fromLocalInput, type LogFormContext, type LogFormValues } from '@/lib/log/log-form-values';
import { CATEGORIES, MODULES, type Category, type Module } from '@/lib/store/schema';

export { emptyFormValues, fromLocalInput, toLocalInput, type LogFormContext, type LogFormValues } from '@/lib/log/log-form-values';

export interface LogFormProps {
  initial: LogFormValues;
  context: LogFormContext;
  owners?: readonly string[];
  onSubmit: (draft: EntryDraft) => Promise<EntryResult>;
  onUndo?: (id: string) => Promise<unknown>;
  onClose?: () => void;
  /** Accept only events from the person at the keyboard (the panel lives in a page's DOM). */
  trustedOnly?: boolean;
  /** Clear the summary after saving (quick log keeps the form for the next entry). */
  resetAfterSave?: boolean;
}

export function LogForm({ initial, context, owners = [], onSubmit, onUndo, onClose, trustedOnly = false, resetAfterSave = false }: LogFormProps) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'undone' } | { kind: 'error'; error: string }>({ kind: 'idle' });
  const summaryRef = useRef<HTMLInputElement>(null);
  // The entry's id, made when Save is first pressed and kept until the save succeeds: Save pressed
  // again after an error (whose write may have landed) updates that entry instead of adding a second.
  const pendingEntryId = useRef<string | undefined>(undefined);
  // A submit event is trusted even when a page script calls form.requestSubmit() or button.click():
  // only a real Enter or click just before it (in the same task) counts as the person's.
  const personActed = useRef(false);
  const notePerson = (event: { nativeEvent: Event }) => {
    if (!trustedOnly || !event.nativeEvent.isTrusted) return;
    personActed.current = true;
    setTimeout(() => (personActed.current = false), 0);
  };

  useEffect(() => {
    setValues(initial);
    setState({ kind: 'idle' });
    pendingEntryId.current = undefined;
    summaryRef.current?.focus();
  }, [initial]);

  const set = <K extends keyof LogFormValues>(key: K, value: LogFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (trustedOnly && !(event.nativeEvent.isTrusted && personActed.current)) return;
    if (state.kind === 'saving') return;
    setState({ kind: 'saving' });
    pendingEntryId.current ??= crypto.randomUUID();
    const draft: EntryDraft = {
      id: pendingEntryId.current,
      summary: values.summary,
      module: values.module,
      category: values.category,
      action: values.action,
      owner: values.owner,
      status: values.status,
      ...(values.entity.trim() ? { entity: values.entity.trim() } : {}),
      ...(fromLocalInput(values.due) ? { due: fromLocalInput(values.due) } : {}),
      ...(context.marketplace ? { marketplace: context.marketplace } : {}),
      ...(context.metric ? { metric: context.metric } : {}),
      ...(context.value !== undefined ? { value: context.value } : {}),
      ...(context.threshold ? { threshold: context.threshold } : {}),
      ...(context.pageUrl ? { pageUrl: context.pageUrl } : {}),
    };
    const result = await onSubmit(draft).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (result.ok) {
      pendingEntryId.current = undefined;
      setState({ kind: 'saved', id: result.entry.id });
      if (resetAfterSave) setValues((v) => ({ ...v, summary: '', action: '' }));
      summaryRef.current?.focus();
    } else setState({ kind: 'error', error: result.error });
  }

  async function undo(event: { nativeEvent: Event }) {
    if (state.kind !== 'saved' || !onUndo) return;
    if (trustedOnly && !event.nativeEvent.isTrusted) return;
    await onUndo(state.id);
    setState({ kind: 'undone' });
  }

  const option = (prefix: 'module' | 'category', value: string) => (
    <option key={value} value={value}>
      {t(`${prefix}.${value}` as PageMessageKey)}
    </option>
  );

  return (
    <form
      className="sol-form"
      onSubmit={submit}
      onClickCapture={notePerson}
      onKeyDown={(e) => {
        if (e.key === 'Enter') notePerson(e);
        if (e.key === 'Escape' && onClose) onClose();
      }}
    >
      {context.contextLine ? <p className="sol-context">{context.contextLine}</p> : null}
      <label className="sol-field sol-wide">
        <span>{t('form.summary')}</span>
        <input ref={summaryRef} name="summary" required autoFocus autoComplete="off" maxLength={2000} placeholder={t('form.summaryPlaceholder')} value={values.summary} onChange={(e) => set('summary', e.target.value)} />
      </label>
      <label className="sol-field">
        <span>{t('form.module')}</span>
        <select name="module" value={values.module} onChange={(e) => set('module', e.target.value as Module)}>
          {MODULES.map((m) => option('module', m))}
        </select>
      </label>
      <label className="sol-field">
        <span>{t('form.category')}</span>
        <select name="category" value={values.category} onChange={(e) => set('category', e.target.value as Category)}>
          {CATEGORIES.map((c) => option('category', c))}
        </select>
      </label>
      <label className="sol-field sol-wide">
        <span>{t('form.entity')}</span>
        <input name="entity" autoComplete="off" maxLength={500} value={values.entity} onChange={(e) => set('entity', e.target.value)} />
      </label>
      <label className="sol-field sol-wide">
        <span>{t('form.action')}</span>
        <input name="action" autoComplete="off" maxLength={2000} value={values.action} onChange={(e) => set('action', e.target.value)} />
      </label>
      <label className="sol-field">
        <span>{t('form.owner')}</span>
        <input name="owner" list="sol-owners" autoComplete="off" maxLength={200} value={values.owner} onChange={(e) => set('owner', e.target.value)} />
        <datalist id="sol-owners">
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <label className="sol-field">
        <span>{t('form.due')}</span>
        <input name="due" type="datetime-local" value={values.due} onChange={(e) => set('due', e.target.value)} />
      </label>
      <label className="sol-field">
        <span>{t('form.status')}</span>
        <select name="status" value={values.status} onChange={(e) => set('status', e.target.value as LogFormValues['status'])}>
          <option value="open">{t('status.open')}</option>
          <option value="done">{t('status.done')}</option>
        </select>
      </label>
      <div className="sol-actions">
        <button type="submit" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('form.saving') : t('form.save')}
        </button>
        <span className="sol-status" role="status" data-sol-form-status={state.kind}>
          {state.kind === 'saved' ? (
            <>
              {t('form.saved')}{' '}
              {onUndo ? (
                <button type="button" className="sol-link" onClick={undo}>
                  {t('form.undo')}
                </button>
              ) : null}
            </>
          ) : state.kind === 'undone' ? (
            t('form.undone')
          ) : state.kind === 'error' ? (
            t('form.error', { error: state.error })
          ) : null}
        </span>
      </div>
    </form>
  );
}

/** The form's styles, for a shadow root or an extension page. */
export const LOG_FORM_CSS = `
.sol-form { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 10px; }
.sol-context { grid-column: 1 / -1; margin: 0; padding: 6px 8px; background: #f3f6f6; border-radius: 4px; font-size: 12px; color: #333; }
.sol-field { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: #444; min-width: 0; }
.sol-wide { grid-column: 1 / -1; }
.sol-field input, .sol-field select { font: inherit; font-size: 13px; color: #111; padding: 5px 7px; border: 1px solid #9aa5a6; border-radius: 4px; background: #fff; min-width: 0; }
.sol-field input:focus, .sol-field select:focus { outline: 2px solid #0a7d8c; outline-offset: 0; border-color: #0a7d8c; }
.sol-actions { grid-column: 1 / -1; display: flex; align-items: center; gap: 10px; }
.sol-actions button[type=submit] { font: inherit; font-size: 13px; padding: 6px 16px; border: 1px solid #0a6a77; border-radius: 4px; background: #0a7d8c; color: #fff; cursor: pointer; }
.sol-actions button[disabled] { opacity: .6; }
.sol-status { font-size: 12px; color: #235; }
.sol-link { border: 0; background: none; color: #0a6a77; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
`;
