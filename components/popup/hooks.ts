/**
 * Small hooks of the popup: the assistant's settings as they change, and today's date across midnight.
 * (Today's lists, checklist and breaches are live values started with the page: ./reads.ts.)
 */
import { startOfTomorrow } from 'date-fns';
import { useEffect, useState } from 'react';
import { localDay } from '@/lib/read/day';
import { setLanguage } from '@/lib/i18n';
import type { Settings } from '@/lib/store/settings';
import { watchSettings } from '@/lib/store/settings-store';

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
