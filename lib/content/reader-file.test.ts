import { describe, expect, it } from 'vitest';
import { readerFileFor } from './reader-file';

describe('readerFileFor', () => {
  it('gives each site its own reader', () => {
    expect(readerFileFor('https://sellercentral.amazon.de/inventory?ref=xx')).toBe('/reader-sellercentral.js');
    expect(readerFileFor('https://sellercentral-europe.amazon.com/performance/dashboard')).toBe('/reader-sellercentral.js');
    expect(readerFileFor('https://advertising.amazon.co.jp/cm/campaigns')).toBe('/reader-advertising.js');
  });

  it('gives none to a page the extension does not read, or no address', () => {
    expect(readerFileFor('https://www.amazon.com/dp/B000000000')).toBeUndefined();
    expect(readerFileFor('not a url')).toBeUndefined();
    expect(readerFileFor(undefined)).toBeUndefined();
  });
});
