/**
 * Negative keywords (issue 16): the search terms with clicks and no order, per campaign, for the
 * marketplace chosen; one click logs a campaign's list as a work-log entry, and the whole list (or one
 * campaign's) downloads as a Sponsored Products bulk sheet of negative exact keywords. Below, the core
 * terms' impressions against two weeks before (lib/rules/core-terms.ts), drops flagged.
 */
import { useEffect, useState } from 'react';
import { downloadText } from '@/lib/export/download';
import { negativeBulkFile } from '@/lib/export/negative-keywords';
import { t } from '@/lib/i18n';
import { localDay } from '@/lib/read/day';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import { loadCoreTerms, loadNegativeKeywords } from '@/lib/review/negative-keywords';
import { CORE_DROP_PERCENT, CORE_TERMS_MAX, type CoreTermComparison, type CoreTermsResult } from '@/lib/rules/core-terms';
import type { NegativeCandidate } from '@/lib/rules/linked-ads';
import { getDb } from '@/lib/store/db';
import { addEntry } from '@/lib/store/entries';
import type { Settings } from '@/lib/store/settings';
import { MarketplaceSelect } from './MarketplaceSelect';

export function NegativeKeywordsView({ settings }: { settings: Settings }) {
  const [marketplace, setMarketplace] = useState<Marketplace>(settings.marketplaces[0] ?? 'US');
  const [groups, setGroups] = useState<Map<string, NegativeCandidate[]>>();
  const [logged, setLogged] = useState<Record<string, string>>({});
  const [core, setCore] = useState<CoreTermsResult>();
  const today = localDay();

  useEffect(() => {
    let live = true;
    setCore(undefined);
    void loadCoreTerms(getDb(), marketplace, today).then((found) => {
      if (live) setCore(found);
    });
    return () => {
      live = false;
    };
  }, [marketplace, today]);

  useEffect(() => {
    let live = true;
    setGroups(undefined);
    void loadNegativeKeywords(getDb(), marketplace, settings, today).then((found) => {
      if (live) setGroups(found);
    });
    return () => {
      live = false;
    };
  }, [marketplace, settings, today]);

  const all = groups ? [...groups.values()].flat() : [];
  const download = (rows: readonly NegativeCandidate[]) => {
    const file = negativeBulkFile(rows, marketplace, today);
    downloadText(file.name, file.text, 'text/csv;charset=utf-8');
  };
  const log = async (campaign: string, rows: readonly NegativeCandidate[]) => {
    const terms = [...new Set(rows.map((r) => r.term))];
    const result = await addEntry(getDb(), {
      marketplace,
      module: 'ads',
      category: 'operations',
      summary: t('neg.entrySummary', { count: terms.length, campaign: campaign || t('neg.unknownCampaign') }),
      ...(campaign ? { entity: campaign } : {}),
      action: t('neg.entryAction', { terms: terms.join(', ') }),
      owner: settings.defaultOwner.operations ?? '',
      status: 'open',
    });
    setLogged((l) => ({ ...l, [campaign]: result.ok ? t('neg.logged') : result.error }));
  };

  return (
    <section data-sol-negatives="">
      <h2>{t('neg.title')}</h2>
      <p className="dash-muted">{t('neg.help', { clicks: settings.negativeKeywords.minClicks, factor: settings.negativeKeywords.spendFactor })}</p>
      <div className="row">
        <label>
          {t('neg.marketplace')}{' '}
          <MarketplaceSelect value={marketplace} onChange={setMarketplace} options={MARKETPLACES} name="negatives-marketplace" />
        </label>
        <button type="button" className="dash-button" disabled={!all.length} data-sol-export="negatives" onClick={() => download(all)}>
          {t('neg.exportAll', { count: all.length })}
        </button>
      </div>
      {!groups ? <p className="dash-muted">{t('dash.loading')}</p> : null}
      {groups && !groups.size ? <p className="dash-muted">{t('neg.none')}</p> : null}
      {[...(groups ?? [])].map(([campaign, rows]) => (
        <div key={campaign} className="dash-card" data-sol-negative-campaign={campaign}>
          <h3>{campaign || t('neg.unknownCampaign')}</h3>
          <table className="dash-table">
            <thead>
              <tr>
                <th>{t('neg.term')}</th>
                <th>{t('neg.clicks')}</th>
                <th>{t('neg.spend')}</th>
                <th>{t('neg.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.term}\u0000${r.adGroup ?? ''}`} data-sol-negative-term={r.term}>
                  <td>{r.term}</td>
                  <td className="num">{r.clicks}</td>
                  <td className="num">{r.spend ?? '—'}</td>
                  <td>{r.reason === 'clicks' ? t('neg.byClicks') : t('neg.bySpend')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <button type="button" className="dash-button secondary" data-sol-negative-log={campaign} onClick={() => void log(campaign, rows)}>
              {t('neg.log')}
            </button>
            <button type="button" className="dash-button secondary" onClick={() => download(rows)}>
              {t('neg.export')}
            </button>
            {logged[campaign] ? <span role="status">{logged[campaign]}</span> : null}
          </div>
        </div>
      ))}
      <CoreTerms core={core} />
    </section>
  );
}

const perDay = (value: number | undefined, days: number) => (value === undefined ? '—' : t('core.perDay', { value: value.toLocaleString(), days }));

function CoreTerms({ core }: { core: CoreTermsResult | undefined }) {
  const range = (w: { from: string; to: string } | undefined) => (w ? `${w.from} – ${w.to}` : '—');
  return (
    <div className="dash-card" data-sol-core-terms="">
      <h3>{t('core.title')}</h3>
      <p className="dash-muted">{t('core.help', { max: CORE_TERMS_MAX, latest: range(core?.latest), before: range(core?.before), drop: CORE_DROP_PERCENT })}</p>
      {!core ? <p className="dash-muted">{t('dash.loading')}</p> : null}
      {core && !core.terms.length ? <p className="dash-muted">{t('core.none')}</p> : null}
      {core?.terms.length ? (
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('core.term')}</th>
              <th>{t('core.orders')}</th>
              <th>{t('core.before')}</th>
              <th>{t('core.latest')}</th>
              <th>{t('core.change')}</th>
              <th>{t('core.status')}</th>
            </tr>
          </thead>
          <tbody>
            {core.terms.map((c: CoreTermComparison) => (
              <tr key={c.term} data-sol-core-term={c.term} data-sol-core-status={c.status}>
                <td>{c.term}</td>
                <td className="num">{c.orders}</td>
                <td className="num">{perDay(c.before, c.beforeDays)}</td>
                <td className="num">{perDay(c.latest, c.latestDays)}</td>
                <td className="num">{c.change === undefined ? '—' : `${c.change > 0 ? '+' : ''}${c.change}%`}</td>
                <td>{c.status === 'drop' ? <span className="tag breach">{t('core.status.drop')}</span> : t(`core.status.${c.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
