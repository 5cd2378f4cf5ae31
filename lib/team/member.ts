/**
 * Handing in the day: the member's day file built from the database (indexed reads only), and the
 * member's identity in the team (name from the first-run page, a per-install id for a distinct slug).
 */
import { isoWithOffset } from '../read/day';
import { MARKETPLACES, type Marketplace } from '../read/marketplaces';
import { loadDayLog } from '../export/day-log';
import { capturedOnDay } from '../store/day-index';
import type { SellerOpsDb } from '../store/db';
import type { Settings } from '../store/settings';
import { teamStateItem, updateTeamState } from './state';
import { DAY_FILE_KIND, dayFileSchema, memberSlug, newInstallId, TEAM_FILE_VERSION, type DayFile, type TeamDueItem, type TeamMember } from './files';

/** This member: the name set on the first-run page and a slug kept for this install. */
export async function currentMember(settings: Pick<Settings, 'assistantName'>): Promise<TeamMember> {
  let state = await teamStateItem.getValue();
  if (!state.installId) state = await updateTeamState((s) => ({ ...s, installId: s.installId ?? newInstallId() }));
  const name = settings.assistantName.trim();
  return { name, slug: memberSlug(name, state.installId!) };
}

/** Open due items (contract §7), where the `dueItems` table exists in this build; none where it does not. */
export async function openDueItems(db: SellerOpsDb): Promise<TeamDueItem[]> {
  if (!db.tables.some((table) => table.name === 'dueItems')) return [];
  try {
    const rows = (await db.table('dueItems').toArray()) as Record<string, unknown>[];
    return rows.filter((row) => row.state !== 'handled').slice(0, 5_000) as TeamDueItem[];
  } catch {
    return [];
  }
}

/** The member's day as one file: entries, carried-over items, breaches, due items and a summary. */
export async function buildDayFile(db: SellerOpsDb, day: string, settings: Settings, member: TeamMember, now: Date = new Date()): Promise<DayFile> {
  const [log, captured, dueItems] = await Promise.all([loadDayLog(db, day, settings, now), capturedOnDay(db, day), openDueItems(db)]);
  const marketplaces = new Set<Marketplace>();
  const pages: string[] = [];
  for (const [page, markets] of captured) {
    if (markets.size) pages.push(page);
    for (const m of markets) marketplaces.add(m);
  }
  const open = log.entries.filter((e) => e.status === 'open').length;
  const file: DayFile = {
    kind: DAY_FILE_KIND,
    version: TEAM_FILE_VERSION,
    member,
    day,
    handedInAt: isoWithOffset(now),
    entries: log.entries,
    carriedOver: log.carriedOver,
    breaches: log.breaches,
    dueItems,
    summary: {
      entries: log.entries.length,
      open,
      done: log.entries.length - open,
      breaches: log.breaches.length,
      carriedOver: log.carriedOver.length,
      dueItems: dueItems.length,
      marketplaces: MARKETPLACES.filter((m) => marketplaces.has(m)),
      pages,
    },
  };
  // What goes out is what the Team tab will accept: checked here, so a bad file is never handed in.
  return dayFileSchema.parse(file);
}
