/**
 * Report files with their headers in the UI languages the page label sets support beyond en, zh, de, ja,
 * fr, it, es (those have their own fixtures in reports.test.ts): ko, ar, pt, tr, nl, pl, sv. Each file is
 * recognised as its kind and read to the same values as the English one. Numbers are written as the
 * language writes them (decimal commas in pt, tr, nl, pl, sv).
 */
import { describe, expect, it } from 'vitest';
import { readReport, recognizeReport } from '.';
import { tableOfText } from './file-table';
import type { ReportOptions, ReportValue } from './report-core';

const WEEK = '2026-11-14..2026-11-20';

function lines(values: readonly ReportValue[]): string[] {
  return values.map(({ record: r, marketplace }) => `${marketplace ? `${marketplace}:` : ''}${r.metric} ${r.entity} = ${r.value}${r.status ? ` ${r.status}` : ''}`).sort();
}

async function readText(text: string, options: ReportOptions) {
  const table = await tableOfText(text);
  if (!table.ok) throw new Error(table.error.detail);
  const reader = recognizeReport(table.table.headers);
  return { kind: typeof reader === 'string' ? reader : reader.kind, outcome: readReport(table.table, options) };
}

const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n';
const tsv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

type Lang = 'ko' | 'ar' | 'pt' | 'tr' | 'nl' | 'pl' | 'sv';
const COMMA: ReadonlySet<Lang> = new Set(['pt', 'tr', 'nl', 'pl', 'sv']);
const MARKETPLACE: Record<Lang, NonNullable<ReportOptions['marketplace']>> = { ko: 'US', ar: 'AE', pt: 'BR', tr: 'TR', nl: 'NL', pl: 'PL', sv: 'SE' };

/** Search Term Report headers: start and end date, search term, then the figures. */
const SEARCH_TERM: Record<Lang, string[]> = {
  ko: ['시작 날짜', '종료 날짜', '고객 검색어', '노출수', '클릭수', '클릭률 (CTR)', '클릭당 비용 (CPC)', '지출', '7일 총 매출', '7일 총 주문 수(#)', '총 광고비 대비 매출액 (ACOS)', '총 광고 투자수익률 (ROAS)'],
  ar: ['تاريخ البدء', 'تاريخ الانتهاء', 'مصطلح بحث العميل', 'مرات الظهور', 'النقرات', 'نسبة النقر إلى الظهور (CTR)', 'تكلفة النقرة (CPC)', 'الإنفاق', 'إجمالي المبيعات خلال 7 أيام', 'إجمالي الطلبات خلال 7 أيام (#)', 'إجمالي تكلفة الإعلان من المبيعات (ACOS)', 'إجمالي العائد على الإنفاق الإعلاني (ROAS)'],
  pt: ['Data de início', 'Data de término', 'Termo de pesquisa do cliente', 'Impressões', 'Cliques', 'Taxa de cliques (CTR)', 'Custo por clique (CPC)', 'Gasto', 'Vendas totais de 7 dias', 'Pedidos totais de 7 dias (#)', 'Custo de publicidade das vendas (ACOS) total', 'Retorno sobre o investimento em publicidade (ROAS) total'],
  tr: ['Başlangıç tarihi', 'Bitiş tarihi', 'Müşteri arama terimi', 'Gösterimler', 'Tıklamalar', 'Tıklama oranı (CTR)', 'Tıklama başına maliyet (CPC)', 'Harcama', '7 günlük toplam satışlar', '7 günlük toplam siparişler (#)', 'Toplam satışların reklam maliyeti (ACOS)', 'Toplam reklam harcamalarının getirisi (ROAS)'],
  nl: ['Begindatum', 'Einddatum', 'Zoekterm van klant', 'Vertoningen', 'Klikken', 'Klikfrequentie (CTR)', 'Kosten per klik (CPC)', 'Uitgaven', 'Totale verkopen in 7 dagen', 'Totaal aantal bestellingen in 7 dagen (#)', 'Totale advertentiekosten van verkopen (ACOS)', 'Totaal rendement op advertentie-uitgaven (ROAS)'],
  pl: ['Data rozpoczęcia', 'Data zakończenia', 'Wyszukiwana fraza klienta', 'Wyświetlenia', 'Kliknięcia', 'Współczynnik klikalności (CTR)', 'Koszt kliknięcia (CPC)', 'Wydatki', 'Łączna sprzedaż w ciągu 7 dni', 'Łączna liczba zamówień w ciągu 7 dni (#)', 'Łączny koszt reklamy w stosunku do sprzedaży (ACOS)', 'Łączny zwrot z wydatków na reklamę (ROAS)'],
  sv: ['Startdatum', 'Slutdatum', 'Kundens sökterm', 'Visningar', 'Klick', 'Klickfrekvens (CTR)', 'Kostnad per klick (CPC)', 'Kostnad', 'Total försäljning inom 7 dagar', 'Totalt antal beställningar inom 7 dagar (#)', 'Total annonskostnad för försäljning (ACOS)', 'Total avkastning på annonskostnad (ROAS)'],
};

/** Business Report by child item headers. */
const CHILD: Record<Lang, string[]> = {
  ko: ['(하위) ASIN', '세션 - 합계', '페이지 조회수 - 합계', '추천 오퍼(바이 박스) 비율', '주문 수량', '단위 세션 비율'],
  ar: ['(الفرعي) ASIN', 'الجلسات - الإجمالي', 'مشاهدات الصفحة - الإجمالي', 'نسبة العرض المميز (صندوق الشراء)', 'الوحدات المطلوبة', 'نسبة الوحدات إلى الجلسات'],
  pt: ['(Filho) ASIN', 'Sessões - Total', 'Visualizações de página - Total', 'Porcentagem de oferta em destaque (Buy Box)', 'Unidades pedidas', 'Porcentagem de sessões por unidade'],
  tr: ['(Alt) ASIN', 'Oturumlar - Toplam', 'Sayfa Görüntülemeleri - Toplam', 'Öne Çıkan Teklif (Buy Box) Yüzdesi', 'Sipariş Edilen Birimler', 'Birim Oturum Yüzdesi'],
  nl: ['(Onderliggende) ASIN', 'Sessies - Totaal', 'Paginaweergaven - Totaal', 'Percentage aanbevolen aanbieding (Buy Box)', 'Bestelde eenheden', 'Percentage eenheden per sessie'],
  pl: ['(Podrzędny) ASIN', 'Sesje - Łącznie', 'Wyświetlenia strony - Łącznie', 'Procent polecanej oferty (Buy Box)', 'Zamówione jednostki', 'Procent jednostek na sesję'],
  sv: ['(Underordnad) ASIN', 'Sessioner - Totalt', 'Sidvisningar - Totalt', 'Andel utvalt erbjudande (Buy Box)', 'Beställda enheter', 'Andel enheter per session'],
};

/** Restock report headers: SKU, days of supply, recommended quantity, alert, country. */
const RESTOCK: Record<Lang, string[]> = {
  ko: ['판매자 SKU', '총 공급 일수', '권장 재입고 수량', '알림', '국가'],
  ar: ['SKU البائع', 'إجمالي أيام التوريد', 'كمية إعادة التخزين الموصى بها', 'تنبيه', 'البلد'],
  pt: ['SKU do vendedor', 'Total de dias de suprimento', 'Quantidade de reposição recomendada', 'Alerta', 'País'],
  tr: ['Satıcı SKU', 'Toplam tedarik günü', 'Önerilen yenileme miktarı', 'Uyarı', 'Ülke'],
  nl: ['SKU van verkoper', 'Totaal aantal dagen voorraad', 'Aanbevolen aanvulhoeveelheid', 'Waarschuwing', 'Land'],
  pl: ['SKU sprzedawcy', 'Łączna liczba dni zapasu', 'Zalecana ilość uzupełnienia', 'Alert', 'Kraj'],
  sv: ['Säljar-SKU', 'Totalt antal dagars lager', 'Rekommenderad påfyllnadsmängd', 'Varning', 'Land'],
};

const LANGS = Object.keys(SEARCH_TERM) as Lang[];

describe.each(LANGS)('report headers in %s', (lang) => {
  const num = (text: string) => (COMMA.has(lang) ? text.replace('.', ',') : text);
  const marketplace = MARKETPLACE[lang];

  it('Search Term Report: recognised, every figure read, the term summed over its rows', async () => {
    const rows = [
      SEARCH_TERM[lang],
      ['2026-11-14', '2026-11-20', 'seat cover', '1000', '20', num('2.00'), num('0.60'), num('12.00'), num('99.50'), '3', num('12.06'), num('8.29')],
      ['2026-11-14', '2026-11-20', 'seat cover', '600', '20', num('3.33'), num('0.50'), num('10.00'), '0', '0', '', '0'],
    ];
    const { kind, outcome } = await readText(csv(rows), { marketplace });
    expect(kind).toBe('searchTermReport');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reading.badRows).toEqual([]);
    expect(outcome.reading.values.every((v) => v.record.period === WEEK)).toBe(true);
    expect(lines(outcome.reading.values)).toEqual([
      'acos seat cover = 22.11',
      'clicks seat cover = 40',
      'cpc seat cover = 0.55',
      'ctr seat cover = 2.5',
      'impressions seat cover = 1600',
      'orders seat cover = 3',
      'roas seat cover = 4.52',
      'sales seat cover = 99.5',
      'spend seat cover = 22',
    ]);
  });

  it('Business Report by child item: recognised and read', async () => {
    const rows = [CHILD[lang], ['B0CHILD001', '1204', '1830', num('97.50') + '%', '85', num('7.06') + '%']];
    const { kind, outcome } = await readText(csv(rows), { marketplace, period: WEEK });
    expect(kind).toBe('businessReportByChild');
    expect(outcome.ok && lines(outcome.reading.values)).toEqual([
      'buyBoxPct B0CHILD001 = 97.5',
      'pageViews B0CHILD001 = 1830',
      'sessions B0CHILD001 = 1204',
      'unitSessionPct B0CHILD001 = 7.06',
      'unitsOrdered B0CHILD001 = 85',
    ]);
  });

  it('Restock report: recognised and read, with the row country', async () => {
    const rows = [RESTOCK[lang], ['SEAT-GRY-01', num('12.5'), '40', 'reorder_now', marketplace === 'UK' ? 'GB' : marketplace], ['MAT-01', '41', '0', '', marketplace]];
    const { kind, outcome } = await readText(tsv(rows), {});
    expect(kind).toBe('restockReport');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reading.badRows).toEqual([]);
    expect(lines(outcome.reading.values)).toEqual([
      `${marketplace}:daysOfSupply MAT-01 = 41`,
      `${marketplace}:daysOfSupply SEAT-GRY-01 = 12.5`,
      `${marketplace}:recommendedQty MAT-01 = 0`,
      `${marketplace}:recommendedQty SEAT-GRY-01 = 40`,
      `${marketplace}:restockAlert MAT-01 = 0 none`,
      `${marketplace}:restockAlert SEAT-GRY-01 = 2 reorderNow`,
    ]);
  });
});

describe('FBA inventory report headers', () => {
  it('are the same codes in every UI language (afn-fulfillable-quantity...): a file from any marketplace reads', async () => {
    const text = 'sku\tasin\tafn-fulfillable-quantity\tafn-reserved-quantity\tafn-inbound-working-quantity\tafn-inbound-shipped-quantity\tafn-inbound-receiving-quantity\nSEAT-01\tB0SEAT0001\t120\t4\t10\t20\t5\n';
    const { kind, outcome } = await readText(text, { marketplace: 'PL' });
    expect(kind).toBe('fbaInventoryReport');
    expect(outcome.ok && lines(outcome.reading.values)).toEqual(['available SEAT-01 = 120', 'inbound SEAT-01 = 35', 'reserved SEAT-01 = 4']);
  });
});
