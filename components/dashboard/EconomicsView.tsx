/**
 * Unit economics per ASIN (or the whole marketplace) for a period: captured sales, units and ad
 * spend with the costs the assistant enters; ACoS, TACoS, contribution margin, profit and break-even
 * ACoS. The model and each term are documented in lib/review/economics.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { getDb } from '@/lib/store/db';
import { costInputsSchema, DEFAULT_COST_INPUTS, subjectOf, unitEconomics, type CostInputs, type PeriodFigures } from '@/lib/review/economics';
import { t, type MessageKey } from '@/lib/i18n';
import type { Marketplace } from '@/lib/read/marketplaces';
import { shiftDay, type DayRange } from '@/lib/review/days';
import { formatMoney, formatNumber } from '@/lib/review/format';
import { economicsFigures, entitiesOf, loadEconomicsSettings, marketplacesWithData, saveEconomicsSettings } from '@/lib/review/queries';
import type { Settings } from '@/lib/store/settings';
import { useToday } from './hooks';
import { MarketplaceSelect } from './MarketplaceSelect';

const INPUT_FIELDS: readonly (keyof CostInputs)[] = ['commissionRatePct', 'fbaFeePerUnit', 'productCostPerUnit', 'returnRatePct', 'toolCost', 'labourCost'];
const FIGURE_FIELDS: readonly (keyof PeriodFigures)[] = ['sales', 'units', 'adSpend', 'adSales'];

type Draft<K extends string> = Record<K, string>;

function draftOf<K extends string>(values: Partial<Record<K, number>>, keys: readonly K[]): Draft<K> {
  return Object.fromEntries(keys.map((k) => [k, values[k] === undefined ? '' : String(values[k])])) as Draft<K>;
}

function numbersOf<K extends string>(draft: Draft<K>): Record<K, number> {
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, (v as string).trim() === '' ? Number.NaN : Number(v)])) as Record<K, number>;
}

function percent(ratio: number | undefined): string {
  return ratio === undefined ? '–' : `${formatNumber(ratio * 100)}%`;
}

function previousMonth(today: string): DayRange {
  const firstOfThisMonth = `${today.slice(0, 7)}-01`;
  const to = shiftDay(firstOfThisMonth, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

export function EconomicsView({ settings }: { settings: Settings }) {
  const db = getDb();
  const today = useToday();
  const withData = useLiveQuery(() => marketplacesWithData(db), []);
  const [chosenMarketplace, setMarketplace] = useState<Marketplace>();
  const marketplaces = [...new Set([...(withData ?? []), ...settings.marketplaces])];
  const marketplace = chosenMarketplace ?? marketplaces[0] ?? 'US';
  const [asin, setAsin] = useState('*');
  const [range, setRange] = useState<DayRange>(() => ({ from: shiftDay(today, -30), to: shiftDay(today, -1) }));
  const [manual, setManual] = useState(false);
  const [manualFigures, setManualFigures] = useState<Draft<keyof PeriodFigures>>({ sales: '', units: '', adSpend: '', adSales: '' });
  const [campaignFilter, setCampaignFilter] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const saved = useLiveQuery(() => loadEconomicsSettings(db), []);
  const asins = useLiveQuery(() => entitiesOf(db, marketplace, 'orderedProductSales'), [marketplace]);
  const campaigns = useLiveQuery(async () => (await entitiesOf(db, marketplace, 'spend')).filter((e) => e.scope === 'campaign').map((e) => e.entity), [marketplace]);
  const subject = subjectOf(marketplace, asin);
  const savedInputs = saved ? (saved.inputs[subject] ?? saved.inputs[subjectOf(marketplace, '*')] ?? DEFAULT_COST_INPUTS) : undefined;
  const savedCampaigns = useMemo(() => saved?.campaigns[subject] ?? [], [saved, subject]);

  const [inputDraft, setInputDraft] = useState<Draft<keyof CostInputs>>();
  const [campaignDraft, setCampaignDraft] = useState<readonly string[]>([]);
  // A new subject, or its saved values arriving, starts a fresh draft (both derive from these two).
  useEffect(() => {
    if (savedInputs) setInputDraft(draftOf(savedInputs, INPUT_FIELDS));
    setCampaignDraft(savedCampaigns);
    setMessage(undefined);
  }, [subject, saved]);

  const captured = useLiveQuery(() => economicsFigures(db, marketplace, asin, campaignDraft, range), [marketplace, asin, campaignDraft.join('\n'), range.from, range.to]);

  const parsedInputs = inputDraft ? costInputsSchema.safeParse(numbersOf(inputDraft)) : undefined;
  const manualNumbers = numbersOf(manualFigures);
  const figures: PeriodFigures | undefined = manual
    ? {
        sales: manualNumbers.sales || 0,
        units: manualNumbers.units || 0,
        adSpend: manualNumbers.adSpend || 0,
        ...(Number.isFinite(manualNumbers.adSales) ? { adSales: manualNumbers.adSales } : {}),
      }
    : captured?.figures;
  const result = figures && parsedInputs?.success ? unitEconomics(figures, parsedInputs.data) : undefined;
  const currency = captured?.currency ?? '';
  const money = (value: number) => formatMoney(value, currency);

  async function save() {
    if (!inputDraft || !saved) return;
    const checked = costInputsSchema.safeParse(numbersOf(inputDraft));
    if (!checked.success) {
      setMessage({ ok: false, text: checked.error.issues.map((i) => `${t(`dash.econ.${String(i.path[0])}` as MessageKey)}: ${i.message}`).join('; ') });
      return;
    }
    const next = {
      inputs: { ...saved.inputs, [subject]: checked.data },
      campaigns: asin === '*' ? saved.campaigns : { ...saved.campaigns, [subject]: [...campaignDraft] },
    };
    const outcome = await saveEconomicsSettings(db, next);
    setMessage(outcome.ok ? { ok: true, text: t('dash.saved') } : { ok: false, text: outcome.errors.join('; ') });
  }

  const shownCampaigns = (campaigns ?? []).filter((c) => c.toLowerCase().includes(campaignFilter.trim().toLowerCase())).slice(0, 300);

  return (
    <section aria-label={t('dash.tab.economics')}>
      <div className="dash-toolbar">
        <label>
          {t('dash.marketplace')}
          <MarketplaceSelect value={marketplace} onChange={setMarketplace} options={marketplaces.length ? marketplaces : [marketplace]} />
        </label>
        <label>
          ASIN
          <select value={asin} onChange={(e) => setAsin(e.target.value)} data-sol-econ="asin">
            <option value="*">{t('dash.econ.allAsins')}</option>
            {(asins ?? []).map((a) => (
              <option key={a.entity} value={a.entity}>
                {a.entity}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.from')}
          <input type="date" value={range.from} max={range.to} onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })} />
        </label>
        <label>
          {t('dash.to')}
          <input type="date" value={range.to} min={range.from} onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })} />
        </label>
        <span className="row-actions">
          <button type="button" className="dash-link" onClick={() => setRange({ from: shiftDay(today, -30), to: shiftDay(today, -1) })}>
            {t('dash.lastDays', { days: 30 })}
          </button>
          <button type="button" className="dash-link" onClick={() => setRange(previousMonth(today))}>
            {t('dash.econ.lastMonth')}
          </button>
        </span>
      </div>

      <div className="econ">
        <form
          className="dash-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset>
            <legend>{t('dash.econ.figures')}</legend>
            <label className="row">
              <input type="checkbox" checked={manual} onChange={(e) => setManual(e.target.checked)} data-sol-econ="manual" />
              {t('dash.econ.manual')}
            </label>
            {FIGURE_FIELDS.map((field) => (
              <label key={field} className="row">
                <span style={{ minWidth: 170 }}>{t(`dash.econ.${field}` as MessageKey)}</span>
                {manual ? (
                  <input type="number" step="any" min="0" value={manualFigures[field]} onChange={(e) => setManualFigures({ ...manualFigures, [field]: e.target.value })} data-sol-econ={field} />
                ) : (
                  <b>{captured ? (captured.figures[field] === undefined ? '–' : field === 'units' ? formatNumber(captured.figures[field]!) : money(captured.figures[field]!)) : '…'}</b>
                )}
              </label>
            ))}
            {!manual && captured && captured.coverage.sales.coveredDays < captured.coverage.sales.days ? (
              <p className="dash-muted">{t('dash.econ.coverage', { covered: captured.coverage.sales.coveredDays, days: captured.coverage.sales.days })}</p>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>{t('dash.econ.costs')}</legend>
            {INPUT_FIELDS.map((field) => (
              <label key={field} className="row">
                <span style={{ minWidth: 170 }}>{t(`dash.econ.${field}` as MessageKey)}</span>
                <input
                  type="number"
                  step="any"
                  min="0"
                  value={inputDraft?.[field] ?? ''}
                  onChange={(e) => inputDraft && setInputDraft({ ...inputDraft, [field]: e.target.value })}
                  data-sol-econ={field}
                />
              </label>
            ))}
            {asin !== '*' ? (
              <>
                <p className="dash-muted">{t('dash.econ.campaignsHelp')}</p>
                <input type="search" placeholder={t('dash.log.search')} value={campaignFilter} onChange={(e) => setCampaignFilter(e.target.value)} />
                <div style={{ maxHeight: 180, overflow: 'auto' }}>
                  {shownCampaigns.map((c) => (
                    <label key={c} className="row">
                      <input
                        type="checkbox"
                        checked={campaignDraft.includes(c)}
                        onChange={(e) => setCampaignDraft(e.target.checked ? [...campaignDraft, c] : campaignDraft.filter((x) => x !== c))}
                      />
                      {c}
                    </label>
                  ))}
                  {campaigns && !campaigns.length ? <p className="dash-muted">{t('dash.econ.noCampaigns')}</p> : null}
                </div>
              </>
            ) : null}
            <div className="row">
              <button type="submit" className="dash-button" disabled={!inputDraft}>
                {t('dash.save')}
              </button>
              <span role="status" className={message?.ok ? 'dash-ok' : 'dash-error'}>
                {message?.text ?? (parsedInputs && !parsedInputs.success ? t('dash.econ.invalid') : '')}
              </span>
            </div>
          </fieldset>
        </form>

        <div>
          {result ? (
            <>
              <table className="dash-table" data-sol-econ-result="">
                <tbody>
                  {result.terms.map((term) => (
                    <tr key={term.id} className={term.kind === 'total' ? 'total' : term.kind} data-sol-term={term.id} data-sol-amount={term.amount}>
                      <td>{t(`dash.econ.term.${term.id}` as MessageKey)}</td>
                      {/* Cost labels carry the minus sign ("− Commission"), so costs show as amounts. */}
                      <td className="num">{money(term.kind === 'cost' ? Math.abs(term.amount) : term.amount)}</td>
                      <td className="num dash-muted">{figures && figures.sales > 0 ? percent((term.kind === 'cost' ? Math.abs(term.amount) : term.amount) / figures.sales) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="ratios">
                {(['acos', 'tacos', 'breakEvenAcos', 'breakEvenTacos', 'contributionMarginPct', 'profitPct'] as const).map((key) => (
                  <div key={key} className="ratio" data-sol-ratio={key}>
                    <span className="dash-muted">{t(`dash.econ.ratio.${key}` as MessageKey)}</span>
                    <b>{percent(result[key])}</b>
                  </div>
                ))}
              </div>
              {result.acos === undefined ? <p className="dash-muted">{t('dash.econ.noAdSales')}</p> : null}
              {result.acos !== undefined && result.breakEvenAcos !== undefined ? (
                <p className={result.acos > result.breakEvenAcos ? 'dash-error' : 'dash-ok'}>
                  {result.acos > result.breakEvenAcos ? t('dash.econ.aboveBreakEven') : t('dash.econ.belowBreakEven')}
                </p>
              ) : null}
            </>
          ) : (
            <p className="dash-muted">{parsedInputs && !parsedInputs.success ? t('dash.econ.invalid') : t('dash.loading')}</p>
          )}
          <p className="dash-muted">{t('dash.econ.modelNote')}</p>
        </div>
      </div>
    </section>
  );
}
