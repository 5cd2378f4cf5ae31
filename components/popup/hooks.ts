/**
 * Small hooks of the popup: the assistant's settings as they change, today's date across midnight, and
 * today's checklist and breaches as captures come in.
 */
import { startOfTomorrow } from 'date-fns';
import { useEffect, useState } from 'react';
import { useLiveReload, type LiveReload } from '@/components/use-live-reload';
import { breachesOfDay, type EvaluatedSnapshot } from '@/lib/rules/breaches';
import { loadChecklist, type ChecklistRow } from '@/lib/review/checklist';
import { localDay } from '@/lib/read/day';
import { capturedOnDay } from '@/lib/store/day-index';
import type { SellerOpsDb } from '@/lib/store/db';
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

export interface DayChecks {
  checklist: ChecklistRow[];
  breaches: EvaluatedSnapshot[];
}

/**
 * Today's checklist and breaches, read again whenever a value of today is written or the settings change:
 * the page kinds captured today (index keys) are the live part, and any write of today's values falls in
 * their index ranges.
 */
export function useDayChecks(db: SellerOpsDb, today: string, settings: Settings): LiveReload<DayChecks> {
  return useLiveReload(
    () => capturedOnDay(db, today),
    async (captured) => {
      const [checklist, breaches] = await Promise.all([loadChecklist(db, today, settings, captured), breachesOfDay(db, today, settings, captured)]);
      return { checklist, breaches };
    },
    [db, today, settings],
  );
}
