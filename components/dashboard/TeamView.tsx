/**
 * The Team tab (`dashboard.html#team`, contract §9, issue 17): the team folder opened through
 * `data-sol-team-folder` (or remembered, where the browser keeps folders), read for the days shown
 * only; the morning meeting, who handed in which day, the team's week, sign-off, team settings, and the
 * member's own hand-in. Files that do not validate are listed (`data-sol-team-skipped`) and skipped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getDb } from '@/lib/store/db';
import { t, type MessageKey } from '@/lib/i18n';
import { isoWithOffset } from '@/lib/read/day';
import { daySchema } from '@/lib/read/record';
import { METRICS } from '@/lib/read/metrics';
import { shiftDay } from '@/lib/review/days';
import type { Settings } from '@/lib/store/settings';
import type { Entry } from '@/lib/store/schema';
import { SIGNOFF_FILE_KIND, signoffDownloadName, signoffFilePath, TEAM_FILE_VERSION, TEAM_SETTINGS_FILE_KIND, TEAM_SETTINGS_FILE_NAME, type SignoffFile } from '@/lib/team/files';
import { canKeepFolder, chooseFolder, filesOfInput, folderPermission, keptFolder, listFolder, listFolderDays, type FolderFile } from '@/lib/team/folder';
import { writeTeamFile, type WriteResult } from '@/lib/team/hand-in';
import { currentMember } from '@/lib/team/member';
import { readTeamFiles } from '@/lib/team/read-folder';
import { recordOwnSignoffs } from '@/lib/team/signoff-check';
import { DAYS_SHOWN, shownDays, takeEarlyTeamRead, type EarlyRead } from '@/lib/team/early-read';
import { backupToFolder } from '@/lib/team/team-backup';
import { publishableSettings } from '@/lib/team/team-settings';
import { marketplacesCovered, memberLabels, mergeTeamFiles, morningMeeting, signoffKey, signoffState, teamWeek, type TeamFolder, type TeamMemberDays } from '@/lib/team/team-view';
import { HandIn } from '@/components/popup/HandIn';
import { TeamSettingsNotice } from '@/components/popup/TeamSettingsNotice';
import { useToday } from './hooks';
import './team.css';


/** The working day before `today` (Friday on a Monday): what the morning meeting looks at. */
function previousWorkingDay(today: string): string {
  let day = shiftDay(today, -1);
  for (let i = 0; i < 3; i++) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) break;
    day = shiftDay(day, -1);
  }
  return day;
}

/** A metric's name in the UI language; a file from a newer version may name a metric this one does not know. */
function metricName(id: string): string {
  return id in METRICS ? t(`metric.${id}` as MessageKey) : id;
}

type Source = { kind: 'input'; files: FolderFile[] } | { kind: 'handle'; handle: FileSystemDirectoryHandle };

function EntryLine({ entry, overdue }: { entry: Entry; overdue?: boolean }) {
  return (
    <li data-sol-entry={entry.id} className={entry.status === 'done' ? 'team-done' : undefined}>
      <span>{entry.summary}</span>
      <span className="dash-muted">
        {[entry.marketplace, t(`module.${entry.module}` as MessageKey), entry.owner, entry.due ? entry.due.slice(0, 16).replace('T', ' ') : ''].filter(Boolean).join(' · ')}
      </span>
      {overdue ? <strong className="team-overdue"> {t('team.overdue')}</strong> : null}
    </li>
  );
}

function SignoffControl({ member, day, signed, onSign }: { member: string; day: string; signed?: SignoffFile; onSign: (member: string, day: string, comment: string) => Promise<void> }) {
  const [comment, setComment] = useState('');
  const key = signoffKey(member, day);
  if (signed) {
    return (
      <p className="team-signed" data-sol-signed-off={key}>
        {signed.comment ? t('team.signedOffComment', { lead: signed.lead.name || signed.lead.slug, comment: signed.comment }) : t('team.signedOff', { lead: signed.lead.name || signed.lead.slug })}
      </p>
    );
  }
  return (
    <div className="team-signoff">
      <input name="signoffComment" aria-label={t('team.signoffComment')} placeholder={t('team.signoffComment')} value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
      <button type="button" className="dash-button" data-sol-signoff={key} onClick={() => void onSign(member, day, comment.trim())}>
        {t('team.signoff')}
      </button>
    </div>
  );
}

export function TeamView({ settings }: { settings: Settings }) {
  const today = useToday();
  const [source, setSource] = useState<Source>();
  const [folder, setFolder] = useState<TeamFolder & { read: number }>();
  const [reading, setReading] = useState(false);
  /** The whole folder has been looked through (after the days shown were found by name and drawn). */
  const [complete, setComplete] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [meetingDay, setMeetingDay] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  /** The latest read wins: a remembered folder read as the tab opens never overwrites a folder opened since. */
  const readSeq = useRef(0);
  const from = shiftDay(today, -(DAYS_SHOWN - 1));
  const day = meetingDay ?? previousWorkingDay(today);

  const days = useMemo(() => shownDays(today), [today]);

  const read = useCallback(
    /** `early`: the first read of the kept folder, started as the dashboard opened (lib/team/early-read.ts). */
    async (src: Source, early?: EarlyRead) => {
      const seq = ++readSeq.current;
      setReading(true);
      setComplete(false);
      setProblem(undefined);
      try {
        const started = early?.started ?? performance.now();
        // A kept folder: the days shown found by name first (lib/team/folder.ts listFolderDays), drawn,
        // then the whole folder listed for files placed under other names, merged in when there are any.
        const files = early?.files ?? (src.kind === 'input' ? src.files : await listFolderDays(src.handle, days));
        const listed = early?.listed ?? performance.now();
        const first = await readTeamFiles(files, from, today);
        // For the benchmark (bench/team.ts) and the browser's performance panel.
        performance.measure('sol:team-start', { start: 0, end: started });
        performance.measure('sol:team-list', { start: started, end: listed, detail: { files: files.length } });
        performance.measure('sol:team-read', { start: listed, detail: { files: first.paths.size } });
        if (seq !== readSeq.current) return;
        setFolder({ ...mergeTeamFiles(first.parsed), read: first.paths.size });
        let parsed = first.parsed;
        if (src.kind === 'handle') {
          // Once the tab is drawn and the page is idle: the whole listing takes a while over years of files.
          await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1500 }) : setTimeout(resolve, 200)));
          if (seq !== readSeq.current) return;
          const rest = await readTeamFiles(await listFolder(src.handle), from, today, first.paths);
          performance.measure('sol:team-rest', { start: listed, detail: { files: rest.paths.size } });
          if (seq !== readSeq.current) return;
          if (rest.paths.size) {
            parsed = [...first.parsed, ...rest.parsed];
            const merged = mergeTeamFiles(parsed);
            // A sign-off given since the first drawing stays, whether or not the listing saw its file.
            setFolder((before) => {
              for (const [key, signed] of before?.signoffs ?? []) if (!merged.signoffs.has(key)) merged.signoffs.set(key, signed);
              return { ...merged, read: first.paths.size + rest.paths.size };
            });
          }
        }
        setComplete(true);
        // This member's days signed off by the lead: kept, so the popup shows them too.
        await recordOwnSignoffs(parsed, await currentMember(settings));
      } catch (error) {
        setProblem(t('team.readFailed', { error: String(error) }));
      } finally {
        if (seq === readSeq.current) setReading(false);
      }
    },
    [from, today, days, settings],
  );

  // A remembered folder is read as the tab opens, if the browser still allows it without asking.
  useEffect(() => {
    let live = true;
    void (async () => {
      const early = await takeEarlyTeamRead();
      if (early && early.today === today) {
        if (!live) return;
        setSource({ kind: 'handle', handle: early.handle });
        void read({ kind: 'handle', handle: early.handle }, early);
        return;
      }
      const handle = await keptFolder();
      if (!handle || !live || !(await folderPermission(handle, false, 'read'))) return;
      setSource({ kind: 'handle', handle });
      void read({ kind: 'handle', handle });
    })();
    return () => {
      live = false;
    };
    // Only on opening: later reads follow the member's clicks.
  }, []);

  async function remember(): Promise<void> {
    try {
      const handle = await chooseFolder();
      if (!handle) return;
      setSource({ kind: 'handle', handle });
      await read({ kind: 'handle', handle });
    } catch (error) {
      setProblem(t('team.readFailed', { error: String(error) }));
    }
  }

  async function refresh(): Promise<void> {
    if (!source) return;
    // The files an <input webkitdirectory> gave are a snapshot of that moment (a file changed on disk since
    // cannot be read through them): choosing the folder again reads it as it is now.
    if (source.kind === 'input') {
      inputRef.current?.click();
      return;
    }
    if (source.kind === 'handle' && !(await folderPermission(source.handle, true, 'read'))) return;
    await read(source);
  }

  const written = (result: WriteResult | undefined, inFolder: (path: string) => string, downloaded: (name: string) => string) =>
    result ? (result.how === 'folder' ? inFolder(result.path) : downloaded(result.name)) : '';

  async function signOff(member: string, signDay: string, comment: string): Promise<void> {
    try {
      const lead = await currentMember(settings);
      const file: SignoffFile = { kind: SIGNOFF_FILE_KIND, version: TEAM_FILE_VERSION, lead, member, day: signDay, signedAt: isoWithOffset(), comment };
      const result = await writeTeamFile(file, signoffFilePath(lead.slug, member, signDay), signoffDownloadName(member, signDay), { ask: true });
      setStatus(written(result, (path) => t('team.signoffWritten', { path }), (name) => t('team.signoffDownloaded', { name })));
      setFolder((f) => (f ? { ...f, signoffs: new Map(f.signoffs).set(signoffKey(member, signDay), file) } : f));
    } catch (error) {
      setStatus(t('team.signoffFailed', { error: String(error) }));
    }
  }

  async function publish(): Promise<void> {
    try {
      const lead = await currentMember(settings);
      const file = { kind: TEAM_SETTINGS_FILE_KIND, version: TEAM_FILE_VERSION, lead, publishedAt: isoWithOffset(), settings: publishableSettings(settings) } as const;
      const result = await writeTeamFile(file, TEAM_SETTINGS_FILE_NAME, TEAM_SETTINGS_FILE_NAME, { ask: true });
      setStatus(t('team.settings.published', { where: written(result, (p) => p, (n) => n) }));
    } catch (error) {
      setStatus(t('team.settings.publishFailed', { error: String(error) }));
    }
  }

  /** Prints the morning meeting alone (team.css hides the rest of the tab while `data-sol-team-printing` is set). */
  function printMeeting(): void {
    const root = rootRef.current;
    if (!root) return;
    root.dataset.solTeamPrinting = 'meeting';
    addEventListener('afterprint', () => delete root.dataset.solTeamPrinting, { once: true });
    print();
  }

  async function backUp(): Promise<void> {
    try {
      const path = await backupToFolder(getDb(), settings, { ask: true });
      setStatus(path ? t('team.backup.done', { path }) : t('team.backup.noFolder'));
    } catch (error) {
      setStatus(t('team.backup.failed', { error: String(error) }));
    }
  }

  const weekDays = days.slice(0, 7);
  const meeting = folder ? morningMeeting(folder, day, new Date()) : [];
  const week = folder ? teamWeek(folder, weekDays) : undefined;
  const labels = useMemo(() => memberLabels(folder?.members ?? []), [folder]);
  const coverage = folder ? marketplacesCovered(folder, weekDays, settings.marketplaces) : undefined;

  return (
    <section ref={rootRef} className="team" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('team.heading')}</h2>
      <p className="dash-muted team-noprint">{t('team.intro')}</p>

      <div className="team-controls team-noprint">
        <label className="dash-button secondary team-folder-label">
          {t('team.openFolder')}
          <input
            ref={(el) => {
              inputRef.current = el;
              // React has no prop for these: set on the element itself.
              el?.setAttribute('webkitdirectory', '');
              el?.setAttribute('directory', '');
            }}
            type="file"
            multiple
            data-sol-team-folder=""
            className="team-folder-input"
            onChange={(e) => {
              const files = filesOfInput(e.target.files ?? []);
              const src: Source = { kind: 'input', files };
              setSource(src);
              void read(src);
            }}
          />
        </label>
        {canKeepFolder() ? (
          <button type="button" className="dash-button secondary" data-sol-team-remember="" onClick={() => void remember()}>
            {t('team.rememberFolder')}
          </button>
        ) : null}
        {source ? (
          <button type="button" className="dash-button secondary" data-sol-team-refresh="" onClick={() => void refresh()}>
            {t('team.refresh')}
          </button>
        ) : null}
        {reading ? <span className="dash-muted">{t('team.reading')}</span> : null}
      </div>
      {problem ? <p className="dash-error" role="alert">{problem}</p> : null}
      {status ? <p role="status" data-sol-team-status="">{status}</p> : null}

      <section className="team-noprint" aria-labelledby="team-handin">
        <h3 id="team-handin">{t('team.handin.heading')}</h3>
        <HandIn db={getDb()} settings={settings} today={today} full />
      </section>

      {folder ? (
        <div data-sol-team-ready="" data-sol-team-complete={complete ? '' : undefined} data-sol-team-read={folder.read}>
          <p className="dash-muted">{t('team.readSummary', { files: folder.read, from, to: today, members: folder.members.length })}</p>
          {folder.skipped.length ? (
            <div className="team-skipped" role="status">
              <p>{t('team.skipped', { count: folder.skipped.length })}</p>
              <ul>
                {folder.skipped.map((s) => (
                  <li key={s.path} data-sol-team-skipped={s.path} title={s.note}>
                    {t(`team.skip.${s.reason}` as MessageKey, { path: s.path, ...s.params })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {!folder.members.length ? <p className="dash-muted">{t('team.noMembers')}</p> : null}

          <section className="team-meeting" aria-labelledby="team-meeting">
            <div className="team-row">
              <h3 id="team-meeting">{t('team.meeting', { day })}</h3>
              <input type="date" name="meetingDay" className="team-noprint" value={day} max={today} onChange={(e) => setMeetingDay(daySchema.safeParse(e.target.value).success ? e.target.value : undefined)} />
              <button type="button" className="dash-button secondary team-noprint" data-sol-team-print="" onClick={() => printMeeting()}>
                {t('team.print')}
              </button>
            </div>
            <div className="team-cards">
              {meeting.map((row) => (
                <article key={row.member.slug} className="team-card" data-sol-meeting-member={row.member.slug}>
                  <h4>{labels.get(row.member.slug)}</h4>
                  {!row.file ? (
                    <p className="dash-muted">{t('team.notHandedIn')}</p>
                  ) : (
                    <>
                      <p className="team-label">{t('team.entries', { count: row.entries.length })}</p>
                      <ul className="team-list">{row.entries.map((e) => <EntryLine key={e.id} entry={e} />)}</ul>
                      <p className="team-label">{t('team.openItems', { count: row.open.length })}</p>
                      <ul className="team-list">{row.open.map((o) => <EntryLine key={o.entry.id} entry={o.entry} overdue={o.overdue} />)}</ul>
                      <p className="team-label" data-sol-meeting-new-breaches={row.newBreaches.length}>
                        {t('team.newBreaches', { count: row.newBreaches.length, total: row.breaches.length })}
                      </p>
                      <ul className="team-list">
                        {row.newBreaches.slice(0, 20).map((b, i) => (
                          <li key={i}>{`${b.marketplace} · ${metricName(b.metric)}${b.entity ? ` · ${b.entity}` : ''}: ${b.value} (${b.threshold})`}</li>
                        ))}
                      </ul>
                      <p className="team-label">{t('team.dueSoon', { count: row.dueSoon.length })}</p>
                      <ul className="team-list">
                        {row.dueSoon.map((d, i) => (
                          <li key={i}>{[d.kind, d.marketplace, d.entity ?? d.id, d.due].filter((x) => x !== undefined && x !== '').join(' · ')}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              ))}
            </div>
          </section>

          <section aria-labelledby="team-calendar">
            <h3 id="team-calendar">{t('team.calendar')}</h3>
            <div className="team-scroll">
              <table className="dash-table team-calendar">
                <thead>
                  <tr>
                    <th>{t('team.calendarMember')}</th>
                    {[...days].reverse().map((d) => (
                      <th key={d} className="num">{d.slice(5)}</th>
                    ))}
                    <th>{t('team.week.marketplaces')}</th>
                  </tr>
                </thead>
                <tbody>
                  {folder.members.map((m) => (
                    <tr key={m.slug} data-sol-member={m.slug}>
                      <td>{labels.get(m.slug)}</td>
                      {[...days].reverse().map((d) => {
                        const file = m.days.get(d);
                        const state = file ? signoffState(d, folder.signoffs.has(signoffKey(m.slug, d)), today) : undefined;
                        return (
                          <td key={d} className={`num team-cell-${state ?? 'none'}`} data-sol-signoff-state={state} title={file ? t(state === 'signed' ? 'team.signedOff' : state === 'late' ? 'team.signoffLate' : 'team.signoffWaiting', { lead: folder.signoffs.get(signoffKey(m.slug, d))?.lead.name ?? '' }) : t('team.missing')}>
                            {file ? (state === 'signed' ? '✔' : state === 'late' ? '!' : '✓') : '·'}
                          </td>
                        );
                      })}
                      <td>{[...new Set([...m.days.values()].flatMap((f) => f.summary.marketplaces))].sort().join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {week ? (
            <section aria-labelledby="team-week">
              <h3 id="team-week">{t('team.week', { from: weekDays.at(-1)!, to: today })}</h3>
              <table className="dash-table">
                <thead>
                  <tr>
                    <th>{t('team.week.member')}</th>
                    <th className="num">{t('team.week.handedIn')}</th>
                    <th className="num">{t('team.week.entries')}</th>
                    <th className="num">{t('team.week.done')}</th>
                    <th className="num">{t('team.week.open')}</th>
                    <th className="num">{t('team.week.breaches')}</th>
                    <th className="num">{t('team.week.response')}</th>
                    <th>{t('team.week.marketplaces')}</th>
                  </tr>
                </thead>
                <tbody>
                  {week.rows.map((r) => (
                    <tr key={r.member.slug}>
                      <td>{labels.get(r.member.slug)}</td>
                      <td className="num">{r.handedIn}</td>
                      <td className="num">{r.entries}</td>
                      <td className="num">{r.done}</td>
                      <td className="num">{r.open}</td>
                      <td className="num">{r.breaches}</td>
                      <td className="num">{r.medianResponseHours ?? '—'}</td>
                      <td>{r.marketplaces.join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {week.owners.length ? (
                <table className="dash-table" data-sol-team-owners="">
                  <thead>
                    <tr>
                      <th>{t('team.owner')}</th>
                      <th className="num">{t('team.week.done')}</th>
                      <th className="num">{t('team.week.open')}</th>
                      <th className="num">{t('team.week.response')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {week.owners.map((o) => (
                      <tr key={o.owner}>
                        <td>{o.owner}</td>
                        <td className="num">{o.done}</td>
                        <td className="num">{o.open}</td>
                        <td className="num">{o.medianResponseHours ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {coverage ? (
                <p data-sol-team-coverage={coverage.covered.join(' ')} data-sol-team-uncovered={coverage.missing.join(' ')}>
                  {t('team.coverage', { covered: coverage.covered.join(', ') || '—' })}
                  {coverage.missing.length ? <strong className="team-late"> {t('team.uncovered', { missing: coverage.missing.join(', ') })}</strong> : null}
                </p>
              ) : null}
              <p className="team-label">{t('team.recurring')}</p>
              {week.recurring.length ? (
                <ul className="team-list">
                  {week.recurring.map((r) => (
                    <li key={r.metric}>{t('team.recurringLine', { metric: metricName(r.metric), marketplaces: r.marketplaces.join(', '), days: r.days, members: r.members.join(', ') })}</li>
                  ))}
                </ul>
              ) : (
                <p className="dash-muted">{t('team.noRecurring')}</p>
              )}
            </section>
          ) : null}

          {folder.members.map((m: TeamMemberDays) => (
            <section key={m.slug} className="team-member-days" aria-label={t('team.days', { member: labels.get(m.slug) ?? m.slug })}>
              <h3>{t('team.days', { member: labels.get(m.slug) ?? m.slug })}</h3>
              {days
                .filter((d) => m.days.has(d))
                .map((d) => {
                  const file = m.days.get(d)!;
                  const key = signoffKey(m.slug, d);
                  const state = signoffState(d, folder.signoffs.has(key), today);
                  return (
                    <article key={d} className="team-day" data-sol-team-day={key} data-sol-signoff-state={state}>
                      <div className="team-row">
                        <strong>{d}</strong>
                        <span className="dash-muted">{file.summary.marketplaces.join(' ')}</span>
                        {state === 'late' ? <span className="team-late">{t('team.signoffLate')}</span> : null}
                        {state === 'waiting' ? <span className="dash-muted">{t('team.signoffWaiting')}</span> : null}
                      </div>
                      <ul className="team-list">{file.entries.map((e) => <EntryLine key={e.id} entry={e} />)}</ul>
                      <SignoffControl member={m.slug} day={d} signed={folder.signoffs.get(key)} onSign={signOff} />
                    </article>
                  );
                })}
            </section>
          ))}
        </div>
      ) : null}

      <section className="team-noprint" aria-labelledby="team-settings">
        <h3 id="team-settings">{t('team.settings.heading')}</h3>
        <TeamSettingsNotice settings={settings} {...(folder?.settings ? { file: folder.settings } : {})} folderRead={!!folder} />
        <button type="button" className="dash-button secondary" data-sol-team-settings-publish="" onClick={() => void publish()}>
          {t('team.settings.publish')}
        </button>
      </section>

      {canKeepFolder() ? (
        <section className="team-noprint" aria-labelledby="team-backup">
          <h3 id="team-backup">{t('team.backup.heading')}</h3>
          <p className="dash-muted">{t('team.backup.explain')}</p>
          <button type="button" className="dash-button secondary" data-sol-team-backup="" onClick={() => void backUp()}>
            {t('team.backup.button')}
          </button>
        </section>
      ) : null}
    </section>
  );
}
