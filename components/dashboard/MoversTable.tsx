/**
 * The weekly review's movers, as a table: a value of this week beside the same value last week, with
 * the change. The review's movers (ReviewView) and the CX-health movers (WeeklyOpsView) format their
 * values each their own way and share this table.
 */
import { t, type MessageKey } from '@/lib/i18n';

export interface MoverRow {
  key: string;
  marketplace: string;
  entity: string;
  metric: string;
  before: { text: string; day: string };
  after: { text: string; day: string };
  change: string;
}

export function MoversTable({ section, rows }: { section: string; rows: readonly MoverRow[] }) {
  return (
    <table className="dash-table" data-sol-review-section={section}>
      <thead>
        <tr>
          <th>{t('dash.marketplaceShort')}</th>
          <th>{t('dash.entity')}</th>
          <th>{t('dash.metric')}</th>
          <th className="num">{t('dash.review.before')}</th>
          <th className="num">{t('dash.review.after')}</th>
          <th className="num">{t('dash.review.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.key}>
            <td>{m.marketplace}</td>
            <td>{m.entity}</td>
            <td>{t(`metric.${m.metric}` as MessageKey)}</td>
            <td className="num">
              {m.before.text} <span className="dash-muted">{m.before.day}</span>
            </td>
            <td className="num">
              {m.after.text} <span className="dash-muted">{m.after.day}</span>
            </td>
            <td className="num">{m.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
