/**
 * What the first-run page asks (language, name, marketplaces, owners) and how the answers become
 * settings. Pure, so it is tested without a browser; saving goes through lib/store/settings-store.
 * Relative imports: `npm start`'s tour (scripts/samples.ts) loads this outside WXT's `@/` alias.
 */
import type { UiLanguage } from '../../lib/i18n';
import type { Marketplace } from '../../lib/read/marketplaces';
import { CATEGORIES, type Category } from '../../lib/store/schema';
import type { Settings } from '../../lib/store/settings';

export interface FirstRunChoices {
  language: Settings['language'];
  assistantName: string;
  marketplaces: Marketplace[];
  /** One owner per line, as typed. */
  ownersText: string;
  defaultOwner: Record<Category, string>;
}

export function choicesOf(settings: Settings): FirstRunChoices {
  return {
    language: settings.language,
    assistantName: settings.assistantName,
    marketplaces: [...settings.marketplaces],
    ownersText: settings.owners.join('\n'),
    defaultOwner: Object.fromEntries(CATEGORIES.map((c) => [c, settings.defaultOwner[c] ?? ''])) as Record<Category, string>,
  };
}

/** The owners typed one per line, trimmed, each once, with the assistant's own name first when it is missing. */
export function ownersOf(choices: Pick<FirstRunChoices, 'ownersText' | 'assistantName'>): string[] {
  const typed = choices.ownersText.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const name = choices.assistantName.trim();
  return [...new Set(name && !typed.includes(name) ? [name, ...typed] : typed)];
}

/** The settings to save: the stored ones with the first-run answers applied (validated by saveSettings). */
export function settingsWithChoices(settings: Settings, choices: FirstRunChoices): Settings {
  return {
    ...settings,
    language: choices.language,
    assistantName: choices.assistantName.trim(),
    marketplaces: choices.marketplaces,
    owners: ownersOf(choices),
    defaultOwner: { ...settings.defaultOwner, ...choices.defaultOwner },
  };
}

/** Amazon says UK where the ISO region is GB. */
const REGION_OF_MARKETPLACE: Partial<Record<Marketplace, string>> = { UK: 'GB' };

/** The marketplace's country in the UI language ("Germany", "德国"); the code itself if the browser cannot name it. */
export function marketplaceName(code: Marketplace, language: UiLanguage): string {
  try {
    const names = new Intl.DisplayNames([language === 'zh_CN' ? 'zh-CN' : 'en'], { type: 'region' });
    return names.of(REGION_OF_MARKETPLACE[code] ?? code) ?? code;
  } catch {
    return code;
  }
}
