/** Small hooks of the popup: the assistant's settings as they change, and today's date across midnight. */
import { startOfTomorrow } from 'date-fns';
import { useEffect, useState } from 'react';
import { localDay } from '@/lib/day';
import { setLanguage } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { watchSettings } from '@/lib/settings-store';

/** The settings, starting from those read before the first paint; the UI language follows them. */
export function useSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);
  useEffect(
    () =>
      watchSettings((next) => {
        setLanguage(next.language);
        setSettings(next);
      }),
    [],
  );
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
