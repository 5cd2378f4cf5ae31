/** Where settings live: one WXT storage item in `browser.storage.local`, read by every context. */
import { storage } from 'wxt/utils/storage';
import { salvageSettings, validateSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** The stored settings; a value that is unreadable falls back to its default rather than breaking a page. */
export async function loadSettings(): Promise<Settings> {
  return salvageSettings(await settingsItem.getValue());
}

export async function saveSettings(input: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; errors: string[] }> {
  const result = validateSettings(input);
  if (result.ok) await settingsItem.setValue(result.settings);
  return result;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(salvageSettings(value)));
}
