import { describe, expect, it } from 'vitest';
import { defaultSettings, validateSettings, type Settings } from '../store/settings';
import type { Entry } from '../store/schema';
import {
  DAY_FILE_KIND, dayFileDownloadName, dayFilePath, memberSlug, parseTeamFile, pathHints, SIGNOFF_FILE_KIND, signoffDownloadName,
  signoffFilePath, slugStem, TEAM_SETTINGS_FILE_KIND, teamFileText, worthReading, type DayFile, type SignoffFile, type TeamSettingsFile,
} from './files';
import { marketplacesCovered, memberLabels, mergeTeamFiles, morningMeeting, signoffKey, signoffState, teamWeek, workingDaysSince } from './team-view';
import { isNewerTeamSetting, publishableSettings, readTeamSettings, takeTeamSettings } from './team-settings';
import { teamSettingsState } from './staleness';
import { readTeamFolder } from './read-folder';

function entry(id: string, day: string, over: Partial<Entry> = {}): Entry {
  return {
    id, day, createdAt: `${day}T09:00:00.000+08:00`, updatedAt: `${day}T11:00:00.000+08:00`, module: 'account', category: 'operations',
    summary: `entry ${id}`, action: '', owner: '', status: 'open', ...over,
  };
}
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function dayFile(slug: string, day: string, over: Partial<DayFile> = {}): DayFile {
  return {
    kind: DAY_FILE_KIND, version: 1, member: { slug, name: slug.split('-')[0]! }, day, handedInAt: `${day}T18:00:00.000+08:00`,
    entries: [entry(ID(1), day)], carriedOver: [], breaches: [], dueItems: [],
    summary: { entries: 1, open: 1, done: 0, breaches: 0, carriedOver: 0, dueItems: 0, marketplaces: ['US'], pages: ['account-health'] },
    ...over,
  };
}
function signoff(member: string, day: string, over: Partial<SignoffFile> = {}): SignoffFile {
  return { kind: SIGNOFF_FILE_KIND, version: 1, lead: { slug: 'lead-abc123', name: 'Lead' }, member, day, signedAt: `${day}T20:00:00.000+08:00`, comment: '', ...over };
}

describe('team file names and slugs', () => {
  it('makes file-safe slugs in any script, distinct for two members with the same name', () => {
    expect(slugStem(' Wang  Fang! ')).toBe('wang-fang');
    expect(slugStem('韩梅梅')).toBe('韩梅梅');
    expect(slugStem('../..//')).toBe('member');
    expect(slugStem('a/b\\c:d*e?"f<g>h|')).toBe('a-b-c-d-e-f-g-h');
    const a = memberSlug('Wang', 'k3x9q1');
    const b = memberSlug('Wang', '7hz0pa');
    expect(a).toBe('wang-k3x9q1');
    expect(a).not.toBe(b);
    expect(memberSlug('', 'ab12cd')).toBe('member-ab12cd');
  });

  it('names day and sign-off files in the folder and as downloads', () => {
    expect(dayFilePath('wang-k3x9q1', '2026-12-03')).toBe('wang-k3x9q1/2026-12-03.json');
    expect(dayFileDownloadName('wang-k3x9q1', '2026-12-03')).toBe('seller-ops-log-day-wang-k3x9q1-2026-12-03.json');
    expect(signoffFilePath('lead-a1', 'wang-k3x9q1', '2026-12-03')).toBe('lead-a1/signoffs/2026-12-03/signoff-wang-k3x9q1-2026-12-03.json');
    // A sign-off's folder is its lead's, whether in the day's folder under `signoffs/` or (written before) at the top.
    expect(pathHints('lead-a1/signoffs/2026-12-03/signoff-wang-k3x9q1-2026-12-03.json')).toEqual({ base: 'signoff-wang-k3x9q1-2026-12-03.json', day: '2026-12-03', folder: 'lead-a1' });
    expect(pathHints('lead-a1/signoff-wang-k3x9q1-2026-12-03.json').folder).toBe('lead-a1');
    expect(signoffDownloadName('wang-k3x9q1', '2026-12-03')).toBe('seller-ops-log-signoff-wang-k3x9q1-2026-12-03.json');
    expect(pathHints('team/wang-k3x9q1/2026-12-03.json')).toEqual({ base: '2026-12-03.json', day: '2026-12-03', folder: 'wang-k3x9q1' });
  });

  it('reads only the days shown, never the backups', () => {
    expect(worthReading('wang-1/2026-12-03.json', '2026-12-01', '2026-12-07')).toBe(true);
    expect(worthReading('wang-1/2025-12-03.json', '2026-12-01', '2026-12-07')).toBe(false);
    expect(worthReading('renamed.json', '2026-12-01', '2026-12-07')).toBe(true);
    expect(worthReading('backups/seller-ops-log-backup-2026-12-01.json', '2026-12-01', '2026-12-07')).toBe(false);
    expect(worthReading('wang-1/notes.txt', '2026-12-01', '2026-12-07')).toBe(false);
  });
});

describe('validating team files', () => {
  const good = dayFile('wang-k3x9q1', '2026-12-03');

  it('reads each kind whole', () => {
    const settings: TeamSettingsFile = { kind: TEAM_SETTINGS_FILE_KIND, version: 1, lead: { slug: 'lead-a1', name: 'Lead' }, publishedAt: '2026-12-01T08:00:00.000Z', settings: { owners: ['Wang'] } };
    for (const [path, file] of [['wang-k3x9q1/2026-12-03.json', good], ['lead-abc123/signoff-wang-k3x9q1-2026-12-03.json', signoff('wang-k3x9q1', '2026-12-03')], ['team-settings.json', settings]] as const) {
      const parsed = parseTeamFile(path, teamFileText(file));
      expect(parsed).toMatchObject({ ok: true, file });
    }
    expect(parseTeamFile(dayFileDownloadName('wang-k3x9q1', '2026-12-03'), teamFileText(good))?.ok).toBe(true);
    expect(parseTeamFile('anywhere/renamed.json', teamFileText(good))?.ok).toBe(true);
  });

  it('skips a truncated or empty file with a note naming it', () => {
    const text = teamFileText(good);
    expect(parseTeamFile('wang-k3x9q1/2026-12-03.json', text.slice(0, text.length / 2))).toEqual({ ok: false, path: 'wang-k3x9q1/2026-12-03.json', note: expect.stringMatching(/^wang-k3x9q1\/2026-12-03\.json: not whole JSON/), reason: 'cutOff', params: {} });
    expect(parseTeamFile('x/2026-12-03.json', '')).toMatchObject({ ok: false, note: expect.stringContaining('x/2026-12-03.json'), reason: 'empty' });
  });

  it('skips a wrong schema of each kind', () => {
    const badDay = { ...good, entries: [{ ...good.entries[0], status: 'maybe' }] };
    expect(parseTeamFile('wang-k3x9q1/2026-12-03.json', JSON.stringify(badDay))).toMatchObject({ ok: false, note: expect.stringContaining('entries.0.status') });
    expect(parseTeamFile('a.json', JSON.stringify({ ...good, day: '2026-02-30' }))?.ok).toBe(false);
    expect(parseTeamFile('a.json', JSON.stringify({ ...good, extra: 1 }))?.ok).toBe(false);
    expect(parseTeamFile('a.json', JSON.stringify({ ...good, entries: [entry(ID(2), '2026-12-02')] }))?.ok).toBe(false);
    expect(parseTeamFile('s.json', JSON.stringify({ ...signoff('wang-1', '2026-12-03'), member: '../x' }))?.ok).toBe(false);
    expect(parseTeamFile('t.json', JSON.stringify({ kind: TEAM_SETTINGS_FILE_KIND, version: 1, settings: {} }))?.ok).toBe(false);
  });

  it('skips a file of a newer version, saying so', () => {
    expect(parseTeamFile('wang-k3x9q1/2026-12-03.json', JSON.stringify({ ...good, version: 2 }))).toMatchObject({ ok: false, note: expect.stringContaining('newer version') });
    expect(parseTeamFile('s.json', JSON.stringify({ ...signoff('wang-1', '2026-12-03'), version: 3 }))).toMatchObject({ ok: false, note: expect.stringContaining('newer version') });
  });

  it("skips another member's file in a member's folder or under their download name", () => {
    expect(parseTeamFile('li-abc123/2026-12-03.json', teamFileText(good))).toMatchObject({ ok: false, note: expect.stringContaining("another member's file") });
    expect(parseTeamFile(dayFileDownloadName('li-abc123', '2026-12-03'), teamFileText(good))).toMatchObject({ ok: false, note: expect.stringContaining("another member's file") });
    expect(parseTeamFile('wang-k3x9q1/2026-12-04.json', teamFileText(good))).toMatchObject({ ok: false, note: expect.stringContaining('not the day in its name') });
    const signed = teamFileText(signoff('wang-k3x9q1', '2026-12-03'));
    expect(parseTeamFile(signoffFilePath('lead-abc123', 'wang-k3x9q1', '2026-12-03'), signed)?.ok).toBe(true);
    expect(parseTeamFile(signoffFilePath('wang-k3x9q1', 'wang-k3x9q1', '2026-12-03'), signed)).toMatchObject({ ok: false, note: expect.stringContaining("in wang-k3x9q1's folder") });
    // Where sign-offs were written before: still read, and still only in the lead's own folder.
    expect(parseTeamFile('lead-abc123/signoff-wang-k3x9q1-2026-12-03.json', signed)?.ok).toBe(true);
    expect(parseTeamFile('wang-k3x9q1/signoff-wang-k3x9q1-2026-12-03.json', signed)).toMatchObject({ ok: false, note: expect.stringContaining("in wang-k3x9q1's folder") });
    expect(parseTeamFile('lead-abc123/signoffs/2026-12-04/signoff-wang-k3x9q1-2026-12-04.json', signed)).toMatchObject({ ok: false, note: expect.stringContaining('not the day in its name') });
    expect(parseTeamFile(signoffDownloadName('wang-k3x9q1', '2026-12-02'), signed)).toMatchObject({ ok: false, note: expect.stringContaining('not the day in its name') });
  });

  it('passes over JSON that is not a team file', () => {
    expect(parseTeamFile('seller-ops-log-2026-12-03.json', JSON.stringify({ format: 'seller-ops-log/day', version: 1 }))).toBeNull();
    expect(parseTeamFile('list.json', '[1,2]')).toBeNull();
  });
});

describe('merging the folder', () => {
  it('keeps the day handed in last, once, and every member apart', () => {
    const early = dayFile('wang-k3x9q1', '2026-12-03', { handedInAt: '2026-12-03T17:00:00.000+08:00' });
    const late = dayFile('wang-k3x9q1', '2026-12-03', { handedInAt: '2026-12-03T19:00:00.000+08:00', entries: [entry(ID(1), '2026-12-03'), entry(ID(2), '2026-12-03')] });
    const other = dayFile('wang-7hz0pa', '2026-12-03');
    const merged = mergeTeamFiles([
      { ok: true, path: 'a', file: late },
      { ok: true, path: 'b', file: early },
      { ok: true, path: 'c', file: other },
      { ok: true, path: 'd', file: signoff('wang-k3x9q1', '2026-12-03', { comment: 'first' }) },
      { ok: true, path: 'e', file: signoff('wang-k3x9q1', '2026-12-03', { comment: 'second', signedAt: '2026-12-04T09:00:00.000+08:00' }) },
      { ok: false, path: 'z/2026-12-03.json', note: 'z/2026-12-03.json: cut off', reason: 'cutOff', params: {} },
      null,
    ]);
    expect(merged.members.map((m) => m.slug)).toEqual(['wang-7hz0pa', 'wang-k3x9q1']);
    expect(merged.members[1]!.days.get('2026-12-03')!.entries).toHaveLength(2);
    expect(merged.signoffs.get(signoffKey('wang-k3x9q1', '2026-12-03'))!.comment).toBe('second');
    expect(merged.skipped).toEqual([{ ok: false, path: 'z/2026-12-03.json', note: 'z/2026-12-03.json: cut off', reason: 'cutOff', params: {} }]);
  });

  it('reads a folder, skipping the corrupt file and the days not shown', async () => {
    const read: string[] = [];
    const file = (path: string, text: string) => ({ path, read: async () => (read.push(path), text) });
    const folder = await readTeamFolder(
      [
        file('wang-k3x9q1/2026-12-03.json', teamFileText(dayFile('wang-k3x9q1', '2026-12-03'))),
        file('wang-k3x9q1/2025-01-03.json', teamFileText(dayFile('wang-k3x9q1', '2025-01-03'))),
        file('li-abc123/2026-12-03.json', '{"kind":"seller-ops-log/team-day","vers'),
        file('backups/x.json', '{}'),
      ],
      '2026-11-27',
      '2026-12-03',
    );
    expect(read.sort()).toEqual(['li-abc123/2026-12-03.json', 'wang-k3x9q1/2026-12-03.json']);
    expect(folder.members.map((m) => m.slug)).toEqual(['wang-k3x9q1']);
    expect(folder.skipped.map((s) => s.path)).toEqual(['li-abc123/2026-12-03.json']);
  });
});

describe('sign-off state', () => {
  it('counts working days and shows a day left unsigned for more than two as late', () => {
    // 2026-12-04 is a Friday.
    expect(workingDaysSince('2026-12-04', '2026-12-07')).toBe(1); // Monday
    expect(signoffState('2026-12-04', false, '2026-12-08')).toBe('waiting'); // Tuesday: two working days
    expect(signoffState('2026-12-04', false, '2026-12-09')).toBe('late'); // Wednesday
    expect(signoffState('2026-12-04', true, '2026-12-20')).toBe('signed');
    expect(signoffState('2026-12-01', false, '2026-12-03')).toBe('waiting');
    expect(signoffState('2026-12-01', false, '2026-12-04')).toBe('late');
  });
});

describe('morning meeting and the week', () => {
  it("shows yesterday's entries, open and overdue items, breaches and due items near their deadline", () => {
    const day = '2026-12-03';
    const file = dayFile('wang-k3x9q1', day, {
      entries: [entry(ID(1), day, { status: 'done' }), entry(ID(2), day, { due: '2026-12-03T12:00:00.000Z' }), entry(ID(3), day, { due: '2026-12-09T12:00:00.000Z' })],
      carriedOver: [entry(ID(4), '2026-12-01', { due: '2026-12-02T12:00:00.000Z' })],
      breaches: [{ marketplace: 'US', module: 'account', metric: 'orderDefectRate', scope: 'account', entity: '', value: 1.5, unit: 'percent', period: '', threshold: '< 1' }],
      dueItems: [{ kind: 'feedback', id: 'o1', due: '2026-12-05', state: 'open' }, { kind: 'review', id: 'r1', due: '2026-12-20', state: 'open' }, { kind: 'feedback', id: 'o2', due: '2026-12-04', state: 'handled' }],
    });
    const folder = mergeTeamFiles([{ ok: true, path: 'a', file }, { ok: true, path: 'b', file: dayFile('li-abc123', '2026-12-02') }]);
    const rows = morningMeeting(folder, day, new Date('2026-12-04T01:00:00.000Z'));
    const wang = rows.find((r) => r.member.slug === 'wang-k3x9q1')!;
    expect(wang.entries).toHaveLength(3);
    expect(wang.open.map((o) => [o.entry.id, o.overdue])).toEqual([[ID(2), true], [ID(4), true], [ID(3), false]]);
    expect(wang.breaches).toHaveLength(1);
    // No day of Wang's before it was read: the breach counts as new.
    expect(wang.newBreaches).toHaveLength(1);
    expect(wang.previousDay).toBeUndefined();
    expect(wang.dueSoon.map((d) => d.id)).toEqual(['o1']);
    expect(rows.find((r) => r.member.slug === 'li-abc123')!.file).toBeUndefined();

    const week = teamWeek(mergeTeamFiles([
      { ok: true, path: 'a', file },
      { ok: true, path: 'b', file: dayFile('li-abc123', '2026-12-02', { breaches: [{ ...file.breaches[0]!, marketplace: 'UK' }] }) },
    ]), ['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(week.rows.find((r) => r.member.slug === 'wang-k3x9q1')).toMatchObject({ handedIn: 1, entries: 3, done: 1, open: 2, breaches: 1, medianResponseHours: 2 });
    expect(week.owners).toEqual([]);
    const owned = teamWeek(mergeTeamFiles([{ ok: true, path: 'a', file: dayFile('wang-k3x9q1', day, { entries: [entry(ID(1), day, { owner: 'Li', status: 'done' }), entry(ID(2), day, { owner: 'Li' }), entry(ID(3), day, { owner: 'Wang', status: 'done', updatedAt: `${day}T15:00:00.000+08:00` })] }) }]), [day]);
    expect(owned.owners).toEqual([{ owner: 'Li', done: 1, open: 1, medianResponseHours: 2 }, { owner: 'Wang', done: 1, open: 0, medianResponseHours: 6 }]);
    expect(week.recurring).toEqual([{ metric: 'orderDefectRate', marketplaces: ['UK', 'US'], members: ['li', 'wang'], days: 2 }]);
  });
});

describe('team settings precedence', () => {
  const own = (change: Partial<Settings> = {}): Settings => {
    const result = validateSettings({ ...defaultSettings(), ...change });
    if (!result.ok) throw new Error(result.errors.join('; '));
    return result.settings;
  };

  it('takes the team values, keeping and naming the member\'s own overrides', () => {
    const team = publishableSettings(own({ owners: ['Wang', 'Li'], acosTargets: { default: 28, home: 22, pet: 20 }, rules: { US: { orderDefectRate: { warn: 0.8, breach: 1 } } } }));
    const member = own({ acosTargets: { ...defaultSettings().acosTargets, home: 35 }, rules: { UK: { orderDefectRate: { warn: 0.7, breach: 0.9 } } } });
    const taken = takeTeamSettings(member, team, undefined);
    expect(taken.settings.owners).toEqual(['Wang', 'Li']);
    // electronics: 18 was the default, never the member's own: the team's list wins.
    expect(taken.settings.acosTargets).toEqual({ default: 28, home: 35, pet: 20 });
    expect(taken.settings.rules).toEqual({ US: { orderDefectRate: { warn: 0.8, breach: 1 } }, UK: { orderDefectRate: { warn: 0.7, breach: 0.9 } } });
    expect(taken.overrides).toEqual(['acosTargets.home', 'rules.UK']);

    // Next time, a value the member left as taken follows the team; their own change stays.
    const team2 = { ...team, acosTargets: { default: 26, home: 22, pet: 21 } };
    const again = takeTeamSettings(taken.settings, team2, team);
    expect(again.settings.acosTargets.pet).toBe(21);
    expect(again.settings.acosTargets.default).toBe(26);
    expect(again.settings.acosTargets.home).toBe(35);
    expect(again.overrides).toContain('acosTargets.home');
  });

  it('reads a team settings file part by part, leaving out a part that does not pass', () => {
    const file: TeamSettingsFile = { kind: TEAM_SETTINGS_FILE_KIND, version: 1, lead: { slug: 'lead-a1', name: 'Lead' }, publishedAt: '2026-12-01T08:00:00.000Z', settings: { owners: ['Wang'], acosTargets: { home: -5 } } };
    const read = readTeamSettings(file);
    expect(read.settings).toEqual({ owners: ['Wang'] });
    expect(read.notes).toHaveLength(1);
    expect(read.notes[0]).toMatch(/^acosTargets/);
  });

  it('offers a team settings file only when it is newer than the stamp taken', () => {
    const file = { publishedAt: '2026-12-02T09:00:00.000+08:00' };
    expect(teamSettingsState(undefined, undefined)).toBe('none');
    expect(teamSettingsState(undefined, { publishedAt: '2026-12-01T08:00:00.000Z' })).toBe('none');
    // Never taken: offered.
    expect(teamSettingsState(file, undefined)).toBe('newer');
    // Compared as instants, not as text: 09:00 at +08:00 is 01:00 UTC.
    expect(teamSettingsState(file, { publishedAt: '2026-12-02T00:59:59.000Z' })).toBe('newer');
    expect(teamSettingsState(file, { publishedAt: '2026-12-02T01:00:00.000Z' })).toBe('taken');
    // An older copy (a sync client restoring one) is not offered over the newer values taken.
    expect(teamSettingsState(file, { publishedAt: '2026-12-02T02:00:00.000Z' })).toBe('older');
    // A stamp taken that cannot be read does not hide the file.
    expect(teamSettingsState(file, { publishedAt: 'garbage' })).toBe('newer');
    const full: TeamSettingsFile = { kind: TEAM_SETTINGS_FILE_KIND, version: 1, lead: { slug: 'lead-a1', name: 'Lead' }, settings: {}, ...file };
    expect(isNewerTeamSetting(full, undefined)).toBe(true);
    expect(isNewerTeamSetting(full, '2026-12-02T01:00:00.000Z')).toBe(false);
  });

  it("keeps the member's own value through later takes, and lets a value left as taken follow the team", () => {
    const lead1 = publishableSettings(own({ owners: ['Lead', 'Wang'], acosTargets: { default: 30, home: 22 } }));
    // The member set their own owners on the first-run page before ever taking the team settings.
    const member = own({ owners: ['Wang Fang'] });
    const first = takeTeamSettings(member, lead1, undefined);
    expect(first.settings.owners).toEqual(['Wang Fang']);
    expect(first.settings.acosTargets).toEqual({ default: 30, home: 22 });
    expect(first.overrides).toEqual(['owners']);
    // The lead publishes again: the member's owners stay an override; the ACOS targets they left follow.
    const lead2 = { ...lead1, owners: ['Lead', 'Wang', 'Zhao'], acosTargets: { default: 30, home: 25 } };
    const second = takeTeamSettings(first.settings, lead2, lead1);
    expect(second.settings.owners).toEqual(['Wang Fang']);
    expect(second.settings.acosTargets.home).toBe(25);
    expect(second.overrides).toEqual(['owners']);
    // The member changes back to the team's value: no longer an override, and it follows from then on.
    const back = takeTeamSettings({ ...second.settings, owners: ['Lead', 'Wang', 'Zhao'] }, lead2, lead2);
    expect(back.overrides).toEqual([]);
    const lead3 = { ...lead2, owners: ['Lead', 'Zhao'] };
    expect(takeTeamSettings(back.settings, lead3, lead2).settings.owners).toEqual(['Lead', 'Zhao']);
    // A key the team file does not carry is left as the member has it.
    const partial = takeTeamSettings(back.settings, { acosTargets: { default: 31 } }, lead2);
    expect(partial.settings.owners).toEqual(back.settings.owners);
    expect(partial.settings.acosTargets).toEqual({ default: 31 });
  });
});

describe('new breaches in the morning meeting', () => {
  it("are those not already breached on the member's day handed in before", () => {
    const odr = { marketplace: 'US', module: 'account', metric: 'orderDefectRate', scope: 'account', entity: '', value: 1.5, unit: 'percent', period: '', threshold: '< 1' };
    const stock = { ...odr, module: 'inventory', metric: 'available', scope: 'sku', entity: 'RED-1', value: 0, unit: 'count', threshold: '> 0' };
    // Friday's file, then Monday's: the weekend was not handed in.
    const friday = dayFile('wang-k3x9q1', '2026-11-27', { breaches: [odr] });
    const monday = dayFile('wang-k3x9q1', '2026-11-30', { breaches: [odr, stock, { ...stock, marketplace: 'UK' }] });
    const folder = mergeTeamFiles([{ ok: true, path: 'a', file: friday }, { ok: true, path: 'b', file: monday }]);
    const [row] = morningMeeting(folder, '2026-11-30', new Date('2026-12-01T01:00:00.000Z'));
    expect(row!.previousDay).toBe('2026-11-27');
    expect(row!.breaches).toHaveLength(3);
    expect(row!.newBreaches.map((b) => `${b.marketplace} ${b.metric} ${b.entity}`)).toEqual(['US available RED-1', 'UK available RED-1']);
  });
});

describe('skipped files', () => {
  it('each reason has its note in English and in Chinese, naming the file', async () => {
    const { t } = await import('../i18n');
    const { SKIP_REASONS } = await import('./files');
    for (const reason of SKIP_REASONS) {
      for (const language of ['en', 'zh_CN'] as const) {
        const note = t(`team.skip.${reason}` as never, { path: 'wang-1/2026-12-03.json', version: '2', detail: 'x', slug: 'li-1', folder: 'wang-1', day: '2026-12-02' }, language);
        expect(note).toContain('wang-1/2026-12-03.json');
        expect(note).not.toMatch(/\{\w+\}/);
      }
    }
    expect(t('team.skip.cutOff' as never, { path: 'a.json' }, 'zh_CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a file skipped while half-synced is read again, whole, on the next refresh', async () => {
    const whole = teamFileText(dayFile('wang-k3x9q1', '2026-12-03'));
    let text = whole.slice(0, 40);
    const files = [{ path: 'wang-k3x9q1/2026-12-03.json', read: async () => text }];
    const first = await readTeamFolder(files, '2026-11-27', '2026-12-03');
    expect(first.members).toEqual([]);
    expect(first.skipped).toMatchObject([{ path: 'wang-k3x9q1/2026-12-03.json', reason: 'cutOff' }]);
    text = whole; // the sync client has finished
    const next = await readTeamFolder(files, '2026-11-27', '2026-12-03');
    expect(next.skipped).toEqual([]);
    expect(next.members.map((m) => m.slug)).toEqual(['wang-k3x9q1']);
  });
});

describe('who is who, and what was covered', () => {
  it('tells two members with the same name apart by their slugs, and leaves other names as they are', () => {
    const labels = memberLabels([{ slug: 'wang-k3x9q1', name: 'Wang' }, { slug: 'wang-7hz0pa', name: 'wang' }, { slug: 'li-abc123', name: 'Li' }, { slug: 'member-x1', name: ' ' }]);
    expect(labels.get('wang-k3x9q1')).toBe('Wang (k3x9q1)');
    expect(labels.get('wang-7hz0pa')).toBe('wang (7hz0pa)');
    expect(labels.get('li-abc123')).toBe('Li');
    expect(labels.get('member-x1')).toBe('member-x1');
  });

  it('lists the marketplaces covered in the days shown and those of the team nobody covered', () => {
    const folder = mergeTeamFiles([
      { ok: true, path: 'a', file: dayFile('wang-k3x9q1', '2026-12-02', { summary: { ...dayFile('w', '2026-12-02').summary, marketplaces: ['US', 'UK'] } }) },
      { ok: true, path: 'b', file: dayFile('li-abc123', '2026-12-03', { summary: { ...dayFile('l', '2026-12-03').summary, marketplaces: ['DE'] } }) },
      { ok: true, path: 'c', file: dayFile('li-abc123', '2026-11-01', { summary: { ...dayFile('l', '2026-11-01').summary, marketplaces: ['JP'] } }) },
      // An entry logged for a marketplace covers it too, captured or not.
      { ok: true, path: 'd', file: dayFile('zhao-x1', '2026-12-03', { entries: [entry(ID(9), '2026-12-03', { marketplace: 'CA' })], summary: { ...dayFile('z', '2026-12-03').summary, marketplaces: [] } }) },
    ]);
    expect(marketplacesCovered(folder, ['2026-12-02', '2026-12-03'], ['US', 'DE', 'FR', 'JP'])).toEqual({ covered: ['CA', 'DE', 'UK', 'US'], missing: ['FR', 'JP'] });
  });
});
