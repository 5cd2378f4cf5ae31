/**
 * History: the account's metrics side by side (small multiples), and any metric of any entity
 * (account, SKU, ASIN, campaign, ...) over time with its rule's lines and the days something was logged.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '@/lib/store/db';
import { dailySeries } from '@/lib/store/history';
import { t, type MessageKey } from '@/lib/i18n';
import type { Marketplace } from '@/lib/read/marketplaces';
import { historyKey } from '@/lib/store/messages';
import { METRIC_IDS, METRICS, type MetricId, type Scope } from '@/lib/read/metrics';
import { shiftDay, type DayRange } from '@/lib/review/days';
import { formatMetricValue } from '@/lib/review/format';
import { entitiesOf, entriesAbout, marketplacesWithData } from '@/lib/review/queries';
import { ruleLines } from '@/lib/review/rule-lines';
import type { Settings } from '@/lib/store/settings';
import { COLORS, DailyChart } from './DailyChart';
import { useToday } from './hooks';
import { MarketplaceSelect } from './MarketplaceSelect';

const ACCOUNT_METRICS = METRIC_IDS.filter((m) => (METRICS[m].scopes as readonly Scope[]).includes('account'));
const RANGES = [30, 90, 180, 365] as const;

const metricLabel = (m: MetricId) => t(`metric.${m}` as MessageKey);
const scopeLabel = (s: Scope) => t(`dash.scope.${s}` as MessageKey);
const formatterOf = (metric: MetricId) => (value: number) => formatMetricValue(value, METRICS[metric].unit);

function Legend({ warn, breach, daysRunning, markers }: { warn?: number | undefined; breach?: number | undefined; daysRunning?: boolean | undefined; markers: number }) {
  return (
    <div className="chart-legend">
      {warn !== undefined ? (
        <span>
          <i style={{ borderColor: COLORS.warn }} />
          {t('dash.history.warnLine', { value: warn })}
        </span>
      ) : null}
      {breach !== undefined ? (
        <span>
          <i style={{ borderColor: COLORS.breach, borderTopStyle: 'dotted' }} />
          {daysRunning ? t('dash.history.buyBoxLine', { value: breach }) : t('dash.history.breachLine', { value: breach })}
        </span>
      ) : null}
      <span>
        <i style={{ borderColor: COLORS.marker, borderTopStyle: 'solid' }} />
        {t('dash.history.entryMarks', { count: markers })}
      </span>
    </div>
  );
}

function AccountMultiples({ marketplace, range, days, settings, onPick }: { marketplace: Marketplace; range: DayRange; days: number; settings: Settings; onPick: (metric: MetricId) => void }) {
  const db = getDb();
  const series = useLiveQuery(
    () => dailySeries(db, marketplace, ACCOUNT_METRICS.map((metric) => ({ scope: 'account' as const, entity: 'account', metric })), range.to, days),
    [marketplace, range.to, days],
  );
  if (!series) return <p className="dash-muted">{t('dash.loading')}</p>;
  const shown = ACCOUNT_METRICS.filter((m) => (series[historyKey({ scope: 'account', entity: 'account', metric: m })] ?? []).length);
  if (!shown.length) return <p className="dash-note">{t('dash.history.noAccountData', { marketplace })}</p>;
  return (
    <div className="multiples" data-sol-multiples={shown.length}>
      {shown.map((metric) => {
        const points = series[historyKey({ scope: 'account', entity: 'account', metric })] ?? [];
        const lines = ruleLines(metric, marketplace, 'account', settings);
        const last = points.at(-1)!;
        return (
          <button key={metric} type="button" className="multiple" onClick={() => onPick(metric)} data-sol-multiple={metric}>
            <h3>{metricLabel(metric)}</h3>
            <div className="dash-muted">
              {formatterOf(metric)(last.value)} · {last.day}
            </div>
            <DailyChart points={points} range={range} label={metricLabel(metric)} warn={lines.warn} breach={lines.breach} height={110} compact formatValue={formatterOf(metric)} />
          </button>
        );
      })}
    </div>
  );
}

function SingleHistory({ marketplace, metric, scope, entity, range, days, settings }: { marketplace: Marketplace; metric: MetricId; scope: Scope; entity: string; range: DayRange; days: number; settings: Settings }) {
  const db = getDb();
  const key = { scope, entity, metric };
  const series = useLiveQuery(() => dailySeries(db, marketplace, [key], range.to, days), [marketplace, metric, scope, entity, range.to, days]);
  const entries = useLiveQuery(() => entriesAbout(db, marketplace, entity, metric, range), [marketplace, entity, metric, range.from, range.to]);
  const points = series?.[historyKey(key)] ?? [];
  const lines = ruleLines(metric, marketplace, entity, settings);
  const format = formatterOf(metric);
  const markerDays = useMemo(() => [...new Set((entries ?? []).map((e) => e.day))], [entries]);
  if (!series) return <p className="dash-muted">{t('dash.loading')}</p>;
  return (
    <div>
      <h2>
        {metricLabel(metric)} · {entity === 'account' ? t('dash.scope.account') : entity} · {marketplace}
      </h2>
      {points.length ? (
        <>
          <DailyChart points={points} range={range} label={metricLabel(metric)} warn={lines.warn} breach={lines.breach} markerDays={markerDays} height={320} formatValue={format} />
          <Legend warn={lines.warn} breach={lines.breach} daysRunning={lines.daysRunning} markers={markerDays.length} />
        </>
      ) : (
        <p className="dash-note">{t('dash.history.noData')}</p>
      )}
      <h3>{t('dash.history.entries')}</h3>
      {entries?.length ? (
        <ul className="markers">
          {entries.map((e) => (
            <li key={e.id} data-sol-entry={e.id}>
              <b>{e.day}</b> · {e.summary}
              {e.action ? <span className="dash-muted"> · {e.action}</span> : null} · {t(`status.${e.status}` as MessageKey)}
              {e.owner ? <span className="dash-muted"> · {e.owner}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="dash-muted">{t('dash.history.noEntries')}</p>
      )}
      {points.length ? (
        <details>
          <summary>{t('dash.history.values', { count: points.length })}</summary>
          <table className="dash-table">
            <thead>
              <tr>
                <th>{t('dash.day')}</th>
                <th className="num">{metricLabel(metric)}</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.day}>
                  <td>{p.day}</td>
                  <td className="num">{format(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}

export function HistoryView({ settings }: { settings: Settings }) {
  const db = getDb();
  const today = useToday();
  const withData = useLiveQuery(() => marketplacesWithData(db), []);
  const [chosenMarketplace, setMarketplace] = useState<Marketplace>();
  const [mode, setMode] = useState<'accounts' | 'single'>('accounts');
  const [metric, setMetric] = useState<MetricId>('accountHealthRating');
  const [chosenScope, setScope] = useState<Scope>('account');
  const [typedEntity, setEntity] = useState('');
  const [days, setDays] = useState<number>(90);
  const range = useMemo(() => ({ from: shiftDay(today, -days), to: today }), [today, days]);

  const marketplaces = [...new Set([...(withData ?? []), ...settings.marketplaces])];
  const marketplace = chosenMarketplace ?? marketplaces[0] ?? 'US';
  const scopes = METRICS[metric].scopes as readonly Scope[];
  const scope = scopes.includes(chosenScope) ? chosenScope : scopes[0]!;
  const entities = useLiveQuery(() => (scope === 'account' ? [] : entitiesOf(db, marketplace, metric)), [marketplace, metric, scope]);
  const options = useMemo(() => (entities ?? []).filter((e) => e.scope === scope).map((e) => e.entity), [entities, scope]);
  const entity = scope === 'account' ? 'account' : typedEntity.trim() || options[0] || '';

  const pick = (m: MetricId) => {
    setMetric(m);
    setScope('account');
    setMode('single');
  };

  return (
    <section aria-label={t('dash.tab.history')}>
      <div className="dash-toolbar">
        <label>
          {t('dash.marketplace')}
          <MarketplaceSelect value={marketplace} onChange={setMarketplace} options={marketplaces.length ? marketplaces : [marketplace]} data-sol-history="marketplace" />
        </label>
        <label>
          {t('dash.history.range')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {RANGES.map((d) => (
              <option key={d} value={d}>
                {t('dash.lastDays', { days: d })}
              </option>
            ))}
          </select>
        </label>
        <span className="row-actions">
          <button type="button" className={`dash-button ${mode === 'accounts' ? '' : 'secondary'}`} onClick={() => setMode('accounts')} aria-pressed={mode === 'accounts'}>
            {t('dash.history.accountMetrics')}
          </button>
          <button type="button" className={`dash-button ${mode === 'single' ? '' : 'secondary'}`} onClick={() => setMode('single')} aria-pressed={mode === 'single'}>
            {t('dash.history.oneMetric')}
          </button>
        </span>
        {mode === 'single' ? (
          <>
            <label>
              {t('dash.metric')}
              <select value={metric} onChange={(e) => setMetric(e.target.value as MetricId)} data-sol-history="metric">
                {METRIC_IDS.map((m) => (
                  <option key={m} value={m}>
                    {metricLabel(m)}
                  </option>
                ))}
              </select>
            </label>
            {scopes.length > 1 ? (
              <label>
                {t('dash.scope')}
                <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
                  {scopes.map((s) => (
                    <option key={s} value={s}>
                      {scopeLabel(s)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {scope !== 'account' ? (
              <label className="grow">
                {t('dash.entity')} ({scopeLabel(scope)})
                <input list="dash-entities" value={typedEntity} placeholder={options[0] ?? ''} onChange={(e) => setEntity(e.target.value)} data-sol-history="entity" />
                <datalist id="dash-entities">
                  {options.map((o) => (
                    <option key={o} value={o} />
                  ))}
                </datalist>
              </label>
            ) : null}
          </>
        ) : null}
      </div>
      {mode === 'accounts' ? (
        <AccountMultiples marketplace={marketplace} range={range} days={days} settings={settings} onPick={pick} />
      ) : entity ? (
        <SingleHistory marketplace={marketplace} metric={metric} scope={scope} entity={entity} range={range} days={days} settings={settings} />
      ) : (
        <p className="dash-note">{t('dash.history.noEntities', { scope: scopeLabel(scope) })}</p>
      )}
    </section>
  );
}
