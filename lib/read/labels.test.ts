import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_HEALTH_LABELS,
  ADS_LABELS,
  BUSINESS_REPORTS_LABELS,
  cleanLabel,
  CX_HEALTH_WORDS,
  FEEDBACK_LABELS,
  findLabel,
  INVENTORY_LABELS,
  INVENTORY_PERFORMANCE_LABELS,
  labelKey,
  LANGS,
  RESTOCK_ALERT_WORDS,
  RESTOCK_LABELS,
  VOICE_OF_CUSTOMER_LABELS,
  type LabelSet,
} from './labels';

const ALL_SETS: Record<string, Record<string, LabelSet>> = {
  ACCOUNT_HEALTH_LABELS,
  INVENTORY_LABELS,
  INVENTORY_PERFORMANCE_LABELS,
  BUSINESS_REPORTS_LABELS,
  FEEDBACK_LABELS,
  ADS_LABELS,
  RESTOCK_LABELS,
  RESTOCK_ALERT_WORDS,
  VOICE_OF_CUSTOMER_LABELS,
  CX_HEALTH_WORDS,
};

/** Ways pages decorate a label that must not change what it names. */
const DECORATIONS: [string, (label: string) => string][] = [
  ['upper case', (l) => l.toUpperCase()],
  ['an info icon', (l) => `${l} ⓘ`],
  ['"Learn more" help text', (l) => `${l} Learn more`],
  ['bidi marks', (l) => `\u200f${l}\u200e\u061c`],
  ['an isolate', (l) => `\u2067${l}\u2069`],
  ['full-width form', (l) => l.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  ['a trailing colon', (l) => `${l}:`],
  ['a full-width colon', (l) => `${l}：`],
  ['doubled spaces', (l) => l.replace(/ /g, '  ')],
];

describe('every phrase of every set names its own key, in every language', () => {
  for (const [setName, sets] of Object.entries(ALL_SETS)) {
    for (const [key, set] of Object.entries(sets)) {
      it(`${setName}.${key} knows all ${LANGS.length} languages`, () => {
        for (const lang of LANGS) expect(set[lang]?.length ?? 0, `${setName}.${key}.${lang}`).toBeGreaterThan(0);
      });
      // Phrases shared by two keys of one set (a bare "SKU") are deliberately ambiguous; skip them.
      const phrases = LANGS.flatMap((lang) => set[lang] ?? []).filter(
        (p) => !Object.entries(sets).some(([other, o]) => other !== key && LANGS.some((l) => (o[l] ?? []).some((q) => labelKey(q) === labelKey(p)))),
      );
      it(`${setName}.${key}: its phrases, plain and decorated`, () => {
        for (const phrase of phrases) {
          expect(findLabel(phrase, sets), phrase).toBe(key);
          for (const [how, decorate] of DECORATIONS) expect(findLabel(decorate(phrase), sets), `${phrase} with ${how}`).toBe(key);
        }
      });
    }
  }
});

describe('reworded labels are found by their words', () => {
  const cases: [string, Record<string, LabelSet>, string][] = [
    ['Rückbelastungsanträge', ACCOUNT_HEALTH_LABELS, 'chargebackRate'],
    ['Chargeback claim rate (60 days)', ACCOUNT_HEALTH_LABELS, 'chargebackRate'],
    ['Order defect rate for seller-fulfilled orders', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Account health score', ACCOUNT_HEALTH_LABELS, 'accountHealthRating'],
    ['Bestellmängelrate', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Late dispatch rate', ACCOUNT_HEALTH_LABELS, 'lateShipmentRate'],
    ['Cancellation rate before fulfillment', ACCOUNT_HEALTH_LABELS, 'preFulfillmentCancelRate'],
    ['Tracking rate (valid)', ACCOUNT_HEALTH_LABELS, 'validTrackingRate'],
    ['On time delivery', ACCOUNT_HEALTH_LABELS, 'onTimeDeliveryRate'],
    ['A-to-z Guarantee claims rate', ACCOUNT_HEALTH_LABELS, 'atozClaimRate'],
    ['Negative seller feedback', ACCOUNT_HEALTH_LABELS, 'negativeFeedbackRate'],
    ['주문 결함 비율', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['배송 지연 비율', ACCOUNT_HEALTH_LABELS, 'lateShipmentRate'],
    ['نسبة عيوب الطلبات', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Taxa de pedidos defeituosos', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Kusurlu sipariş yüzdesi', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Percentage defecte bestellingen', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Odsetek wadliwych zamówień', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Defekta beställningar (andel)', ACCOUNT_HEALTH_LABELS, 'orderDefectRate'],
    ['Your IPI', INVENTORY_PERFORMANCE_LABELS, 'ipiScore'],
    ['Excess inventory rate', INVENTORY_PERFORMANCE_LABELS, 'excessInventoryPct'],
    ['Stranded inventory rate', INVENTORY_PERFORMANCE_LABELS, 'strandedInventoryPct'],
    ['Sell through', INVENTORY_PERFORMANCE_LABELS, 'sellThroughRate'],
    ['In stock percentage', INVENTORY_PERFORMANCE_LABELS, 'inStockRate'],
    ['Units older than 365 days', INVENTORY_PERFORMANCE_LABELS, 'agedOver365Pct'],
    ['Featured Offer Percentage (Buy Box) - Total', BUSINESS_REPORTS_LABELS, 'buyBoxPct'],
    ['Buy Box %', BUSINESS_REPORTS_LABELS, 'buyBoxPct'],
    ['おすすめ出品の獲得率（カートボックス）', BUSINESS_REPORTS_LABELS, 'buyBoxPct'],
    ['カートボックス獲得率 - 合計', BUSINESS_REPORTS_LABELS, 'buyBoxPct'],
    ['Total Sessions', BUSINESS_REPORTS_LABELS, 'sessionsTotal'],
    ['Ordered units', BUSINESS_REPORTS_LABELS, 'unitsOrdered'],
    ['Seller feedback score', FEEDBACK_LABELS, 'feedbackRating'],
  ];
  for (const [text, sets, key] of cases) {
    it(`"${text}" is ${key}`, () => {
      expect(findLabel(text, sets)).toBe(key);
      expect(findLabel(`${text} ⓘ Learn more`, sets)).toBe(key);
      expect(findLabel(`\u200f${text.toUpperCase()}:`, sets)).toBe(key);
    });
  }
});

describe('what must not be read', () => {
  const traps: [string, Record<string, LabelSet>][] = [
    // B2B columns and neighbours of a count or a percentage
    ['Featured Offer (Buy Box) Percentage - B2B', BUSINESS_REPORTS_LABELS],
    ['Buy Box % (B2B)', BUSINESS_REPORTS_LABELS],
    ['Sessions - Total - B2B', BUSINESS_REPORTS_LABELS],
    ['Session Percentage - Total', BUSINESS_REPORTS_LABELS],
    ['Total Session Percentage', BUSINESS_REPORTS_LABELS],
    ['Sessions - Mobile App Total', BUSINESS_REPORTS_LABELS],
    ['Units Ordered - B2B', BUSINESS_REPORTS_LABELS],
    ['Page Views Percentage - Total', BUSINESS_REPORTS_LABELS],
    // qualifiers that make another figure
    ['IPI threshold', INVENTORY_PERFORMANCE_LABELS],
    ['IPI-Schwellenwert', INVENTORY_PERFORMANCE_LABELS],
    ['Over 365 days', INVENTORY_PERFORMANCE_LABELS],
    ['Out of stock rate', INVENTORY_PERFORMANCE_LABELS],
    ['Negative feedback rating', FEEDBACK_LABELS],
    // two metrics fit: neither is read
    ['Order Defect Rate: Negative feedback', ACCOUNT_HEALTH_LABELS],
    ['Late shipment and cancellation rate', ACCOUNT_HEALTH_LABELS],
    ['Excess and stranded inventory', INVENTORY_PERFORMANCE_LABELS],
    // sentences are help text, not labels
    ['Your Order Defect Rate is the percentage of orders with a defect.', ACCOUNT_HEALTH_LABELS],
    // nothing fits
    ['Shipping performance', ACCOUNT_HEALTH_LABELS],
    ['Policy compliance', ACCOUNT_HEALTH_LABELS],
  ];
  for (const [text, sets] of traps) {
    it(`"${text}" is read as nothing`, () => expect(findLabel(text, sets)).toBeUndefined());
  }
});

describe('taught labels', () => {
  const taught = [
    { label: labelKey('Rate of claims under the guarantee'), metric: 'atozClaimRate' },
    { label: labelKey('Order Defect Rate'), metric: 'chargebackRate' },
  ];
  it('place a label the built-in words do not know, however the page writes it', () => {
    expect(findLabel('Rate of claims under the guarantee', ACCOUNT_HEALTH_LABELS)).toBeUndefined();
    expect(findLabel('RATE OF CLAIMS UNDER THE GUARANTEE ⓘ:', ACCOUNT_HEALTH_LABELS, taught)).toBe('atozClaimRate');
  });
  it('never override the built-in words', () => {
    expect(findLabel('Order Defect Rate', ACCOUNT_HEALTH_LABELS, taught)).toBe('orderDefectRate');
  });
  it('apply only to metrics of the sets asked about', () => {
    expect(findLabel('Rate of claims under the guarantee', INVENTORY_PERFORMANCE_LABELS, taught)).toBeUndefined();
  });
  it('do not place a label that two built-in metrics fit', () => {
    const both = [{ label: labelKey('Late shipment and cancellation rate'), metric: 'lateShipmentRate' }];
    expect(findLabel('Late shipment and cancellation rate', ACCOUNT_HEALTH_LABELS, both)).toBeUndefined();
  });
});

describe('labelKey and cleanLabel', () => {
  it('give one key however the label is decorated', () => {
    const key = labelKey('Order Defect Rate');
    for (const text of ['order defect rate', 'Order Defect Rate ⓘ', 'Order Defect Rate Learn more', '\u200fOrder Defect Rate:', 'Ｏｒｄｅｒ Ｄｅｆｅｃｔ Ｒａｔｅ', 'Order Defect Rate (Learn more)']) {
      expect(labelKey(text), text).toBe(key);
    }
    expect(labelKey('Tasa de defectos Más información')).toBe(labelKey('Tasa de defectos'));
    expect(labelKey('订单缺陷率 了解更多')).toBe(labelKey('订单缺陷率'));
  });
  it('keep what the page shows, less its decoration', () => {
    expect(cleanLabel('\u200fمعدل عيوب الطلبات ⓘ')).toBe('معدل عيوب الطلبات');
    expect(cleanLabel('Chargeback claims Learn more')).toBe('Chargeback claims');
    expect(cleanLabel('Learn more about ODR')).toBe('Learn more about ODR');
  });
});

describe('the rewordings and decorations the issue names', () => {
  it('"Featured Offer (Buy Box) Percentage" is the Buy Box percentage, its B2B column is not', () => {
    expect(findLabel('Featured Offer (Buy Box) Percentage', BUSINESS_REPORTS_LABELS)).toBe('buyBoxPct');
    expect(findLabel('Featured Offer (Buy Box) Percentage - B2B', BUSINESS_REPORTS_LABELS)).toBeUndefined();
  });
  it('accents left out still name the metric', () => {
    expect(findLabel('Taux de defauts de commande', ACCOUNT_HEALTH_LABELS)).toBe('orderDefectRate');
    expect(findLabel('Ruckbuchungsantrage', ACCOUNT_HEALTH_LABELS)).toBe('chargebackRate');
  });
  it('help text in Chinese, Spanish and Arabic is not part of the label', () => {
    expect(findLabel('订单缺陷率 详细了解', ACCOUNT_HEALTH_LABELS)).toBe('orderDefectRate');
    expect(findLabel('Tasa de defectos en pedidos Más información', ACCOUNT_HEALTH_LABELS)).toBe('orderDefectRate');
    expect(findLabel('معدل تأخر الشحن \u2067معرفة المزيد\u2069', ACCOUNT_HEALTH_LABELS)).toBe('lateShipmentRate');
  });
  it('the terms the issue gives for the new languages name the order defect rate', () => {
    for (const text of ['주문 결함률', 'معدل العيوب في الطلبات', 'Taxa de defeitos em pedidos', 'Sipariş Kusur Oranı', 'Percentage orderfouten', 'Wskaźnik wadliwych zamówień', 'Andel defekta beställningar']) {
      expect(findLabel(text, ACCOUNT_HEALTH_LABELS), text).toBe('orderDefectRate');
    }
    expect(findLabel('배송 지연율', ACCOUNT_HEALTH_LABELS)).toBe('lateShipmentRate');
  });
});
