/**
 * The one entry form of the product: the page panel and the popup's quick log both use it.
 * Keyboard first: the summary has focus, Enter saves, Escape closes.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EntryDraft, EntryResult } from '@/lib/entries';
import { t, type MessageKey } from '@/lib/i18n';
import { CATEGORIES, MODULES, type Category, type Module } from '@/lib/schema';

export interface LogFormValues {
  summary: string;
  module: Module;
  category: Category;
  entity: string;
  action: string;
  owner: string;
  /** `YYYY-MM-DDTHH:mm` in local time (the datetime-local input's format). */
  due: string;
  status: 'open' | 'done';
}

/** What the page said, carried into the entry but not edited in the form. */
export interface LogFormContext {
  marketplace?: EntryDraft['marketplace'];
  metric?: string;
  value?: number;
  threshold?: string;
  pageUrl?: string;
  /** Shown above the form: "US · ACOS 62.5 (threshold > 45)". */
  contextLine?: string;
}

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

export function emptyFormValues(overrides: Partial<LogFormValues> = {}): LogFormValues {
  return { summary: '', module: 'listing', category: 'operations', entity: '', action: '', owner: '', due: '', status: 'open', ...overrides };
}

/** `Date` → the `YYYY-MM-DDTHH:mm` of a datetime-local input, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value → ISO 8601 with the local offset. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${value.length === 16 ? `${value}:00` : value}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export function LogForm({ initial, context, owners = [], onSubmit, onUndo, onClose, trustedOnly = false, resetAfterSave = false }: LogFormProps) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'undone' } | { kind: 'error'; error: string }>({ kind: 'idle' });
  const summaryRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setValues(initial);
    setState({ kind: 'idle' });
    summaryRef.current?.focus();
  }, [initial]);

  const set = <K extends keyof LogFormValues>(key: K, value: LogFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (trustedOnly && !event.nativeEvent.isTrusted) return;
    if (state.kind === 'saving') return;
    setState({ kind: 'saving' });
    const draft: EntryDraft = {
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
      setState({ kind: 'saved', id: result.entry.id });
      if (resetAfterSave) setValues((v) => ({ ...v, summary: '', action: '' }));
      summaryRef.current?.focus();
    } else setState({ kind: 'error', error: result.error });
  }

  async function undo() {
    if (state.kind !== 'saved' || !onUndo) return;
    await onUndo(state.id);
    setState({ kind: 'undone' });
  }

  const option = (prefix: 'module' | 'category', value: string) => (
    <option key={value} value={value}>
      {t(`${prefix}.${value}` as MessageKey)}
    </option>
  );

  return (
    <form
      className="sol-form"
      onSubmit={submit}
      onKeyDown={(e) => {
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
