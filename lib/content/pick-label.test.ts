// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isFigure, labelOfPicked } from './pick-label';

/** A test page from fixed markup (parsed, never page-derived). */
function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

describe('the label of what the assistant pointed at', () => {
  it('a figure: the text beside it in its row, not another figure', () => {
    const doc = page('<div class="row"><span>Kundenzufriedenheitsdefekte <b>ⓘ</b></span><span>Target: under 1%</span><span id="v">0.42%</span></div>');
    expect(labelOfPicked(doc.getElementById('v')!)).toBe('Kundenzufriedenheitsdefekte ⓘ');
  });

  it('a label: its own text', () => {
    const doc = page('<div><span id="l">Order Defect Rate</span><span>0.42%</span></div>');
    expect(labelOfPicked(doc.getElementById('l')!)).toBe('Order Defect Rate');
  });

  it('a table cell: its column header; a header: itself', () => {
    const doc = page('<table><thead><tr><th>SKU</th><th id="h">Zuschlagsquote</th></tr></thead><tbody><tr><td>A1</td><td id="c">55%</td></tr></tbody></table>');
    expect(labelOfPicked(doc.getElementById('c')!)).toBe('Zuschlagsquote');
    expect(labelOfPicked(doc.getElementById('h')!)).toBe('Zuschlagsquote');
  });

  it('an ARIA grid cell: the header of its aria-colindex', () => {
    const doc = page('<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">Name</div><div role="columnheader" aria-colindex="2">Kosten</div></div><div role="row"><div role="gridcell" aria-colindex="1">C1</div><div role="gridcell" aria-colindex="2"><span id="g">$12.00</span></div></div></div>');
    expect(labelOfPicked(doc.getElementById('g')!)).toBe('Kosten');
  });

  it('a figure inside an open shadow root: the label in the light DOM beside its host', () => {
    const doc = page('<div><span>Rückstandsquote</span><kat-label id="k"></kat-label></div>');
    const host = doc.getElementById('k')!;
    const inner = doc.createElement('span');
    inner.id = 'inner';
    inner.textContent = '3.1%';
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(labelOfPicked(host.shadowRoot!.getElementById('inner')!)).toBe('Rückstandsquote');
  });

  it('tells figures from labels', () => {
    for (const figure of ['0.42%', '$1,234.56', 'USD 1,234', '—', 'N/A', '1.234,56 €', '1 234,56 zł', '٣٫٥٪']) expect(isFigure(figure), figure).toBe(true);
    for (const label of ['ODR', '订单缺陷率', 'Late shipment rate']) expect(isFigure(label), label).toBe(false);
  });
});
