/**
 * The weekly review's response times (issue 16): for each breach of the week, when it was first seen,
 * when an entry was logged for it and when that entry was done; the median time to answer per owner and
 * per category, and the breaches still without an entry.
 */
import { useMemo } from 'react';
import { useLiveReload } from '@/components/use-live-reload';
import { getDb } from '@/lib/store/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { DayRange } from '@/lib/review/days';
import { formatHours } from '@/lib/review/format';
import { responseEntries, responseTimes, type ResponseGroup } from '@/lib/review/response-time';
import type { BreachEpisode } from '@/lib/review/weekly';
import type { Snapshot } from '@/lib/store/schema';

function when(iso: string | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '–';
}

function GroupTable({ groups, first, label, section }: { groups: readonly ResponseGroup[]; first: string; label: (key: string) => string; section: string }) {
  return (
    <table className="dash-table" data-sol-response-section={section}>
      <thead>
        <tr>
          <th>{first}</th>
          <th className="num">{t('dash.response.breaches')}</th>
          <th className="num">{t('dash.response.answered')}</th>
          <th className="num">{t('dash.response.medianToLog')}</th>
          <th className="num">{t('dash.response.medianToDone')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key} data-sol-response-group={g.key}>
            <td>{label(g.key)}</td>
            <td className="num">{g.breaches}</td>
            <td className="num">{g.answered}</td>
            <td className="num" data-sol-response-median-log={g.medianHoursToLog ?? ''}>{formatHours(g.medianHoursToLog)}</td>
            <td className="num">{formatHours(g.medianHoursToDone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResponseTimes({ week, episodes, snapshots }: { week: DayRange; episodes: readonly BreachEpisode[]; snapshots: readonly Snapshot[] }) {
  const db = getDb();
  const { value: entries } = useLiveReload(() => responseEntries(db, week), async (rows) => rows, [db, week.from, week.to]);
  const times = useMemo(() => (entries ? responseTimes(episodes, snapshots, entries) : undefined), [episodes, snapshots, entries]);
  if (!times) return null;
  return (
    <>
      <h2>{t('dash.response.heading')}</h2>
      {times.responses.length === 0 ? (
        <p className="dash-note">{t('dash.review.noBreaches')}</p>
      ) : (
        <>
          <div className="row-actions" style={{ gap: 32, flexWrap: 'wrap' }}>
            <GroupTable groups={times.byOwner} first={t('form.owner')} label={(k) => k || t('dash.unassigned')} section="owner" />
            <GroupTable groups={times.byCategory} first={t('form.category')} label={(k) => t(`category.${k}` as MessageKey)} section="category" />
          </div>
          <table className="dash-table" data-sol-response-section="breaches">
            <thead>
              <tr>
                <th>{t('dash.entity')}</th>
                <th>{t('dash.metric')}</th>
                <th>{t('dash.response.firstSeen')}</th>
                <th>{t('dash.response.logged')}</th>
                <th>{t('dash.response.done')}</th>
                <th>{t('form.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {times.responses.map((r) => (
                <tr key={`${r.marketplace}|${r.scope}|${r.entity}|${r.metric}|${r.from}`} data-sol-response={`${r.metric}|${r.entity}`} data-sol-unanswered={r.entryId ? undefined : ''}>
                  <td>{r.entity === 'account' ? t('dash.scope.account') : r.entity} <span className="dash-muted">{r.marketplace}</span></td>
                  <td>{t(`metric.${r.metric}` as MessageKey)}</td>
                  <td>{when(r.firstSeen)}</td>
                  <td>{r.entryId ? `${when(r.logged)} (${formatHours(r.hoursToLog)})` : <strong className="dash-error">{t('dash.response.noEntry')}</strong>}</td>
                  <td>{r.done ? `${when(r.done)} (${formatHours(r.hoursToDone)})` : '–'}</td>
                  <td>{r.entryId ? r.owner || t('dash.unassigned') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-sol-response-section="unanswered">{t('dash.response.unanswered', { count: times.unanswered.length })}</p>
        </>
      )}
    </>
  );
}
