/**
 * What to tell the assistant when the browser refuses a write (IndexedDB quota exceeded, disk full,
 * database closed under us). Every write of the extension runs in one transaction, so a refused
 * write changed nothing: what was stored before is intact, and the new rows are kept to try again.
 */
import { t } from '../i18n/page';

/** Whether the browser refused a write for lack of space (Dexie wraps the DOMException, keeping its name). */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: unknown } | null)?.name, (error as { inner?: { name?: unknown } } | null)?.inner?.name];
  return names.some((name) => name === 'QuotaExceededError');
}

/** One line for the person: storage full, or the browser's own reason. */
export function storageErrorText(error: unknown): string {
  if (isQuotaError(error)) return t('storage.full');
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return t('storage.failed', { reason: reason.slice(0, 300) });
}
