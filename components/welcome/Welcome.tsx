/**
 * The first-run page, opened once after install: choose the language (the page switches at once),
 * your name, the marketplaces you work in and the owners tasks go to; then a short tour of what the
 * extension does. Everything can be changed later in the dashboard's settings.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { getLanguage, setLanguage, t, type MessageKey, type UiLanguage } from '@/lib/i18n';
import { MARKETPLACES, type Marketplace } from '@/lib/read/marketplaces';
import { CATEGORIES, type Category } from '@/lib/store/schema';
import type { Settings } from '@/lib/store/settings';
import { loadSettings, saveSettings } from '@/lib/store/settings-store';
import { choicesOf, marketplaceName, ownersOf, settingsWithChoices, type FirstRunChoices } from './first-run';

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; errors: string[] };

/** Each language named in itself, so it can be found whatever the page's language is. */
const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = { en: 'English', zh_CN: '中文（简体）' };

const TOUR: { title: MessageKey; body: MessageKey }[] = [
  { title: 'welcome.tour.browseTitle', body: 'welcome.tour.browse' },
  { title: 'welcome.tour.badgesTitle', body: 'welcome.tour.badges' },
  { title: 'welcome.tour.logTitle', body: 'welcome.tour.log' },
  { title: 'welcome.tour.dayTitle', body: 'welcome.tour.day' },
  { title: 'welcome.tour.dashboardTitle', body: 'welcome.tour.dashboard' },
  { title: 'welcome.tour.teamTitle', body: 'welcome.tour.team' },
  { title: 'welcome.tour.privacyTitle', body: 'welcome.tour.privacy' },
];

export function Welcome() {
  const [stored, setStored] = useState<Settings>();
  const [choices, setChoices] = useState<FirstRunChoices>();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void loadSettings().then((settings) => {
      setStored(settings);
      setChoices(choicesOf(settings));
    });
  }, []);

  // The page speaks the chosen language from the next render on, before anything is saved.
  if (choices) setLanguage(choices.language);
  const language = choices?.language;
  useEffect(() => {
    document.title = t('welcome.title');
    document.documentElement.lang = language === 'zh_CN' ? 'zh-CN' : language === 'en' ? 'en' : navigator.language;
  }, [language]);

  if (!stored || !choices) return null;

  const edit = (change: Partial<FirstRunChoices>) => {
    setChoices({ ...choices, ...change });
    setState({ kind: 'idle' });
  };
  const toggleMarketplace = (code: Marketplace, on: boolean) =>
    edit({ marketplaces: MARKETPLACES.filter((m) => (m === code ? on : choices.marketplaces.includes(m))) });
  const owners = ownersOf(choices);
  const uiLanguage = getLanguage();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    const result = await saveSettings(settingsWithChoices(stored, choices));
    if (result.ok) {
      setStored(result.settings);
      setChoices(choicesOf(result.settings));
      setState({ kind: 'saved' });
    } else {
      setState({ kind: 'error', errors: result.errors });
    }
  };

  return (
    <main className="welcome" data-sol-welcome="">
      <header>
        <img src="/icon/96.png" width={48} height={48} alt="" />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p className="muted">{t('welcome.intro')}</p>
        </div>
      </header>

      <form onSubmit={(e) => void save(e)} aria-labelledby="welcome-setup">
        <h2 id="welcome-setup">{t('welcome.setupHeading')}</h2>
        <div className="row">
          <label className="field">
            <span>{t('welcome.language')}</span>
            <select name="language" value={choices.language} onChange={(e) => edit({ language: e.target.value as Settings['language'] })}>
              <option value="auto">{t('welcome.languageAuto')}</option>
              {(Object.keys(LANGUAGE_AUTONYMS) as UiLanguage[]).map((code) => (
                <option key={code} value={code} lang={code === 'zh_CN' ? 'zh-CN' : code}>
                  {LANGUAGE_AUTONYMS[code]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('welcome.name')}</span>
            <input name="assistantName" value={choices.assistantName} maxLength={100} autoComplete="name" onChange={(e) => edit({ assistantName: e.target.value })} />
            <small className="muted">{t('welcome.nameHelp')}</small>
          </label>
        </div>

        <fieldset>
          <legend>{t('welcome.marketplaces')}</legend>
          <p className="muted">{t('welcome.marketplacesHelp')}</p>
          <div className="markets">
            {MARKETPLACES.map((code) => (
              <label key={code} title={marketplaceName(code, uiLanguage)}>
                <input type="checkbox" name="marketplace" value={code} checked={choices.marketplaces.includes(code)} onChange={(e) => toggleMarketplace(code, e.target.checked)} />
                <b>{code}</b> <span className="muted">{marketplaceName(code, uiLanguage)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('welcome.owners')}</legend>
          <div className="row">
            <label className="field">
              <span>{t('welcome.ownersHelp')}</span>
              <textarea name="owners" rows={4} value={choices.ownersText} onChange={(e) => edit({ ownersText: e.target.value })} />
            </label>
            <div className="owners-default">
              {CATEGORIES.map((category: Category) => (
                <label key={category} className="field">
                  <span>{t('welcome.defaultOwner', { category: t(`category.${category}` as MessageKey) })}</span>
                  <select name={`default-owner-${category}`} value={choices.defaultOwner[category]} onChange={(e) => edit({ defaultOwner: { ...choices.defaultOwner, [category]: e.target.value } })}>
                    <option value="">{t('welcome.nobody')}</option>
                    {[...new Set([...owners, choices.defaultOwner[category]])].filter(Boolean).map((owner) => (
                      <option key={owner} value={owner}>
                        {owner}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </div>
        </fieldset>

        <div className="actions">
          <button type="submit" disabled={state.kind === 'saving'} data-sol-welcome-save="">
            {state.kind === 'saving' ? t('welcome.saving') : t('welcome.save')}
          </button>
          {state.kind === 'saved' ? (
            <span role="status" className="ok" data-sol-welcome-status="saved">
              {t('welcome.saved')}
            </span>
          ) : null}
          {state.kind === 'error' ? (
            <div role="alert" className="error" data-sol-welcome-status="error">
              {t('welcome.notSaved')}
              <ul>
                {state.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="welcome-tour" data-sol-welcome-tour="">
        <h2 id="welcome-tour">{t('welcome.tourHeading')}</h2>
        <ol className="tour">
          {TOUR.map((step, index) => (
            <li key={step.title}>
              <h3>{t(step.title)}</h3>
              <p>{t(step.body)}</p>
              {index === 1 ? (
                <p className="legend">
                  {(['ok', 'warn', 'breach'] as const).map((level) => (
                    <span key={level}>
                      <span className={`badge ${level}`} aria-hidden="true">
                        {level === 'ok' ? '✓' : level === 'warn' ? '!' : '✕'}
                      </span>{' '}
                      {t(`level.${level}`)}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        <p>
          <a className="button" href="/dashboard.html">
            {t('welcome.openDashboard')}
          </a>
        </p>
      </section>
    </main>
  );
}
