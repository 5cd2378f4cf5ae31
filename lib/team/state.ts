/**
 * This install's small team state in `browser.storage.local` (`team`): light, so the popup reads it
 * without loading the hand-in code (which loads on the first click, as the day's exports do).
 */
import { storage } from 'wxt/utils/storage';

/** This install's team state, small, in `browser.storage.local`: its id and the hand-in hour. */
export interface TeamLocalState {
  installId?: string;
  /** 0–23: hand the day in automatically at this hour (where a folder is kept); undefined: never. */
  autoHour?: number;
  /** The last day handed in automatically. */
  autoLastDay?: string;
  /** Team settings taken last: the values and the file's publish time. */
  takenSettings?: { publishedAt: string; lead: string; settings: Record<string, unknown>; overrides: string[] };
  /** Sign-offs of this member's days read from the folder: `<member>/<day>` → lead name and comment. */
  signoffs?: Record<string, { lead: string; comment: string; signedAt: string }>;
}

export const teamStateItem = storage.defineItem<TeamLocalState>('local:team', { fallback: {} });

export async function updateTeamState(change: (state: TeamLocalState) => TeamLocalState): Promise<TeamLocalState> {
  const next = change(await teamStateItem.getValue());
  await teamStateItem.setValue(next);
  return next;
}
