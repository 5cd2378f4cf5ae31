import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { deepQueryAll, deepQueryAllOutside, hasShadowRoots, readingDom, visibleText } from './dom';

/** Adds markup to a tree (parsed by jsdom, as a page's own content would be). */
const fill = (root: ParentNode, html: string) => root.append(JSDOM.fragment(html));

/** A page with open shadow roots (one nested), a closed one, and overlay hosts of ours. */
function page(): Document {
  const { window } = new JSDOM(`<!doctype html><body>
    <div class="v" id="light">1</div>
    <kat-card id="card"></kat-card>
    <sol-badge data-sol-badge id="badge"></sol-badge>
    <sol-panel data-sol-panel id="panel"></sol-panel>
    <closed-box id="closed"></closed-box>
  </body>`);
  const doc = window.document;
  const card = doc.getElementById('card')!.attachShadow({ mode: 'open' });
  fill(card, '<div class="v" id="in-card">2</div><kat-row id="row"></kat-row>');
  const row = (card.getElementById('row') as Element).attachShadow({ mode: 'open' });
  fill(row, '<span class="v" id="in-row">3</span>');
  // The overlay's panel has an open shadow root: what is in it is never the page's.
  fill(doc.getElementById('panel')!.attachShadow({ mode: 'open' }), '<div class="v" id="in-panel">9</div>');
  doc.getElementById('badge')!.setAttribute('class', 'v');
  fill(doc.getElementById('closed')!.attachShadow({ mode: 'closed' }), '<div class="v">hidden</div>');
  return doc;
}

const ids = (els: Element[]) => els.map((el) => el.id);

describe('deepQueryAll', () => {
  it('finds matches in the light DOM and in open shadow roots, in document order, never in the overlay', () => {
    const doc = page();
    expect(ids(deepQueryAll(doc, '.v'))).toEqual(['light', 'in-card', 'in-row']);
    expect(hasShadowRoots(doc)).toBe(true);
    expect(hasShadowRoots(doc.getElementById('light')!)).toBe(false);
  });

  it('answers the same inside a read, where one scan of the shadow roots serves every query', () => {
    const doc = page();
    const outside = [ids(deepQueryAll(doc, '.v')), ids(deepQueryAll(doc, 'span')), ids(deepQueryAll(doc.body, 'div'))];
    const inside = readingDom(() => [ids(deepQueryAll(doc, '.v')), ids(deepQueryAll(doc, 'span')), ids(deepQueryAll(doc.body, 'div'))]);
    expect(inside).toEqual(outside);
  });

  it('answers the same inside a read for an element, whose roots come from the scan of its document', () => {
    const doc = page();
    const card = doc.getElementById('card')!;
    const outside = [ids(deepQueryAll(doc.body, '.v')), ids(deepQueryAll(card, '.v')), ids(deepQueryAll(doc.getElementById('light')!, '*')), hasShadowRoots(card), hasShadowRoots(doc.body)];
    const inside = readingDom(() => {
      deepQueryAll(doc, '.v'); // the document's scan first, as a read makes it
      return [ids(deepQueryAll(doc.body, '.v')), ids(deepQueryAll(card, '.v')), ids(deepQueryAll(doc.getElementById('light')!, '*')), hasShadowRoots(card), hasShadowRoots(doc.body)];
    });
    // The card's own shadow root is not under the card (as a walk from it finds): only the light DOM.
    expect(outside).toEqual([['light', 'in-card', 'in-row'], [], [], false, true]);
    expect(inside).toEqual(outside);
  });

  it('reads the same text inside a read, the overlay left out', () => {
    const doc = page();
    const box = doc.createElement('div');
    doc.body.append(box);
    fill(box, '<span>Available</span><div> 240 </div><sol-badge data-sol-badge>!</sol-badge><i>x</i>');
    const texts = () => [visibleText(doc.body), visibleText(box), visibleText(box.querySelector('i')!), visibleText(doc.getElementById('badge')!)];
    const outside = texts();
    const inside = readingDom(() => {
      deepQueryAll(doc, '.v');
      return texts();
    });
    expect(outside[1]).toBe('Available 240 x');
    expect(inside).toEqual(outside);
  });

  it('scans again in the next read: a shadow root added between reads is found', () => {
    const doc = page();
    expect(readingDom(() => ids(deepQueryAll(doc, '.late')))).toEqual([]);
    const host = doc.createElement('late-box');
    doc.body.append(host);
    fill(host.attachShadow({ mode: 'open' }), '<i class="late" id="late"></i>');
    expect(readingDom(() => ids(deepQueryAll(doc, '.late')))).toEqual(['late']);
  });

  it('knows the overlay by its undefined sol-* hosts, and reads a defined component and a look-alike of the page', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const doc = window.document;
    // A component the page defines, with its shadow root: its contents are the page's.
    window.customElements.define('kat-defined', class extends window.HTMLElement {});
    const component = doc.createElement('kat-defined');
    doc.body.append(component);
    fill(component.attachShadow({ mode: 'open' }), '<i class="v" id="in-defined">1</i>');
    // The overlay's host: a sol-* element that nobody defines, whose shadow root is never read.
    const host = doc.createElement('sol-badge');
    host.setAttribute('data-sol-badge', '');
    doc.body.append(host);
    fill(host.attachShadow({ mode: 'open' }), '<i class="v" id="in-overlay">2</i>');
    // The page's own element that happens to carry the attribute is not the overlay.
    fill(doc.body, '<div data-sol-badge><i class="v" id="in-page-div">3</i></div>');
    const read = () => [ids(deepQueryAll(doc, '.v')), visibleText(doc.body)];
    expect(read()).toEqual([['in-page-div', 'in-defined'], '1 3']);
    expect(readingDom(read)).toEqual(read());
  });

  it('finds outside given elements what it finds everywhere less what lies in them, shadow roots included', () => {
    const doc = page();
    const card = doc.getElementById('card')!;
    const everywhere = ids(deepQueryAll(doc, '.v'));
    expect(ids(deepQueryAllOutside(doc, '.v', []))).toEqual(everywhere);
    // The card's shadow tree (and the row's nested in it) lies inside the card.
    expect(ids(deepQueryAllOutside(doc, '.v', [card]))).toEqual(['light']);
    expect(readingDom(() => ids(deepQueryAllOutside(doc, '.v', [doc.getElementById('light')!])))).toEqual(['in-card', 'in-row']);
  });

  it('does not walk into the elements it leaves out', () => {
    const doc = page();
    const big = doc.createElement('div');
    fill(big, '<i class="v"></i>'.repeat(50));
    doc.body.append(big);
    const matched: Element[] = [];
    const matches = doc.defaultView!.Element.prototype.matches;
    doc.defaultView!.Element.prototype.matches = function (this: Element, selector: string) {
      matched.push(this);
      return matches.call(this, selector);
    };
    expect(ids(deepQueryAllOutside(doc, '.v', [big]))).toEqual(['light', 'in-card', 'in-row']);
    expect(matched.filter((el) => big.contains(el))).toEqual([]);
  });

  it('leaves out elements put inside an overlay host by someone else', () => {
    const doc = page();
    const stray = doc.createElement('div');
    stray.className = 'v';
    stray.id = 'stray';
    doc.getElementById('badge')!.append(stray);
    expect(ids(deepQueryAll(doc, '.v'))).toEqual(['light', 'in-card', 'in-row']);
  });
});

describe('visibleText', () => {
  it('reads shadow roots and slots, skips scripts and the overlay, folds white space', () => {
    const doc = page();
    const box = doc.createElement('div');
    fill(box, '<span>Available</span><div> 240 </div><script>x()</script><sol-badge data-sol-badge>!</sol-badge>');
    const host = doc.createElement('kat-label');
    fill(host.attachShadow({ mode: 'open' }), '<b>units</b> <slot></slot>');
    host.textContent = 'shown';
    box.append(host);
    expect(visibleText(box)).toBe('Available 240 units shown');
  });

  it('reads a chain of lone elements as the walk does: through to the text, stopping at anything else', () => {
    const doc = page();
    const cell = (html: string) => {
      const div = doc.createElement('div');
      fill(div, html);
      return div;
    };
    expect(visibleText(cell('<span class="n"> 1,234\u00a0 </span>'))).toBe('1,234');
    expect(visibleText(cell('<div><span><b>12.5%</b></span></div>'))).toBe('12.5%');
    // Text beside the lone element, two elements, a skipped tag, a slot, the overlay: the walk's answer.
    expect(visibleText(cell('<span>1</span>2'))).toBe('1 2');
    expect(visibleText(cell('<span>1</span><span>2</span>'))).toBe('1 2');
    expect(visibleText(cell('<div><script>x()</script></div>'))).toBe('');
    expect(visibleText(cell('<div><sol-badge data-sol-badge>!</sol-badge></div>'))).toBe('');
    expect(visibleText(cell('<span>$5.00<sol-badge data-sol-badge>!</sol-badge></span>'))).toBe('$5.00');
    const host = cell('<kat-label>light</kat-label>');
    fill(host.firstElementChild!.attachShadow({ mode: 'open' }), '<b>shadow</b>');
    expect(visibleText(host)).toBe('shadow');
    expect(readingDom(() => visibleText(host))).toBe('shadow');
  });
});
