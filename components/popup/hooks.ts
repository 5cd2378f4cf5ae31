/**
 * Small hooks of the popup: the assistant's settings as they change, today's date across midnight, and
 * today's checklist and breaches as captures come in.
 */
import { startOfTomorrow } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { breachesOfDay, type EvaluatedSnapshot } from '@/lib/breaches';
import { loadChecklist, type ChecklistRow } from '@/lib/checklist';
import { localDay } from '@/lib/day';
import { capturedOnDay } from '@/lib/day-index';
import type { SellerOpsDb } from '@/lib/db';
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

export interface DayChecks {
  checklist: ChecklistRow[];
  breaches: EvaluatedSnapshot[];
}

/**
 * Today's checklist and breaches, read again whenever a value of today is written or the settings change.
 * Only the page kinds captured today are a live query (index keys alone). The values behind the breaches
 * are read outside it: a live query over snapshots, whose keys are out of line, reads every row's key a
 * second time and files each one in its change tracking, which took most of the popup's opening with
 * 1,500 ruled values. Any write of today's values changes the captured pages' index range, so the live
 * query runs again, gives a new map, and the values are read again.
 */
export function useDayChecks(db: SellerOpsDb, today: string, settings: Settings, onError: (error: unknown) => void): DayChecks | undefined {
  const captured = useLiveQuery(() => capturedOnDay(db, today), [today]);
  const [checks, setChecks] = useState<DayChecks>();
  useEffect(() => {
    if (!captured) return;
    let current = true;
    Promise.all([loadChecklist(db, today, settings, captured), breachesOfDay(db, today, settings, captured)]).then(
      ([checklist, breaches]) => current && setChecks({ checklist, breaches }),
      (error: unknown) => current && onError(error),
    );
    return () => {
      current = false;
    };
    // Not onError: the caller's reporter is a new function each render, which must not read the day again.
  }, [db, today, settings, captured]);
  return checks;
}
