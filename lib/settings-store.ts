/** Where settings live: one WXT storage item in `browser.storage.local`, read by every context. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, settingsSchema, validateSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** The stored settings; anything unreadable falls back to the defaults rather than breaking a page. */
export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(input: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; errors: string[] }> {
  const result = validateSettings(input);
  if (result.ok) await settingsItem.setValue(result.settings);
  return result;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
