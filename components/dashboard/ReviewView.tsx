/**
 * The weekly review: the lead opens it on Monday and the last full week is already there; breaches
 * and how long they lasted, the log by category and owner, what is resolved, and what moved most; then
 * listing status changes, due items, return-rate and CX-health movers and restock actions (issue 15).
 */
import { useMemo, useState } from 'react';
import { useLiveReload } from '@/components/use-live-reload';
import { getDb } from '@/lib/store/db';
import { getLanguage, t, type MessageKey } from '@/lib/i18n';
import { METRICS } from '@/lib/read/metrics';
import { lastFullWeek, shiftDay, weekOf, type DayRange } from '@/lib/review/days';
import { formatChange, formatHours, formatMetricValue, formatRatio } from '@/lib/review/format';
import { weekCaptureDays, weekDueItems, weekEntries, weekSnapshots } from '@/lib/review/queries';
import { computeWeeklyOps } from '@/lib/review/weekly-ops';
import { useLiveQuery } from 'dexie-react-hooks';
import { reviewFileName, reviewToCsv, reviewToMarkdown } from '@/lib/review/report';
import { computeWeeklyReview, type StatusCounts } from '@/lib/review/weekly';
import type { Settings } from '@/lib/store/settings';
import { downloadText, useNow, useToday } from './hooks';
import { MoversTable } from './MoversTable';
import { ResponseTimes } from './ResponseTimes';
import { WeeklyOpsView } from './WeeklyOpsView';

function StatusCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      <td className="num">{counts.total}</td>
      <td className="num">{counts.done}</td>
      <td className="num">{counts.open}</td>
      <td className={`num ${counts.overdue ? 'dash-error' : ''}`}>{counts.overdue}</td>
    </>
  );
}

function StatusHead({ first }: { first: string }) {
  return (
    <tr>
      <th>{first}</th>
      <th className="num">{t('dash.review.logged')}</th>
      <th className="num">{t('status.done')}</th>
      <th className="num">{t('status.open')}</th>
      <th className="num">{t('dash.overdue')}</th>
    </tr>
  );
}

export function ReviewView({ settings }: { settings: Settings }) {
  const db = getDb();
  const today = useToday();
  const now = useNow();
  const [week, setWeek] = useState<DayRange>(() => lastFullWeek(today));
  const [copied, setCopied] = useState('');
  // The capture days (key probes) and the entries are live; the snapshots are read outside the live query.
  const { value: data, error } = useLiveReload(
    () => Promise.all([weekCaptureDays(db, week), weekEntries(db, week)]),
    async ([captureDays, entries]) => ({ snapshots: await weekSnapshots(db, week, captureDays, settings), entries }),
    [db, week.from, week.to, settings],
  );
  const review = useMemo(() => (data ? computeWeeklyReview({ week, snapshots: data.snapshots, entries: data.entries, settings, asOf: now }) : undefined), [data, week, settings, now]);
  // Issue 15: listing status changes, due items, customer-experience movers and restock actions.
  const due = useLiveQuery(() => weekDueItems(db, week), [db, week.from, week.to]);
  const ops = useMemo(
    () => (data && due ? computeWeeklyOps({ week, snapshots: data.snapshots, entries: [...data.entries, ...due.entries], dueItems: due.dueItems, settings, asOf: now }) : undefined),
    [data, due, week, settings, now],
  );

  const move = (weeks: number) => setWeek(weekOf(shiftDay(week.from, weeks * 7)));
  const language = getLanguage();

  async function copyMarkdown() {
    if (!review) return;
    await navigator.clipboard.writeText(reviewToMarkdown(review, language, ops));
    setCopied(t('dash.review.copied'));
  }

  return (
    <section aria-label={t('dash.tab.review')} data-sol-review={week.from}>
      <div className="dash-toolbar">
        <button type="button" className="dash-button secondary" onClick={() => move(-1)} aria-label={t('dash.review.previous')}>
          ‹
        </button>
        <label>
          {t('dash.review.week')}
          <input type="date" value={week.from} onChange={(e) => e.target.value && setWeek(weekOf(e.target.value))} data-sol-review-week="" />
        </label>
        <span>
          {week.from} – {week.to}
        </span>
        <button type="button" className="dash-button secondary" onClick={() => move(1)} aria-label={t('dash.review.next')} disabled={week.to >= today}>
          ›
        </button>
        <button type="button" className="dash-link" onClick={() => setWeek(weekOf(today))}>
          {t('dash.review.thisWeek')}
        </button>
        <span className="grow" />
        <button type="button" className="dash-button" disabled={!review} data-sol-review-export="md" onClick={() => review && downloadText(reviewToMarkdown(review, language, ops), reviewFileName(review, 'md'), 'text/markdown;charset=utf-8')}>
          {t('dash.review.exportMd')}
        </button>
        <button type="button" className="dash-button" disabled={!review} data-sol-review-export="csv" onClick={() => review && downloadText(reviewToCsv(review, ops), reviewFileName(review, 'csv'), 'text/csv;charset=utf-8')}>
          {t('dash.review.exportCsv')}
        </button>
        <button type="button" className="dash-button secondary" disabled={!review} onClick={copyMarkdown}>
          {t('dash.review.copyMd')}
        </button>
        <span role="status" className="dash-ok">
          {copied}
        </span>
      </div>

      {error ? (
        <p className="dash-error" role="alert">
          {t('dash.review.readFailed', { error: String(error) })}
        </p>
      ) : null}
      {!review ? (
        error ? null : <p className="dash-muted">{t('dash.loading')}</p>
      ) : (
        <>
          <h2>{t('dash.review.breaches')}</h2>
          <table className="dash-table" data-sol-review-section="breaches">
            <thead>
              <tr>
                <th>{t('form.module')}</th>
                <th className="num">{t('dash.review.episodes')}</th>
                <th className="num">{t('dash.review.breachDays')}</th>
                <th className="num">{t('dash.review.longest')}</th>
              </tr>
            </thead>
            <tbody>
              {review.byModule.map((m) => (
                <tr key={m.module} data-sol-module={m.module}>
                  <td>{t(`module.${m.module}` as MessageKey)}</td>
                  <td className="num">{m.episodes}</td>
                  <td className="num">{m.breachDays}</td>
                  <td className="num">{m.longestDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {review.episodes.length ? (
            <table className="dash-table">
              <thead>
                <tr>
                  <th>{t('form.module')}</th>
                  <th>{t('dash.marketplaceShort')}</th>
                  <th>{t('dash.entity')}</th>
                  <th>{t('dash.metric')}</th>
                  <th>{t('dash.review.period')}</th>
                  <th className="num">{t('dash.review.days')}</th>
                  <th className="num">{t('dash.review.worst')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {review.episodes.map((e) => (
                  <tr key={`${e.marketplace}|${e.scope}|${e.entity}|${e.metric}|${e.from}`}>
                    <td>{t(`module.${e.module}` as MessageKey)}</td>
                    <td>{e.marketplace}</td>
                    <td>{e.entity === 'account' ? t('dash.scope.account') : e.entity}</td>
                    <td>{t(`metric.${e.metric}` as MessageKey)}</td>
                    <td>
                      {e.from} – {e.to}
                    </td>
                    <td className="num">{e.days}</td>
                    <td className="num">
                      {formatMetricValue(e.worst, METRICS[e.metric].unit)} ({e.threshold})
                    </td>
                    <td>
                      {e.startedBefore ? <span className="tag">{t('dash.review.startedBefore')}</span> : null}{' '}
                      {e.ongoing ? <span className="tag ongoing">{t('dash.review.ongoing')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="dash-note">{t('dash.review.noBreaches')}</p>
          )}

          <h2>{t('dash.review.workLog')}</h2>
          <p data-sol-review-section="entries">
            {t('dash.review.entrySummary', { total: review.entries.total, done: review.entries.done, open: review.entries.open, overdue: review.entries.overdue })}{' '}
            {t('dash.review.median', { hours: formatHours(review.entries.medianHoursToResolve) })}{' '}
            {t('dash.review.carriedOver', { count: review.entries.carriedOver })}
          </p>
          <div className="row-actions" style={{ gap: 32, flexWrap: 'wrap' }}>
            <table className="dash-table">
              <thead>
                <StatusHead first={t('form.category')} />
              </thead>
              <tbody>
                {review.entries.byCategory.map((c) => (
                  <tr key={c.category}>
                    <td>{t(`category.${c.category}` as MessageKey)}</td>
                    <StatusCells counts={c} />
                  </tr>
                ))}
                <tr className="total">
                  <td>{t('dash.total')}</td>
                  <StatusCells counts={review.entries} />
                </tr>
              </tbody>
            </table>
            <table className="dash-table">
              <thead>
                <StatusHead first={t('form.owner')} />
              </thead>
              <tbody>
                {review.entries.byOwner.map((o) => (
                  <tr key={o.owner}>
                    <td>{o.owner || t('dash.unassigned')}</td>
                    <StatusCells counts={o} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {data && <ResponseTimes week={week} episodes={review.episodes} snapshots={data.snapshots} />}

          <h2>{t('dash.review.movers')}</h2>
          {review.movers.length ? (
            <MoversTable
              section="movers"
              rows={review.movers.map((m) => ({
                key: `${m.marketplace}|${m.scope}|${m.entity}|${m.metric}`,
                marketplace: m.marketplace,
                entity: m.entity === 'account' ? t('dash.scope.account') : m.entity,
                metric: m.metric,
                before: { text: formatMetricValue(m.before.value, m.unit, m.currency), day: m.before.day },
                after: { text: formatMetricValue(m.after.value, m.unit, m.currency), day: m.after.day },
                change: `${formatChange(m.change, m.unit, t('dash.review.points'))} (${formatRatio(m.relativeChange)})`,
              }))}
            />
          ) : (
            <p className="dash-note">{t('dash.review.noMovers')}</p>
          )}
          {ops ? <WeeklyOpsView ops={ops} /> : null}
        </>
      )}
    </section>
  );
}
