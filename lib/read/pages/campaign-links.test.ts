import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { targetingHintOfName } from '../ad-link';
import { campaignOfPage, campaignTypeOfText, targetingOfText } from '../ad-links';
import { pageContext } from '../page-context';
import { adsCampaignsAdapter } from './ads-campaigns';

function page(url: string, body: string) {
  const dom = new JSDOM(`<!doctype html><html lang="en-US"><body><button data-testid="date-range-picker">Nov 20, 2026 - Nov 20, 2026</button>${body}</body></html>`, { url });
  const document = dom.window.document;
  const result = adsCampaignsAdapter.read(document, pageContext(document, new URL(url), 'US'));
  dom.window.close();
  return result;
}

describe('links of the campaign manager grid', () => {
  it('campaign rows: type and targeting from their columns, the id from the name link, the name cell for the badge', () => {
    const result = page(
      'https://advertising.amazon.com/cm/campaigns',
      `<table><thead><tr><th>Campaign name</th><th>Type</th><th>Targeting</th><th>Spend</th></tr></thead><tbody>
        <tr><td><a href="/cm/sp/campaigns/77/ad-groups">Auto Seat Cover – Broad</a></td><td>Sponsored Products</td><td>Manual</td><td>$10.00</td></tr>
        <tr><td><a href="/cm/sb/campaigns/78/ad-groups">Brand 1</a></td><td>Sponsored Brands</td><td>—</td><td>$5.00</td></tr>
      </tbody></table>`,
    );
    expect(result.problems).toEqual([]);
    expect(result.links?.map((l) => l.link)).toEqual([
      { kind: 'campaign', campaign: 'Auto Seat Cover – Broad', campaignId: '77', campaignType: 'SP', typeSource: 'column', targeting: 'manual', targetingSource: 'column' },
      { kind: 'campaign', campaign: 'Brand 1', campaignId: '78', campaignType: 'SB', typeSource: 'column' },
    ]);
    expect(result.links?.every((l) => l.element?.tagName === 'TD' && l.scope === 'campaign')).toBe(true);
  });

  it('ad group and search term rows belong to the campaign of the breadcrumb (by the URL\'s ids)', () => {
    const crumbs = `<nav aria-label="Breadcrumb"><a href="/cm/campaigns">All campaigns</a> › <a href="/cm/sp/campaigns/77/ad-groups">SP | Auto › Bowls</a> › <a href="/cm/sp/campaigns/77/ad-groups/9/ads">Group A</a> › <span aria-current="page">Search terms</span></nav>`;
    const groups = page(
      'https://advertising.amazon.com/cm/sp/campaigns/77/ad-groups',
      `<nav aria-label="Breadcrumb"><a href="/cm/campaigns">All campaigns</a> › <span aria-current="page">SP | Auto › Bowls</span></nav>
       <table><thead><tr><th>Ad group name</th><th>Spend</th></tr></thead><tbody><tr><td>Group A</td><td>$3.00</td></tr></tbody></table>`,
    );
    expect(groups.links?.map((l) => [l.entity, l.scope, l.link])).toEqual([['SP | Auto › Bowls › Group A', 'adGroup', { kind: 'campaign', campaign: 'SP | Auto › Bowls', campaignId: '77' }]]);
    const terms = page(
      'https://advertising.amazon.com/cm/sp/campaigns/77/ad-groups/9/search-terms',
      `${crumbs}<table><thead><tr><th>Customer search term</th><th>Clicks</th></tr></thead><tbody><tr><td>dog bowl</td><td>12</td></tr></tbody></table>`,
    );
    expect(terms.links?.map((l) => l.link)).toEqual([{ kind: 'searchTerm', campaign: 'SP | Auto › Bowls', campaignId: '77', adGroup: 'Group A', term: 'dog bowl' }]);
  });

  it('a page whose breadcrumb does not link the campaign links nothing (never a guess)', () => {
    const dom = new JSDOM('<div class="cm-breadcrumb">Campaigns › SP | Yoga › Group 1</div>', { url: 'https://advertising.amazon.com/cm/sp/campaigns/5/ad-groups/6/search-terms' });
    expect(campaignOfPage(dom.window.document, new URL(dom.window.location.href))).toEqual({ campaignId: '5', adGroupId: '6' });
    dom.window.close();
  });

  it('words of type and targeting, and the name hint', () => {
    expect(['Sponsored Display', '商品推广', 'Sponsored Brands video', 'Other'].map(campaignTypeOfText)).toEqual(['SD', 'SP', 'SB', undefined]);
    expect(['Automatic', '手动投放', 'Manuell', '—'].map(targetingOfText)).toEqual(['auto', 'manual', 'manual', undefined]);
    expect(['SP | Auto - Pet Shampoo - Q4', 'Auto Seat Cover – Broad', 'Autoteile Kampagne', '自动-宠物碗', 'SP | Product Targeting - Cat Tree'].map(targetingHintOfName)).toEqual(['auto', 'manual', undefined, 'auto', 'manual']);
  });
});
