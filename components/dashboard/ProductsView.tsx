/**
 * Products (issue 16): each SKU's inventory turnover and days of cover from the stored history, and the
 * child ASINs in their 30-day launch window — the plan (reviews toward 50, ad budget from $20 a day
 * rising 20% a week) beside what the history shows. An ASIN can be marked new here.
 */
import { useEffect, useState } from 'react';
import { useLiveReload } from '@/components/use-live-reload';
import { getDb } from '@/lib/store/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { Marketplace } from '@/lib/read/marketplaces';
import { localDay } from '@/lib/read/day';
import { marketplacesWithData } from '@/lib/review/queries';
import { launchRows, turnoverRows } from '@/lib/review/products';
import { evaluate } from '@/lib/rules';
import { markAsinNew } from '@/lib/store/links';
import type { Settings } from '@/lib/store/settings';

const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

function TurnoverTable({ marketplace, today, settings }: { marketplace: Marketplace; today: string; settings: Settings }) {
  const db = getDb();
  const { value: rows } = useLiveReload(
    () => db.snapshots.where('[day+page+marketplace+metric]').equals([today, 'inventory', marketplace, 'available']).count(),
    () => turnoverRows(db, marketplace, today),
    [db, marketplace, today],
  );
  if (!rows) return <p className="dash-note">{t('dash.loading')}</p>;
  if (!rows.length) return <p className="dash-note">{t('dash.products.noStock')}</p>;
  return (
    <table className="dash-table" data-sol-products-section="turnover">
      <thead>
        <tr>
          <th>SKU</th>
          <th>ASIN</th>
          <th className="num">{t('metric.inventoryTurnover')}</th>
          <th className="num">{t('dash.products.daysOfCover')}</th>
          <th>{t('dash.products.basis')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ sku, asin, result }) => {
          const level = result.ok ? evaluate({ marketplace, scope: 'sku', entity: sku, metric: 'inventoryTurnover', value: result.turnover, day: today }, [], settings)?.level : undefined;
          return (
            <tr key={sku} data-sol-turnover={sku} data-sol-level={level ?? ''}>
              <td>{sku}</td>
              <td>{asin ?? <span className="dash-muted">{t('dash.products.asinUnknown')}</span>}</td>
              <td className={`num ${level === 'breach' ? 'dash-error' : ''}`}>{result.ok ? `${NUMBER.format(result.turnover)}${level && level !== 'ok' ? ` (${t(`level.${level}` as MessageKey)})` : ''}` : '–'}</td>
              <td className="num">{result.ok && result.daysOfCover !== undefined ? NUMBER.format(result.daysOfCover) : '–'}</td>
              <td className="dash-muted">
                {result.ok
                  ? t('dash.products.basisDays', { days: result.days, perDay: NUMBER.format(result.unitsPerDay), average: NUMBER.format(result.averageAvailable) })
                  : t(`linked.gap.${result.reason}` as MessageKey, { days: result.days ?? 0, min: 28 })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LaunchTable({ marketplace, today }: { marketplace: Marketplace; today: string }) {
  const db = getDb();
  const [asin, setAsin] = useState('');
  const [note, setNote] = useState('');
  const { value: rows } = useLiveReload(() => db.settings.get(`links.asins.${marketplace}`), () => launchRows(db, marketplace, today), [db, marketplace, today]);
  async function mark(event: React.FormEvent) {
    event.preventDefault();
    const code = asin.trim().toUpperCase();
    if (!/^[A-Z0-9]{10}$/.test(code)) return setNote(t('dash.products.badAsin'));
    await markAsinNew(db, marketplace, code, today);
    setAsin('');
    setNote('');
  }
  return (
    <>
      <form className="row-actions" onSubmit={mark}>
        <input name="launchAsin" value={asin} placeholder="B0…" aria-label={t('dash.products.markNew')} onChange={(e) => setAsin(e.target.value)} />
        <button type="submit" className="dash-button" data-sol-mark-new="">
          {t('dash.products.markNew')}
        </button>
        {note && <span className="dash-error">{note}</span>}
      </form>
      <p className="dash-note">{t('dash.products.launchPlan')}</p>
      {!rows ? null : !rows.length ? (
        <p className="dash-note">{t('dash.products.noLaunch')}</p>
      ) : (
        <table className="dash-table" data-sol-products-section="launch">
          <thead>
            <tr>
              <th>ASIN</th>
              <th>{t('dash.products.launchDay')}</th>
              <th className="num">{t('dash.products.budgetPlan')}</th>
              <th className="num">{t('dash.products.reviews')}</th>
              <th className="num">{t('metric.sessions')}</th>
              <th className="num">{t('metric.unitsOrdered')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map(({ asin: code, marked, plan, progress, reviewsSeen, starRating }) => (
              <tr key={code} data-sol-launch={code}>
                <td>
                  {code} {marked ? <span className="dash-muted">{t('dash.products.marked')}</span> : <span className="dash-muted">{t('dash.products.firstSeen')}</span>}
                </td>
                <td>{t('dash.products.dayOf', { day: plan.dayOfLaunch, start: plan.start })}</td>
                <td className="num" data-sol-launch-budget={plan.budgetToday}>
                  {t('dash.products.perDay', { amount: NUMBER.format(plan.budgetToday) })}
                  <div className="dash-muted">{plan.weeks.map((w) => NUMBER.format(w.budgetPerDay)).join(' → ')}</div>
                  <div className="dash-muted">{progress.spendPerDay !== undefined ? t('dash.products.perDay', { amount: NUMBER.format(progress.spendPerDay) }) : t('dash.products.spendUnknown')}</div>
                </td>
                <td className="num" data-sol-launch-reviews={progress.reviews ?? ''}>
                  {progress.reviews !== undefined ? `${progress.reviews} / ${plan.reviewsGoal}` : t('dash.products.reviewsUnknown', { goal: plan.reviewsGoal })}
                  <div className="dash-muted" data-sol-launch-below4={reviewsSeen?.below4 ?? ''}>
                    {reviewsSeen ? t('dash.products.reviewsBelow4', { count: reviewsSeen.below4, day: reviewsSeen.lastRead }) : t('dash.products.reviewsPageUnread')}
                  </div>
                  {starRating ? <div className="dash-muted">{t('dash.products.starRating', { stars: NUMBER.format(starRating.value), sku: starRating.sku, day: starRating.day })}</div> : null}
                </td>
                <td className="num">{progress.sessions !== undefined ? NUMBER.format(progress.sessions) : '–'}</td>
                <td className="num">{progress.unitsOrdered !== undefined ? NUMBER.format(progress.unitsOrdered) : '–'}</td>
                <td>
                  <button type="button" className="dash-button secondary" onClick={() => void markAsinNew(db, marketplace, code, undefined)}>
                    {t('dash.products.notNew')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function ProductsView({ settings }: { settings: Settings }) {
  const [marketplaces, setMarketplaces] = useState<Marketplace[]>();
  const [marketplace, setMarketplace] = useState<Marketplace>();
  const today = localDay();
  useEffect(() => {
    void marketplacesWithData(getDb()).then((found) => {
      setMarketplaces(found);
      setMarketplace((m) => m ?? found[0]);
    });
  }, []);
  if (!marketplaces) return <p className="dash-note">{t('dash.loading')}</p>;
  if (!marketplace) return <p className="dash-note">{t('dash.products.noStock')}</p>;
  return (
    <section aria-label={t('dash.tab.products')} data-sol-products={marketplace}>
      <label>
        {t('dash.marketplaceShort')}{' '}
        <select value={marketplace} onChange={(e) => setMarketplace(e.target.value as Marketplace)}>
          {marketplaces.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <h2>{t('dash.products.turnoverHeading')}</h2>
      <TurnoverTable marketplace={marketplace} today={today} settings={settings} />
      <h2>{t('dash.products.launchHeading')}</h2>
      <LaunchTable marketplace={marketplace} today={today} />
    </section>
  );
}
