/**
 * Every label the adapters recognise, in every UI language in one place: English, 中文, Deutsch,
 * 日本語, Français, Italiano, Español, 한국어, العربية, Português, Türkçe, Nederlands, Polski, Svenska.
 * Adapters anchor on stable attributes first (ids, `data-*`, `col-id`, `data-testid`) and on these
 * labels second. Write labels as the page shows them: comparison is done after `foldLabel` (width, case,
 * accents, dashes, brackets, direction marks, info icons and "Learn more" help text do not count).
 *
 * A label is found in three tiers, each used only when the one before finds no metric at all:
 * 1. the phrases of a set (exactly, or followed by a qualifier such as " - Total" or " (30 days)");
 * 2. the set's `words`: the words that identify the metric in each language, so that a reworded label
 *    ("Rückbelastungsanträge" for "Rückbuchungsanträge") is still found; accepted only when exactly
 *    one metric's words fit and none of its excluded words (or a B2B marker) is present, because a
 *    wrong value is worse than a missing one;
 * 3. the labels the assistant taught for the page (lib/read/pages/types.ts `TaughtLabel`).
 */
import { labelKey as baseLabelKey } from './label-key';
import { normalizeLabel } from './marketplaces';

export const LANGS = ['en', 'zh', 'de', 'ja', 'fr', 'it', 'es', 'ko', 'ar', 'pt', 'tr', 'nl', 'pl', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The words that identify a metric, per language. Each rule is groups joined by ` + `, every group
 * required, its alternatives separated by `|`: `'buy box|featured offer + percent|%'`. A Latin-script
 * word must start a word (`rate` does not fit "separate"); a leading `*` lets it sit inside a compound
 * (`*mängel` fits "Auftragsmängelquote"). Words in other scripts fit anywhere. `not` lists words in any
 * language whose presence means another figure (a count beside a percentage, a threshold beside a score).
 */
export type LabelWords = { [L in Lang]?: readonly string[] } & { not?: readonly string[] };
export type LabelSet = { [L in Lang]?: readonly string[] } & { en: readonly string[]; words?: LabelWords };

/** A taught label as the matcher needs it (lib/read/pages/types.ts `TaughtLabel`). */
export interface TaughtWord {
  label: string;
  metric: string;
}

/** Marks of a column or label that is about business customers only: never the metric we read. */
const EXCLUDED_EVERYWHERE = ['b2b'];

/** Bidi controls right-to-left pages put around words and signs. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
/** Info-icon glyphs drawn inside a label (before NFKC, which would turn ⓘ into a letter). */
const INFO_ICONS = /[ⓘℹ🛈]\ufe0f?/gu;
/** Help links and tooltips some pages draw inside the label ("Order Defect Rate Learn more"). */
const HELP_TEXTS = [
  'learn more', "what's this?", 'what is this?', 'more info', 'more information',
  '了解更多', '了解详情', '详细了解', '了解更多信息', '详细信息',
  'mehr erfahren', 'weitere informationen',
  '詳細はこちら', '詳細を見る', '詳しくはこちら',
  'en savoir plus', 'plus d\'informations',
  'ulteriori informazioni', 'scopri di più', 'maggiori informazioni',
  'más información', 'obtener más información', 'saber más',
  '자세히 알아보기', '자세히 보기', '더 알아보기',
  'معرفة المزيد', 'اعرف المزيد', 'مزيد من المعلومات',
  'saiba mais', 'mais informações',
  'daha fazla bilgi', 'daha fazla bilgi edinin',
  'meer informatie', 'meer info', 'lees meer',
  'dowiedz się więcej', 'więcej informacji',
  'läs mer', 'mer information',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let helpTail_: RegExp | undefined;
/**
 * Help text only as the label's tail: "Learn more about ODR" at the start is a sentence, kept. Longest
 * first, so "daha fazla bilgi edinin" is cut whole. Built on first use rather than at the reader's top
 * level, which every page pays for as it loads.
 */
function helpTail(): RegExp {
  if (helpTail_) return helpTail_;
  const texts = HELP_TEXTS.map((t) => t.normalize('NFKC').toLowerCase()).sort((a, b) => b.length - a.length);
  return (helpTail_ = new RegExp(`[\\s(（\\[|·•-]*(?:${texts.map(escapeRegExp).join('|')})[\\s)）\\].:：>›»]*$`, 'iu'));
}

/**
 * The label as a person reads it: without direction marks, info icons and help text, spaces single.
 * Case and accents are kept: this is what the diagnostic shows and the assistant teaches.
 */
export function cleanLabel(text: string): string {
  const out = text.replace(INFO_ICONS, ' ').normalize('NFKC').replace(DIRECTION_MARKS, '');
  const help = helpTail().exec(out);
  const kept = help && help.index > 0 ? out.slice(0, help.index) : out;
  return kept.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\s*[:：]\s*$/, '').trim();
}

/**
 * The key a label is remembered by when the assistant teaches it: the same label however the page
 * writes it (case, accents, width, dashes, direction marks, trailing colon, info icon, help text).
 * It is lib/read/label-key.ts's key of the cleaned label, so a label the diagnostic offers (already
 * cleaned) and the same label read from the page again give one key.
 */
export function labelKey(text: string): string {
  return dotlessI(baseLabelKey(cleanLabel(text)));
}

/** Letters whose upper case does not lower-case back (Turkish ı → I → i, German ß → SS → ss) compare as one. */
function dotlessI(text: string): string {
  return text.replace(/ı/g, 'i').replace(/ß/g, 'ss');
}

const foldedLabels = new Map<string, string>();
/** Enough for every label and phrase a page and the sets hold; a page that shows more only refolds. */
const FOLDED_LABELS_KEPT = 20_000;

/**
 * Dashes, colons, quotes and brackets in their many forms compare as one. Remembered: every label on a
 * page is compared with every set's phrases, and folding (Unicode normalization) is most of that cost.
 */
function foldLabel(text: string): string {
  let folded = foldedLabels.get(text);
  if (folded === undefined) {
    if (foldedLabels.size >= FOLDED_LABELS_KEPT) foldedLabels.clear();
    foldedLabels.set(text, (folded = foldUncached(text)));
  }
  return folded;
}

function foldUncached(text: string): string {
  return dotlessI(normalizeLabel(cleanLabel(text)))
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[：]/g, ':')
    .replace(/[（［【〔[]/g, '(')
    .replace(/[）］】〕\]]/g, ')')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*([:()-])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/**
 * How well `text` matches one of the set's phrases: 2 exact, 1 the phrase followed by a qualifier
 * (" - Total", " (30 days)", ": ..."), 0 no match. A phrase never matches inside a longer word run,
 * so "Page Views" does not match "Page Views Percentage - Total". The set's `words` are not used
 * here: see `findLabel`.
 */
export function labelScore(text: string, set: LabelSet): 0 | 1 | 2 {
  const folded = foldLabel(text);
  if (!folded) return 0;
  let best: 0 | 1 | 2 = 0;
  for (const lang of LANGS) {
    for (const label of set[lang] ?? []) {
      const l = foldLabel(label);
      if (folded === l) return 2;
      const qualifier = folded.slice(l.length);
      // CJK labels have no spaces before their qualifiers: "订单缺陷率（60天）".
      const qualified = folded.startsWith(l + ' ') ? /^ [-:(]/.test(qualifier) : /[\u3000-\u9fff\uac00-\ud7af]$/.test(l) && folded.startsWith(l) && /^ ?[-:(]/.test(qualifier);
      // A qualifier that names a B2B column, or an excluded neighbour, makes it another figure.
      if (qualified && !excluded(qualifier, set)) best = 1;
    }
  }
  return best;
}

const LATIN_START = /^[a-z0-9]/;

/** Whether one word of a rule is in the folded text (see `LabelWords`). */
function hasWord(folded: string, word: string): boolean {
  const inside = word.startsWith('*');
  const w = foldLabel(inside ? word.slice(1) : word);
  if (!w) return false;
  if (inside || !LATIN_START.test(w)) return folded.includes(w);
  for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) return true;
  }
  return false;
}

function ruleFits(folded: string, rule: string): boolean {
  return rule.split(' + ').every((group) => group.split('|').some((word) => hasWord(folded, word)));
}

/**
 * Labels are short; a sentence that happens to name a metric ("Your Order Defect Rate is below the
 * target of 1%.") is help text, not a label, and is never matched by words.
 */
function labelShaped(folded: string): boolean {
  if (folded.length > 60 || folded.split(' ').length > 9 || /[.!?。！？]$/.test(folded)) return false;
  // A figure in the text ("1,204 excess units") makes it a caption of a figure, not a label; a period
  // in parentheses ("(60 days)") and the 365 of the aged-inventory label are not figures.
  return !/\p{Nd}/u.test(folded.replace(/\([^)]*\)/g, '').replace(/365/g, ''));
}

function excluded(folded: string, set: LabelSet): boolean {
  return [...EXCLUDED_EVERYWHERE, ...(set.words?.not ?? [])].some((w) => hasWord(folded, w));
}

/**
 * Whether the set's words identify `text` (tier 2 of `findLabel`); false for a set without words.
 * Link and button texts ("Reduce excess inventory") are actions, not labels: callers that know an
 * element is one ask `findLabel` with `{ phrasesOnly: true }`.
 */
export function wordsFit(text: string, set: LabelSet): boolean {
  const words = set.words;
  if (!words) return false;
  const folded = foldLabel(text);
  if (!folded || !labelShaped(folded)) return false;
  if (excluded(folded, set)) return false;
  return LANGS.some((lang) => (words[lang] ?? []).some((rule) => ruleFits(folded, rule)));
}

/**
 * The key of the set `text` is the label of, or undefined when none is, or two fit equally well.
 * Phrases first (the best score wins, a tie is none); else the sets' words, when exactly one set's fit;
 * else, only when no built-in word fits any set, a label the assistant taught (`taught`, compared by
 * `labelKey`) for a metric among the sets' keys.
 */
export function findLabel<K extends string>(
  text: string,
  sets: Readonly<Record<K, LabelSet>>,
  taught?: readonly TaughtWord[],
  options?: { phrasesOnly?: boolean },
): K | undefined {
  const keys = Object.keys(sets) as K[];
  let bestKey: K | undefined;
  let bestScore = 0;
  let tie = false;
  for (const key of keys) {
    const score = labelScore(text, sets[key]);
    if (score > bestScore) {
      bestKey = key;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  // A phrase with a qualifier that another metric's words fit ("Order Defect Rate: Negative feedback")
  // names two metrics: neither is read.
  if (options?.phrasesOnly) return bestScore > 0 && !tie ? bestKey : undefined;
  if (bestScore === 1 && keys.some((key) => key !== bestKey && wordsFit(text, sets[key]))) return undefined;
  if (bestScore > 0) return tie ? undefined : bestKey;
  const fitting = keys.filter((key) => wordsFit(text, sets[key]));
  if (fitting.length === 1) return fitting[0];
  if (fitting.length > 1 || !taught?.length) return undefined;
  const key = labelKey(text);
  const metrics = [...new Set(taught.filter((t) => dotlessI(t.label) === key && t.metric in sets).map((t) => t.metric as K))];
  return metrics.length === 1 ? metrics[0] : undefined;
}

/** Phrase sets with the words that identify each metric attached (one table per metric and language). */
/* @__NO_SIDE_EFFECTS__ */
function withWords<T extends Record<string, LabelSet>>(sets: T, words: { [K in keyof T]?: LabelWords }): T {
  const out = { ...sets };
  for (const key of Object.keys(words) as (keyof T)[]) out[key] = { ...sets[key], words: words[key] } as T[keyof T];
  return out;
}

// ---------------------------------------------------------------------------------------------
// account-health (lib/read/pages/account-health.ts)
// ---------------------------------------------------------------------------------------------
/**
 * The words that identify each Account Health metric when its label is reworded (see `LabelWords`).
 * A label naming two metrics ("Order Defect Rate: Negative feedback") fits two and is read as neither.
 */
const ACCOUNT_HEALTH_WORDS = {
  accountHealthRating: {
    en: ['account health + rating|score', 'ahr'],
    zh: ['账户|帐户 + 评级|评分'],
    de: ['*kontozustand|*kontostatus|kontos + *bewertung|*wert'],
    ja: ['アカウント + 健全性|ヘルス + 評価|スコア'],
    fr: ['sante|etat + compte + evaluation|note|score'],
    it: ['stato|salute + account + valutazione|punteggio'],
    es: ['estado|salud + cuenta + calificacion|valoracion|puntuacion'],
    ko: ['계정 + 상태|건전성 + 평가|등급|점수'],
    ar: ['تقييم + حالة|صحة + الحساب'],
    pt: ['integridade|saude + conta + classificacao|avaliacao|pontuacao'],
    tr: ['hesap + durum|sağlı + derecelendir|puan'],
    nl: ['*accountstatus|accountgezondheid + *beoordeling|score'],
    pl: ['ocena + kondycji|stanu + konta'],
    sv: ['*kontohälsa|kontots hälsa + betyg|*betyg'],
  },
  orderDefectRate: {
    en: ['order defect', 'defective order'],
    zh: ['订单缺陷|缺陷订单'],
    de: ['*mängelquote|*mängelrate|bestellmängel|auftragsmängel'],
    ja: ['注文不良|不良注文'],
    fr: ['defaut|defectueu + commande'],
    it: ['difett + ordin'],
    es: ['defect + pedido'],
    ko: ['주문 결함|결함 주문|주문결함'],
    ar: ['عيوب|المعيبة|معيب + الطلب|طلبات'],
    pt: ['defeit + pedido'],
    tr: ['sipariş kusur|kusurlu sipariş'],
    nl: ['*orderdefect|*orderfout', 'defect|fout + order|bestelling'],
    pl: ['wadliw + zamówie'],
    sv: ['defekt + beställning|order'],
    not: ['b2b'],
  },
  negativeFeedbackRate: {
    en: ['negative + feedback|review|rating'],
    zh: ['负面反馈|差评|负面评价'],
    de: ['negativ + *feedback|*bewertung'],
    ja: ['否定的|ネガティブ|低い評価|低評価'],
    fr: ['negati + commentaire|evaluation|avis'],
    it: ['negativ + feedback|valutazion'],
    es: ['negativ + comentario|valoracion|opinion'],
    ko: ['부정적 + 피드백|평가'],
    ar: ['سلبي|السلبية + التعليقات|الملاحظات|تقييمات'],
    pt: ['negativ + feedback|avaliac|comentario'],
    tr: ['olumsuz + geri bildirim|değerlendirme'],
    nl: ['negatie + feedback|beoordeling'],
    pl: ['negatywn + opini|ocen'],
    sv: ['negativ + feedback|omdöme'],
  },
  atozClaimRate: {
    en: ['a-to-z|a to z|atoz|a-z guarantee'],
    zh: ['交易保障|a-to-z'],
    de: ['a-bis-z|a bis z|a-to-z'],
    ja: ['マーケットプレイス保証|a-to-z'],
    fr: ['a a z|a-to-z'],
    it: ['dalla a alla z|a-to-z'],
    es: ['de la a a la z|a-to-z'],
    ko: ['a-to-z|a-z 보증'],
    ar: ['من الألف إلى الياء|a-to-z'],
    pt: ['de a a z|a-to-z'],
    tr: ["a'dan z'ye|a-to-z"],
    nl: ['a-tot-z|a tot z|a-to-z'],
    pl: ['od a do z|a-to-z'],
    sv: ['a-till-ö|a till ö|a-to-z'],
  },
  chargebackRate: {
    en: ['chargeback|charge back|charge-back'],
    zh: ['拒付'],
    de: ['*rückbuchung|*rückbelastung|chargeback'],
    ja: ['チャージバック'],
    fr: ['*retrofactur|chargeback'],
    it: ['riaccredit|storno|chargeback'],
    es: ['devolucion de cargo|contracargo|chargeback'],
    ko: ['지불 거절|지불거절|차지백'],
    ar: ['رد المبالغ|استرداد المبالغ المدفوعة'],
    pt: ['estorno|chargeback'],
    tr: ['ters ibraz|chargeback'],
    nl: ['*terugboeking|chargeback'],
    pl: ['obciąże + zwrotn', 'chargeback'],
    sv: ['*återbetalningskrav|*återdebitering|chargeback'],
  },
  lateShipmentRate: {
    en: ['late + shipment|shipping|dispatch|ship'],
    zh: ['迟发|延迟发货|发货延迟'],
    de: ['*verspät|verspätet'],
    ja: ['出荷遅延|発送遅延|遅延出荷'],
    fr: ['expedition + retard'],
    it: ['spedizion + ritardo'],
    es: ['envio + retraso|tardio|atrasad'],
    ko: ['배송 지연|발송 지연|출고 지연'],
    ar: ['تأخر|المتأخر + الشحن'],
    pt: ['envio|expedicao + atrasad|atraso'],
    tr: ['geç + gönderi|kargo'],
    nl: ['laat|late + verzend|*verzending'],
    pl: ['opóźnion + wysył'],
    sv: ['sen|sena + försändelse|leverans'],
  },
  preFulfillmentCancelRate: {
    en: ['cancel'],
    zh: ['取消'],
    de: ['*storn'],
    ja: ['キャンセル'],
    fr: ['annulation'],
    it: ['cancellazion'],
    es: ['cancelacion'],
    ko: ['취소'],
    ar: ['الإلغاء|إلغاء'],
    pt: ['cancelamento'],
    tr: ['iptal'],
    nl: ['*annulering'],
    pl: ['anulowa'],
    sv: ['*annullering|avbokning'],
  },
  validTrackingRate: {
    en: ['tracking|trackable'],
    zh: ['追踪|跟踪'],
    de: ['*sendungsverfolgung|*tracking'],
    ja: ['追跡'],
    fr: ['suivi'],
    it: ['tracciabil|tracking'],
    es: ['seguimiento'],
    ko: ['추적'],
    ar: ['التتبع|تتبع'],
    pt: ['rastreamento|rastreio'],
    tr: ['takip'],
    nl: ['tracking|*traceer'],
    pl: ['śledzeni'],
    sv: ['*spårning'],
  },
  onTimeDeliveryRate: {
    en: ['on-time|on time|punctual + deliver'],
    zh: ['准时'],
    de: ['pünktlich'],
    ja: ['時間通り|予定どおり|配送時間遵守'],
    fr: ['livraison + delai|a temps'],
    it: ['consegn + puntual'],
    es: ['entrega + a tiempo|puntual'],
    ko: ['정시'],
    ar: ['التسليم|توصيل + الوقت|موعد'],
    pt: ['entrega + prazo|no tempo'],
    tr: ['zamanında + teslim'],
    nl: ['op tijd|tijdig + lever|bezorg'],
    pl: ['dostaw + na czas|terminow'],
    sv: ['leverans + i tid'],
  },
} satisfies Record<string, LabelWords>;

/**
 * Account Health: the metric rows (old server-rendered page and the newer React/kat one), and the
 * "Seller Fulfilled" column header, which says which of two figures in an ODR row is the seller's.
 * Policy Compliance rows are deliberately absent: their counts are not metrics.
 */
export const ACCOUNT_HEALTH_LABELS = withWords({
  accountHealthRating: {
    en: ['Account Health Rating', 'Account Health Rating (AHR)', 'AHR'],
    zh: ['账户状况评级', '帐户状况评级', '账户健康评级', '账户状况评分'],
    de: ['Kontozustandsbewertung', 'Bewertung des Kontozustands', 'Kontostatus-Bewertung', 'Kontozustand-Bewertung'],
    ja: ['アカウント健全性評価', 'アカウントヘルス評価', 'アカウント健全性スコア'],
    fr: ['Évaluation de la santé du compte', "Évaluation de l'état du compte", 'Note de santé du compte'],
    it: ["Valutazione dello stato dell'account", "Valutazione della salute dell'account", "Punteggio dello stato dell'account"],
    es: ['Calificación del estado de la cuenta', 'Valoración del estado de la cuenta', 'Puntuación del estado de la cuenta'],
    ko: ['계정 상태 평가', '계정 상태 등급', '계정 건전성 평가'],
    ar: ['تقييم حالة الحساب', 'تقييم صحة الحساب'],
    pt: ['Classificação de integridade da conta', 'Avaliação da integridade da conta', 'Classificação da saúde da conta'],
    tr: ['Hesap Durumu Derecelendirmesi', 'Hesap Sağlığı Derecelendirmesi', 'Hesap Durumu Puanı'],
    nl: ['Beoordeling accountstatus', 'Accountstatusbeoordeling', 'Beoordeling van de accountstatus'],
    pl: ['Ocena kondycji konta', 'Ocena stanu konta'],
    sv: ['Betyg för kontohälsa', 'Kontohälsobetyg'],
  },
  orderDefectRate: {
    en: ['Order Defect Rate', 'Order Defect Rate (ODR)'],
    zh: ['订单缺陷率'],
    de: ['Auftragsmängelquote', 'Bestellmängelquote', 'Rate der Bestellmängel'],
    ja: ['注文不良率'],
    fr: ['Taux de défauts de commande', 'Taux de commandes défectueuses'],
    it: ['Percentuale di ordini difettosi', 'Tasso di difettosità degli ordini'],
    es: ['Tasa de defectos en pedidos', 'Tasa de pedidos defectuosos'],
    ko: ['주문 결함률'],
    ar: ['معدل العيوب في الطلبات', 'معدل عيوب الطلبات', 'معدل الطلبات المعيبة'],
    pt: ['Taxa de defeitos em pedidos', 'Taxa de pedidos com defeito'],
    tr: ['Sipariş Kusur Oranı', 'Kusurlu Sipariş Oranı'],
    nl: ['Percentage orderfouten', 'Percentage orderdefecten', 'Percentage bestellingen met defecten'],
    pl: ['Wskaźnik wadliwych zamówień'],
    sv: ['Andel defekta beställningar', 'Andel defekta ordrar'],
  },
  negativeFeedbackRate: {
    en: ['Negative feedback', 'Negative feedback rate'],
    zh: ['负面反馈', '负面反馈率', '差评率'],
    de: ['Negatives Feedback', 'Negative Bewertungen', 'Negative Verkäuferbewertungen', 'Negative Kundenbewertungen'],
    ja: ['否定的なフィードバック', 'ネガティブフィードバック', '否定的な評価', '低い評価'],
    fr: ['Commentaires négatifs', 'Évaluations négatives'],
    it: ['Feedback negativi', 'Feedback negativo'],
    es: ['Comentarios negativos', 'Valoraciones negativas'],
    ko: ['부정적인 피드백', '부정적 피드백'],
    ar: ['التعليقات السلبية', 'الملاحظات السلبية'],
    pt: ['Feedback negativo', 'Avaliações negativas'],
    tr: ['Olumsuz geri bildirim', 'Olumsuz geri bildirimler'],
    nl: ['Negatieve feedback'],
    pl: ['Negatywne opinie', 'Negatywne oceny'],
    sv: ['Negativ feedback', 'Negativa omdömen'],
  },
  atozClaimRate: {
    en: ['A-to-z Guarantee claims', 'A-to-z Guarantee claim rate', 'A-to-z claims'],
    zh: ['亚马逊商城交易保障索赔', '亚马逊商城交易保障索赔率', 'A-to-z 索赔'],
    de: ['A-bis-z-Garantieanträge', 'Anträge auf A-bis-z-Garantie', 'A-bis-z-Garantie-Anträge'],
    ja: ['Amazonマーケットプレイス保証申請', 'マーケットプレイス保証申請', 'Amazon マーケットプレイス保証申請'],
    fr: ['Réclamations au titre de la garantie A à Z', 'Réclamations Garantie A à Z'],
    it: ['Reclami dalla Garanzia dalla A alla Z', 'Reclami Garanzia dalla A alla Z'],
    es: ['Reclamaciones de la Garantía de la A a la Z', 'Reclamaciones de Garantía de la A a la Z'],
    ko: ['A-to-z 보증 클레임', 'A-to-z 보증 요청'],
    ar: ['مطالبات ضمان من الألف إلى الياء', 'مطالبات ضمان A-to-z'],
    pt: ['Reclamações da Garantia de A a Z', 'Solicitações de garantia de A a Z'],
    tr: ["A'dan Z'ye Garanti talepleri", "A'dan Z'ye Garanti Talepleri"],
    nl: ['Claims onder de A-tot-Z-garantie', 'A-tot-Z-garantieclaims'],
    pl: ['Roszczenia z tytułu gwarancji od A do Z', 'Roszczenia z gwarancji od A do Z'],
    sv: ['Anspråk enligt A-till-Ö-garantin', 'A-till-Ö-garantianspråk'],
  },
  chargebackRate: {
    en: ['Chargeback claims', 'Chargeback rate', 'Chargebacks'],
    zh: ['信用卡拒付索赔', '信用卡拒付', '拒付索赔'],
    de: ['Rückbuchungsanträge', 'Rückbuchungen', 'Rückbuchungsforderungen'],
    ja: ['チャージバック申請', 'チャージバック'],
    fr: ['Demandes de rétrofacturation', 'Rétrofacturations'],
    it: ['Richieste di riaccredito', 'Riaccrediti'],
    es: ['Reclamaciones de devolución de cargo', 'Devoluciones de cargo', 'Contracargos'],
    ko: ['지불 거절 클레임', '지불 거절'],
    ar: ['مطالبات رد المبالغ المدفوعة', 'رد المبالغ المدفوعة'],
    pt: ['Solicitações de estorno', 'Estornos'],
    tr: ['Ters ibraz talepleri', 'Ters ibrazlar'],
    nl: ['Terugboekingsclaims', 'Terugboekingen'],
    pl: ['Roszczenia dotyczące obciążeń zwrotnych', 'Obciążenia zwrotne'],
    sv: ['Återbetalningskrav', 'Chargeback-anspråk'],
  },
  lateShipmentRate: {
    en: ['Late Shipment Rate'],
    zh: ['迟发率', '延迟发货率'],
    de: ['Verspätungsrate', 'Quote verspäteter Lieferungen', 'Rate verspäteter Versendungen'],
    ja: ['出荷遅延率'],
    fr: ["Taux d'expédition en retard", "Taux d'expéditions en retard"],
    it: ['Percentuale di spedizioni in ritardo', 'Tasso di spedizioni in ritardo'],
    es: ['Tasa de envíos con retraso', 'Tasa de envío tardío', 'Tasa de envíos tardíos'],
    ko: ['배송 지연율', '발송 지연율'],
    ar: ['معدل تأخر الشحن', 'معدل الشحن المتأخر'],
    pt: ['Taxa de envio atrasado', 'Taxa de envios atrasados'],
    tr: ['Geç Gönderim Oranı', 'Geç Kargolama Oranı'],
    nl: ['Percentage te late verzendingen', 'Percentage late verzendingen'],
    pl: ['Wskaźnik opóźnionych wysyłek'],
    sv: ['Andel sena försändelser', 'Andel sena leveranser'],
  },
  preFulfillmentCancelRate: {
    en: ['Pre-fulfillment Cancel Rate', 'Pre-fulfilment Cancel Rate', 'Cancellation Rate'],
    zh: ['配送前取消率', '取消率'],
    de: ['Stornierungsrate vor Versand', 'Stornierungsrate vor der Auftragsabwicklung', 'Stornoquote vor Auftragsabwicklung', 'Stornierungsrate'],
    ja: ['出荷前キャンセル率', 'キャンセル率'],
    fr: ["Taux d'annulation avant expédition", "Taux d'annulation avant traitement", "Taux d'annulation"],
    it: ["Percentuale di cancellazioni prima dell'evasione", "Tasso di cancellazione prima dell'evasione", 'Percentuale di cancellazione'],
    es: ['Tasa de cancelaciones previas al envío', 'Tasa de cancelación previa al envío', 'Tasa de cancelación'],
    ko: ['주문 처리 전 취소율', '취소율'],
    ar: ['معدل الإلغاء قبل التنفيذ', 'معدل الإلغاء'],
    pt: ['Taxa de cancelamento antes do envio', 'Taxa de cancelamento pré-atendimento', 'Taxa de cancelamento'],
    tr: ['Sipariş Karşılama Öncesi İptal Oranı', 'İptal Oranı'],
    nl: ['Annuleringspercentage vóór verwerking', 'Annuleringspercentage'],
    pl: ['Wskaźnik anulowań przed realizacją', 'Wskaźnik anulowań'],
    sv: ['Andel avbokningar före leverans', 'Annulleringsgrad före leverans', 'Annulleringsgrad'],
  },
  validTrackingRate: {
    en: ['Valid Tracking Rate'],
    zh: ['有效追踪率', '有效跟踪率'],
    de: ['Rate gültiger Sendungsverfolgungsnummern', 'Gültige Sendungsverfolgungsrate', 'Quote gültiger Trackingnummern'],
    ja: ['有効な追跡率', '追跡可能率'],
    fr: ['Taux de suivi valide', 'Taux de numéros de suivi valides'],
    it: ['Percentuale di tracciabilità valida', 'Tasso di tracciabilità valida'],
    es: ['Tasa de seguimiento válido', 'Tasa de seguimiento válida'],
    ko: ['유효 추적률', '유효한 추적률'],
    ar: ['معدل التتبع الصالح'],
    pt: ['Taxa de rastreamento válido', 'Taxa de rastreamento válida'],
    tr: ['Geçerli Takip Oranı'],
    nl: ['Percentage geldige tracking', 'Percentage geldige trackingnummers'],
    pl: ['Wskaźnik prawidłowego śledzenia'],
    sv: ['Andel giltig spårning', 'Giltig spårningsfrekvens'],
  },
  onTimeDeliveryRate: {
    en: ['On-Time Delivery Rate'],
    zh: ['准时交货率', '准时送达率'],
    de: ['Rate pünktlicher Lieferungen', 'Pünktliche Lieferrate', 'Pünktlichkeitsrate'],
    ja: ['時間通りの配達率', '予定どおりの配達率', '配送時間遵守率'],
    fr: ['Taux de livraison dans les délais', 'Taux de livraison à temps'],
    it: ['Percentuale di consegne puntuali', 'Tasso di consegna puntuale'],
    es: ['Tasa de entregas a tiempo', 'Tasa de entrega a tiempo'],
    ko: ['정시 배송률', '정시 배달률'],
    ar: ['معدل التسليم في الوقت المحدد'],
    pt: ['Taxa de entrega no prazo', 'Taxa de entregas no prazo'],
    tr: ['Zamanında Teslimat Oranı'],
    nl: ['Percentage tijdige leveringen', 'Percentage leveringen op tijd'],
    pl: ['Wskaźnik dostaw na czas', 'Wskaźnik terminowych dostaw'],
    sv: ['Andel leveranser i tid', 'Leverans i tid'],
  },
  sellerFulfilledColumn: {
    en: ['Seller Fulfilled', 'Seller-fulfilled'],
    zh: ['卖家自配送'],
    de: ['Versand durch Verkäufer', 'Verkäuferversand'],
    ja: ['出品者出荷'],
    fr: ['Expédié par le vendeur', 'Expédition par le vendeur'],
    it: ['Spedito dal venditore', 'Gestito dal venditore'],
    es: ['Enviado por el vendedor', 'Gestionado por el vendedor'],
    ko: ['판매자 배송'],
    ar: ['مُنفذة من قِبل البائع', 'شحن البائع'],
    pt: ['Enviado pelo vendedor', 'Atendido pelo vendedor'],
    tr: ['Satıcı Tarafından Gönderilen', 'Satıcı gönderimli'],
    nl: ['Verzonden door verkoper', 'Verzending door verkoper'],
    pl: ['Realizowane przez sprzedawcę', 'Wysyłka przez sprzedawcę'],
    sv: ['Levereras av säljaren', 'Säljarleverans'],
  },
} satisfies Record<string, LabelSet>, ACCOUNT_HEALTH_WORDS);

// ---------------------------------------------------------------------------------------------
// inventory (lib/read/pages/inventory.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Manage All Inventory: the labels of the label/value pairs in each row, and of the price input.
 * Only the three stock figures, the SKU pair (for rows without a `data-sku` attribute) and the
 * price input's label are needed; other pairs (ASIN, FNSKU) are ignored.
 */
export const INVENTORY_LABELS = {
  available: {
    en: ['Available', 'Available quantity', 'Fulfillable'],
    zh: ['可售', '可售数量', '可用', '可用数量', '可售库存'],
    de: ['Verfügbar', 'Verfügbare Menge', 'Verkaufsbereit'],
    ja: ['販売可能', '在庫あり', '出荷可能', '販売可能数'],
    fr: ['Disponible', 'Quantité disponible', 'Expédiable'],
    it: ['Disponibile', 'Disponibili', 'Quantità disponibile'],
    es: ['Disponible', 'Disponibles', 'Cantidad disponible'],
    ko: ['판매 가능', '판매 가능 수량'],
    ar: ['متاح', 'الكمية المتاحة'],
    pt: ['Disponível', 'Quantidade disponível'],
    tr: ['Mevcut', 'Kullanılabilir', 'Mevcut miktar'],
    nl: ['Beschikbaar', 'Beschikbare hoeveelheid'],
    pl: ['Dostępne', 'Dostępna ilość'],
    sv: ['Tillgängligt', 'Tillgänglig kvantitet'],
  },
  inbound: {
    en: ['Inbound'],
    zh: ['入库', '入库中', '在途', '即将入库', '入库数量'],
    de: ['Eingehend', 'Im Zulauf', 'Unterwegs', 'Eingehende Lieferung'],
    ja: ['入荷予定', '納品中', '入荷中', '輸送中'],
    fr: ['Entrant', 'En transit', 'En cours d\'acheminement', 'Arrivage'],
    it: ['In entrata', 'In arrivo', 'In transito'],
    es: ['Entrante', 'En camino', 'En tránsito', 'Entrantes'],
    ko: ['입고 중', '입고 예정'],
    ar: ['واردة', 'الوارد'],
    pt: ['Em trânsito', 'Entrada'],
    tr: ['Gelen', 'Yolda'],
    nl: ['Inkomend', 'Onderweg'],
    pl: ['Przychodzące', 'W drodze'],
    sv: ['Inkommande', 'På väg'],
  },
  reserved: {
    en: ['Reserved'],
    zh: ['预留', '已预留', '预留库存', '预留数量'],
    de: ['Reserviert', 'Reservierte Menge'],
    ja: ['予約済み', '保留中', '予約済'],
    fr: ['Réservé', 'Réservés', 'Réservée'],
    it: ['Riservato', 'Riservati', 'Riservata', 'Prenotato'],
    es: ['Reservado', 'Reservados', 'Reservada'],
    ko: ['예약됨', '예약 수량'],
    ar: ['محجوز', 'محجوزة'],
    pt: ['Reservado', 'Reservados'],
    tr: ['Ayrılmış', 'Rezerve'],
    nl: ['Gereserveerd'],
    pl: ['Zarezerwowane'],
    sv: ['Reserverat', 'Reserverade'],
  },
  sku: {
    en: ['SKU', 'Seller SKU', 'Merchant SKU'],
    zh: ['SKU', '卖家 SKU', '卖家SKU'],
    de: ['SKU', 'Händler-SKU', 'Verkäufer-SKU'],
    ja: ['SKU', '出品者SKU'],
    fr: ['SKU', 'SKU vendeur'],
    it: ['SKU', 'SKU venditore'],
    es: ['SKU', 'SKU del vendedor'],
    ko: ['SKU', '판매자 SKU'],
    ar: ['SKU', 'SKU البائع'],
    pt: ['SKU', 'SKU do vendedor'],
    tr: ['SKU', 'Satıcı SKU'],
    nl: ['SKU', 'SKU van verkoper'],
    pl: ['SKU', 'SKU sprzedawcy'],
    sv: ['SKU', 'Säljar-SKU'],
  },
  price: {
    en: ['Price', 'Your price'],
    zh: ['价格', '您的价格'],
    de: ['Preis', 'Ihr Preis'],
    ja: ['価格', '出品価格', 'あなたの価格'],
    fr: ['Prix', 'Votre prix'],
    it: ['Prezzo', 'Il tuo prezzo'],
    es: ['Precio', 'Tu precio', 'Su precio'],
    ko: ['가격', '내 가격'],
    ar: ['السعر', 'سعرك'],
    pt: ['Preço', 'Seu preço'],
    tr: ['Fiyat', 'Fiyatınız'],
    nl: ['Prijs', 'Uw prijs'],
    pl: ['Cena', 'Twoja cena'],
    sv: ['Pris', 'Ditt pris'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// inventory-performance (lib/read/pages/inventory-performance.ts)
// ---------------------------------------------------------------------------------------------
/**
 * The words that identify each Inventory Performance card heading when it is reworded. A threshold
 * or target beside the score is not the score; the age table's "Over 365 days" row names no units or
 * inventory and is not the aged-inventory card.
 */
const INVENTORY_PERFORMANCE_WORDS = {
  ipiScore: {
    en: ['ipi', 'inventory performance index'],
    zh: ['ipi|库存绩效'],
    de: ['ipi|*leistungsindex'],
    ja: ['ipi|在庫パフォーマンス'],
    fr: ['ipi|indice de performance'],
    it: ['ipi|indice di prestazione|indice di performance'],
    es: ['ipi|indice de rendimiento'],
    ko: ['ipi|재고 성과'],
    ar: ['ipi|مؤشر أداء المخزون'],
    pt: ['ipi|indice de desempenho'],
    tr: ['ipi|envanter performans'],
    nl: ['ipi|*voorraadprestatie'],
    pl: ['ipi|wskaźnik wydajności'],
    sv: ['ipi|*lagerprestanda'],
    not: ['threshold', 'limit', 'target', 'history', '*schwelle', '阈值', '门槛', 'しきい値', '基準', 'seuil', 'soglia', 'umbral', '임계값', 'الحد', 'limite', 'eşik', 'drempel', 'próg', 'progu', 'tröskel', 'gräns'],
  },
  excessInventoryPct: {
    en: ['excess'],
    zh: ['冗余|过剩'],
    de: ['*überschüssig|*überbestand'],
    ja: ['過剰'],
    fr: ['*excedent'],
    it: ['eccesso|eccedenz'],
    es: ['excedente|exceso'],
    ko: ['과잉|초과 재고'],
    ar: ['الفائض|الزائد'],
    pt: ['excesso|excedente'],
    tr: ['fazla'],
    nl: ['overtollig|*overvoorraad|overschot'],
    pl: ['nadmiar|nadmiern|nadwyżk'],
    sv: ['*överskott'],
  },
  sellThroughRate: {
    en: ['sell-through|sell through|sellthrough'],
    zh: ['售出率|动销|售罄率'],
    de: ['*abverkauf'],
    ja: ['販売率|セルスルー'],
    fr: ['ecoulement'],
    it: ['tasso di vendita|sell-through'],
    es: ['tasa de venta|sell-through'],
    ko: ['판매율|셀스루'],
    ar: ['معدل البيع'],
    pt: ['taxa de venda|sell-through'],
    tr: ['satış oranı|satış hızı'],
    nl: ['*doorverkoop|*verkoopsnelheid|sell-through'],
    pl: ['wskaźnik sprzedaży|sell-through'],
    sv: ['*försäljningstakt|*genomförsäljning|sell-through'],
  },
  strandedInventoryPct: {
    en: ['stranded'],
    zh: ['无在售|滞留'],
    de: ['verwaist'],
    ja: ['出品情報のない|停止中の在庫'],
    fr: ['bloque'],
    it: ['bloccat|non vendibil'],
    es: ['bloqueado|sin publicar'],
    ko: ['판매 중단|판매 불가'],
    ar: ['العالق'],
    pt: ['parado|encalhado'],
    tr: ['takılı|askıda'],
    nl: ['vastgelopen|gestrand'],
    pl: ['utknię|zablokowan'],
    sv: ['strandsatt|fastnat'],
  },
  inStockRate: {
    en: ['in-stock|in stock'],
    zh: ['有货|库存充足'],
    de: ['*lieferbarkeit|*verfügbarkeitsrate|auf lager'],
    ja: ['在庫切れ防止|在庫あり率'],
    fr: ['disponibilite|stock disponible'],
    it: ['disponibilita'],
    es: ['disponibilidad|existencias'],
    ko: ['재고 보유|재고율'],
    ar: ['توفر|المتوفر'],
    pt: ['em estoque|disponibilidade'],
    tr: ['stokta|stok oranı'],
    nl: ['op voorraad|*voorraadpercentage'],
    pl: ['dostępnoś'],
    sv: ['i lager|*lagertillgänglighet'],
    not: ['out of stock', 'out-of-stock'],
  },
  agedOver365Pct: {
    en: ['365 + unit|inventory|aged|stock'],
    zh: ['365 + 库龄|商品|库存'],
    de: ['365 + einheit|bestand|lageralter'],
    ja: ['365 + 保管|在庫日数|商品'],
    fr: ['365 + unite|stock|inventaire'],
    it: ['365 + unita|inventario|giacenza'],
    es: ['365 + unidades|inventario'],
    ko: ['365 + 재고|단위|보관'],
    ar: ['365 + الوحدات|المخزون'],
    pt: ['365 + unidades|estoque'],
    tr: ['365 + birim|envanter|stok'],
    nl: ['365 + eenheden|voorraad'],
    pl: ['365 + jednost|zapas'],
    sv: ['365 + enheter|lager'],
  },
} satisfies Record<string, LabelWords>;

/**
 * Inventory Performance dashboard: the card headings of the IPI score and its parts. Not listed on
 * purpose: the age table's "Over 365 days" row (the same figure as the aged-inventory card, and a
 * second candidate if it were a label), "IPI threshold", "out of 1000" and the weekly history.
 */
export const INVENTORY_PERFORMANCE_LABELS = withWords({
  ipiScore: {
    en: ['Inventory Performance Index', 'Inventory Performance Index (IPI)', 'IPI score', 'Your IPI score'],
    zh: ['库存绩效指标', '库存绩效指数', '库存绩效指标 (IPI)', 'IPI 分数'],
    de: ['Inventory Performance Index', 'Bestandsleistungsindex', 'Lagerbestandsleistungsindex', 'IPI-Wert'],
    ja: ['在庫パフォーマンス指標', '在庫パフォーマンス指数', 'IPIスコア'],
    fr: ["Indice de performance de l'inventaire", 'Indice de performance du stock', 'Score IPI'],
    it: ["Indice di prestazione dell'inventario", "Indice di performance dell'inventario", 'Punteggio IPI'],
    es: ['Índice de rendimiento del inventario', 'Puntuación IPI'],
    ko: ['재고 성과 지수', '재고 성과 지수(IPI)', 'IPI 점수'],
    ar: ['مؤشر أداء المخزون', 'نقاط IPI'],
    pt: ['Índice de desempenho do estoque', 'Pontuação IPI'],
    tr: ['Envanter Performans Endeksi', 'IPI puanı'],
    nl: ['Voorraadprestatie-index', 'IPI-score'],
    pl: ['Wskaźnik wydajności zapasów', 'Wynik IPI'],
    sv: ['Lagerprestandaindex', 'IPI-poäng'],
  },
  excessInventoryPct: {
    en: ['Excess inventory', 'Excess inventory percentage'],
    zh: ['冗余库存', '冗余库存百分比', '过剩库存'],
    de: ['Überschüssiger Bestand', 'Überbestand', 'Überschüssiger Lagerbestand'],
    ja: ['過剰在庫', '過剰在庫率'],
    fr: ['Stock excédentaire', 'Inventaire excédentaire'],
    it: ['Inventario in eccesso', 'Eccedenze di inventario'],
    es: ['Inventario excedente', 'Exceso de inventario'],
    ko: ['과잉 재고'],
    ar: ['المخزون الفائض', 'المخزون الزائد'],
    pt: ['Excesso de estoque', 'Estoque excedente'],
    tr: ['Fazla envanter', 'Fazla stok'],
    nl: ['Overtollige voorraad', 'Overvoorraad'],
    pl: ['Nadmierne zapasy', 'Nadwyżka zapasów'],
    sv: ['Överskottslager'],
  },
  sellThroughRate: {
    en: ['Sell-through rate', 'Sell-through'],
    zh: ['售出率', '动销率'],
    de: ['Abverkaufsrate', 'Abverkaufsquote'],
    ja: ['販売率', 'セルスルー率'],
    fr: ["Taux d'écoulement", 'Taux de vente'],
    it: ['Tasso di vendita', 'Percentuale di vendita'],
    es: ['Tasa de venta', 'Tasa de ventas'],
    ko: ['판매율', '셀스루율'],
    ar: ['معدل البيع'],
    pt: ['Taxa de venda', 'Taxa de sell-through'],
    tr: ['Satış oranı', 'Satış hızı'],
    nl: ['Doorverkoopsnelheid', 'Verkoopsnelheid'],
    pl: ['Wskaźnik sprzedaży'],
    sv: ['Försäljningstakt', 'Genomförsäljningsgrad'],
  },
  strandedInventoryPct: {
    en: ['Stranded inventory', 'Stranded inventory percentage'],
    zh: ['无在售信息的库存', '滞留库存'],
    de: ['Verwaister Bestand', 'Verwaister Lagerbestand'],
    ja: ['出品情報のない在庫', '停止中の在庫'],
    fr: ['Stock bloqué', 'Stock en attente'],
    it: ['Inventario bloccato', 'Inventario non vendibile'],
    es: ['Inventario bloqueado', 'Inventario sin publicar'],
    ko: ['판매 중단된 재고', '판매 불가 재고'],
    ar: ['المخزون العالق', 'المخزون غير المعروض'],
    pt: ['Estoque parado', 'Estoque encalhado'],
    tr: ['Takılı kalan envanter', 'Askıda kalan envanter'],
    nl: ['Vastgelopen voorraad', 'Gestrande voorraad'],
    pl: ['Utknięte zapasy', 'Zablokowane zapasy'],
    sv: ['Strandsatt lager', 'Fastnat lager'],
  },
  inStockRate: {
    en: ['In-stock rate', 'In-stock'],
    zh: ['有货率', '库存充足率'],
    de: ['Lieferbarkeitsrate', 'Verfügbarkeitsrate', 'Auf-Lager-Quote'],
    ja: ['在庫切れ防止率', '在庫あり率'],
    fr: ['Taux de disponibilité', 'Taux de stock disponible'],
    it: ['Tasso di disponibilità', 'Percentuale di disponibilità'],
    es: ['Tasa de disponibilidad', 'Tasa de existencias'],
    ko: ['재고 보유율', '재고율'],
    ar: ['معدل توفر المخزون', 'معدل التوفر'],
    pt: ['Taxa em estoque', 'Taxa de disponibilidade'],
    tr: ['Stokta bulunma oranı', 'Stok oranı'],
    nl: ['Percentage op voorraad', 'Voorraadpercentage'],
    pl: ['Wskaźnik dostępności'],
    sv: ['Andel i lager', 'Lagertillgänglighet'],
  },
  agedOver365Pct: {
    en: ['Units aged over 365 days', 'Inventory aged over 365 days', 'Aged inventory over 365 days', 'Units aged 365+ days'],
    zh: ['库龄超过 365 天的商品', '库龄超过 365 天的库存', '库龄超过365天的商品数量'],
    de: ['Einheiten älter als 365 Tage', 'Bestand älter als 365 Tage', 'Einheiten mit einem Lageralter von über 365 Tagen'],
    ja: ['保管期間が365日を超える商品', '在庫日数が365日を超える商品'],
    fr: ['Unités stockées depuis plus de 365 jours', 'Stock de plus de 365 jours'],
    it: ['Unità in giacenza da oltre 365 giorni', 'Inventario in giacenza da oltre 365 giorni'],
    es: ['Unidades con más de 365 días en inventario', 'Inventario con más de 365 días'],
    ko: ['365일 이상 보관된 재고', '365일 초과 보관 단위'],
    ar: ['الوحدات المخزنة لأكثر من 365 يومًا', 'المخزون الأقدم من 365 يومًا'],
    pt: ['Unidades com mais de 365 dias em estoque', 'Estoque com mais de 365 dias'],
    tr: ['365 günden eski birimler', '365 günden eski envanter'],
    nl: ['Eenheden ouder dan 365 dagen', 'Voorraad ouder dan 365 dagen'],
    pl: ['Jednostki starsze niż 365 dni', 'Zapasy starsze niż 365 dni'],
    sv: ['Enheter äldre än 365 dagar', 'Lager äldre än 365 dagar'],
  },
} satisfies Record<string, LabelSet>, INVENTORY_PERFORMANCE_WORDS);

// ---------------------------------------------------------------------------------------------
// business-reports (lib/read/pages/business-reports.ts)
// ---------------------------------------------------------------------------------------------
/**
 * The words that identify a Business Reports column when its header is reworded. The neighbours that
 * share words are excluded by name: a B2B column (everywhere), a percentage beside a count
 * ("Session Percentage"), a mobile or browser split beside the total.
 */
const PERCENT_WORDS = ['percent', '%', 'prozent', 'pourcentage', 'percentuale', 'porcentaje', 'porcentagem', 'yüzde', 'percentage', 'procent', 'andel', '百分比', '率', '비율', 'نسبة'];
const SPLIT_WORDS = ['mobile', 'browser', 'app', 'mobil', 'navigateur', 'navegador', 'モバイル', 'ブラウザ', '移动', '浏览器'];
const TOTAL_WORDS = ['total', 'summe', 'gesamt', 'insgesamt', 'totale', '合計', '总计', '합계', 'toplam', 'totaal', 'łącznie', 'totalt'];
const BUSINESS_REPORTS_WORDS = {
  sessionsTotal: {
    en: ['session + total'], de: ['sitzung + summe|gesamt|insgesamt'], ja: ['セッション + 合計'], zh: ['会话 + 总计|合计'],
    fr: ['session + total'], it: ['session + total'], es: ['sesion + total'], ko: ['세션 + 합계'], pt: ['sess + total'],
    not: [...PERCENT_WORDS, ...SPLIT_WORDS],
  },
  pageViewsTotal: {
    en: ['page view + total'], de: ['seitenaufruf + summe|gesamt|insgesamt'], ja: ['ページビュー + 合計'], zh: ['浏览 + 总计|合计'],
    fr: ['pages vues + total'], it: ['visualizzazion + total'], es: ['paginas vistas|visitas a la pagina + total'], ko: ['페이지 조회 + 합계'],
    not: [...PERCENT_WORDS, ...SPLIT_WORDS],
  },
  sessions: {
    en: ['sessions'],
    not: [...PERCENT_WORDS, ...SPLIT_WORDS, ...TOTAL_WORDS],
  },
  pageViews: {
    en: ['page views|pageviews'],
    not: [...PERCENT_WORDS, ...SPLIT_WORDS, ...TOTAL_WORDS],
  },
  buyBoxPct: {
    en: ['buy box|featured offer'], zh: ['购买按钮|推荐报价'], de: ['buy box|buy-box|empfohlenes angebot'], ja: ['カートボックス|おすすめ出品'],
    fr: ['buy box|offre en vedette|offre vedette'], it: ['buy box|offerta in evidenza'], es: ['buy box|oferta destacada'],
    ko: ['추천 오퍼|바이 박스|buy box'], ar: ['صندوق الشراء|العرض المميز|buy box'], pt: ['buy box|oferta em destaque'],
    tr: ['buy box|öne çıkan teklif'], nl: ['buy box|aanbevolen aanbieding'], pl: ['buy box|polecan + ofert'], sv: ['buy box|utvalt erbjudande'],
  },
  unitSessionPct: {
    en: ['unit + session + percent|rate|%'], zh: ['商品会话|商品数量转化率'], de: ['einheiten + sitzung'], ja: ['ユニットセッション'],
    fr: ['unite + session'], it: ['unita + session'], es: ['unidad + sesion'], ko: ['세션 + 단위|유닛'], pt: ['unidade + sess'],
    not: SPLIT_WORDS,
  },
  unitsOrdered: {
    en: ['units ordered|ordered units'], zh: ['已订购商品数量|订购数量'], de: ['bestellte einheiten'], ja: ['注文された商品点数|注文商品点数|注文点数'],
    fr: ['unites commandees'], it: ['unita ordinate'], es: ['unidades pedidas|unidades ordenadas'], ko: ['주문 수량|주문된 단위'],
    pt: ['unidades pedidas|unidades encomendadas'], tr: ['sipariş edilen birim'], nl: ['bestelde eenheden'], pl: ['zamówione jednostki'], sv: ['beställda enheter'],
    not: [...PERCENT_WORDS, 'sales', 'umsatz', '売上', '销售额'],
  },
  orderedProductSales: {
    en: ['ordered product + sales|revenue'], zh: ['已订购商品销售额|订购商品销售额'], de: ['umsatz + bestellte|bestellter'], ja: ['注文商品 + 売上'],
    fr: ['ventes|chiffre + produits commandes'], it: ['vendite + prodotti ordinati'], es: ['ventas + productos pedidos|productos ordenados'],
    ko: ['주문 + 상품 + 판매액|매출'], pt: ['vendas + produtos pedidos'], tr: ['sipariş edilen ürün + satış'], nl: ['verkoop + bestelde producten'],
    pl: ['sprzedaż + zamówionych'], sv: ['försäljning + beställda'],
  },
} satisfies Record<string, LabelWords>;

/**
 * Detail Page Sales and Traffic By Child Item: column headers, matched EXACTLY (after folding dashes
 * and spaces), because the real report has near-identical neighbours: "Sessions - Total - B2B",
 * "Sessions - Mobile App", "Session Percentage - Total", "Units Ordered - B2B". A plain "Sessions" /
 * "Page Views" header is only used when no "- Total" one is shown (older report layout).
 * Note the 中文 report calls Session Percentage "转化率 - 总计": it is not a conversion rate we read.
 */
export const BUSINESS_REPORTS_LABELS = withWords({
  childAsin: {
    en: ['(Child) ASIN', 'Child ASIN', 'ASIN (Child)'],
    zh: ['（子）ASIN', '子ASIN', '子 ASIN'],
    de: ['(Untergeordnete) ASIN', 'Untergeordnete ASIN', 'ASIN (untergeordnet)'],
    ja: ['（子）ASIN', '子ASIN'],
    fr: ['(Enfant) ASIN', 'ASIN (enfant)', 'ASIN enfant'],
    it: ['(Figlio) ASIN', 'ASIN (figlio)', 'ASIN figlio', 'ASIN (secondario)'],
    es: ['(Secundario) ASIN', 'ASIN (secundario)', 'ASIN secundario', '(Hijo) ASIN', 'ASIN (hijo)'],
    ko: ['(하위) ASIN', '하위 ASIN'],
    ar: ['(الفرعي) ASIN', 'ASIN الفرعي'],
    pt: ['(Filho) ASIN', 'ASIN (filho)', 'ASIN filho'],
    tr: ['(Alt) ASIN', 'Alt ASIN'],
    nl: ['(Onderliggende) ASIN', 'Onderliggende ASIN', 'ASIN (kind)'],
    pl: ['(Podrzędny) ASIN', 'Podrzędny ASIN'],
    sv: ['(Underordnad) ASIN', 'Underordnad ASIN'],
  },
  sessionsTotal: {
    en: ['Sessions - Total'],
    zh: ['会话数 - 总计', '会话次数 - 总计', '会话 - 总计'],
    de: ['Sitzungen - Summe', 'Sitzungen - Gesamt', 'Sitzungen - Insgesamt'],
    ja: ['セッション数 - 合計', 'セッション - 合計'],
    fr: ['Sessions - Total'],
    it: ['Sessioni - Totale', 'Sessioni - Totali'],
    es: ['Sesiones - Total', 'Sesiones - Totales'],
    ko: ['세션 - 합계', '세션 수 - 합계'],
    ar: ['الجلسات - الإجمالي', 'الجلسات - المجموع'],
    pt: ['Sessões - Total'],
    tr: ['Oturumlar - Toplam'],
    nl: ['Sessies - Totaal'],
    pl: ['Sesje - Łącznie', 'Sesje - Suma'],
    sv: ['Sessioner - Totalt'],
  },
  sessions: {
    en: ['Sessions'],
    zh: ['会话数', '会话次数', '买家访问次数'],
    de: ['Sitzungen'],
    ja: ['セッション数', 'セッション'],
    fr: ['Sessions'],
    it: ['Sessioni'],
    es: ['Sesiones'],
    ko: ['세션', '세션 수'],
    ar: ['الجلسات'],
    pt: ['Sessões'],
    tr: ['Oturumlar'],
    nl: ['Sessies'],
    pl: ['Sesje'],
    sv: ['Sessioner'],
  },
  pageViewsTotal: {
    en: ['Page Views - Total'],
    zh: ['页面浏览量 - 总计', '页面浏览次数 - 总计'],
    de: ['Seitenaufrufe - Summe', 'Seitenaufrufe - Gesamt', 'Seitenaufrufe - Insgesamt'],
    ja: ['ページビュー - 合計', 'ページビュー数 - 合計'],
    fr: ['Pages vues - Total', 'Nombre de pages vues - Total'],
    it: ['Visualizzazioni di pagina - Totale', 'Visualizzazioni pagina - Totale'],
    es: ['Páginas vistas - Total', 'Visitas a la página - Total'],
    ko: ['페이지 조회수 - 합계'],
    ar: ['مشاهدات الصفحة - الإجمالي'],
    pt: ['Visualizações de página - Total'],
    tr: ['Sayfa Görüntülemeleri - Toplam'],
    nl: ['Paginaweergaven - Totaal'],
    pl: ['Wyświetlenia strony - Łącznie'],
    sv: ['Sidvisningar - Totalt'],
  },
  pageViews: {
    en: ['Page Views'],
    zh: ['页面浏览量', '页面浏览次数'],
    de: ['Seitenaufrufe'],
    ja: ['ページビュー', 'ページビュー数'],
    fr: ['Pages vues', 'Nombre de pages vues'],
    it: ['Visualizzazioni di pagina', 'Visualizzazioni pagina'],
    es: ['Páginas vistas', 'Visitas a la página'],
    ko: ['페이지 조회수'],
    ar: ['مشاهدات الصفحة'],
    pt: ['Visualizações de página'],
    tr: ['Sayfa Görüntülemeleri'],
    nl: ['Paginaweergaven'],
    pl: ['Wyświetlenia strony'],
    sv: ['Sidvisningar'],
  },
  buyBoxPct: {
    en: ['Featured Offer (Buy Box) Percentage', 'Featured Offer Percentage', 'Buy Box Percentage'],
    zh: ['推荐报价（推荐报价展示位）百分比', '推荐报价（购买按钮）百分比', '推荐报价百分比', '购买按钮百分比', '购买按钮赢得率'],
    de: [
      'Prozentsatz Empfohlenes Angebot (Buy Box)',
      'Prozentsatz für Empfohlenes Angebot (Buy Box)',
      'Empfohlenes Angebot (Buy Box) Prozentsatz',
      'Buy Box-Prozentsatz',
      'Prozentsatz der Buy Box',
    ],
    ja: ['おすすめ出品（おすすめ商品）の獲得率', 'おすすめ出品（カートボックス）の獲得率', 'カートボックス獲得率'],
    fr: ["Pourcentage d'offre en vedette (Buy Box)", "Pourcentage de l'offre vedette (Buy Box)", 'Pourcentage Buy Box', 'Pourcentage de Buy Box'],
    it: ["Percentuale dell'offerta in evidenza (Buy Box)", 'Percentuale di offerta in evidenza (Buy Box)', 'Percentuale Buy Box'],
    es: ['Porcentaje de oferta destacada (Buy Box)', 'Porcentaje de la oferta destacada (Buy Box)', 'Porcentaje de Buy Box'],
    ko: ['추천 오퍼(바이 박스) 비율', '추천 오퍼 비율', '바이 박스 비율'],
    ar: ['نسبة العرض المميز (صندوق الشراء)', 'نسبة صندوق الشراء'],
    pt: ['Porcentagem de oferta em destaque (Buy Box)', 'Porcentagem da Buy Box'],
    tr: ['Öne Çıkan Teklif (Buy Box) Yüzdesi', 'Buy Box Yüzdesi'],
    nl: ['Percentage aanbevolen aanbieding (Buy Box)', 'Buy Box-percentage'],
    pl: ['Procent polecanej oferty (Buy Box)', 'Procent Buy Box'],
    sv: ['Andel utvalt erbjudande (Buy Box)', 'Buy Box-andel'],
  },
  unitSessionPct: {
    en: ['Unit Session Percentage', 'Unit Session Percentage - Total'],
    zh: ['商品会话百分比', '订单商品数量转化率'],
    de: ['Prozentsatz an Einheiten pro Sitzung', 'Prozentsatz Einheiten pro Sitzung'],
    ja: ['ユニットセッション率'],
    fr: ['Pourcentage de sessions par unité', "Pourcentage d'unités par session"],
    it: ['Percentuale di sessioni per unità', 'Percentuale unità per sessione'],
    es: ['Porcentaje de sesiones por unidad', 'Porcentaje de unidades por sesión'],
    ko: ['단위 세션 비율', '유닛 세션 비율'],
    ar: ['نسبة الوحدات إلى الجلسات'],
    pt: ['Porcentagem de sessões por unidade', 'Porcentagem de unidades por sessão'],
    tr: ['Birim Oturum Yüzdesi'],
    nl: ['Percentage eenheden per sessie'],
    pl: ['Procent jednostek na sesję'],
    sv: ['Andel enheter per session'],
  },
  unitsOrdered: {
    en: ['Units Ordered'],
    zh: ['已订购商品数量'],
    de: ['Bestellte Einheiten'],
    ja: ['注文された商品点数', '注文商品点数'],
    fr: ['Unités commandées'],
    it: ['Unità ordinate'],
    es: ['Unidades pedidas', 'Unidades ordenadas'],
    ko: ['주문 수량', '주문된 단위'],
    ar: ['الوحدات المطلوبة'],
    pt: ['Unidades pedidas'],
    tr: ['Sipariş Edilen Birimler'],
    nl: ['Bestelde eenheden'],
    pl: ['Zamówione jednostki'],
    sv: ['Beställda enheter'],
  },
  orderedProductSales: {
    en: ['Ordered Product Sales'],
    zh: ['已订购商品销售额'],
    de: ['Durch bestellte Produkte erzielter Umsatz', 'Umsatz bestellter Produkte', 'Bestellsumme'],
    ja: ['注文商品の売上額', '注文商品売上'],
    fr: ['Ventes de produits commandés', "Chiffre d'affaires des produits commandés"],
    it: ['Vendite di prodotti ordinati', 'Vendite prodotti ordinati'],
    es: ['Ventas de productos pedidos', 'Ventas de productos ordenados'],
    ko: ['주문 상품 판매액', '주문된 상품 매출'],
    ar: ['مبيعات المنتجات المطلوبة'],
    pt: ['Vendas de produtos pedidos'],
    tr: ['Sipariş Edilen Ürün Satışları'],
    nl: ['Verkoop van bestelde producten'],
    pl: ['Sprzedaż zamówionych produktów'],
    sv: ['Försäljning av beställda produkter'],
  },
} satisfies Record<string, LabelSet>, BUSINESS_REPORTS_WORDS);

// ---------------------------------------------------------------------------------------------
// feedback (lib/read/pages/feedback.ts)
// ---------------------------------------------------------------------------------------------
/** The words that identify the overall feedback rating's heading when it is reworded. */
const FEEDBACK_WORDS = {
  feedbackRating: {
    en: ['feedback + rating|score'], zh: ['反馈 + 评级|评分'], de: ['feedback + bewertung|wert', '*verkäuferbewertung'],
    ja: ['フィードバック + 評価'], fr: ['evaluation|note + commentaires|vendeur'], it: ['valutazione + feedback|venditore'],
    es: ['valoracion|calificacion + comentarios|vendedor'], ko: ['피드백 + 평점|평가'], ar: ['تقييم + التعليقات|الملاحظات|البائع'],
    pt: ['classificacao|avaliacao + feedback|vendedor'], tr: ['geri bildirim + puan|derecelendirme'], nl: ['*feedbackscore|*feedbackbeoordeling', 'feedback + score|beoordeling'],
    pl: ['ocena + opinii|sprzedawcy'], sv: ['*feedbackbetyg|*säljarbetyg'],
    not: ['negative', 'negativ', 'négatif', 'negativo', '负面', '否定的', '부정적', 'سلبي', 'olumsuz', 'negatief', 'negatywn'],
  },
} satisfies Record<string, LabelWords>;

/**
 * Feedback Manager: the overall rating's heading and the words that follow a star figure ("4.6 stars"),
 * the summary table's Negative row and 30-day column, and the recent-feedback table's column headers.
 */
export const FEEDBACK_LABELS = withWords({
  feedbackRating: {
    en: ['Feedback rating', 'Seller feedback rating', 'Your feedback rating'],
    zh: ['反馈评级', '卖家反馈评级', '反馈评分'],
    de: ['Feedback-Bewertung', 'Verkäuferbewertung', 'Ihre Feedback-Bewertung'],
    ja: ['フィードバック評価', '出品者評価'],
    fr: ['Évaluation des commentaires', 'Note des commentaires', 'Évaluation du vendeur'],
    it: ['Valutazione dei feedback', 'Valutazione feedback', 'Valutazione del venditore'],
    es: ['Valoración de comentarios', 'Calificación de comentarios', 'Valoración del vendedor'],
    ko: ['피드백 평점', '판매자 피드백 평점'],
    ar: ['تقييم التعليقات', 'تقييم البائع'],
    pt: ['Classificação de feedback', 'Avaliação do vendedor'],
    tr: ['Geri Bildirim Puanı', 'Satıcı geri bildirim puanı'],
    nl: ['Feedbackscore', 'Feedbackbeoordeling'],
    pl: ['Ocena opinii', 'Ocena sprzedawcy'],
    sv: ['Feedbackbetyg', 'Säljarbetyg'],
  },
  stars: {
    en: ['stars', 'star', 'out of 5 stars', 'out of 5'],
    zh: ['星', '颗星', '星级'],
    de: ['Sterne', 'Sternen', 'von 5 Sternen', 'von 5'],
    ja: ['5つ星のうち', 'つ星', '星'],
    fr: ['étoiles', 'étoile', 'sur 5 étoiles', 'sur 5'],
    it: ['stelle', 'stella', 'su 5 stelle', 'su 5'],
    es: ['estrellas', 'estrella', 'de 5 estrellas', 'de 5'],
    ko: ['별', '점', '별점 5점 만점에'],
    ar: ['نجوم', 'نجمة', 'من 5 نجوم'],
    pt: ['estrelas', 'estrela', 'de 5 estrelas'],
    tr: ['yıldız', '5 üzerinden'],
    nl: ['sterren', 'ster', 'van 5 sterren'],
    pl: ['gwiazdki', 'gwiazdek', 'na 5 gwiazdek'],
    sv: ['stjärnor', 'stjärna', 'av 5 stjärnor'],
  },
  negative: {
    en: ['Negative'],
    zh: ['负面', '差评'],
    de: ['Negativ'],
    ja: ['ネガティブ', '否定的', '低評価'],
    fr: ['Négatif', 'Négatifs', 'Négative', 'Négatives'],
    it: ['Negativo', 'Negativi', 'Negative'],
    es: ['Negativo', 'Negativos', 'Negativas'],
    ko: ['부정적', '부정'],
    ar: ['سلبي', 'سلبية'],
    pt: ['Negativo', 'Negativos', 'Negativas'],
    tr: ['Olumsuz'],
    nl: ['Negatief'],
    pl: ['Negatywne', 'Negatywny'],
    sv: ['Negativ', 'Negativa'],
  },
  last30Days: {
    en: ['30 days', 'Last 30 days', 'Past 30 days'],
    zh: ['30 天', '30天', '过去 30 天', '最近 30 天'],
    de: ['30 Tage', 'Letzte 30 Tage', 'Vergangene 30 Tage'],
    ja: ['30日', '30日間', '過去30日間'],
    fr: ['30 jours', '30 derniers jours'],
    it: ['30 giorni', 'Ultimi 30 giorni'],
    es: ['30 días', 'Últimos 30 días'],
    ko: ['30일', '지난 30일'],
    ar: ['30 يومًا', 'آخر 30 يومًا'],
    pt: ['30 dias', 'Últimos 30 dias'],
    tr: ['30 gün', 'Son 30 gün'],
    nl: ['30 dagen', 'Afgelopen 30 dagen'],
    pl: ['30 dni', 'Ostatnie 30 dni'],
    sv: ['30 dagar', 'Senaste 30 dagarna'],
  },
  dateColumn: {
    en: ['Date'],
    zh: ['日期'],
    de: ['Datum'],
    ja: ['日付'],
    fr: ['Date'],
    it: ['Data'],
    es: ['Fecha'],
    ko: ['날짜'],
    ar: ['التاريخ'],
    pt: ['Data'],
    tr: ['Tarih'],
    nl: ['Datum'],
    pl: ['Data'],
    sv: ['Datum'],
  },
  ratingColumn: {
    en: ['Rating'],
    zh: ['评级', '评分'],
    de: ['Bewertung'],
    ja: ['評価'],
    fr: ['Évaluation', 'Note'],
    it: ['Valutazione'],
    es: ['Calificación', 'Valoración', 'Puntuación'],
    ko: ['평점', '평가'],
    ar: ['التقييم'],
    pt: ['Classificação', 'Avaliação'],
    tr: ['Puan', 'Derecelendirme'],
    nl: ['Beoordeling', 'Score'],
    pl: ['Ocena'],
    sv: ['Betyg'],
  },
  commentsColumn: {
    en: ['Comments', 'Comment'],
    zh: ['评论', '留言'],
    de: ['Kommentare', 'Kommentar'],
    ja: ['コメント'],
    fr: ['Commentaires', 'Commentaire'],
    it: ['Commenti', 'Commento'],
    es: ['Comentarios', 'Comentario'],
    ko: ['코멘트', '의견'],
    ar: ['التعليقات', 'تعليق'],
    pt: ['Comentários', 'Comentário'],
    tr: ['Yorumlar', 'Yorum'],
    nl: ['Opmerkingen', 'Opmerking'],
    pl: ['Komentarze', 'Komentarz'],
    sv: ['Kommentarer', 'Kommentar'],
  },
  orderIdColumn: {
    en: ['Order ID', 'Order number'],
    zh: ['订单编号', '订单号'],
    de: ['Bestellnummer', 'Bestell-ID'],
    ja: ['注文番号'],
    fr: ['Numéro de commande', 'N° de commande', 'ID de commande'],
    it: ['Numero ordine', "Numero dell'ordine", 'ID ordine'],
    es: ['Número de pedido', 'N.º de pedido', 'ID del pedido'],
    ko: ['주문 번호', '주문 ID'],
    ar: ['رقم الطلب', 'معرف الطلب'],
    pt: ['Número do pedido', 'ID do pedido'],
    tr: ['Sipariş numarası', 'Sipariş No.'],
    nl: ['Bestelnummer', 'Ordernummer'],
    pl: ['Numer zamówienia', 'Identyfikator zamówienia'],
    sv: ['Ordernummer', 'Beställningsnummer'],
  },
} satisfies Record<string, LabelSet>, FEEDBACK_WORDS);

// ---------------------------------------------------------------------------------------------
// ads-campaigns (lib/read/pages/ads-campaigns.ts)
// ---------------------------------------------------------------------------------------------
/** Column headers of the Campaign manager grid: the metrics, then the name column of each scope. */
export const ADS_LABELS = {
  impressions: {
    en: ['Impressions'],
    zh: ['曝光量', '展示量', '展现量', '曝光次数', '展示次数'],
    de: ['Impressionen', 'Sichtkontakte'],
    ja: ['インプレッション', 'インプレッション数'],
    fr: ['Impressions'],
    it: ['Impressioni'],
    es: ['Impresiones'],
    ko: ['노출수', '노출'],
    ar: ['مرات الظهور'],
    pt: ['Impressões'],
    tr: ['Gösterimler', 'Gösterim'],
    nl: ['Vertoningen', 'Impressies'],
    pl: ['Wyświetlenia'],
    sv: ['Visningar'],
  },
  clicks: {
    en: ['Clicks'],
    zh: ['点击量', '点击次数', '点击'],
    de: ['Klicks'],
    ja: ['クリック数', 'クリック'],
    fr: ['Clics'],
    it: ['Clic'],
    es: ['Clics'],
    ko: ['클릭수', '클릭'],
    ar: ['النقرات'],
    pt: ['Cliques'],
    tr: ['Tıklamalar', 'Tıklama'],
    nl: ['Klikken'],
    pl: ['Kliknięcia'],
    sv: ['Klick'],
  },
  ctr: {
    en: ['CTR', 'Click-through rate', 'Click-through rate (CTR)'],
    zh: ['点击率', '点击率 (CTR)'],
    de: ['Klickrate', 'Klickrate (CTR)', 'CTR'],
    ja: ['クリック率', 'クリック率 (CTR)'],
    fr: ['Taux de clics', 'Taux de clic', 'Taux de clics (CTR)'],
    it: ['Percentuale di clic', 'Tasso di clic', 'Percentuale di clic (CTR)'],
    es: ['Tasa de clics', 'Porcentaje de clics', 'Tasa de clics (CTR)'],
    ko: ['클릭률', '클릭률(CTR)'],
    ar: ['نسبة النقر إلى الظهور', 'معدل النقر'],
    pt: ['Taxa de cliques', 'Taxa de cliques (CTR)'],
    tr: ['Tıklama oranı', 'Tıklama oranı (TO)'],
    nl: ['Klikfrequentie', 'CTR'],
    pl: ['Współczynnik klikalności', 'CTR'],
    sv: ['Klickfrekvens', 'CTR'],
  },
  spend: {
    en: ['Spend', 'Total cost', 'Cost'],
    zh: ['花费', '总花费', '支出', '总成本', '广告花费'],
    de: ['Ausgaben', 'Gesamtkosten', 'Kosten'],
    ja: ['広告費', '費用', '合計費用', '総費用', '支出'],
    fr: ['Dépenses', 'Coût total', 'Coût'],
    it: ['Spesa', 'Costo totale', 'Costo'],
    es: ['Gasto', 'Coste total', 'Costo total', 'Coste', 'Costo'],
    ko: ['지출', '광고비', '총 비용'],
    ar: ['الإنفاق', 'التكلفة الإجمالية'],
    pt: ['Gasto', 'Custo total', 'Custo'],
    tr: ['Harcama', 'Toplam maliyet'],
    nl: ['Uitgaven', 'Totale kosten', 'Kosten'],
    pl: ['Wydatki', 'Koszt całkowity', 'Koszt'],
    sv: ['Kostnad', 'Total kostnad', 'Utgifter'],
  },
  cpc: {
    en: ['CPC', 'Cost per click', 'Cost per click (CPC)'],
    zh: ['每次点击费用', '单次点击成本', '每次点击费用 (CPC)', '平均每次点击费用'],
    de: ['Kosten pro Klick', 'Kosten pro Klick (CPC)', 'CPC'],
    ja: ['クリック単価', 'クリック単価 (CPC)', 'CPC'],
    fr: ['Coût par clic', 'Coût par clic (CPC)', 'CPC'],
    it: ['Costo per clic', 'Costo per clic (CPC)', 'CPC'],
    es: ['Coste por clic', 'Costo por clic', 'Coste por clic (CPC)', 'CPC'],
    ko: ['클릭당 비용', '클릭당 비용(CPC)', 'CPC'],
    ar: ['تكلفة النقرة', 'CPC'],
    pt: ['Custo por clique', 'Custo por clique (CPC)', 'CPC'],
    tr: ['Tıklama başına maliyet', 'TBM', 'CPC'],
    nl: ['Kosten per klik', 'CPC'],
    pl: ['Koszt kliknięcia', 'CPC'],
    sv: ['Kostnad per klick', 'CPC'],
  },
  orders: {
    en: ['Orders', 'Purchases', 'Conversions'],
    zh: ['订单', '订单数', '订单量', '购买量', '购买次数', '转化次数'],
    de: ['Bestellungen', 'Käufe', 'Conversions', 'Konversionen'],
    ja: ['注文数', '注文', '購入数', '購入', 'コンバージョン数', 'コンバージョン'],
    fr: ['Commandes', 'Achats', 'Conversions'],
    it: ['Ordini', 'Acquisti', 'Conversioni'],
    es: ['Pedidos', 'Compras', 'Conversiones'],
    ko: ['주문', '주문수', '구매'],
    ar: ['الطلبات', 'عمليات الشراء'],
    pt: ['Pedidos', 'Compras', 'Conversões'],
    tr: ['Siparişler', 'Satın almalar'],
    nl: ['Bestellingen', 'Aankopen', 'Conversies'],
    pl: ['Zamówienia', 'Zakupy', 'Konwersje'],
    sv: ['Beställningar', 'Köp', 'Konverteringar'],
  },
  sales: {
    en: ['Sales'],
    zh: ['销售额', '广告销售额'],
    de: ['Umsatz', 'Umsätze'],
    ja: ['売上', '売上高', '売上額'],
    fr: ['Ventes', "Chiffre d'affaires"],
    it: ['Vendite'],
    es: ['Ventas'],
    ko: ['매출', '판매'],
    ar: ['المبيعات'],
    pt: ['Vendas'],
    tr: ['Satışlar'],
    nl: ['Verkopen', 'Omzet'],
    pl: ['Sprzedaż'],
    sv: ['Försäljning'],
  },
  budget: {
    en: ['Budget', 'Daily budget'],
    zh: ['预算', '每日预算'],
    de: ['Budget', 'Tagesbudget'],
    ja: ['予算', '1日の予算', '日予算'],
    fr: ['Budget', 'Budget quotidien', 'Budget journalier'],
    it: ['Budget', 'Budget giornaliero'],
    es: ['Presupuesto', 'Presupuesto diario'],
    ko: ['예산', '일일 예산'],
    ar: ['الميزانية', 'الميزانية اليومية'],
    pt: ['Orçamento', 'Orçamento diário'],
    tr: ['Bütçe', 'Günlük bütçe'],
    nl: ['Budget', 'Dagbudget'],
    pl: ['Budżet', 'Budżet dzienny'],
    sv: ['Budget', 'Daglig budget'],
  },
  acos: {
    en: ['ACOS', 'Advertising cost of sales', 'Advertising cost of sales (ACOS)'],
    zh: ['广告投入产出比', '广告投入产出比 (ACOS)', '广告成本销售比', '广告销售成本比'],
    de: ['Zugeordnete Umsatzkosten', 'Zugeordnete Umsatzkosten (ACOS)', 'Werbekosten-Umsatz-Verhältnis'],
    ja: ['売上高広告費比率', '売上高広告費比率 (ACOS)', '広告費売上高比率'],
    fr: ['Coût publicitaire des ventes', 'Coût publicitaire des ventes (ACOS)'],
    it: ['Costo pubblicitario sulle vendite', 'Costo pubblicitario sulle vendite (ACOS)'],
    es: ['Coste publicitario de las ventas', 'Costo publicitario de las ventas', 'Coste publicitario de las ventas (ACOS)'],
    ko: ['광고비 대비 매출액', 'ACOS', '광고 판매 비용(ACOS)'],
    ar: ['تكلفة الإعلان من المبيعات', 'ACOS'],
    pt: ['Custo de publicidade das vendas', 'ACOS'],
    tr: ['Satışların reklam maliyeti', 'ACOS'],
    nl: ['Advertentiekosten van verkopen', 'ACOS'],
    pl: ['Koszt reklamy w stosunku do sprzedaży', 'ACOS'],
    sv: ['Annonskostnad för försäljning', 'ACOS'],
  },
  roas: {
    en: ['ROAS', 'Return on ad spend', 'Return on ad spend (ROAS)'],
    zh: ['广告支出回报', '广告支出回报率', '广告支出回报 (ROAS)', '广告支出回报率 (ROAS)'],
    de: ['Return on Ad Spend', 'Return on Ad Spend (ROAS)', 'Rendite der Werbeausgaben'],
    ja: ['広告費用対効果', '広告費用対効果 (ROAS)'],
    fr: ['Retour sur les dépenses publicitaires', 'Retour sur dépenses publicitaires (ROAS)'],
    it: ['Ritorno sulla spesa pubblicitaria', 'Ritorno sulla spesa pubblicitaria (ROAS)'],
    es: ['Retorno de la inversión publicitaria', 'Retorno de la inversión publicitaria (ROAS)'],
    ko: ['광고 투자수익률', 'ROAS'],
    ar: ['العائد على الإنفاق الإعلاني', 'ROAS'],
    pt: ['Retorno sobre o investimento em publicidade', 'ROAS'],
    tr: ['Reklam harcamalarının getirisi', 'ROAS'],
    nl: ['Rendement op advertentie-uitgaven', 'ROAS'],
    pl: ['Zwrot z wydatków na reklamę', 'ROAS'],
    sv: ['Avkastning på annonskostnad', 'ROAS'],
  },
  campaignName: {
    en: ['Campaign name', 'Campaign', 'Campaigns'],
    zh: ['广告活动名称', '广告活动'],
    de: ['Kampagnenname', 'Name der Kampagne', 'Kampagne', 'Kampagnen'],
    ja: ['キャンペーン名', 'キャンペーン'],
    fr: ['Nom de la campagne', 'Campagne', 'Campagnes'],
    it: ['Nome della campagna', 'Campagna', 'Campagne'],
    es: ['Nombre de la campaña', 'Campaña', 'Campañas'],
    ko: ['캠페인 이름', '캠페인'],
    ar: ['اسم الحملة', 'الحملة', 'الحملات'],
    pt: ['Nome da campanha', 'Campanha', 'Campanhas'],
    tr: ['Kampanya adı', 'Kampanya', 'Kampanyalar'],
    nl: ['Campagnenaam', 'Campagne', 'Campagnes'],
    pl: ['Nazwa kampanii', 'Kampania', 'Kampanie'],
    sv: ['Kampanjnamn', 'Kampanj', 'Kampanjer'],
  },
  adGroupName: {
    en: ['Ad group name', 'Ad group', 'Ad groups'],
    zh: ['广告组名称', '广告组'],
    de: ['Name der Anzeigengruppe', 'Anzeigengruppenname', 'Anzeigengruppe', 'Anzeigengruppen'],
    ja: ['広告グループ名', '広告グループ'],
    fr: ["Nom du groupe d'annonces", "Groupe d'annonces", "Groupes d'annonces"],
    it: ['Nome del gruppo di annunci', 'Gruppo di annunci', 'Gruppi di annunci'],
    es: ['Nombre del grupo de anuncios', 'Grupo de anuncios', 'Grupos de anuncios'],
    ko: ['광고 그룹 이름', '광고 그룹'],
    ar: ['اسم المجموعة الإعلانية', 'المجموعة الإعلانية'],
    pt: ['Nome do grupo de anúncios', 'Grupo de anúncios', 'Grupos de anúncios'],
    tr: ['Reklam grubu adı', 'Reklam grubu', 'Reklam grupları'],
    nl: ['Naam advertentiegroep', 'Advertentiegroep', 'Advertentiegroepen'],
    pl: ['Nazwa grupy reklam', 'Grupa reklam', 'Grupy reklam'],
    sv: ['Annonsgruppens namn', 'Annonsgrupp', 'Annonsgrupper'],
  },
  targetName: {
    en: ['Keyword', 'Keywords', 'Targeting', 'Target', 'Targets', 'Keyword text', 'Product targets'],
    zh: ['关键词', '投放', '定位', '投放目标', '商品投放'],
    de: ['Keyword', 'Keywords', 'Targeting', 'Ausrichtung', 'Ziel'],
    ja: ['キーワード', 'ターゲティング', 'ターゲット'],
    fr: ['Mot-clé', 'Mots-clés', 'Ciblage', 'Cible'],
    it: ['Parola chiave', 'Parole chiave', 'Targeting'],
    es: ['Palabra clave', 'Palabras clave', 'Segmentación', 'Objetivo'],
    ko: ['키워드', '타겟팅', '타겟'],
    ar: ['الكلمة الرئيسية', 'الكلمات الرئيسية', 'الاستهداف'],
    pt: ['Palavra-chave', 'Palavras-chave', 'Segmentação'],
    tr: ['Anahtar kelime', 'Anahtar kelimeler', 'Hedefleme'],
    nl: ['Zoekwoord', 'Zoekwoorden', 'Targeting'],
    pl: ['Słowo kluczowe', 'Słowa kluczowe', 'Targetowanie'],
    sv: ['Sökord', 'Nyckelord', 'Målinriktning'],
  },
  searchTermName: {
    en: ['Customer search term', 'Search term', 'Search terms'],
    zh: ['客户搜索词', '用户搜索词', '搜索词'],
    de: ['Suchbegriff des Kunden', 'Kundensuchbegriff', 'Suchbegriff', 'Suchbegriffe'],
    ja: ['カスタマーの検索ワード', '顧客の検索ワード', '検索ワード', '検索語句', 'カスタマー検索語句'],
    fr: ['Terme de recherche du client', 'Terme de recherche client', 'Terme de recherche', 'Termes de recherche'],
    it: ['Termine di ricerca del cliente', 'Termine di ricerca', 'Termini di ricerca'],
    es: ['Término de búsqueda del cliente', 'Término de búsqueda', 'Términos de búsqueda'],
    ko: ['고객 검색어', '검색어'],
    ar: ['مصطلح بحث العميل', 'مصطلح البحث'],
    pt: ['Termo de pesquisa do cliente', 'Termo de pesquisa'],
    tr: ['Müşteri arama terimi', 'Arama terimi'],
    nl: ['Zoekterm van klant', 'Zoekterm'],
    pl: ['Wyszukiwana fraza klienta', 'Wyszukiwana fraza'],
    sv: ['Kundens sökterm', 'Sökterm'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// restock (lib/read/pages/restock.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Restock Inventory recommendations: the column headers, and the alert words of contract §2's
 * `restockAlert` list (`none` is the empty cell or one of its words).
 */
export const RESTOCK_LABELS = {
  sku: {
    en: ['SKU', 'Merchant SKU', 'Seller SKU'],
    zh: ['SKU', '卖家 SKU', '卖家SKU'],
    de: ['SKU', 'Händler-SKU'],
    ja: ['SKU', '出品者SKU'],
    fr: ['SKU', 'SKU vendeur'],
    it: ['SKU', 'SKU venditore'],
    es: ['SKU', 'SKU del vendedor'],
    ko: ['SKU', '판매자 SKU'],
    ar: ['SKU', 'SKU البائع'],
    pt: ['SKU', 'SKU do vendedor'],
    tr: ['SKU', 'Satıcı SKU'],
    nl: ['SKU', 'SKU van verkoper'],
    pl: ['SKU', 'SKU sprzedawcy'],
    sv: ['SKU', 'Säljar-SKU'],
  },
  daysOfSupply: {
    en: ['Total days of supply', 'Days of supply', 'Total days of supply (including units from open shipments)'],
    zh: ['总供货天数', '供货天数', '库存供应天数', '可售天数'],
    de: ['Gesamte Vorratstage', 'Vorratstage', 'Tage Vorrat', 'Lagerreichweite in Tagen'],
    ja: ['合計在庫日数', '在庫日数', '在庫供給日数'],
    fr: ["Nombre total de jours d'approvisionnement", "Jours d'approvisionnement", 'Jours de stock'],
    it: ['Giorni di copertura totali', 'Giorni di copertura', 'Giorni di fornitura'],
    es: ['Días de suministro totales', 'Días de suministro', 'Días de inventario'],
    ko: ['총 공급 일수', '공급 일수'],
    ar: ['إجمالي أيام التوريد', 'أيام التوريد'],
    pt: ['Total de dias de suprimento', 'Dias de suprimento'],
    tr: ['Toplam tedarik günü', 'Tedarik günü'],
    nl: ['Totaal aantal dagen voorraad', 'Dagen voorraad'],
    pl: ['Łączna liczba dni zapasu', 'Dni zapasu'],
    sv: ['Totalt antal dagars lager', 'Dagars lager'],
  },
  recommendedQty: {
    en: ['Recommended replenishment qty', 'Recommended replenishment quantity', 'Recommended quantity', 'Recommended order quantity'],
    zh: ['建议补货数量', '建议补货量', '推荐补货数量'],
    de: ['Empfohlene Nachschubmenge', 'Empfohlene Auffüllmenge', 'Empfohlene Menge'],
    ja: ['推奨補充数量', '推奨補充数', '推奨数量'],
    fr: ['Quantité de réapprovisionnement recommandée', 'Quantité recommandée'],
    it: ['Quantità di rifornimento consigliata', 'Quantità consigliata'],
    es: ['Cantidad de reposición recomendada', 'Cantidad recomendada'],
    ko: ['권장 재입고 수량', '권장 수량'],
    ar: ['كمية إعادة التخزين الموصى بها', 'الكمية الموصى بها'],
    pt: ['Quantidade de reposição recomendada', 'Quantidade recomendada'],
    tr: ['Önerilen yenileme miktarı', 'Önerilen miktar'],
    nl: ['Aanbevolen aanvulhoeveelheid', 'Aanbevolen hoeveelheid'],
    pl: ['Zalecana ilość uzupełnienia', 'Zalecana ilość'],
    sv: ['Rekommenderad påfyllnadsmängd', 'Rekommenderad mängd'],
  },
  shipDate: {
    en: ['Recommended ship date', 'Recommended shipment date'],
    zh: ['建议发货日期', '推荐发货日期'],
    de: ['Empfohlenes Versanddatum'],
    ja: ['推奨発送日', '推奨出荷日'],
    fr: ["Date d'expédition recommandée"],
    it: ['Data di spedizione consigliata'],
    es: ['Fecha de envío recomendada'],
    ko: ['권장 발송일'],
    ar: ['تاريخ الشحن الموصى به'],
    pt: ['Data de envio recomendada'],
    tr: ['Önerilen gönderim tarihi'],
    nl: ['Aanbevolen verzenddatum'],
    pl: ['Zalecana data wysyłki'],
    sv: ['Rekommenderat leveransdatum'],
  },
  alert: {
    en: ['Alert', 'Alerts', 'Restock alert'],
    zh: ['提醒', '警报', '补货提醒'],
    de: ['Warnung', 'Warnungen', 'Hinweis'],
    ja: ['アラート', '警告'],
    fr: ['Alerte', 'Alertes'],
    it: ['Avviso', 'Avvisi'],
    es: ['Alerta', 'Alertas'],
    ko: ['알림', '재입고 알림'],
    ar: ['تنبيه', 'التنبيهات'],
    pt: ['Alerta', 'Alertas'],
    tr: ['Uyarı', 'Uyarılar'],
    nl: ['Waarschuwing', 'Waarschuwingen'],
    pl: ['Alert', 'Alerty'],
    sv: ['Varning', 'Varningar'],
  },
} satisfies Record<string, LabelSet>;

export const RESTOCK_ALERT_WORDS = {
  none: {
    en: ['None', 'No alert', 'No alerts'],
    zh: ['无', '无提醒'],
    de: ['Keine', 'Keine Warnung'],
    ja: ['なし', 'アラートなし'],
    fr: ['Aucune', 'Aucune alerte'],
    it: ['Nessuno', 'Nessun avviso'],
    es: ['Ninguna', 'Sin alertas'],
    ko: ['없음', '알림 없음'],
    ar: ['لا يوجد', 'لا توجد تنبيهات'],
    pt: ['Nenhum', 'Nenhum alerta'],
    tr: ['Yok', 'Uyarı yok'],
    nl: ['Geen', 'Geen waarschuwing'],
    pl: ['Brak', 'Brak alertów'],
    sv: ['Ingen', 'Inga varningar'],
  },
  reorderSoon: {
    en: ['Reorder soon', 'Restock soon'],
    zh: ['即将需要补货', '尽快补货', '即将补货'],
    de: ['Bald nachbestellen', 'Bald auffüllen'],
    ja: ['まもなく再注文', 'まもなく補充'],
    fr: ['Réapprovisionner bientôt', 'Commander bientôt'],
    it: ['Riordina presto', 'Rifornisci presto'],
    es: ['Reabastecer pronto', 'Volver a pedir pronto'],
    ko: ['곧 재주문', '곧 재입고'],
    ar: ['إعادة الطلب قريبًا'],
    pt: ['Fazer novo pedido em breve', 'Repor em breve'],
    tr: ['Yakında yeniden sipariş verin'],
    nl: ['Binnenkort opnieuw bestellen'],
    pl: ['Zamów wkrótce ponownie'],
    sv: ['Beställ snart igen'],
  },
  reorderNow: {
    en: ['Reorder now', 'Restock now'],
    zh: ['立即补货', '立即重新订购'],
    de: ['Jetzt nachbestellen', 'Jetzt auffüllen'],
    ja: ['今すぐ再注文', '今すぐ補充'],
    fr: ['Réapprovisionner maintenant', 'Commander maintenant'],
    it: ['Riordina ora', 'Rifornisci ora'],
    es: ['Reabastecer ahora', 'Volver a pedir ahora'],
    ko: ['지금 재주문', '지금 재입고'],
    ar: ['إعادة الطلب الآن'],
    pt: ['Fazer novo pedido agora', 'Repor agora'],
    tr: ['Şimdi yeniden sipariş verin'],
    nl: ['Nu opnieuw bestellen'],
    pl: ['Zamów teraz ponownie'],
    sv: ['Beställ igen nu'],
  },
  outOfStock: {
    en: ['Out of stock'],
    zh: ['缺货', '无库存'],
    de: ['Nicht vorrätig', 'Ausverkauft'],
    ja: ['在庫切れ'],
    fr: ['En rupture de stock', 'Rupture de stock'],
    it: ['Esaurito', 'Non disponibile'],
    es: ['Agotado', 'Sin existencias'],
    ko: ['품절', '재고 없음'],
    ar: ['نفد من المخزون', 'غير متوفر'],
    pt: ['Fora de estoque', 'Esgotado'],
    tr: ['Stokta yok', 'Tükendi'],
    nl: ['Niet op voorraad', 'Uitverkocht'],
    pl: ['Brak w magazynie', 'Wyprzedane'],
    sv: ['Slut i lager', 'Slutsåld'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// voice-of-customer (lib/read/pages/voice-of-customer.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Voice of the Customer: the offers table's column headers, the CX Health words of contract §2's
 * `cxHealth` list, and the NCX reasons that name a product-quality problem.
 */
export const VOICE_OF_CUSTOMER_LABELS = {
  sku: RESTOCK_LABELS.sku,
  ncxRate: {
    en: ['NCX rate', 'Negative customer experience rate'],
    zh: ['NCX 率', 'NCX率', '负面客户体验率'],
    de: ['NCX-Rate', 'NCX Rate', 'Rate negativer Kundenerfahrungen'],
    ja: ['NCX率', 'NCX 率'],
    fr: ['Taux de NCX', 'Taux NCX'],
    it: ['Tasso NCX', 'Percentuale NCX'],
    es: ['Tasa de NCX', 'Tasa NCX'],
    ko: ['NCX 비율', 'NCX율'],
    ar: ['معدل NCX'],
    pt: ['Taxa de NCX'],
    tr: ['NCX oranı'],
    nl: ['NCX-percentage'],
    pl: ['Wskaźnik NCX'],
    sv: ['NCX-andel'],
  },
  ncxOrders: {
    en: ['NCX orders', 'Negative customer experience orders'],
    zh: ['NCX 订单', 'NCX订单', 'NCX 订单数'],
    de: ['NCX-Bestellungen', 'NCX Bestellungen'],
    ja: ['NCX注文', 'NCX 注文数', 'NCX注文数'],
    fr: ['Commandes NCX'],
    it: ['Ordini NCX'],
    es: ['Pedidos NCX', 'Pedidos con NCX'],
    ko: ['NCX 주문', 'NCX 주문 수'],
    ar: ['طلبات NCX'],
    pt: ['Pedidos NCX', 'Pedidos com NCX'],
    tr: ['NCX siparişleri'],
    nl: ['NCX-bestellingen'],
    pl: ['Zamówienia NCX'],
    sv: ['NCX-beställningar'],
  },
  totalOrders: {
    en: ['Total orders', 'Orders'],
    zh: ['订单总数', '总订单数', '订单数'],
    de: ['Bestellungen gesamt', 'Gesamtbestellungen', 'Bestellungen'],
    ja: ['注文合計', '合計注文数', '注文数'],
    fr: ['Total des commandes', 'Commandes totales', 'Commandes'],
    it: ['Ordini totali', 'Ordini'],
    es: ['Pedidos totales', 'Total de pedidos', 'Pedidos'],
    ko: ['총 주문 수', '주문 수'],
    ar: ['إجمالي الطلبات', 'الطلبات'],
    pt: ['Total de pedidos', 'Pedidos'],
    tr: ['Toplam sipariş', 'Siparişler'],
    nl: ['Totaal aantal bestellingen', 'Bestellingen'],
    pl: ['Łączna liczba zamówień', 'Zamówienia'],
    sv: ['Totalt antal beställningar', 'Beställningar'],
  },
  starRating: {
    en: ['Star rating', 'Average star rating', 'Rating'],
    zh: ['星级评分', '星级', '平均星级'],
    de: ['Sternebewertung', 'Bewertung', 'Durchschnittliche Sternebewertung'],
    ja: ['星評価', '評価', '平均星評価'],
    fr: ['Note en étoiles', 'Évaluation', 'Note moyenne'],
    it: ['Valutazione in stelle', 'Valutazione'],
    es: ['Calificación de estrellas', 'Valoración', 'Calificación'],
    ko: ['별점', '평균 별점'],
    ar: ['تقييم النجوم', 'متوسط تقييم النجوم'],
    pt: ['Classificação por estrelas', 'Classificação média'],
    tr: ['Yıldız puanı', 'Ortalama yıldız puanı'],
    nl: ['Sterbeoordeling', 'Gemiddelde sterbeoordeling'],
    pl: ['Ocena w gwiazdkach', 'Średnia ocena'],
    sv: ['Stjärnbetyg', 'Genomsnittligt stjärnbetyg'],
  },
  returnRate: {
    en: ['Return rate', 'Returns rate'],
    zh: ['退货率'],
    de: ['Rücksendequote', 'Retourenquote', 'Rückgabequote'],
    ja: ['返品率'],
    fr: ['Taux de retour', 'Taux de retours'],
    it: ['Tasso di reso', 'Percentuale di resi'],
    es: ['Tasa de devoluciones', 'Tasa de devolución'],
    ko: ['반품률'],
    ar: ['معدل الإرجاع'],
    pt: ['Taxa de devolução'],
    tr: ['İade oranı'],
    nl: ['Retourpercentage'],
    pl: ['Wskaźnik zwrotów'],
    sv: ['Returandel', 'Returfrekvens'],
  },
  topReason: {
    en: ['Top NCX reason', 'Top reason', 'Most common NCX reason'],
    zh: ['主要 NCX 原因', '主要NCX原因', '主要原因'],
    de: ['Häufigster NCX-Grund', 'Hauptgrund', 'Häufigster Grund'],
    ja: ['主なNCXの理由', '主な理由'],
    fr: ['Principale raison NCX', 'Principale raison'],
    it: ['Motivo NCX principale', 'Motivo principale'],
    es: ['Motivo principal de NCX', 'Motivo principal'],
    ko: ['주요 NCX 사유', '주요 사유'],
    ar: ['السبب الرئيسي لـ NCX', 'السبب الرئيسي'],
    pt: ['Principal motivo de NCX', 'Principal motivo'],
    tr: ['En önemli NCX nedeni', 'Başlıca neden'],
    nl: ['Belangrijkste NCX-reden', 'Belangrijkste reden'],
    pl: ['Główny powód NCX', 'Główny powód'],
    sv: ['Främsta NCX-orsak', 'Främsta orsak'],
  },
  cxHealth: {
    en: ['CX Health', 'Customer experience health', 'Customer Experience Health'],
    zh: ['客户体验健康度', '客户体验状况', 'CX 健康度'],
    de: ['CX-Zustand', 'Zustand der Kundenerfahrung', 'Kundenerfahrung'],
    ja: ['CXヘルス', 'カスタマーエクスペリエンスの健全性'],
    fr: ['Santé CX', "Santé de l'expérience client"],
    it: ['Stato CX', "Stato dell'esperienza cliente"],
    es: ['Estado de CX', 'Estado de la experiencia del cliente'],
    ko: ['CX 상태', '고객 경험 상태'],
    ar: ['حالة تجربة العملاء', 'حالة CX'],
    pt: ['Integridade da CX', 'Integridade da experiência do cliente'],
    tr: ['CX Durumu', 'Müşteri deneyimi durumu'],
    nl: ['CX-status', 'Status klantervaring'],
    pl: ['Kondycja CX', 'Kondycja doświadczenia klienta'],
    sv: ['CX-hälsa', 'Kundupplevelsens hälsa'],
  },
} satisfies Record<string, LabelSet>;

export const CX_HEALTH_WORDS = {
  veryPoor: { en: ['Very poor'], zh: ['非常差', '极差'], de: ['Sehr schlecht'], ja: ['非常に悪い'], fr: ['Très mauvais', 'Très mauvaise'], it: ['Molto scarso', 'Pessimo'], es: ['Muy deficiente', 'Muy mala', 'Muy malo'], ko: ['매우 나쁨'], ar: ['ضعيف جدًا'], pt: ['Muito ruim'], tr: ['Çok kötü'], nl: ['Zeer slecht'], pl: ['Bardzo słaba', 'Bardzo słaby'], sv: ['Mycket dålig'] },
  poor: { en: ['Poor'], zh: ['差', '较差'], de: ['Schlecht'], ja: ['悪い'], fr: ['Mauvais', 'Mauvaise'], it: ['Scarso'], es: ['Deficiente', 'Mala', 'Malo'], ko: ['나쁨'], ar: ['ضعيف'], pt: ['Ruim'], tr: ['Kötü'], nl: ['Slecht'], pl: ['Słaba', 'Słaby'], sv: ['Dålig'] },
  fair: { en: ['Fair'], zh: ['一般', '尚可'], de: ['Mittelmäßig', 'Ausreichend'], ja: ['普通'], fr: ['Moyen', 'Moyenne'], it: ['Discreto', 'Sufficiente'], es: ['Regular', 'Aceptable'], ko: ['보통'], ar: ['مقبول'], pt: ['Regular', 'Razoável'], tr: ['Orta'], nl: ['Redelijk', 'Matig'], pl: ['Przeciętna', 'Przeciętny'], sv: ['Godtagbar', 'Medel'] },
  good: { en: ['Good'], zh: ['良好', '好'], de: ['Gut'], ja: ['良い'], fr: ['Bon', 'Bonne'], it: ['Buono'], es: ['Buena', 'Bueno'], ko: ['좋음'], ar: ['جيد'], pt: ['Bom', 'Boa'], tr: ['İyi'], nl: ['Goed'], pl: ['Dobra', 'Dobry'], sv: ['Bra'] },
  excellent: { en: ['Excellent'], zh: ['极好', '优秀'], de: ['Ausgezeichnet', 'Sehr gut'], ja: ['非常に良い', '優良'], fr: ['Excellent', 'Excellente'], it: ['Eccellente', 'Ottimo'], es: ['Excelente'], ko: ['매우 좋음', '우수'], ar: ['ممتاز'], pt: ['Excelente'], tr: ['Mükemmel'], nl: ['Uitstekend'], pl: ['Doskonała', 'Doskonały'], sv: ['Utmärkt'] },
} satisfies Record<string, LabelSet>;

/** NCX reasons that name a product problem: the entry goes to the product owner (lib/rules `playbookFor`). */
export const QUALITY_REASONS: LabelSet = {
  en: ['Product quality', 'Not as described', 'Item not as described', 'Defective', 'Defective item', 'Quality issue'],
  zh: ['产品质量', '质量问题', '与描述不符', '商品与描述不符', '有缺陷'],
  de: ['Produktqualität', 'Nicht wie beschrieben', 'Artikel nicht wie beschrieben', 'Defekt', 'Qualitätsproblem'],
  ja: ['商品の品質', '品質', '説明と異なる', '商品説明と異なる', '不良品'],
  fr: ['Qualité du produit', 'Non conforme à la description', 'Défectueux'],
  it: ['Qualità del prodotto', 'Non conforme alla descrizione', 'Difettoso'],
  es: ['Calidad del producto', 'No es como se describe', 'No coincide con la descripción', 'Defectuoso'],
  ko: ['제품 품질', '설명과 다름', '결함'],
  ar: ['جودة المنتج', 'لا يطابق الوصف', 'معيب'],
  pt: ['Qualidade do produto', 'Não corresponde à descrição', 'Com defeito'],
  tr: ['Ürün kalitesi', 'Açıklamadaki gibi değil', 'Kusurlu'],
  nl: ['Productkwaliteit', 'Niet zoals beschreven', 'Defect'],
  pl: ['Jakość produktu', 'Niezgodny z opisem', 'Wadliwy'],
  sv: ['Produktkvalitet', 'Inte som beskrivet', 'Defekt'],
};

// ---------------------------------------------------------------------------------------------
// report files (lib/read/reports/): the headers of Amazon's downloadable reports that the pages do not
// show. The reports' other headers are the pages' own (BUSINESS_REPORTS_LABELS, ADS_LABELS,
// RESTOCK_LABELS, INVENTORY_LABELS). The FBA inventory reports' headers are machine names
// (`afn-fulfillable-quantity`), the same in every language.
// ---------------------------------------------------------------------------------------------
export const REPORT_LABELS = {
  date: {
    en: ['Date', 'Day'], zh: ['日期'], de: ['Datum'], ja: ['日付'], fr: ['Date'], it: ['Data'], es: ['Fecha'], ko: ['날짜'],
    ar: ['التاريخ'], pt: ['Data'], tr: ['Tarih'], nl: ['Datum'], pl: ['Data'], sv: ['Datum'],
  },
  startDate: {
    en: ['Start Date'], zh: ['开始日期'], de: ['Startdatum', 'Beginndatum'], ja: ['開始日'], fr: ['Date de début'], it: ['Data di inizio'],
    es: ['Fecha de inicio'], ko: ['시작 날짜', '시작일'], pt: ['Data de início'], tr: ['Başlangıç tarihi'], nl: ['Begindatum', 'Startdatum'],
    pl: ['Data rozpoczęcia'], sv: ['Startdatum'],
    ar: ['تاريخ البدء'],
  },
  endDate: {
    en: ['End Date'], zh: ['结束日期'], de: ['Enddatum'], ja: ['終了日'], fr: ['Date de fin'], it: ['Data di fine', 'Data di termine'],
    es: ['Fecha de finalización', 'Fecha de fin'], ko: ['종료 날짜', '종료일'], pt: ['Data de término'], tr: ['Bitiş tarihi'],
    nl: ['Einddatum'], pl: ['Data zakończenia'], sv: ['Slutdatum'],
    ar: ['تاريخ الانتهاء'],
  },
  currency: {
    en: ['Currency', 'Currency code'], zh: ['货币', '货币代码', '币种'], de: ['Währung', 'Währungscode'], ja: ['通貨', '通貨コード'],
    fr: ['Devise', 'Code devise'], it: ['Valuta', 'Codice valuta'], es: ['Moneda', 'Divisa', 'Código de moneda'], ko: ['통화'],
    pt: ['Moeda'], tr: ['Para birimi'], nl: ['Valuta'], pl: ['Waluta'], sv: ['Valuta'],
    ar: ['العملة', 'رمز العملة'],
  },
  /** The marketplace a row is for: Restock's `Country`, the FBA Inventory report's `marketplace`. */
  country: {
    en: ['Country', 'Marketplace'], zh: ['国家/地区', '国家', '商城'], de: ['Land', 'Marktplatz'], ja: ['国', 'マーケットプレイス'],
    fr: ['Pays', 'Place de marché'], it: ['Paese', 'Marketplace'], es: ['País', 'Tienda'], ko: ['국가'], pt: ['País'], tr: ['Ülke'],
    nl: ['Land'], pl: ['Kraj'], sv: ['Land'],
    ar: ['البلد', 'الدولة'],
  },
  /**
   * The Search Term Report's ad metrics, worded as the report words them. For ko, ar, pt, tr, nl, pl and sv
   * no downloaded report was at hand: the phrases follow the console's own words for these metrics
   * (ADS_LABELS) in the report's pattern ("7 Day Total Sales", "... (ACOS)"); the console's words alone
   * are also matched (mergeSets in the reader).
   */
  ctr: {
    en: ['Click-Thru Rate (CTR)', 'Click-through rate (CTR)'], zh: ['点击率 (CTR)', '点击率'], de: ['Klickrate (CTR)', 'Klickrate'],
    ja: ['クリックスルー率 (CTR)', 'クリック率 (CTR)'], fr: ['Taux de clics (CTR)'], it: ['Percentuale di clic (CTR)'],
    es: ['Tasa de clics (CTR)'],
    ko: ['클릭률 (CTR)'], ar: ['نسبة النقر إلى الظهور (CTR)'], pt: ['Taxa de cliques (CTR)'], tr: ['Tıklama oranı (CTR)'],
    nl: ['Klikfrequentie (CTR)'], pl: ['Współczynnik klikalności (CTR)'], sv: ['Klickfrekvens (CTR)'],
  },
  cpc: {
    en: ['Cost Per Click (CPC)'], zh: ['每次点击费用 (CPC)', '单次点击成本 (CPC)'], de: ['Kosten pro Klick (CPC)'], ja: ['クリック単価 (CPC)'],
    fr: ['Coût par clic (CPC)'], it: ['Costo per clic (CPC)'], es: ['Coste por clic (CPC)', 'Costo por clic (CPC)'],
    ko: ['클릭당 비용 (CPC)'], ar: ['تكلفة النقرة (CPC)'], pt: ['Custo por clique (CPC)'], tr: ['Tıklama başına maliyet (CPC)'],
    nl: ['Kosten per klik (CPC)'], pl: ['Koszt kliknięcia (CPC)'], sv: ['Kostnad per klick (CPC)'],
  },
  spend: {
    en: ['Spend', 'Cost'], zh: ['花费', '支出'], de: ['Ausgaben', 'Kosten'], ja: ['広告費', '費用'], fr: ['Dépenses'], it: ['Spesa'],
    es: ['Gasto', 'Inversión'],
    ko: ['지출', '비용'], ar: ['الإنفاق', 'التكلفة'], pt: ['Gasto', 'Custo'], tr: ['Harcama', 'Maliyet'], nl: ['Uitgaven', 'Kosten'],
    pl: ['Wydatki', 'Koszt'], sv: ['Kostnad', 'Utgifter'],
  },
  sales: {
    en: ['7 Day Total Sales', '14 Day Total Sales', 'Total Sales'], zh: ['7天总销售额', '14天总销售额'],
    de: ['Umsatz insgesamt innerhalb von 7 Tagen', 'Gesamtumsatz innerhalb von 7 Tagen', '7-Tage-Gesamtumsatz'],
    ja: ['7日間の総売上', '7日間の総売上高'], fr: ['Total des ventes sur 7 jours', 'Ventes totales sur 7 jours'],
    it: ['Vendite totali in 7 giorni', 'Vendite totali 7 giorni'], es: ['Ventas totales de 7 días', 'Ventas totales en 7 días'],
    ko: ['7일 총 매출', '7일 총 판매액'], ar: ['إجمالي المبيعات خلال 7 أيام'], pt: ['Vendas totais de 7 dias', 'Total de vendas em 7 dias'],
    tr: ['7 günlük toplam satışlar', '7 günlük toplam satış'], nl: ['Totale verkopen in 7 dagen', 'Totale omzet in 7 dagen'],
    pl: ['Łączna sprzedaż w ciągu 7 dni'], sv: ['Total försäljning inom 7 dagar'],
  },
  orders: {
    en: ['7 Day Total Orders (#)', '14 Day Total Orders (#)', 'Total Orders (#)'], zh: ['7天总订单数(#)', '7天总订单数 (#)', '14天总订单数(#)'],
    de: ['Bestellungen insgesamt innerhalb von 7 Tagen (#)', '7-Tage-Gesamtbestellungen (#)'], ja: ['7日間の総注文数(#)', '7日間の総注文数 (#)'],
    fr: ['Total des commandes sur 7 jours (#)'], it: ['Ordini totali in 7 giorni (#)'], es: ['Pedidos totales de 7 días (#)'],
    ko: ['7일 총 주문 수(#)', '7일 총 주문 수 (#)'], ar: ['إجمالي الطلبات خلال 7 أيام (#)'], pt: ['Pedidos totais de 7 dias (#)', 'Total de pedidos em 7 dias (#)'],
    tr: ['7 günlük toplam siparişler (#)'], nl: ['Totaal aantal bestellingen in 7 dagen (#)'], pl: ['Łączna liczba zamówień w ciągu 7 dni (#)'],
    sv: ['Totalt antal beställningar inom 7 dagar (#)'],
  },
  acos: {
    en: ['Total Advertising Cost of Sales (ACOS)', 'Total Advertising Cost of Sales (ACoS)', 'Advertising Cost of Sales (ACOS)'],
    zh: ['广告投入产出比 (ACOS) 总计', '总广告投入产出比 (ACOS)'], de: ['Zugeordnete Umsatzkosten (ACOS) insgesamt'],
    ja: ['売上高広告費比率 (ACOS) 合計', '合計売上高広告費比率 (ACOS)'], fr: ['Coût publicitaire des ventes (ACOS) total'],
    it: ['Costo pubblicitario sulle vendite (ACOS) totale'], es: ['Coste publicitario de las ventas (ACOS) total'],
    ko: ['총 광고비 대비 매출액 (ACOS)', '광고비 대비 매출액 (ACOS) 합계'], ar: ['إجمالي تكلفة الإعلان من المبيعات (ACOS)'],
    pt: ['Custo de publicidade das vendas (ACOS) total', 'Custo total de publicidade das vendas (ACOS)'], tr: ['Toplam satışların reklam maliyeti (ACOS)'],
    nl: ['Totale advertentiekosten van verkopen (ACOS)'], pl: ['Łączny koszt reklamy w stosunku do sprzedaży (ACOS)'],
    sv: ['Total annonskostnad för försäljning (ACOS)'],
  },
  roas: {
    en: ['Total Return on Advertising Spend (ROAS)', 'Return on Advertising Spend (ROAS)'], zh: ['广告支出回报率 (ROAS) 总计', '总广告支出回报率 (ROAS)'],
    de: ['Return on Advertising Spend (ROAS) insgesamt'], ja: ['広告費用対効果 (ROAS) 合計'], fr: ['Retour sur les dépenses publicitaires (ROAS) total'],
    it: ['Ritorno sulla spesa pubblicitaria (ROAS) totale'], es: ['Retorno de la inversión publicitaria (ROAS) total'],
    ko: ['총 광고 투자수익률 (ROAS)', '광고 투자수익률 (ROAS) 합계'], ar: ['إجمالي العائد على الإنفاق الإعلاني (ROAS)'],
    pt: ['Retorno sobre o investimento em publicidade (ROAS) total'], tr: ['Toplam reklam harcamalarının getirisi (ROAS)'],
    nl: ['Totaal rendement op advertentie-uitgaven (ROAS)'], pl: ['Łączny zwrot z wydatków na reklamę (ROAS)'],
    sv: ['Total avkastning på annonskostnad (ROAS)'],
  },
  /** FBA inventory reports (Manage Inventory `_GET_FBA_MYI_..._`, and the FBA Inventory report of Inventory Planning). */
  fbaSku: { en: ['sku', 'seller-sku', 'msku'] },
  fbaAvailable: { en: ['afn-fulfillable-quantity', 'available'] },
  fbaReserved: { en: ['afn-reserved-quantity', 'Total Reserved Quantity', 'total-reserved-quantity'] },
  fbaInbound: { en: ['inbound-quantity'] },
  fbaInboundWorking: { en: ['afn-inbound-working-quantity'] },
  fbaInboundShipped: { en: ['afn-inbound-shipped-quantity'] },
  fbaInboundReceiving: { en: ['afn-inbound-receiving-quantity'] },
  fbaPrice: { en: ['your-price'] },
  fbaSnapshotDate: { en: ['snapshot-date'] },
  fbaMarketplace: { en: ['marketplace'] },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// Advertised products and the campaign manager's Type / Targeting columns (issue 16, contract §8;
// lib/read/pages/ads-products.ts, lib/read/pages/ad-links.ts)
// ---------------------------------------------------------------------------------------------
export const AD_PRODUCT_LABELS = {
  /** The product column's header. */
  product: {
    en: ['Products', 'Product', 'Advertised product', 'Advertised products', 'Ad'],
    zh: ['商品', '产品', '推广的商品', '广告商品'],
    de: ['Produkte', 'Produkt', 'Beworbenes Produkt', 'Beworbene Produkte'],
    ja: ['商品', '広告対象商品'],
    fr: ['Produits', 'Produit', 'Produit annoncé', 'Produits annoncés'],
    it: ['Prodotti', 'Prodotto', 'Prodotto pubblicizzato'],
    es: ['Productos', 'Producto', 'Producto anunciado', 'Productos anunciados'],
    ko: ['제품', '광고 제품'],
    ar: ['المنتجات', 'المنتج', 'المنتج المعلن عنه'],
    pt: ['Produtos', 'Produto', 'Produto anunciado'],
    tr: ['Ürünler', 'Ürün', 'Reklamı yapılan ürün'],
    nl: ['Producten', 'Product', 'Geadverteerd product'],
    pl: ['Produkty', 'Produkt', 'Reklamowany produkt'],
    sv: ['Produkter', 'Produkt', 'Annonserad produkt'],
  },
  /** The caption before a product's ASIN in its cell ("ASIN: B0…"). */
  asin: { en: ['ASIN'], zh: ['ASIN'], ja: ['ASIN'], ko: ['ASIN'], ar: ['ASIN'] },
  /** The caption before its SKU ("SKU: …"). */
  sku: {
    en: ['SKU', 'Seller SKU', 'MSKU'],
    zh: ['SKU', '卖家 SKU', '卖家SKU'],
    de: ['SKU', 'Händler-SKU'],
    ja: ['SKU', '出品者SKU'],
    fr: ['SKU', 'SKU vendeur'],
    it: ['SKU', 'SKU venditore'],
    es: ['SKU', 'SKU del vendedor'],
    ko: ['SKU', '판매자 SKU'],
    ar: ['SKU', 'SKU البائع'],
    pt: ['SKU', 'SKU do vendedor'],
    tr: ['SKU', 'Satıcı SKU'],
    nl: ['SKU', 'SKU van verkoper'],
    pl: ['SKU', 'SKU sprzedawcy'],
    sv: ['SKU', 'Säljar-SKU'],
  },
  /** The campaign manager's Type column ("Sponsored Products"). */
  campaignType: {
    en: ['Type', 'Campaign type', 'Ad type'],
    zh: ['类型', '广告活动类型', '广告类型'],
    de: ['Typ', 'Kampagnentyp', 'Anzeigentyp'],
    ja: ['タイプ', 'キャンペーンタイプ', '広告タイプ'],
    fr: ['Type', 'Type de campagne', "Type d'annonce"],
    it: ['Tipo', 'Tipo di campagna'],
    es: ['Tipo', 'Tipo de campaña'],
    ko: ['유형', '캠페인 유형'],
    ar: ['النوع', 'نوع الحملة'],
    pt: ['Tipo', 'Tipo de campanha'],
    tr: ['Tür', 'Kampanya türü'],
    nl: ['Type', 'Campagnetype'],
    pl: ['Typ', 'Typ kampanii'],
    sv: ['Typ', 'Kampanjtyp'],
  },
  /** Its Targeting column ("Automatic" / "Manual"). */
  targetingType: {
    en: ['Targeting', 'Targeting type'],
    zh: ['投放类型', '投放方式', '定位类型'],
    de: ['Targeting-Typ', 'Ausrichtungstyp', 'Targeting'],
    ja: ['ターゲティングタイプ', 'ターゲティング'],
    fr: ['Type de ciblage', 'Ciblage'],
    it: ['Tipo di targeting', 'Targeting'],
    es: ['Tipo de segmentación', 'Segmentación'],
    ko: ['타겟팅 유형', '타겟팅'],
    ar: ['نوع الاستهداف', 'الاستهداف'],
    pt: ['Tipo de segmentação', 'Segmentação'],
    tr: ['Hedefleme türü', 'Hedefleme'],
    nl: ['Targetingtype', 'Targeting'],
    pl: ['Typ targetowania', 'Targetowanie'],
    sv: ['Målinriktningstyp', 'Målinriktning'],
  },
} satisfies Record<string, LabelSet>;

/** The words of a campaign's type and targeting as the console shows them in its columns. */
export const CAMPAIGN_TYPE_WORDS = {
  SP: { en: ['Sponsored Products', 'SP'], zh: ['商品推广', 'SP'], de: ['Sponsored Products'], ja: ['スポンサープロダクト広告', 'スポンサープロダクト'], fr: ['Sponsored Products'], it: ['Sponsored Products'], es: ['Sponsored Products'], ko: ['스폰서 프로덕트'] },
  SB: { en: ['Sponsored Brands', 'Sponsored Brands video', 'SB', 'SBV'], zh: ['品牌推广', '品牌推广视频', 'SB'], de: ['Sponsored Brands'], ja: ['スポンサーブランド広告', 'スポンサーブランド'], fr: ['Sponsored Brands'], it: ['Sponsored Brands'], es: ['Sponsored Brands'], ko: ['스폰서 브랜드'] },
  SD: { en: ['Sponsored Display', 'SD'], zh: ['展示型推广', 'SD'], de: ['Sponsored Display'], ja: ['スポンサーディスプレイ広告', 'スポンサーディスプレイ'], fr: ['Sponsored Display'], it: ['Sponsored Display'], es: ['Sponsored Display'], ko: ['스폰서 디스플레이'] },
} satisfies Record<string, LabelSet>;

export const TARGETING_WORDS = {
  auto: { en: ['Automatic', 'Auto', 'Automatic targeting'], zh: ['自动投放', '自动'], de: ['Automatisch', 'Automatisches Targeting'], ja: ['オートターゲティング', 'オート', '自動'], fr: ['Automatique', 'Ciblage automatique'], it: ['Automatico', 'Targeting automatico'], es: ['Automática', 'Automático', 'Segmentación automática'], ko: ['자동 타겟팅', '자동'], ar: ['تلقائي', 'استهداف تلقائي'], pt: ['Automática', 'Automático', 'Segmentação automática'], tr: ['Otomatik', 'Otomatik hedefleme'], nl: ['Automatisch', 'Automatische targeting'], pl: ['Automatyczne', 'Targetowanie automatyczne'], sv: ['Automatisk', 'Automatisk målinriktning'] },
  manual: { en: ['Manual', 'Manual targeting'], zh: ['手动投放', '手动'], de: ['Manuell', 'Manuelles Targeting'], ja: ['マニュアルターゲティング', 'マニュアル', '手動'], fr: ['Manuel', 'Ciblage manuel'], it: ['Manuale', 'Targeting manuale'], es: ['Manual', 'Segmentación manual'], ko: ['수동 타겟팅', '수동'], ar: ['يدوي', 'استهداف يدوي'], pt: ['Manual', 'Segmentação manual'], tr: ['Manuel', 'Manuel hedefleme'], nl: ['Handmatig', 'Handmatige targeting'], pl: ['Ręczne', 'Targetowanie ręczne'], sv: ['Manuell', 'Manuell målinriktning'] },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// listing status (lib/read/pages/inventory.ts) and reviews (lib/read/pages/reviews.ts)
// ---------------------------------------------------------------------------------------------
/** The words of contract §2's `listingStatus` list as Manage All Inventory shows them. */
export const LISTING_STATUS_WORDS = {
  active: { en: ['Active'], zh: ['在售', '活跃', '有效'], de: ['Aktiv'], ja: ['出品中', 'アクティブ'], fr: ['Actif', 'Active'], it: ['Attivo', 'Attiva'], es: ['Activo', 'Activa'], ko: ['활성', '판매 중'], ar: ['نشط'], pt: ['Ativo', 'Ativa'], tr: ['Aktif', 'Etkin'], nl: ['Actief'], pl: ['Aktywna', 'Aktywny', 'Aktywne'], sv: ['Aktiv'] },
  inactive: { en: ['Inactive'], zh: ['不可售', '非在售', '停售', '未激活'], de: ['Inaktiv'], ja: ['停止中', '出品停止中', '非アクティブ'], fr: ['Inactif', 'Inactive'], it: ['Inattivo', 'Inattiva'], es: ['Inactivo', 'Inactiva'], ko: ['비활성'], ar: ['غير نشط'], pt: ['Inativo', 'Inativa'], tr: ['Pasif', 'Etkin değil'], nl: ['Inactief'], pl: ['Nieaktywna', 'Nieaktywny', 'Nieaktywne'], sv: ['Inaktiv'] },
  outOfStock: RESTOCK_ALERT_WORDS.outOfStock,
  searchSuppressed: { en: ['Search suppressed', 'Suppressed', 'Search Suppressed'], zh: ['搜索被禁止显示', '禁止显示', '搜索抑制', '已禁止显示'], de: ['Von der Suche ausgeschlossen', 'Unterdrückt', 'In der Suche unterdrückt'], ja: ['検索非表示', '非表示'], fr: ['Supprimé des recherches', 'Supprimée des recherches', 'Masqué dans la recherche'], it: ['Soppresso dalla ricerca', 'Eliminato dalla ricerca'], es: ['Suprimido de la búsqueda', 'Suprimido'], ko: ['검색 제외', '검색 억제됨'], ar: ['محجوب من البحث'], pt: ['Suprimido da pesquisa', 'Suprimido'], tr: ['Aramada gizlendi', 'Aramada gizli'], nl: ['Onderdrukt in zoekresultaten', 'Onderdrukt'], pl: ['Ukryta w wynikach wyszukiwania', 'Ukryte w wyszukiwaniu'], sv: ['Dold i sökningen', 'Undertryckt'] },
  incomplete: { en: ['Incomplete', 'Listing incomplete'], zh: ['信息不完整', '不完整', '未完成'], de: ['Unvollständig'], ja: ['不完全', '情報不足'], fr: ['Incomplet', 'Incomplète'], it: ['Incompleto', 'Incompleta'], es: ['Incompleto', 'Incompleta'], ko: ['불완전', '미완성'], ar: ['غير مكتمل'], pt: ['Incompleto', 'Incompleta'], tr: ['Eksik'], nl: ['Onvolledig'], pl: ['Niekompletna', 'Niekompletny'], sv: ['Ofullständig'] },
} satisfies Record<string, LabelSet>;

/**
 * Words in a listing's status reason that make it a policy matter (contract §2: a suppressed or
 * inactive listing is then a compliance entry): matched anywhere in the reason, after `labelKey`.
 */
export const LISTING_POLICY_WORDS: readonly string[] = [
  'policy', 'policies', 'restricted', 'compliance', 'prohibited', 'safety', 'pesticide', 'dangerous goods', 'hazmat',
  '政策', '违规', '合规', '限制', '禁止销售', '危险品',
  'richtlinie', 'richtlinien', 'eingeschränkt', 'gefahrgut',
  'ポリシー', '規約', '制限', '危険物',
  'politique', 'restreint', 'conformité',
  'normativa', 'norme', 'limitato', 'politica',
  'política', 'restringido', 'cumplimiento',
  '정책', '제한',
  'سياسة', 'مقيد',
  'restrito',
  'politika', 'kısıtlı',
  'beleid', 'beperkt',
  'zasady', 'ograniczon',
  'begränsad',
];

/** Words in a review's text that name a defect: its entry goes to the product owner, not a removal request. */
export const REVIEW_DEFECT_WORDS: readonly string[] = [
  'defect', 'defective', 'broke', 'broken', 'breaks', 'stopped working', 'stopped after', 'died', 'does not work', "doesn't work",
  'not working', 'faulty', 'not as described', 'cracked', 'leaks', 'leaking', 'split open', 'tips over', 'dangerous', 'fell apart', 'went flat',
  '坏了', '损坏', '故障', '质量问题', '有缺陷', '与描述不符', '不能用', '破了', '断了', '漏水', '危险',
  'defekt', 'kaputt', 'gebrochen', 'funktioniert nicht', 'nicht wie beschrieben', 'gefährlich',
  '故障', '壊れ', '不良品', '説明と異なる', '危険',
  'défectueux', 'cassé', 'ne fonctionne pas', 'non conforme', 'dangereux',
  'difettoso', 'rotto', 'non funziona', 'pericoloso',
  'defectuoso', 'roto', 'no funciona', 'no es como se describe', 'peligroso',
];

/** Whether `text` mentions one of `words` (compared by `labelKey`: case, accents and width do not matter). */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  const key = labelKey(text);
  return words.some((word) => key.includes(labelKey(word)));
}
