import { describe, expect, it } from 'vitest';
import { ADAPTER_IDS, ADAPTER_SITES } from '../record';
import { ADAPTERS } from '.';
import { ADVERTISING_ADAPTERS } from './advertising';
import { SELLER_CENTRAL_ADAPTERS } from './seller-central';
import { adapterFor } from './adapter-for';

describe('the adapter registry', () => {
  it('has one adapter per page kind, each on the site the stored rows are checked against', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...ADAPTER_IDS].sort());
    for (const adapter of ADAPTERS) expect(adapter.source, adapter.id).toBe(ADAPTER_SITES[adapter.id]);
  });

  it('lists each adapter with its site, for that site\'s page reader', () => {
    for (const adapter of SELLER_CENTRAL_ADAPTERS) expect(adapter.source, adapter.id).toBe('sellercentral');
    for (const adapter of ADVERTISING_ADAPTERS) expect(adapter.source, adapter.id).toBe('advertising');
    expect(new Set(ADAPTERS).size).toBe(ADAPTERS.length);
  });

  it('finds no adapter for a page it does not read', () => {
    expect(adapterFor(new URL('https://sellercentral.amazon.com/messaging/inbox'), ADAPTERS)).toBeUndefined();
  });
});
