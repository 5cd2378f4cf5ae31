/**
 * Negative keywords (issue 16): the search terms with clicks and no order, per campaign, for the
 * marketplace chosen; one click logs a campaign's list as a work-log entry, and the whole list (or one
 * campaign's) downloads as a Sponsored Products bulk sheet of negative exact keywords.
 */
import { useEffect, useState } from 'react';
import { downloadText } from '@/lib/export/download';
import { negativeBulkFile } from '@/lib/export/negative-keywords';
import { t } from '@/lib/i18n';
import { localDay } from '@/lib/read/day';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import { loadNegativeKeywords } from '@/lib/review/negative-keywords';
import type { NegativeCandidate } from '@/lib/rules/linked-ads';
import { getDb } from '@/lib/store/db';
import { addEntry } from '@/lib/store/entries';
import type { Settings } from '@/lib/store/settings';

export function NegativeKeywordsView({ settings }: { settings: Settings }) {
  const [marketplace, setMarketplace] = useState<Marketplace>(settings.marketplaces[0] ?? 'US');
  const [groups, setGroups] = useState<Map<string, NegativeCandidate[]>>();
  const [logged, setLogged] = useState<Record<string, string>>({});
  const today = localDay();

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
          <select value={marketplace} onChange={(e) => setMarketplace(e.target.value as Marketplace)} name="negatives-marketplace">
            {MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
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
    </section>
  );
}
