/**
 * What the Team tab shows, from the files it read: members and their days (merged when the same day
 * arrives twice), sign-offs and how late an unsigned day is, the morning meeting and the team's week.
 * Pure.
 */
import { dueState } from '../store/due';
import type { Entry } from '../store/schema';
import { shiftDay } from '../review/days';
import { localDay } from '../read/day';
import { DAY_FILE_KIND, SIGNOFF_FILE_KIND, TEAM_SETTINGS_FILE_KIND, type DayFile, type ParsedTeamFile, type SignoffFile, type SkippedFile, type TeamBreach, type TeamDueItem, type TeamSettingsFile } from './files';

export interface TeamMemberDays {
  slug: string;
  /** The name in the newest day file. */
  name: string;
  /** Day → that day's file (the one handed in last). */
  days: Map<string, DayFile>;
}

export interface TeamFolder {
  members: TeamMemberDays[];
  /** `<member>/<day>` → the newest sign-off of that day. */
  signoffs: Map<string, SignoffFile>;
  /** The newest team settings file, if any. */
  settings?: TeamSettingsFile;
  /** Files that were skipped, with a note naming each (read again on the next refresh). */
  skipped: SkippedFile[];
}

export function signoffKey(member: string, day: string): string {
  return `${member}/${day}`;
}

/**
 * Everything read from the folder, merged: a day handed in twice (written to the folder and also
 * downloaded, or a sync conflict copy) counts once, the file handed in last; each file was validated
 * whole before (lib/team/files.ts), so nothing here is half-read.
 */
export function mergeTeamFiles(parsed: readonly (ParsedTeamFile | null)[]): TeamFolder {
  const members = new Map<string, TeamMemberDays>();
  const signoffs = new Map<string, SignoffFile>();
  const skipped: TeamFolder['skipped'] = [];
  let settings: TeamSettingsFile | undefined;
  for (const item of parsed) {
    if (!item) continue;
    if (!item.ok) {
      skipped.push(item);
      continue;
    }
    const file = item.file;
    if (file.kind === DAY_FILE_KIND) {
      const member = members.get(file.member.slug) ?? { slug: file.member.slug, name: file.member.name, days: new Map() };
      members.set(member.slug, member);
      const before = member.days.get(file.day);
      if (!before || Date.parse(before.handedInAt) <= Date.parse(file.handedInAt)) member.days.set(file.day, file);
      const newest = [...member.days.values()].reduce((a, b) => (Date.parse(a.handedInAt) >= Date.parse(b.handedInAt) ? a : b));
      member.name = newest.member.name;
    } else if (file.kind === SIGNOFF_FILE_KIND) {
      const key = signoffKey(file.member, file.day);
      const before = signoffs.get(key);
      if (!before || Date.parse(before.signedAt) <= Date.parse(file.signedAt)) signoffs.set(key, file);
    } else if (file.kind === TEAM_SETTINGS_FILE_KIND) {
      if (!settings || Date.parse(settings.publishedAt) <= Date.parse(file.publishedAt)) settings = file;
    }
  }
  const sorted = [...members.values()].sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
  return { members: sorted, signoffs, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), ...(settings ? { settings } : {}) };
}

function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days (Monday to Friday) after `day`, up to and including `today`. */
export function workingDaysSince(day: string, today: string): number {
  let count = 0;
  for (let d = shiftDay(day, 1); d <= today; d = shiftDay(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

/** How long a day may wait for the lead's sign-off: two working days (issue 17). */
export const SIGNOFF_WORKING_DAYS = 2;

export type SignoffState = 'signed' | 'waiting' | 'late';

/** Signed off; waiting (within two working days); or late, not signed off within two working days. */
export function signoffState(day: string, signed: boolean, today: string): SignoffState {
  if (signed) return 'signed';
  return workingDaysSince(day, today) > SIGNOFF_WORKING_DAYS ? 'late' : 'waiting';
}

/** Hours before a deadline at which the morning meeting calls a due item "near". */
export const NEAR_DEADLINE_HOURS = 48;

export interface MeetingRow {
  member: TeamMemberDays;
  day: string;
  file?: DayFile;
  entries: Entry[];
  /** Open on the day (entries and carried-over items), overdue ones first. */
  open: { entry: Entry; overdue: boolean }[];
  breaches: TeamBreach[];
  /**
   * The breaches that are new on the day: not among the breaches of the member's day handed in before it
   * (the same marketplace, metric, scope and item), when that day was read; all of them otherwise.
   */
  newBreaches: TeamBreach[];
  /** The member's day handed in before `day` that the new breaches were compared with, if read. */
  previousDay?: string;
  /** Open due items whose deadline day is within NEAR_DEADLINE_HOURS of `now` (or passed). */
  dueSoon: TeamDueItem[];
}

/** One breach's identity across days: where, what and which item. */
export function breachKey(b: TeamBreach): string {
  return [b.marketplace, b.metric, b.scope, b.entity].join('\u0000');
}

/** The morning meeting: `day` (yesterday) for each member, as they handed it in. */
export function morningMeeting(folder: TeamFolder, day: string, now: Date): MeetingRow[] {
  return folder.members.map((member) => {
    const file = member.days.get(day);
    if (!file) return { member, day, entries: [], open: [], breaches: [], newBreaches: [], dueSoon: [] };
    const seen = new Set<string>();
    const open = [...file.entries, ...file.carriedOver]
      .filter((e) => e.status === 'open' && !seen.has(e.id) && seen.add(e.id))
      .map((entry) => ({ entry, overdue: dueState(entry, now) === 'overdue' }))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue));
    const horizon = localDay(new Date(now.getTime() + NEAR_DEADLINE_HOURS * 3_600_000));
    const dueSoon = file.dueItems
      .filter((item) => item.state !== 'handled' && typeof item.due === 'string' && item.due.slice(0, 10) <= horizon)
      .sort((a, b) => String(a.due).localeCompare(String(b.due)));
    const previousDay = [...member.days.keys()].filter((d) => d < day).sort().at(-1);
    const before = new Set((previousDay ? member.days.get(previousDay)!.breaches : []).map(breachKey));
    const newBreaches = file.breaches.filter((b) => !before.has(breachKey(b)));
    return { member, day, file, entries: file.entries, open, breaches: file.breaches, newBreaches, ...(previousDay ? { previousDay } : {}), dueSoon };
  });
}

export interface WeekRow {
  member: TeamMemberDays;
  handedIn: number;
  entries: number;
  done: number;
  open: number;
  breaches: number;
  marketplaces: string[];
  /** Hours from an entry's creation to its last change, over the week's done entries (median), if any. */
  medianResponseHours?: number;
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The team's week, `days` of it: per member, and the problems that recur across marketplaces or days. */
export interface OwnerResponse {
  owner: string;
  done: number;
  open: number;
  /** Median hours from logging to done (the entry's last change), over the week's done entries. */
  medianResponseHours?: number;
}

export function teamWeek(folder: TeamFolder, days: readonly string[]): { rows: WeekRow[]; owners: OwnerResponse[]; recurring: { metric: string; marketplaces: string[]; members: string[]; days: number }[] } {
  const byOwner = new Map<string, { hours: number[]; open: number }>();
  const byMetric = new Map<string, { marketplaces: Set<string>; members: Set<string>; days: Set<string> }>();
  const rows = folder.members.map((member) => {
    const files = days.map((d) => member.days.get(d)).filter((f): f is DayFile => !!f);
    const entries = files.flatMap((f) => f.entries);
    const marketplaces = new Set(files.flatMap((f) => f.summary.marketplaces));
    for (const file of files) {
      for (const b of file.breaches) {
        const slot = byMetric.get(b.metric) ?? { marketplaces: new Set(), members: new Set(), days: new Set() };
        slot.marketplaces.add(b.marketplace);
        slot.members.add(member.name);
        slot.days.add(file.day);
        byMetric.set(b.metric, slot);
      }
    }
    for (const e of entries) {
      const owner = e.owner.trim();
      if (!owner) continue;
      const slot = byOwner.get(owner) ?? { hours: [], open: 0 };
      if (e.status === 'open') slot.open++;
      else slot.hours.push(Math.max(0, (Date.parse(e.updatedAt) - Date.parse(e.createdAt)) / 3_600_000));
      byOwner.set(owner, slot);
    }
    const responses = entries.filter((e) => e.status === 'done').map((e) => (Date.parse(e.updatedAt) - Date.parse(e.createdAt)) / 3_600_000).filter((h) => h >= 0);
    const med = median(responses);
    return {
      member,
      handedIn: files.length,
      entries: entries.length,
      done: entries.filter((e) => e.status === 'done').length,
      open: entries.filter((e) => e.status === 'open').length,
      breaches: files.reduce((n, f) => n + f.breaches.length, 0),
      marketplaces: [...marketplaces].sort(),
      ...(med !== undefined ? { medianResponseHours: Math.round(med * 10) / 10 } : {}),
    };
  });
  const recurring = [...byMetric.entries()]
    .filter(([, s]) => s.marketplaces.size > 1 || s.days.size > 1)
    .map(([metric, s]) => ({ metric, marketplaces: [...s.marketplaces].sort(), members: [...s.members].sort(), days: s.days.size }))
    .sort((a, b) => b.marketplaces.length - a.marketplaces.length || b.days - a.days || a.metric.localeCompare(b.metric));
  const owners = [...byOwner.entries()]
    .map(([owner, slot]) => {
      const med = median(slot.hours);
      return { owner, done: slot.hours.length, open: slot.open, ...(med !== undefined ? { medianResponseHours: Math.round(med * 10) / 10 } : {}) };
    })
    .sort((a, b) => a.owner.localeCompare(b.owner));
  return { rows, owners, recurring };
}

/**
 * What each member is called on the Team tab: their name; two members with the same name (two "Wang"s,
 * whose slugs differ by their install id) are told apart by the end of their slug, `Wang (k3x9q1)`.
 */
export function memberLabels(members: readonly Pick<TeamMemberDays, 'slug' | 'name'>[]): Map<string, string> {
  const named = (m: Pick<TeamMemberDays, 'slug' | 'name'>) => m.name.trim() || m.slug;
  const count = new Map<string, number>();
  for (const m of members) count.set(named(m).toLowerCase(), (count.get(named(m).toLowerCase()) ?? 0) + 1);
  return new Map(members.map((m) => [m.slug, (count.get(named(m).toLowerCase()) ?? 0) > 1 ? `${named(m)} (${m.slug.split('-').at(-1)})` : named(m)]));
}

/**
 * The marketplaces the team covered over `days` (a capture or an entry handed in by any member) and, of those the
 * team works in (`expected`, the lead's own marketplaces), the ones nobody covered.
 */
export function marketplacesCovered(folder: TeamFolder, days: readonly string[], expected: readonly string[]): { covered: string[]; missing: string[] } {
  const covered = new Set<string>();
  for (const member of folder.members) {
    for (const day of days) {
      const file = member.days.get(day);
      if (!file) continue;
      for (const m of file.summary.marketplaces) covered.add(m);
      for (const e of file.entries) if (e.marketplace) covered.add(e.marketplace);
    }
  }
  return { covered: [...covered].sort(), missing: expected.filter((m) => !covered.has(m)) };
}
