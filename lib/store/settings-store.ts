/**
 * Where settings live: the `settings` key of the extension's `storage.local`, read by every context.
 *
 * The browser's own storage API, not a WXT storage item: the page reader reads settings too, and the
 * storage library (its item definitions, locks and migrations, none of which settings use) was 4 % of
 * the reader's size and a millisecond of its evaluation on every page load (bench/README.md); for the same
 * reason, the browser's API without the polyfill (./extension-api.ts).
 */
import { extensionApi } from './extension-api';
import { salvageSettings, validateSettings, type Settings } from './settings';

const SETTINGS_KEY = 'settings';

/** What is stored under the settings key, as stored (`{}` when nothing is). */
export async function storedSettingsValue(): Promise<unknown> {
  const stored = await extensionApi().storage.local.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY] ?? {};
}

/** Stores a value under the settings key as it is: for a caller that has validated it, or a test. */
export async function storeSettingsValue(value: unknown): Promise<void> {
  await extensionApi().storage.local.set({ [SETTINGS_KEY]: value });
}

/** The stored settings; a value that is unreadable falls back to its default rather than breaking a page. */
export async function loadSettings(): Promise<Settings> {
  return salvageSettings(await storedSettingsValue());
}

export async function saveSettings(input: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; errors: string[] }> {
  const result = validateSettings(input);
  if (result.ok) await storeSettingsValue(result.settings);
  return result;
}

/** Calls `callback` with the settings each time they change, in this context or another; returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    callback(salvageSettings(changes[SETTINGS_KEY]?.newValue ?? {}));
  };
  const { storage } = extensionApi();
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
