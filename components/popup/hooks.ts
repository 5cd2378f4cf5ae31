/**
 * Small hooks of the popup: the assistant's settings as they change, and today's date across midnight.
 * (Today's lists, checklist and breaches are live values started with the page: ./reads.ts.)
 */
import { startOfTomorrow } from 'date-fns';
import { useEffect, useState } from 'react';
import { localDay } from '@/lib/read/day';
import { loadLanguage, setLanguage } from '@/lib/i18n/ui';
import type { Settings } from '@/lib/store/settings';
import { watchSettings } from '@/lib/store/settings-store';

/**
 * The settings, starting from those read before the first paint; the UI language follows them, once its
 * strings are loaded (the popup loads only the language it shows: lib/i18n/ui.ts). Should they fail to
 * load, the popup stays in the language it shows.
 */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    let latest = 0;
    return watchSettings((next) => {
      const change = ++latest;
      void loadLanguage(next.language)
        .then(() => change === latest && setLanguage(next.language))
        .catch(() => undefined)
        .then(() => change === latest && setSettings(next));
    });
  }, []);
  return settings;
}

/** The assistant's local day, which moves on at midnight while the page stays open. */
export function useToday(): string {
  const [day, setDay] = useState(() => localDay());
  useEffect(() => {
    const timer = setTimeout(() => setDay(localDay()), startOfTomorrow().getTime() - Date.now() + 500);
    return () => clearTimeout(timer);
  }, [day]);
  return day;
}
