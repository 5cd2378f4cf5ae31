/**
 * Every label the adapters recognise, in every UI language in one place: English, 中文, Deutsch,
 * 日本語, Français, Italiano, Español. Adapters anchor on stable attributes first (ids, `data-*`,
 * `col-id`, `data-testid`) and on these labels second. Comparison is done after `normalizeLabel`
 * (lower case, accents and repeated spaces removed), so write labels as the page shows them.
 */
import { normalizeLabel } from './marketplaces';

export const LANGS = ['en', 'zh', 'de', 'ja', 'fr', 'it', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export type LabelSet = { [L in Lang]?: readonly string[] } & { en: readonly string[] };

/** Dashes, colons and quotes in their many forms compare as one. */
function foldLabel(text: string): string {
  return normalizeLabel(text)
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[：]/g, ':')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*([:()-])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/**
 * How well `text` matches one of the set's labels: 2 exact, 1 the label followed by a qualifier
 * (" - Total", " (30 days)", ": ..."), 0 no match. A label never matches inside a longer word run,
 * so "Page Views" does not match "Page Views Percentage - Total".
 */
export function labelScore(text: string, set: LabelSet): 0 | 1 | 2 {
  const folded = foldLabel(text);
  if (!folded) return 0;
  let best: 0 | 1 | 2 = 0;
  for (const lang of LANGS) {
    for (const label of set[lang] ?? []) {
      const l = foldLabel(label);
      if (folded === l) return 2;
      if (folded.startsWith(l + ' ') && /^ [-:(]/.test(folded.slice(l.length))) best = 1;
      // CJK labels have no spaces before their qualifiers: "订单缺陷率（60天）".
      if (/[\u3000-\u9fff]$/.test(l) && folded.startsWith(l) && /^ ?[-:(]/.test(folded.slice(l.length))) best = 1;
    }
  }
  return best;
}

/** The key of the best-matching label set, or undefined when none or two equally good ones match. */
export function findLabel<K extends string>(text: string, sets: Readonly<Record<K, LabelSet>>): K | undefined {
  let bestKey: K | undefined;
  let bestScore = 0;
  let tie = false;
  for (const key of Object.keys(sets) as K[]) {
    const score = labelScore(text, sets[key]);
    if (score > bestScore) {
      bestKey = key;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : bestKey;
}

// ---------------------------------------------------------------------------------------------
// account-health (lib/pages/account-health.ts)
// ---------------------------------------------------------------------------------------------
export const ACCOUNT_HEALTH_LABELS = {} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// inventory (lib/pages/inventory.ts)
// ---------------------------------------------------------------------------------------------
export const INVENTORY_LABELS = {} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// inventory-performance (lib/pages/inventory-performance.ts)
// ---------------------------------------------------------------------------------------------
export const INVENTORY_PERFORMANCE_LABELS = {} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// business-reports (lib/pages/business-reports.ts)
// ---------------------------------------------------------------------------------------------
export const BUSINESS_REPORTS_LABELS = {} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// feedback (lib/pages/feedback.ts)
// ---------------------------------------------------------------------------------------------
export const FEEDBACK_LABELS = {} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// ads-campaigns (lib/pages/ads-campaigns.ts)
// ---------------------------------------------------------------------------------------------
export const ADS_LABELS = {} satisfies Record<string, LabelSet>;
