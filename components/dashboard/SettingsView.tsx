/**
 * Settings: language, marketplaces worked in, every rule's thresholds per marketplace (with reset to
 * the defaults), ACOS targets and assignments, owners and the default owner per category, response
 * deadlines. Edited as a draft and saved through Zod (`saveSettings`); refused values say why.
 */
import { useEffect, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import type { MetricId } from '@/lib/read/metrics';
import { ACOS_BREACH_FACTOR, BUY_BOX_DAYS_RUNNING, BUY_BOX_FLOOR, DEFAULT_THRESHOLDS } from '@/lib/rules';
import { CATEGORIES, type Category } from '@/lib/store/schema';
import { DEFAULT_ACOS_TARGETS, directionOf, type Settings } from '@/lib/store/settings';
import { saveSettings } from '@/lib/store/settings-store';
import { TaughtLabels } from './TaughtLabels';
import { MarketplaceSelect } from './MarketplaceSelect';

const THRESHOLD_METRICS = Object.keys(DEFAULT_THRESHOLDS) as MetricId[];
type RuleScope = Marketplace | '*';

/** The thresholds in force for a metric: this scope's own, else (for a marketplace) all marketplaces', else the default. */
function effectiveRule(s: Settings, scope: RuleScope, metric: MetricId): { warn: number; breach: number } {
  const own = s.rules[scope]?.[metric] ?? (scope === '*' ? undefined : s.rules['*']?.[metric]);
  const fallback = DEFAULT_THRESHOLDS[metric]!;
  return own ?? { warn: fallback.warn, breach: fallback.breach };
}

function num(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function SettingsView({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [dirty, setDirty] = useState(false);
  const [ruleScope, setRuleScope] = useState<RuleScope>('*');
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; errors: string[] }>();
  const [newOwner, setNewOwner] = useState('');
  const [newCategory, setNewCategory] = useState({ name: '', target: '' });
  const [newAssignment, setNewAssignment] = useState({ entity: '', category: 'default' });

  // Settings saved elsewhere (another tab, a restore) replace an untouched draft.
  useEffect(() => {
    if (!dirty) setDraft(settings);
  }, [settings, dirty]);

  const edit = (change: (s: Settings) => Settings) => {
    setDraft((s) => change(s));
    setDirty(true);
    setOutcome(undefined);
  };

  async function save() {
    const result = await saveSettings(draft);
    setOutcome(result.ok ? { ok: true } : result);
    if (result.ok) setDirty(false);
  }

  const rulesHere = draft.rules[ruleScope] ?? {};
  const setRule = (metric: MetricId, level: 'warn' | 'breach', value: number) =>
    edit((s) => {
      const current = effectiveRule(s, ruleScope, metric);
      return { ...s, rules: { ...s.rules, [ruleScope]: { ...s.rules[ruleScope], [metric]: { ...current, [level]: value } } } };
    });
  const resetRule = (metric: MetricId) =>
    edit((s) => {
      const rest = { ...s.rules[ruleScope] };
      delete rest[metric];
      return { ...s, rules: { ...s.rules, [ruleScope]: rest } };
    });
  const resetScope = () =>
    edit((s) => {
      const rules = { ...s.rules };
      delete rules[ruleScope];
      return { ...s, rules };
    });

  return (
    <form
      className="dash-form"
      aria-label={t('dash.tab.settings')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>{t('dash.settings.general')}</legend>
        <div className="row">
          <label>
            {t('dash.settings.language')}{' '}
            <select name="language" value={draft.language} onChange={(e) => edit((s) => ({ ...s, language: e.target.value as Settings['language'] }))}>
              <option value="auto">{t('dash.settings.languageAuto')}</option>
              <option value="en">English</option>
              <option value="zh_CN">中文</option>
            </select>
          </label>
          <label>
            {t('dash.settings.assistantName')}{' '}
            <input name="assistantName" value={draft.assistantName} maxLength={100} onChange={(e) => edit((s) => ({ ...s, assistantName: e.target.value }))} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('dash.settings.marketplaces')}</legend>
        <p className="dash-muted">{t('dash.settings.marketplacesHelp')}</p>
        <div className="checks">
          {MARKETPLACES.map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={draft.marketplaces.includes(m)}
                onChange={(e) => edit((s) => ({ ...s, marketplaces: e.target.checked ? MARKETPLACES.filter((x) => x === m || s.marketplaces.includes(x)) : s.marketplaces.filter((x) => x !== m) }))}
                data-sol-marketplace={m}
              />{' '}
              {m}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('dash.settings.rules')}</legend>
        <div className="row">
          <label>
            {t('dash.settings.rulesFor')}{' '}
            <MarketplaceSelect value={ruleScope} onChange={setRuleScope} options={MARKETPLACES} first={{ value: '*', label: t('dash.settings.allMarketplaces') }} data-sol-rule-scope="" />
          </label>
          <button type="button" className="dash-button secondary" onClick={resetScope} disabled={!Object.keys(rulesHere).length} data-sol-reset-rules="">
            {t('dash.settings.resetRules')}
          </button>
        </div>
        <p className="dash-muted">{ruleScope === '*' ? t('dash.settings.rulesAllHelp') : t('dash.settings.rulesOneHelp', { marketplace: ruleScope })}</p>
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dash.metric')}</th>
              <th className="num">{t('level.warn')}</th>
              <th className="num">{t('level.breach')}</th>
              <th>{t('dash.settings.default')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {THRESHOLD_METRICS.map((metric) => {
              const own = rulesHere[metric];
              const effective = effectiveRule(draft, ruleScope, metric);
              const fallback = DEFAULT_THRESHOLDS[metric]!;
              const sign = directionOf(metric) === 'below' ? (fallback.inclusive ? '≤' : '<') : fallback.inclusive ? '≥' : '>';
              return (
                <tr key={metric} className={own ? 'is-overridden' : ''} data-sol-rule={metric}>
                  <td>{t(`metric.${metric}` as MessageKey)}</td>
                  <td className="num">
                    {sign}{' '}
                    <input type="number" step="any" aria-label={`${t(`metric.${metric}` as MessageKey)} ${t('level.warn')}`} value={Number.isNaN(effective.warn) ? '' : effective.warn} onChange={(e) => setRule(metric, 'warn', num(e.target.value))} name={`rule-${metric}-warn`} />
                  </td>
                  <td className="num">
                    {sign}{' '}
                    <input type="number" step="any" aria-label={`${t(`metric.${metric}` as MessageKey)} ${t('level.breach')}`} value={Number.isNaN(effective.breach) ? '' : effective.breach} onChange={(e) => setRule(metric, 'breach', num(e.target.value))} name={`rule-${metric}-breach`} />
                  </td>
                  <td className="dash-muted">
                    {sign} {fallback.warn} · {sign} {fallback.breach}
                  </td>
                  <td>
                    {own ? (
                      <button type="button" className="dash-link" onClick={() => resetRule(metric)}>
                        {t('dash.settings.reset')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="dash-muted">{t('dash.settings.fixedRules', { floor: BUY_BOX_FLOOR, days: BUY_BOX_DAYS_RUNNING, factor: ACOS_BREACH_FACTOR })}</p>
      </fieldset>

      <fieldset>
        <legend>{t('dash.settings.acos')}</legend>
        <table className="dash-table">
          <thead>
            <tr>
              <th>{t('dash.settings.acosCategory')}</th>
              <th className="num">{t('dash.settings.acosTarget')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {Object.entries(draft.acosTargets).map(([category, target]) => (
              <tr key={category}>
                <td>{category === 'default' ? t('dash.settings.acosDefault') : category}</td>
                <td className="num">
                  <input type="number" step="any" aria-label={`${category} ${t('dash.settings.acosTarget')}`} value={Number.isNaN(target) ? '' : target} onChange={(e) => edit((s) => ({ ...s, acosTargets: { ...s.acosTargets, [category]: num(e.target.value) } }))} name={`acos-${category}`} /> %
                </td>
                <td>
                  {category !== 'default' ? (
                    <button type="button" className="dash-link" onClick={() => edit((s) => ({ ...s, acosTargets: Object.fromEntries(Object.entries(s.acosTargets).filter(([c]) => c !== category)) }))}>
                      {t('dash.remove')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row">
          <input placeholder={t('dash.settings.acosCategory')} value={newCategory.name} maxLength={50} onChange={(e) => setNewCategory({ ...newCategory, name: e.target.value })} />
          <input type="number" step="any" placeholder="%" value={newCategory.target} onChange={(e) => setNewCategory({ ...newCategory, target: e.target.value })} />
          <button
            type="button"
            className="dash-button secondary"
            disabled={!newCategory.name.trim()}
            onClick={() => {
              edit((s) => ({ ...s, acosTargets: { ...s.acosTargets, [newCategory.name.trim()]: num(newCategory.target) } }));
              setNewCategory({ name: '', target: '' });
            }}
          >
            {t('dash.add')}
          </button>
          <button type="button" className="dash-button secondary" onClick={() => edit((s) => ({ ...s, acosTargets: { ...DEFAULT_ACOS_TARGETS } }))}>
            {t('dash.settings.resetTargets')}
          </button>
        </div>
        <h3>{t('dash.settings.assignments')}</h3>
        <p className="dash-muted">{t('dash.settings.assignmentsHelp')}</p>
        <table className="dash-table">
          <tbody>
            {Object.entries(draft.acosAssignments).map(([entity, category]) => (
              <tr key={entity}>
                <td>{entity}</td>
                <td>
                  <select value={category} onChange={(e) => edit((s) => ({ ...s, acosAssignments: { ...s.acosAssignments, [entity]: e.target.value } }))}>
                    {[...new Set([...Object.keys(draft.acosTargets), category])].map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="dash-link" onClick={() => edit((s) => ({ ...s, acosAssignments: Object.fromEntries(Object.entries(s.acosAssignments).filter(([x]) => x !== entity)) }))}>
                    {t('dash.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row">
          <input placeholder={t('dash.settings.assignmentEntity')} value={newAssignment.entity} maxLength={500} onChange={(e) => setNewAssignment({ ...newAssignment, entity: e.target.value })} />
          <select value={newAssignment.category} onChange={(e) => setNewAssignment({ ...newAssignment, category: e.target.value })}>
            {Object.keys(draft.acosTargets).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="dash-button secondary"
            disabled={!newAssignment.entity.trim()}
            onClick={() => {
              edit((s) => ({ ...s, acosAssignments: { ...s.acosAssignments, [newAssignment.entity.trim()]: newAssignment.category } }));
              setNewAssignment({ ...newAssignment, entity: '' });
            }}
          >
            {t('dash.add')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('dash.settings.owners')}</legend>
        <div className="row">
          {draft.owners.map((owner) => (
            <span key={owner} className="tag">
              {owner}{' '}
              <button type="button" className="dash-link" aria-label={`${t('dash.remove')} ${owner}`} onClick={() => edit((s) => ({ ...s, owners: s.owners.filter((o) => o !== owner) }))}>
                ×
              </button>
            </span>
          ))}
        </div>
        <div className="row">
          <input placeholder={t('form.owner')} value={newOwner} maxLength={100} onChange={(e) => setNewOwner(e.target.value)} name="new-owner" />
          <button
            type="button"
            className="dash-button secondary"
            disabled={!newOwner.trim() || draft.owners.includes(newOwner.trim())}
            onClick={() => {
              edit((s) => ({ ...s, owners: [...s.owners, newOwner.trim()] }));
              setNewOwner('');
            }}
          >
            {t('dash.add')}
          </button>
        </div>
        <h3>{t('dash.settings.defaultOwner')}</h3>
        <div className="row">
          {CATEGORIES.map((category: Category) => (
            <label key={category}>
              {t(`category.${category}` as MessageKey)}{' '}
              <select value={draft.defaultOwner[category] ?? ''} onChange={(e) => edit((s) => ({ ...s, defaultOwner: { ...s.defaultOwner, [category]: e.target.value } }))} name={`default-owner-${category}`}>
                <option value="">{t('dash.unassigned')}</option>
                {[...new Set([...draft.owners, draft.defaultOwner[category] ?? ''])].filter(Boolean).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset data-sol-budget-split>
        <legend>{t('dash.settings.budgetSplit')}</legend>
        <p className="dash-muted">{t('dash.settings.budgetSplitHelp')}</p>
        <div className="row">
          {(['auto', 'manual', 'brand', 'tolerance'] as const).map((part) => (
            <label key={part}>
              {t(`dash.settings.split.${part}` as MessageKey)}{' '}
              <input type="number" step="any" name={`budget-split-${part}`} value={Number.isNaN(draft.budgetSplit[part]) ? '' : draft.budgetSplit[part]} onChange={(e) => edit((s) => ({ ...s, budgetSplit: { ...s.budgetSplit, [part]: num(e.target.value) } }))} />
            </label>
          ))}
        </div>
        <div className="row">
          <label>
            {t('dash.settings.negMinClicks')}{' '}
            <input type="number" step="1" name="negative-min-clicks" value={Number.isNaN(draft.negativeKeywords.minClicks) ? '' : draft.negativeKeywords.minClicks} onChange={(e) => edit((s) => ({ ...s, negativeKeywords: { ...s.negativeKeywords, minClicks: num(e.target.value) } }))} />
          </label>
          <label>
            {t('dash.settings.negSpendFactor')}{' '}
            <input type="number" step="any" name="negative-spend-factor" value={Number.isNaN(draft.negativeKeywords.spendFactor) ? '' : draft.negativeKeywords.spendFactor} onChange={(e) => edit((s) => ({ ...s, negativeKeywords: { ...s.negativeKeywords, spendFactor: num(e.target.value) } }))} />
          </label>
        </div>
      </fieldset>

      <TaughtLabels labels={draft.taughtLabels} onChange={(taughtLabels) => edit((s) => ({ ...s, taughtLabels }))} />

      <fieldset>
        <legend>{t('dash.settings.deadlines')}</legend>
        <div className="row">
          <label>
            {t('dash.settings.feedbackHours')}{' '}
            <input type="number" step="1" name="feedbackResponseHours" value={Number.isNaN(draft.feedbackResponseHours) ? '' : draft.feedbackResponseHours} onChange={(e) => edit((s) => ({ ...s, feedbackResponseHours: num(e.target.value) }))} />
          </label>
          <label>
            {t('dash.settings.removalDays')}{' '}
            <input type="number" step="1" name="negativeReviewRemovalDays" value={Number.isNaN(draft.negativeReviewRemovalDays) ? '' : draft.negativeReviewRemovalDays} onChange={(e) => edit((s) => ({ ...s, negativeReviewRemovalDays: num(e.target.value) }))} />
          </label>
        </div>
      </fieldset>

      <div className="sticky-actions">
        <button type="submit" className="dash-button" data-sol-save-settings="">
          {t('dash.save')}
        </button>
        <button
          type="button"
          className="dash-button secondary"
          disabled={!dirty}
          onClick={() => {
            setDraft(settings);
            setDirty(false);
            setOutcome(undefined);
          }}
        >
          {t('dash.settings.discard')}
        </button>
        <span role="status" data-sol-settings-status={outcome ? (outcome.ok ? 'ok' : 'error') : dirty ? 'dirty' : 'saved'} className={outcome && !outcome.ok ? 'dash-error' : 'dash-ok'}>
          {outcome?.ok ? t('dash.saved') : outcome ? t('dash.settings.refused') : dirty ? t('dash.settings.unsaved') : ''}
        </span>
      </div>
      {outcome && !outcome.ok ? (
        <ul className="dash-errors" role="alert" data-sol-settings-errors="">
          {outcome.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
