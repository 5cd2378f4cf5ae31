/**
 * The team folder's files (contract §9, issue 17): what each kind holds, what it is called, and how a
 * file is read whole or not at all. Pure: no storage, no DOM.
 *
 * Three kinds, each with a `kind` and a `version`:
 * - a member's day (`<member>/<YYYY-MM-DD>.json`, downloaded as `seller-ops-log-day-<member>-YYYY-MM-DD.json`);
 * - a lead's sign-off of a member's day (`<lead>/signoffs/<YYYY-MM-DD>/signoff-<member>-<YYYY-MM-DD>.json`, downloaded as
 *   `seller-ops-log-signoff-<member>-YYYY-MM-DD.json`);
 * - the team settings (`team-settings.json`, downloaded under the same name).
 * Files are found by their content wherever they sit; the names only let the Team tab leave unread the
 * days it does not show, and tell a file that sits in another member's folder.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../read/lazy-schema';
import { MARKETPLACES } from '../read/marketplaces';
import { daySchema } from '../read/record';
import { entrySchema } from '../store/schema';
import { SIGNOFF_FOLDER } from './folder';

export { SIGNOFF_FOLDER };

export const TEAM_FILE_VERSION = 1;
export const DAY_FILE_KIND = 'seller-ops-log/team-day';
export const SIGNOFF_FILE_KIND = 'seller-ops-log/team-signoff';
export const TEAM_SETTINGS_FILE_KIND = 'seller-ops-log/team-settings';
export const TEAM_SETTINGS_FILE_NAME = 'team-settings.json';

const isoTime = z.iso.datetime({ offset: true });

/** A file-safe slug: letters and digits of any script, `-` between words, an install id at the end. */
export const slugSchema = z.string().check(z.regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, 'not a member slug'), z.maxLength(64));

const memberSchema = z.strictObject({
  slug: slugSchema,
  name: z.string().check(z.maxLength(100)),
});
export type TeamMember = z.infer<typeof memberSchema>;

const breachSchema = z.object({
  marketplace: z.string().check(z.maxLength(10)),
  module: z.string().check(z.maxLength(20)),
  metric: z.string().check(z.maxLength(100)),
  scope: z.string().check(z.maxLength(20)),
  entity: z.string().check(z.maxLength(500)),
  value: z.number(),
  unit: z.string().check(z.maxLength(20)),
  currency: z.optional(z.string().check(z.maxLength(5))),
  period: z.string().check(z.maxLength(30)),
  threshold: z.string().check(z.maxLength(200)),
});
export type TeamBreach = z.infer<typeof breachSchema>;

/** An open due item (contract §7 `dueItems` rows), carried as they are: the Team tab shows what, where and when. */
const dueItemSchema = z.looseObject({
  kind: z.optional(z.string().check(z.maxLength(40))),
  id: z.optional(z.union([z.string().check(z.maxLength(200)), z.number()])),
  marketplace: z.optional(z.string().check(z.maxLength(10))),
  entity: z.optional(z.string().check(z.maxLength(500))),
  rating: z.optional(z.number()),
  date: z.optional(z.string().check(z.maxLength(40))),
  /** `YYYY-MM-DD` (contract §7). */
  due: z.optional(z.string().check(z.maxLength(40))),
  state: z.optional(z.string().check(z.maxLength(40))),
});
export type TeamDueItem = z.infer<typeof dueItemSchema>;

const summarySchema = z.strictObject({
  entries: z.int().check(z.gte(0)),
  open: z.int().check(z.gte(0)),
  done: z.int().check(z.gte(0)),
  breaches: z.int().check(z.gte(0)),
  carriedOver: z.int().check(z.gte(0)),
  dueItems: z.int().check(z.gte(0)),
  /** Marketplaces with a capture on the day. */
  marketplaces: z.array(z.enum(MARKETPLACES)).check(z.maxLength(MARKETPLACES.length)),
  /** Page kinds captured on the day. */
  pages: z.array(z.string().check(z.maxLength(50))).check(z.maxLength(50)),
});
export type DaySummary = z.infer<typeof summarySchema>;

const LIMIT = 5_000;
export const dayFileSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal(DAY_FILE_KIND),
    version: z.literal(TEAM_FILE_VERSION),
    member: memberSchema,
    day: daySchema,
    handedInAt: isoTime,
    entries: z.array(entrySchema).check(z.maxLength(LIMIT)),
    carriedOver: z.array(entrySchema).check(z.maxLength(LIMIT)),
    breaches: z.array(breachSchema).check(z.maxLength(LIMIT * 4)),
    dueItems: z.array(dueItemSchema).check(z.maxLength(LIMIT)),
    summary: summarySchema,
  }).check(
    z.superRefine((file, ctx) => {
      if (file.entries.some((e) => e.day !== file.day)) ctx.addIssue({ code: 'custom', path: ['entries'], message: 'an entry of another day' });
    }),
  ),
);
export type DayFile = z.infer<typeof dayFileSchema>;

export const signoffFileSchema = z.strictObject({
  kind: z.literal(SIGNOFF_FILE_KIND),
  version: z.literal(TEAM_FILE_VERSION),
  lead: memberSchema,
  member: slugSchema,
  day: daySchema,
  signedAt: isoTime,
  comment: z._default(z.string().check(z.maxLength(2000)), ''),
});
export type SignoffFile = z.infer<typeof signoffFileSchema>;

/** The settings a lead publishes; each part is checked against the settings schema when read (lib/team/team-settings.ts). */
export const TEAM_SETTING_KEYS = ['rules', 'statusRules', 'acosTargets', 'acosAssignments', 'owners', 'defaultOwner', 'taughtLabels', 'marketplaces'] as const;
export type TeamSettingKey = (typeof TEAM_SETTING_KEYS)[number];

export const teamSettingsFileSchema = z.strictObject({
  kind: z.literal(TEAM_SETTINGS_FILE_KIND),
  version: z.literal(TEAM_FILE_VERSION),
  lead: memberSchema,
  publishedAt: isoTime,
  settings: z.partialRecord(z.enum(TEAM_SETTING_KEYS), z.unknown()),
});
export type TeamSettingsFile = z.infer<typeof teamSettingsFileSchema>;

export type TeamFile = DayFile | SignoffFile | TeamSettingsFile;

// ---------- names and slugs ----------

/** A name as a file-safe slug stem: letters and digits of any script, lower case, words joined by `-`. */
export function slugStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return stem || 'member';
}

/**
 * A member's slug: the name's stem and this install's id, so two members with the same name (two
 * "Wang"s) never share a folder or a file name.
 */
export function memberSlug(name: string, installId: string): string {
  const id = installId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || '0';
  return `${slugStem(name)}-${id}`;
}

/** A new install id: 6 characters of a-z0-9. */
export function newInstallId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
  return id;
}

/** `<member>/<YYYY-MM-DD>.json`: where a member's day sits in the team folder. */
export function dayFilePath(member: string, day: string): string {
  return `${member}/${day}.json`;
}

/** `seller-ops-log-day-<member>-YYYY-MM-DD.json`: the same file downloaded (contract §9). */
export function dayFileDownloadName(member: string, day: string): string {
  return `seller-ops-log-day-${member}-${day}.json`;
}

/**
 * `<lead>/signoffs/<YYYY-MM-DD>/signoff-<member>-<YYYY-MM-DD>.json`: the lead's own file for one sign-off,
 * in a small folder per day, so the Team tab finds the days it shows by name without listing a year of
 * files. (Sign-offs written before, at `<lead>/signoff-<member>-<YYYY-MM-DD>.json`, are still read.)
 */
export function signoffFilePath(lead: string, member: string, day: string): string {
  return `${lead}/${SIGNOFF_FOLDER}/${day}/signoff-${member}-${day}.json`;
}

export function signoffDownloadName(member: string, day: string): string {
  return `seller-ops-log-signoff-${member}-${day}.json`;
}

/**
 * What a file's path says about it: the day in its name and the member folder it sits in, if any (for a
 * sign-off in `<lead>/signoffs/<day>/`, the lead's folder).
 */
export function pathHints(path: string): { day?: string; folder?: string; base: string } {
  const parts = path.split('/').filter(Boolean);
  const base = parts.at(-1) ?? path;
  const days = base.match(/\d{4}-\d{2}-\d{2}/g);
  const inSignoffs = parts.length >= 4 && parts.at(-3) === SIGNOFF_FOLDER && /^\d{4}-\d{2}-\d{2}$/.test(parts.at(-2)!);
  const folder = inSignoffs ? parts.at(-4) : parts.length >= 2 ? parts.at(-2) : undefined;
  return { base, ...(days ? { day: days.at(-1)! } : {}), ...(folder ? { folder } : {}) };
}

/**
 * Whether the Team tab reads a file when it shows `from`..`to`: JSON files whose name holds a day in
 * that range, or no day at all (a day file renamed, the team settings); never the monthly backups.
 */
export function worthReading(path: string, from: string, to: string): boolean {
  if (!/\.json$/i.test(path)) return false;
  if (/(^|\/)backups\//.test(path)) return false;
  const { day } = pathHints(path);
  return day === undefined || (day >= from && day <= to);
}

// ---------- reading ----------

/** Why a file was skipped, for the note in the UI language (i18n `team.skip.<reason>`). */
export const SKIP_REASONS = ['cutOff', 'empty', 'newerVersion', 'schema', 'otherMember', 'wrongDay', 'signoffElsewhere', 'unreadable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedFile {
  ok: false;
  path: string;
  /** In English, naming the file: for logs and for the tests. */
  note: string;
  reason: SkipReason;
  /** The note's particulars (`{version}`, `{detail}`, `{slug}`, `{folder}`, `{day}`). */
  params: Record<string, string>;
}

export type ParsedTeamFile = { ok: true; path: string; file: TeamFile } | SkippedFile;

function issues(error: z.core.$ZodError): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ');
}

/**
 * Reads one file of the folder whole, or says why not (the note names the file): not JSON (cut off by a
 * sync still under way), not one of ours, a newer version than this extension reads, a schema it does
 * not match, or a member's file sitting in another member's folder. `null` for JSON that is not a team
 * file at all (e.g. a day log export), which the Team tab passes over in silence.
 */
export function parseTeamFile(path: string, text: string): ParsedTeamFile | null {
  const fail = (note: string, reason: SkipReason, params: Record<string, string> = {}): ParsedTeamFile => ({ ok: false, path, note: `${path}: ${note}`, reason, params });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim() ? fail('not whole JSON (cut off while syncing, or damaged)', 'cutOff') : fail('empty (still syncing?)', 'empty');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { kind, version } = json as { kind?: unknown; version?: unknown };
  const schema = kind === DAY_FILE_KIND ? dayFileSchema : kind === SIGNOFF_FILE_KIND ? signoffFileSchema : kind === TEAM_SETTINGS_FILE_KIND ? teamSettingsFileSchema : undefined;
  if (!schema) return null;
  if (typeof version === 'number' && version > TEAM_FILE_VERSION) return fail(`written by a newer version of Seller Ops Log (file version ${version}); update the extension to read it`, 'newerVersion', { version: String(version) });
  const parsed = schema.safeParse(json);
  if (!parsed.success) return fail(`does not match a ${String(kind)} file: ${issues(parsed.error)}`, 'schema', { detail: issues(parsed.error) });
  const file = parsed.data as TeamFile;
  const hints = pathHints(path);
  if (file.kind === DAY_FILE_KIND) {
    const slug = file.member.slug;
    const inFolder = hints.folder !== undefined && hints.folder !== slug && /^\d{4}-\d{2}-\d{2}\.json$/i.test(hints.base);
    const downloadedFor = hints.base.match(/^seller-ops-log-day-(.+)-\d{4}-\d{2}-\d{2}(?: \(\d+\))?\.json$/i)?.[1];
    if (inFolder || (downloadedFor !== undefined && downloadedFor !== slug)) return fail(`another member's file (${slug}) under ${inFolder ? hints.folder : downloadedFor}'s name`, 'otherMember', { slug, folder: (inFolder ? hints.folder : downloadedFor) ?? '' });
    if (hints.day !== undefined && /^(\d{4}-\d{2}-\d{2}\.json|seller-ops-log-day-)/i.test(hints.base) && hints.day !== file.day) return fail(`holds ${file.day}, not the day in its name`, 'wrongDay', { day: file.day });
  }
  if (file.kind === SIGNOFF_FILE_KIND) {
    // A lead writes their own sign-offs into their own folder: one under another's folder is not theirs.
    if (hints.folder !== undefined && /^signoff-/i.test(hints.base) && hints.folder !== file.lead.slug) return fail(`a sign-off by ${file.lead.slug} in ${hints.folder}'s folder`, 'signoffElsewhere', { slug: file.lead.slug, folder: hints.folder });
    if (hints.day !== undefined && /^(signoff-|seller-ops-log-signoff-)/i.test(hints.base) && hints.day !== file.day) return fail(`signs off ${file.day}, not the day in its name`, 'wrongDay', { day: file.day });
  }
  return { ok: true, path, file };
}

// ---------- writing ----------

export function teamFileText(file: TeamFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
