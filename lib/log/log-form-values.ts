/**
 * The values of the entry form and their conversions, apart from the React form itself so that the
 * content script can prepare a panel without loading React until the panel opens.
 */
import type { EntryDraft } from '../store/entries';
import type { Category, Entry, Module } from '../store/schema';

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


/** An entry as the form shows it, for editing. */
export function formValuesOfEntry(entry: Entry): LogFormValues {
  return {
    summary: entry.summary,
    module: entry.module,
    category: entry.category,
    entity: entry.entity ?? '',
    action: entry.action,
    owner: entry.owner,
    due: entry.due ? toLocalInput(new Date(entry.due)) : '',
    status: entry.status,
  };
}
