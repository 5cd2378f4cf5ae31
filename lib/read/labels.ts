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
// account-health (lib/read/pages/account-health.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Account Health: the metric rows (old server-rendered page and the newer React/kat one), and the
 * "Seller Fulfilled" column header, which says which of two figures in an ODR row is the seller's.
 * Policy Compliance rows are deliberately absent: their counts are not metrics.
 */
export const ACCOUNT_HEALTH_LABELS = {
  accountHealthRating: {
    en: ['Account Health Rating', 'Account Health Rating (AHR)', 'AHR'],
    zh: ['账户状况评级', '帐户状况评级', '账户健康评级', '账户状况评分'],
    de: ['Kontozustandsbewertung', 'Bewertung des Kontozustands', 'Kontostatus-Bewertung', 'Kontozustand-Bewertung'],
    ja: ['アカウント健全性評価', 'アカウントヘルス評価', 'アカウント健全性スコア'],
    fr: ['Évaluation de la santé du compte', "Évaluation de l'état du compte", 'Note de santé du compte'],
    it: ["Valutazione dello stato dell'account", "Valutazione della salute dell'account", "Punteggio dello stato dell'account"],
    es: ['Calificación del estado de la cuenta', 'Valoración del estado de la cuenta', 'Puntuación del estado de la cuenta'],
  },
  orderDefectRate: {
    en: ['Order Defect Rate', 'Order Defect Rate (ODR)'],
    zh: ['订单缺陷率'],
    de: ['Auftragsmängelquote', 'Bestellmängelquote', 'Rate der Bestellmängel'],
    ja: ['注文不良率'],
    fr: ['Taux de défauts de commande', 'Taux de commandes défectueuses'],
    it: ['Percentuale di ordini difettosi', 'Tasso di difettosità degli ordini'],
    es: ['Tasa de defectos en pedidos', 'Tasa de pedidos defectuosos'],
  },
  negativeFeedbackRate: {
    en: ['Negative feedback', 'Negative feedback rate'],
    zh: ['负面反馈', '负面反馈率', '差评率'],
    de: ['Negatives Feedback', 'Negative Bewertungen', 'Negative Verkäuferbewertungen', 'Negative Kundenbewertungen'],
    ja: ['否定的なフィードバック', 'ネガティブフィードバック', '否定的な評価', '低い評価'],
    fr: ['Commentaires négatifs', 'Évaluations négatives'],
    it: ['Feedback negativi', 'Feedback negativo'],
    es: ['Comentarios negativos', 'Valoraciones negativas'],
  },
  atozClaimRate: {
    en: ['A-to-z Guarantee claims', 'A-to-z Guarantee claim rate', 'A-to-z claims'],
    zh: ['亚马逊商城交易保障索赔', '亚马逊商城交易保障索赔率', 'A-to-z 索赔'],
    de: ['A-bis-z-Garantieanträge', 'Anträge auf A-bis-z-Garantie', 'A-bis-z-Garantie-Anträge'],
    ja: ['Amazonマーケットプレイス保証申請', 'マーケットプレイス保証申請', 'Amazon マーケットプレイス保証申請'],
    fr: ['Réclamations au titre de la garantie A à Z', 'Réclamations Garantie A à Z'],
    it: ['Reclami dalla Garanzia dalla A alla Z', 'Reclami Garanzia dalla A alla Z'],
    es: ['Reclamaciones de la Garantía de la A a la Z', 'Reclamaciones de Garantía de la A a la Z'],
  },
  chargebackRate: {
    en: ['Chargeback claims', 'Chargeback rate', 'Chargebacks'],
    zh: ['信用卡拒付索赔', '信用卡拒付', '拒付索赔'],
    de: ['Rückbuchungsanträge', 'Rückbuchungen', 'Rückbuchungsforderungen'],
    ja: ['チャージバック申請', 'チャージバック'],
    fr: ['Demandes de rétrofacturation', 'Rétrofacturations'],
    it: ['Richieste di riaccredito', 'Riaccrediti'],
    es: ['Reclamaciones de devolución de cargo', 'Devoluciones de cargo', 'Contracargos'],
  },
  lateShipmentRate: {
    en: ['Late Shipment Rate'],
    zh: ['迟发率', '延迟发货率'],
    de: ['Verspätungsrate', 'Quote verspäteter Lieferungen', 'Rate verspäteter Versendungen'],
    ja: ['出荷遅延率'],
    fr: ["Taux d'expédition en retard", "Taux d'expéditions en retard"],
    it: ['Percentuale di spedizioni in ritardo', 'Tasso di spedizioni in ritardo'],
    es: ['Tasa de envíos con retraso', 'Tasa de envío tardío', 'Tasa de envíos tardíos'],
  },
  preFulfillmentCancelRate: {
    en: ['Pre-fulfillment Cancel Rate', 'Pre-fulfilment Cancel Rate', 'Cancellation Rate'],
    zh: ['配送前取消率', '取消率'],
    de: ['Stornierungsrate vor Versand', 'Stornierungsrate vor der Auftragsabwicklung', 'Stornoquote vor Auftragsabwicklung', 'Stornierungsrate'],
    ja: ['出荷前キャンセル率', 'キャンセル率'],
    fr: ["Taux d'annulation avant expédition", "Taux d'annulation avant traitement", "Taux d'annulation"],
    it: ["Percentuale di cancellazioni prima dell'evasione", "Tasso di cancellazione prima dell'evasione", 'Percentuale di cancellazione'],
    es: ['Tasa de cancelaciones previas al envío', 'Tasa de cancelación previa al envío', 'Tasa de cancelación'],
  },
  validTrackingRate: {
    en: ['Valid Tracking Rate'],
    zh: ['有效追踪率', '有效跟踪率'],
    de: ['Rate gültiger Sendungsverfolgungsnummern', 'Gültige Sendungsverfolgungsrate', 'Quote gültiger Trackingnummern'],
    ja: ['有効な追跡率', '追跡可能率'],
    fr: ['Taux de suivi valide', 'Taux de numéros de suivi valides'],
    it: ['Percentuale di tracciabilità valida', 'Tasso di tracciabilità valida'],
    es: ['Tasa de seguimiento válido', 'Tasa de seguimiento válida'],
  },
  onTimeDeliveryRate: {
    en: ['On-Time Delivery Rate'],
    zh: ['准时交货率', '准时送达率'],
    de: ['Rate pünktlicher Lieferungen', 'Pünktliche Lieferrate', 'Pünktlichkeitsrate'],
    ja: ['時間通りの配達率', '予定どおりの配達率', '配送時間遵守率'],
    fr: ['Taux de livraison dans les délais', 'Taux de livraison à temps'],
    it: ['Percentuale di consegne puntuali', 'Tasso di consegna puntuale'],
    es: ['Tasa de entregas a tiempo', 'Tasa de entrega a tiempo'],
  },
  sellerFulfilledColumn: {
    en: ['Seller Fulfilled', 'Seller-fulfilled'],
    zh: ['卖家自配送'],
    de: ['Versand durch Verkäufer', 'Verkäuferversand'],
    ja: ['出品者出荷'],
    fr: ['Expédié par le vendeur', 'Expédition par le vendeur'],
    it: ['Spedito dal venditore', 'Gestito dal venditore'],
    es: ['Enviado por el vendedor', 'Gestionado por el vendedor'],
  },
} satisfies Record<string, LabelSet>;

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
  },
  inbound: {
    en: ['Inbound'],
    zh: ['入库', '入库中', '在途', '即将入库', '入库数量'],
    de: ['Eingehend', 'Im Zulauf', 'Unterwegs', 'Eingehende Lieferung'],
    ja: ['入荷予定', '納品中', '入荷中', '輸送中'],
    fr: ['Entrant', 'En transit', 'En cours d\'acheminement', 'Arrivage'],
    it: ['In entrata', 'In arrivo', 'In transito'],
    es: ['Entrante', 'En camino', 'En tránsito', 'Entrantes'],
  },
  reserved: {
    en: ['Reserved'],
    zh: ['预留', '已预留', '预留库存', '预留数量'],
    de: ['Reserviert', 'Reservierte Menge'],
    ja: ['予約済み', '保留中', '予約済'],
    fr: ['Réservé', 'Réservés', 'Réservée'],
    it: ['Riservato', 'Riservati', 'Riservata', 'Prenotato'],
    es: ['Reservado', 'Reservados', 'Reservada'],
  },
  sku: {
    en: ['SKU', 'Seller SKU', 'Merchant SKU'],
    zh: ['SKU', '卖家 SKU', '卖家SKU'],
    de: ['SKU', 'Händler-SKU', 'Verkäufer-SKU'],
    ja: ['SKU', '出品者SKU'],
    fr: ['SKU', 'SKU vendeur'],
    it: ['SKU', 'SKU venditore'],
    es: ['SKU', 'SKU del vendedor'],
  },
  price: {
    en: ['Price', 'Your price'],
    zh: ['价格', '您的价格'],
    de: ['Preis', 'Ihr Preis'],
    ja: ['価格', '出品価格', 'あなたの価格'],
    fr: ['Prix', 'Votre prix'],
    it: ['Prezzo', 'Il tuo prezzo'],
    es: ['Precio', 'Tu precio', 'Su precio'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// inventory-performance (lib/read/pages/inventory-performance.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Inventory Performance dashboard: the card headings of the IPI score and its parts. Not listed on
 * purpose: the age table's "Over 365 days" row (the same figure as the aged-inventory card, and a
 * second candidate if it were a label), "IPI threshold", "out of 1000" and the weekly history.
 */
export const INVENTORY_PERFORMANCE_LABELS = {
  ipiScore: {
    en: ['Inventory Performance Index', 'Inventory Performance Index (IPI)', 'IPI score', 'Your IPI score'],
    zh: ['库存绩效指标', '库存绩效指数', '库存绩效指标 (IPI)', 'IPI 分数'],
    de: ['Inventory Performance Index', 'Bestandsleistungsindex', 'Lagerbestandsleistungsindex', 'IPI-Wert'],
    ja: ['在庫パフォーマンス指標', '在庫パフォーマンス指数', 'IPIスコア'],
    fr: ["Indice de performance de l'inventaire", 'Indice de performance du stock', 'Score IPI'],
    it: ["Indice di prestazione dell'inventario", "Indice di performance dell'inventario", 'Punteggio IPI'],
    es: ['Índice de rendimiento del inventario', 'Puntuación IPI'],
  },
  excessInventoryPct: {
    en: ['Excess inventory', 'Excess inventory percentage'],
    zh: ['冗余库存', '冗余库存百分比', '过剩库存'],
    de: ['Überschüssiger Bestand', 'Überbestand', 'Überschüssiger Lagerbestand'],
    ja: ['過剰在庫', '過剰在庫率'],
    fr: ['Stock excédentaire', 'Inventaire excédentaire'],
    it: ['Inventario in eccesso', 'Eccedenze di inventario'],
    es: ['Inventario excedente', 'Exceso de inventario'],
  },
  sellThroughRate: {
    en: ['Sell-through rate', 'Sell-through'],
    zh: ['售出率', '动销率'],
    de: ['Abverkaufsrate', 'Abverkaufsquote'],
    ja: ['販売率', 'セルスルー率'],
    fr: ["Taux d'écoulement", 'Taux de vente'],
    it: ['Tasso di vendita', 'Percentuale di vendita'],
    es: ['Tasa de venta', 'Tasa de ventas'],
  },
  strandedInventoryPct: {
    en: ['Stranded inventory', 'Stranded inventory percentage'],
    zh: ['无在售信息的库存', '滞留库存'],
    de: ['Verwaister Bestand', 'Verwaister Lagerbestand'],
    ja: ['出品情報のない在庫', '停止中の在庫'],
    fr: ['Stock bloqué', 'Stock en attente'],
    it: ['Inventario bloccato', 'Inventario non vendibile'],
    es: ['Inventario bloqueado', 'Inventario sin publicar'],
  },
  inStockRate: {
    en: ['In-stock rate', 'In-stock'],
    zh: ['有货率', '库存充足率'],
    de: ['Lieferbarkeitsrate', 'Verfügbarkeitsrate', 'Auf-Lager-Quote'],
    ja: ['在庫切れ防止率', '在庫あり率'],
    fr: ['Taux de disponibilité', 'Taux de stock disponible'],
    it: ['Tasso di disponibilità', 'Percentuale di disponibilità'],
    es: ['Tasa de disponibilidad', 'Tasa de existencias'],
  },
  agedOver365Pct: {
    en: ['Units aged over 365 days', 'Inventory aged over 365 days', 'Aged inventory over 365 days', 'Units aged 365+ days'],
    zh: ['库龄超过 365 天的商品', '库龄超过 365 天的库存', '库龄超过365天的商品数量'],
    de: ['Einheiten älter als 365 Tage', 'Bestand älter als 365 Tage', 'Einheiten mit einem Lageralter von über 365 Tagen'],
    ja: ['保管期間が365日を超える商品', '在庫日数が365日を超える商品'],
    fr: ['Unités stockées depuis plus de 365 jours', 'Stock de plus de 365 jours'],
    it: ['Unità in giacenza da oltre 365 giorni', 'Inventario in giacenza da oltre 365 giorni'],
    es: ['Unidades con más de 365 días en inventario', 'Inventario con más de 365 días'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// business-reports (lib/read/pages/business-reports.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Detail Page Sales and Traffic By Child Item: column headers, matched EXACTLY (after folding dashes
 * and spaces), because the real report has near-identical neighbours: "Sessions - Total - B2B",
 * "Sessions - Mobile App", "Session Percentage - Total", "Units Ordered - B2B". A plain "Sessions" /
 * "Page Views" header is only used when no "- Total" one is shown (older report layout).
 * Note the 中文 report calls Session Percentage "转化率 - 总计": it is not a conversion rate we read.
 */
export const BUSINESS_REPORTS_LABELS = {
  childAsin: {
    en: ['(Child) ASIN', 'Child ASIN', 'ASIN (Child)'],
    zh: ['（子）ASIN', '子ASIN', '子 ASIN'],
    de: ['(Untergeordnete) ASIN', 'Untergeordnete ASIN', 'ASIN (untergeordnet)'],
    ja: ['（子）ASIN', '子ASIN'],
    fr: ['(Enfant) ASIN', 'ASIN (enfant)', 'ASIN enfant'],
    it: ['(Figlio) ASIN', 'ASIN (figlio)', 'ASIN figlio', 'ASIN (secondario)'],
    es: ['(Secundario) ASIN', 'ASIN (secundario)', 'ASIN secundario', '(Hijo) ASIN', 'ASIN (hijo)'],
  },
  sessionsTotal: {
    en: ['Sessions - Total'],
    zh: ['会话数 - 总计', '会话次数 - 总计', '会话 - 总计'],
    de: ['Sitzungen - Summe', 'Sitzungen - Gesamt', 'Sitzungen - Insgesamt'],
    ja: ['セッション数 - 合計', 'セッション - 合計'],
    fr: ['Sessions - Total'],
    it: ['Sessioni - Totale', 'Sessioni - Totali'],
    es: ['Sesiones - Total', 'Sesiones - Totales'],
  },
  sessions: {
    en: ['Sessions'],
    zh: ['会话数', '会话次数', '买家访问次数'],
    de: ['Sitzungen'],
    ja: ['セッション数', 'セッション'],
    fr: ['Sessions'],
    it: ['Sessioni'],
    es: ['Sesiones'],
  },
  pageViewsTotal: {
    en: ['Page Views - Total'],
    zh: ['页面浏览量 - 总计', '页面浏览次数 - 总计'],
    de: ['Seitenaufrufe - Summe', 'Seitenaufrufe - Gesamt', 'Seitenaufrufe - Insgesamt'],
    ja: ['ページビュー - 合計', 'ページビュー数 - 合計'],
    fr: ['Pages vues - Total', 'Nombre de pages vues - Total'],
    it: ['Visualizzazioni di pagina - Totale', 'Visualizzazioni pagina - Totale'],
    es: ['Páginas vistas - Total', 'Visitas a la página - Total'],
  },
  pageViews: {
    en: ['Page Views'],
    zh: ['页面浏览量', '页面浏览次数'],
    de: ['Seitenaufrufe'],
    ja: ['ページビュー', 'ページビュー数'],
    fr: ['Pages vues', 'Nombre de pages vues'],
    it: ['Visualizzazioni di pagina', 'Visualizzazioni pagina'],
    es: ['Páginas vistas', 'Visitas a la página'],
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
  },
  unitSessionPct: {
    en: ['Unit Session Percentage', 'Unit Session Percentage - Total'],
    zh: ['商品会话百分比', '订单商品数量转化率'],
    de: ['Prozentsatz an Einheiten pro Sitzung', 'Prozentsatz Einheiten pro Sitzung'],
    ja: ['ユニットセッション率'],
    fr: ['Pourcentage de sessions par unité', "Pourcentage d'unités par session"],
    it: ['Percentuale di sessioni per unità', 'Percentuale unità per sessione'],
    es: ['Porcentaje de sesiones por unidad', 'Porcentaje de unidades por sesión'],
  },
  unitsOrdered: {
    en: ['Units Ordered'],
    zh: ['已订购商品数量'],
    de: ['Bestellte Einheiten'],
    ja: ['注文された商品点数', '注文商品点数'],
    fr: ['Unités commandées'],
    it: ['Unità ordinate'],
    es: ['Unidades pedidas', 'Unidades ordenadas'],
  },
  orderedProductSales: {
    en: ['Ordered Product Sales'],
    zh: ['已订购商品销售额'],
    de: ['Durch bestellte Produkte erzielter Umsatz', 'Umsatz bestellter Produkte', 'Bestellsumme'],
    ja: ['注文商品の売上額', '注文商品売上'],
    fr: ['Ventes de produits commandés', "Chiffre d'affaires des produits commandés"],
    it: ['Vendite di prodotti ordinati', 'Vendite prodotti ordinati'],
    es: ['Ventas de productos pedidos', 'Ventas de productos ordenados'],
  },
} satisfies Record<string, LabelSet>;

// ---------------------------------------------------------------------------------------------
// feedback (lib/read/pages/feedback.ts)
// ---------------------------------------------------------------------------------------------
/**
 * Feedback Manager: the overall rating's heading and the words that follow a star figure ("4.6 stars"),
 * the summary table's Negative row and 30-day column, and the recent-feedback table's column headers.
 */
export const FEEDBACK_LABELS = {
  feedbackRating: {
    en: ['Feedback rating', 'Seller feedback rating', 'Your feedback rating'],
    zh: ['反馈评级', '卖家反馈评级', '反馈评分'],
    de: ['Feedback-Bewertung', 'Verkäuferbewertung', 'Ihre Feedback-Bewertung'],
    ja: ['フィードバック評価', '出品者評価'],
    fr: ['Évaluation des commentaires', 'Note des commentaires', 'Évaluation du vendeur'],
    it: ['Valutazione dei feedback', 'Valutazione feedback', 'Valutazione del venditore'],
    es: ['Valoración de comentarios', 'Calificación de comentarios', 'Valoración del vendedor'],
  },
  stars: {
    en: ['stars', 'star', 'out of 5 stars', 'out of 5'],
    zh: ['星', '颗星', '星级'],
    de: ['Sterne', 'Sternen', 'von 5 Sternen', 'von 5'],
    ja: ['5つ星のうち', 'つ星', '星'],
    fr: ['étoiles', 'étoile', 'sur 5 étoiles', 'sur 5'],
    it: ['stelle', 'stella', 'su 5 stelle', 'su 5'],
    es: ['estrellas', 'estrella', 'de 5 estrellas', 'de 5'],
  },
  negative: {
    en: ['Negative'],
    zh: ['负面', '差评'],
    de: ['Negativ'],
    ja: ['ネガティブ', '否定的', '低評価'],
    fr: ['Négatif', 'Négatifs', 'Négative', 'Négatives'],
    it: ['Negativo', 'Negativi', 'Negative'],
    es: ['Negativo', 'Negativos', 'Negativas'],
  },
  last30Days: {
    en: ['30 days', 'Last 30 days', 'Past 30 days'],
    zh: ['30 天', '30天', '过去 30 天', '最近 30 天'],
    de: ['30 Tage', 'Letzte 30 Tage', 'Vergangene 30 Tage'],
    ja: ['30日', '30日間', '過去30日間'],
    fr: ['30 jours', '30 derniers jours'],
    it: ['30 giorni', 'Ultimi 30 giorni'],
    es: ['30 días', 'Últimos 30 días'],
  },
  dateColumn: {
    en: ['Date'],
    zh: ['日期'],
    de: ['Datum'],
    ja: ['日付'],
    fr: ['Date'],
    it: ['Data'],
    es: ['Fecha'],
  },
  ratingColumn: {
    en: ['Rating'],
    zh: ['评级', '评分'],
    de: ['Bewertung'],
    ja: ['評価'],
    fr: ['Évaluation', 'Note'],
    it: ['Valutazione'],
    es: ['Calificación', 'Valoración', 'Puntuación'],
  },
  commentsColumn: {
    en: ['Comments', 'Comment'],
    zh: ['评论', '留言'],
    de: ['Kommentare', 'Kommentar'],
    ja: ['コメント'],
    fr: ['Commentaires', 'Commentaire'],
    it: ['Commenti', 'Commento'],
    es: ['Comentarios', 'Comentario'],
  },
  orderIdColumn: {
    en: ['Order ID', 'Order number'],
    zh: ['订单编号', '订单号'],
    de: ['Bestellnummer', 'Bestell-ID'],
    ja: ['注文番号'],
    fr: ['Numéro de commande', 'N° de commande', 'ID de commande'],
    it: ['Numero ordine', "Numero dell'ordine", 'ID ordine'],
    es: ['Número de pedido', 'N.º de pedido', 'ID del pedido'],
  },
} satisfies Record<string, LabelSet>;

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
  },
  clicks: {
    en: ['Clicks'],
    zh: ['点击量', '点击次数', '点击'],
    de: ['Klicks'],
    ja: ['クリック数', 'クリック'],
    fr: ['Clics'],
    it: ['Clic'],
    es: ['Clics'],
  },
  ctr: {
    en: ['CTR', 'Click-through rate', 'Click-through rate (CTR)'],
    zh: ['点击率', '点击率 (CTR)'],
    de: ['Klickrate', 'Klickrate (CTR)', 'CTR'],
    ja: ['クリック率', 'クリック率 (CTR)'],
    fr: ['Taux de clics', 'Taux de clic', 'Taux de clics (CTR)'],
    it: ['Percentuale di clic', 'Tasso di clic', 'Percentuale di clic (CTR)'],
    es: ['Tasa de clics', 'Porcentaje de clics', 'Tasa de clics (CTR)'],
  },
  spend: {
    en: ['Spend', 'Total cost', 'Cost'],
    zh: ['花费', '总花费', '支出', '总成本', '广告花费'],
    de: ['Ausgaben', 'Gesamtkosten', 'Kosten'],
    ja: ['広告費', '費用', '合計費用', '総費用', '支出'],
    fr: ['Dépenses', 'Coût total', 'Coût'],
    it: ['Spesa', 'Costo totale', 'Costo'],
    es: ['Gasto', 'Coste total', 'Costo total', 'Coste', 'Costo'],
  },
  cpc: {
    en: ['CPC', 'Cost per click', 'Cost per click (CPC)'],
    zh: ['每次点击费用', '单次点击成本', '每次点击费用 (CPC)', '平均每次点击费用'],
    de: ['Kosten pro Klick', 'Kosten pro Klick (CPC)', 'CPC'],
    ja: ['クリック単価', 'クリック単価 (CPC)', 'CPC'],
    fr: ['Coût par clic', 'Coût par clic (CPC)', 'CPC'],
    it: ['Costo per clic', 'Costo per clic (CPC)', 'CPC'],
    es: ['Coste por clic', 'Costo por clic', 'Coste por clic (CPC)', 'CPC'],
  },
  orders: {
    en: ['Orders', 'Purchases', 'Conversions'],
    zh: ['订单', '订单数', '订单量', '购买量', '购买次数', '转化次数'],
    de: ['Bestellungen', 'Käufe', 'Conversions', 'Konversionen'],
    ja: ['注文数', '注文', '購入数', '購入', 'コンバージョン数', 'コンバージョン'],
    fr: ['Commandes', 'Achats', 'Conversions'],
    it: ['Ordini', 'Acquisti', 'Conversioni'],
    es: ['Pedidos', 'Compras', 'Conversiones'],
  },
  sales: {
    en: ['Sales'],
    zh: ['销售额', '广告销售额'],
    de: ['Umsatz', 'Umsätze'],
    ja: ['売上', '売上高', '売上額'],
    fr: ['Ventes', "Chiffre d'affaires"],
    it: ['Vendite'],
    es: ['Ventas'],
  },
  budget: {
    en: ['Budget', 'Daily budget'],
    zh: ['预算', '每日预算'],
    de: ['Budget', 'Tagesbudget'],
    ja: ['予算', '1日の予算', '日予算'],
    fr: ['Budget', 'Budget quotidien', 'Budget journalier'],
    it: ['Budget', 'Budget giornaliero'],
    es: ['Presupuesto', 'Presupuesto diario'],
  },
  acos: {
    en: ['ACOS', 'Advertising cost of sales', 'Advertising cost of sales (ACOS)'],
    zh: ['广告投入产出比', '广告投入产出比 (ACOS)', '广告成本销售比', '广告销售成本比'],
    de: ['Zugeordnete Umsatzkosten', 'Zugeordnete Umsatzkosten (ACOS)', 'Werbekosten-Umsatz-Verhältnis'],
    ja: ['売上高広告費比率', '売上高広告費比率 (ACOS)', '広告費売上高比率'],
    fr: ['Coût publicitaire des ventes', 'Coût publicitaire des ventes (ACOS)'],
    it: ['Costo pubblicitario sulle vendite', 'Costo pubblicitario sulle vendite (ACOS)'],
    es: ['Coste publicitario de las ventas', 'Costo publicitario de las ventas', 'Coste publicitario de las ventas (ACOS)'],
  },
  roas: {
    en: ['ROAS', 'Return on ad spend', 'Return on ad spend (ROAS)'],
    zh: ['广告支出回报', '广告支出回报率', '广告支出回报 (ROAS)', '广告支出回报率 (ROAS)'],
    de: ['Return on Ad Spend', 'Return on Ad Spend (ROAS)', 'Rendite der Werbeausgaben'],
    ja: ['広告費用対効果', '広告費用対効果 (ROAS)'],
    fr: ['Retour sur les dépenses publicitaires', 'Retour sur dépenses publicitaires (ROAS)'],
    it: ['Ritorno sulla spesa pubblicitaria', 'Ritorno sulla spesa pubblicitaria (ROAS)'],
    es: ['Retorno de la inversión publicitaria', 'Retorno de la inversión publicitaria (ROAS)'],
  },
  campaignName: {
    en: ['Campaign name', 'Campaign', 'Campaigns'],
    zh: ['广告活动名称', '广告活动'],
    de: ['Kampagnenname', 'Name der Kampagne', 'Kampagne', 'Kampagnen'],
    ja: ['キャンペーン名', 'キャンペーン'],
    fr: ['Nom de la campagne', 'Campagne', 'Campagnes'],
    it: ['Nome della campagna', 'Campagna', 'Campagne'],
    es: ['Nombre de la campaña', 'Campaña', 'Campañas'],
  },
  adGroupName: {
    en: ['Ad group name', 'Ad group', 'Ad groups'],
    zh: ['广告组名称', '广告组'],
    de: ['Name der Anzeigengruppe', 'Anzeigengruppenname', 'Anzeigengruppe', 'Anzeigengruppen'],
    ja: ['広告グループ名', '広告グループ'],
    fr: ["Nom du groupe d'annonces", "Groupe d'annonces", "Groupes d'annonces"],
    it: ['Nome del gruppo di annunci', 'Gruppo di annunci', 'Gruppi di annunci'],
    es: ['Nombre del grupo de anuncios', 'Grupo de anuncios', 'Grupos de anuncios'],
  },
  targetName: {
    en: ['Keyword', 'Keywords', 'Targeting', 'Target', 'Targets', 'Keyword text', 'Product targets'],
    zh: ['关键词', '投放', '定位', '投放目标', '商品投放'],
    de: ['Keyword', 'Keywords', 'Targeting', 'Ausrichtung', 'Ziel'],
    ja: ['キーワード', 'ターゲティング', 'ターゲット'],
    fr: ['Mot-clé', 'Mots-clés', 'Ciblage', 'Cible'],
    it: ['Parola chiave', 'Parole chiave', 'Targeting'],
    es: ['Palabra clave', 'Palabras clave', 'Segmentación', 'Objetivo'],
  },
  searchTermName: {
    en: ['Customer search term', 'Search term', 'Search terms'],
    zh: ['客户搜索词', '用户搜索词', '搜索词'],
    de: ['Suchbegriff des Kunden', 'Kundensuchbegriff', 'Suchbegriff', 'Suchbegriffe'],
    ja: ['カスタマーの検索ワード', '顧客の検索ワード', '検索ワード', '検索語句', 'カスタマー検索語句'],
    fr: ['Terme de recherche du client', 'Terme de recherche client', 'Terme de recherche', 'Termes de recherche'],
    it: ['Termine di ricerca del cliente', 'Termine di ricerca', 'Termini di ricerca'],
    es: ['Término de búsqueda del cliente', 'Término de búsqueda', 'Términos de búsqueda'],
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
  },
  daysOfSupply: {
    en: ['Total days of supply', 'Days of supply', 'Total days of supply (including units from open shipments)'],
    zh: ['总供货天数', '供货天数', '库存供应天数', '可售天数'],
    de: ['Gesamte Vorratstage', 'Vorratstage', 'Tage Vorrat', 'Lagerreichweite in Tagen'],
    ja: ['合計在庫日数', '在庫日数', '在庫供給日数'],
    fr: ["Nombre total de jours d'approvisionnement", "Jours d'approvisionnement", 'Jours de stock'],
    it: ['Giorni di copertura totali', 'Giorni di copertura', 'Giorni di fornitura'],
    es: ['Días de suministro totales', 'Días de suministro', 'Días de inventario'],
  },
  recommendedQty: {
    en: ['Recommended replenishment qty', 'Recommended replenishment quantity', 'Recommended quantity', 'Recommended order quantity'],
    zh: ['建议补货数量', '建议补货量', '推荐补货数量'],
    de: ['Empfohlene Nachschubmenge', 'Empfohlene Auffüllmenge', 'Empfohlene Menge'],
    ja: ['推奨補充数量', '推奨補充数', '推奨数量'],
    fr: ['Quantité de réapprovisionnement recommandée', 'Quantité recommandée'],
    it: ['Quantità di rifornimento consigliata', 'Quantità consigliata'],
    es: ['Cantidad de reposición recomendada', 'Cantidad recomendada'],
  },
  shipDate: {
    en: ['Recommended ship date', 'Recommended shipment date'],
    zh: ['建议发货日期', '推荐发货日期'],
    de: ['Empfohlenes Versanddatum'],
    ja: ['推奨発送日', '推奨出荷日'],
    fr: ["Date d'expédition recommandée"],
    it: ['Data di spedizione consigliata'],
    es: ['Fecha de envío recomendada'],
  },
  alert: {
    en: ['Alert', 'Alerts', 'Restock alert'],
    zh: ['提醒', '警报', '补货提醒'],
    de: ['Warnung', 'Warnungen', 'Hinweis'],
    ja: ['アラート', '警告'],
    fr: ['Alerte', 'Alertes'],
    it: ['Avviso', 'Avvisi'],
    es: ['Alerta', 'Alertas'],
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
  },
  reorderSoon: {
    en: ['Reorder soon', 'Restock soon'],
    zh: ['即将需要补货', '尽快补货', '即将补货'],
    de: ['Bald nachbestellen', 'Bald auffüllen'],
    ja: ['まもなく再注文', 'まもなく補充'],
    fr: ['Réapprovisionner bientôt', 'Commander bientôt'],
    it: ['Riordina presto', 'Rifornisci presto'],
    es: ['Reabastecer pronto', 'Volver a pedir pronto'],
  },
  reorderNow: {
    en: ['Reorder now', 'Restock now'],
    zh: ['立即补货', '立即重新订购'],
    de: ['Jetzt nachbestellen', 'Jetzt auffüllen'],
    ja: ['今すぐ再注文', '今すぐ補充'],
    fr: ['Réapprovisionner maintenant', 'Commander maintenant'],
    it: ['Riordina ora', 'Rifornisci ora'],
    es: ['Reabastecer ahora', 'Volver a pedir ahora'],
  },
  outOfStock: {
    en: ['Out of stock'],
    zh: ['缺货', '无库存'],
    de: ['Nicht vorrätig', 'Ausverkauft'],
    ja: ['在庫切れ'],
    fr: ['En rupture de stock', 'Rupture de stock'],
    it: ['Esaurito', 'Non disponibile'],
    es: ['Agotado', 'Sin existencias'],
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
  },
  ncxOrders: {
    en: ['NCX orders', 'Negative customer experience orders'],
    zh: ['NCX 订单', 'NCX订单', 'NCX 订单数'],
    de: ['NCX-Bestellungen', 'NCX Bestellungen'],
    ja: ['NCX注文', 'NCX 注文数', 'NCX注文数'],
    fr: ['Commandes NCX'],
    it: ['Ordini NCX'],
    es: ['Pedidos NCX', 'Pedidos con NCX'],
  },
  totalOrders: {
    en: ['Total orders', 'Orders'],
    zh: ['订单总数', '总订单数', '订单数'],
    de: ['Bestellungen gesamt', 'Gesamtbestellungen', 'Bestellungen'],
    ja: ['注文合計', '合計注文数', '注文数'],
    fr: ['Total des commandes', 'Commandes totales', 'Commandes'],
    it: ['Ordini totali', 'Ordini'],
    es: ['Pedidos totales', 'Total de pedidos', 'Pedidos'],
  },
  starRating: {
    en: ['Star rating', 'Average star rating', 'Rating'],
    zh: ['星级评分', '星级', '平均星级'],
    de: ['Sternebewertung', 'Bewertung', 'Durchschnittliche Sternebewertung'],
    ja: ['星評価', '評価', '平均星評価'],
    fr: ['Note en étoiles', 'Évaluation', 'Note moyenne'],
    it: ['Valutazione in stelle', 'Valutazione'],
    es: ['Calificación de estrellas', 'Valoración', 'Calificación'],
  },
  returnRate: {
    en: ['Return rate', 'Returns rate'],
    zh: ['退货率'],
    de: ['Rücksendequote', 'Retourenquote', 'Rückgabequote'],
    ja: ['返品率'],
    fr: ['Taux de retour', 'Taux de retours'],
    it: ['Tasso di reso', 'Percentuale di resi'],
    es: ['Tasa de devoluciones', 'Tasa de devolución'],
  },
  topReason: {
    en: ['Top NCX reason', 'Top reason', 'Most common NCX reason'],
    zh: ['主要 NCX 原因', '主要NCX原因', '主要原因'],
    de: ['Häufigster NCX-Grund', 'Hauptgrund', 'Häufigster Grund'],
    ja: ['主なNCXの理由', '主な理由'],
    fr: ['Principale raison NCX', 'Principale raison'],
    it: ['Motivo NCX principale', 'Motivo principale'],
    es: ['Motivo principal de NCX', 'Motivo principal'],
  },
  cxHealth: {
    en: ['CX Health', 'Customer experience health', 'Customer Experience Health'],
    zh: ['客户体验健康度', '客户体验状况', 'CX 健康度'],
    de: ['CX-Zustand', 'Zustand der Kundenerfahrung', 'Kundenerfahrung'],
    ja: ['CXヘルス', 'カスタマーエクスペリエンスの健全性'],
    fr: ['Santé CX', "Santé de l'expérience client"],
    it: ['Stato CX', "Stato dell'esperienza cliente"],
    es: ['Estado de CX', 'Estado de la experiencia del cliente'],
  },
} satisfies Record<string, LabelSet>;

export const CX_HEALTH_WORDS = {
  veryPoor: { en: ['Very poor'], zh: ['非常差', '极差'], de: ['Sehr schlecht'], ja: ['非常に悪い'], fr: ['Très mauvais', 'Très mauvaise'], it: ['Molto scarso', 'Pessimo'], es: ['Muy deficiente', 'Muy mala', 'Muy malo'] },
  poor: { en: ['Poor'], zh: ['差', '较差'], de: ['Schlecht'], ja: ['悪い'], fr: ['Mauvais', 'Mauvaise'], it: ['Scarso'], es: ['Deficiente', 'Mala', 'Malo'] },
  fair: { en: ['Fair'], zh: ['一般', '尚可'], de: ['Mittelmäßig', 'Ausreichend'], ja: ['普通'], fr: ['Moyen', 'Moyenne'], it: ['Discreto', 'Sufficiente'], es: ['Regular', 'Aceptable'] },
  good: { en: ['Good'], zh: ['良好', '好'], de: ['Gut'], ja: ['良い'], fr: ['Bon', 'Bonne'], it: ['Buono'], es: ['Buena', 'Bueno'] },
  excellent: { en: ['Excellent'], zh: ['极好', '优秀'], de: ['Ausgezeichnet', 'Sehr gut'], ja: ['非常に良い', '優良'], fr: ['Excellent', 'Excellente'], it: ['Eccellente', 'Ottimo'], es: ['Excelente'] },
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
};
