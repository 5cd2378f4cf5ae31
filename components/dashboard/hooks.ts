/** Small hooks and helpers the dashboard's views share. */
import { useEffect, useState } from 'react';
import { localDay } from '@/lib/read/day';
import type { Settings } from '@/lib/store/settings';
import { loadSettings, watchSettings } from '@/lib/store/settings-store';

/** The stored settings, following changes made anywhere (popup, another tab); undefined until read. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The current time, ticking every `everyMs`: what is overdue changes while the page stays open. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function useToday(): string {
  return localDay(useNow());
}

/** Saves a Blob as a file through a temporary link (no `downloads` permission needed). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is done.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
