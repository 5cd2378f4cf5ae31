/**
 * The weekly review's part for the rest of the assistant's day (issue 15, lib/review/weekly-ops.ts):
 * listings that changed status, reviews and feedback due (on time, late, open), return-rate and CX-health
 * movers week over week, and the SKUs in restock breach with whether an entry was logged.
 */
import { t, type MessageKey } from '@/lib/i18n';
import { formatChange, formatMetricValue } from '@/lib/review/format';
import type { WeeklyOps } from '@/lib/review/weekly-ops';
import { cxValue } from '@/lib/review/weekly-ops-report';
import { MoversTable } from './MoversTable';

const tr = (key: MessageKey, params?: Record<string, string | number>) => t(key, params);

export function WeeklyOpsView({ ops }: { ops: WeeklyOps }) {
  const { counts } = ops.due;
  return (
    <>
      <h2>{t('dash.review.ops.listing')}</h2>
      {ops.statusChanges.length ? (
        <table className="dash-table" data-sol-review-section="listing-status">
          <thead>
            <tr>
              <th>{t('dash.marketplaceShort')}</th>
              <th>SKU</th>
              <th>{t('dash.review.before')}</th>
              <th>{t('dash.review.after')}</th>
              <th>{t('dash.day')}</th>
              <th>{t('dash.review.ops.change')}</th>
            </tr>
          </thead>
          <tbody>
            {ops.statusChanges.map((c) => (
              <tr key={`${c.marketplace}|${c.sku}|${c.day}`} data-sol-direction={c.direction}>
                <td>{c.marketplace}</td>
                <td>{c.sku}</td>
                <td>{c.from ? t(`metricStatus.listingStatus.${c.from}` as MessageKey) : '–'}</td>
                <td>{t(`metricStatus.listingStatus.${c.to}` as MessageKey)}</td>
                <td>{c.day}</td>
                <td className={c.direction === 'down' ? 'dash-error' : ''}>{t(`dash.review.ops.direction.${c.direction}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="dash-note">{t('dash.review.ops.noListing')}</p>
      )}

      <h2>{t('dash.review.ops.due')}</h2>
      <p data-sol-review-section="due">{counts.total ? t('dash.review.ops.dueSummary', { ...counts }) : t('dash.review.ops.noDue')}</p>
      {ops.due.items.length ? (
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dash.marketplaceShort')}</th>
              <th>{t('dash.review.ops.kind')}</th>
              <th>{t('dash.entity')}</th>
              <th className="num">{t('dash.review.ops.rating')}</th>
              <th>{t('dash.review.ops.deadline')}</th>
              <th>{t('dash.review.ops.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {ops.due.items.map((i) => (
              <tr key={`${i.kind}|${i.id}`} data-sol-due-outcome={i.outcome}>
                <td>{i.marketplace}</td>
                <td>{t(`dash.review.ops.kind.${i.kind}` as MessageKey)}</td>
                <td>{i.entity}</td>
                <td className="num">{i.rating}★</td>
                <td>{i.due}</td>
                <td className={i.outcome === 'overdue' || i.outcome === 'late' ? 'dash-error' : ''}>{t(`dash.review.ops.outcome.${i.outcome}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>{t('dash.review.ops.cx')}</h2>
      {ops.cxMovers.length ? (
        <MoversTable
          section="cx-movers"
          rows={ops.cxMovers.map((m) => ({
            key: `${m.marketplace}|${m.metric}|${m.entity}`,
            marketplace: m.marketplace,
            entity: m.entity,
            metric: m.metric,
            before: { text: cxValue(m.metric, m.before.value, tr), day: m.before.day },
            after: { text: cxValue(m.metric, m.after.value, tr), day: m.after.day },
            change: formatChange(m.change, m.metric === 'returnRate' ? 'percent' : 'count', t('dash.review.points')),
          }))}
        />
      ) : (
        <p className="dash-note">{t('dash.review.ops.noCx')}</p>
      )}

      <h2>{t('dash.review.ops.restock')}</h2>
      {ops.restock.length ? (
        <table className="dash-table" data-sol-review-section="restock">
          <thead>
            <tr>
              <th>{t('dash.marketplaceShort')}</th>
              <th>SKU</th>
              <th>{t('dash.review.period')}</th>
              <th>{t('metric.restockAlert')}</th>
              <th className="num">{t('metric.daysOfSupply')}</th>
              <th>{t('dash.review.ops.entry')}</th>
            </tr>
          </thead>
          <tbody>
            {ops.restock.map((a) => (
              <tr key={`${a.marketplace}|${a.sku}`} data-sol-restock-logged={a.logged ? 'true' : 'false'}>
                <td>{a.marketplace}</td>
                <td>{a.sku}</td>
                <td>
                  {a.from} – {a.to}
                </td>
                <td>{a.alert ? t(`metricStatus.restockAlert.${a.alert}` as MessageKey) : '–'}</td>
                <td className="num">{a.daysOfSupply === undefined ? '–' : formatMetricValue(a.daysOfSupply, 'days')}</td>
                <td className={a.logged ? '' : 'dash-error'}>{t(a.done ? 'dash.review.ops.entryDone' : a.logged ? 'dash.review.ops.entryOpen' : 'dash.review.ops.entryNone')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="dash-note">{t('dash.review.ops.noRestock')}</p>
      )}
    </>
  );
}
