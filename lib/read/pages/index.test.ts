import { describe, expect, it } from 'vitest';
import { ADAPTER_IDS, ADAPTER_SITES } from '../record';
import { ADAPTERS, adapterFor } from '.';

describe('the adapter registry', () => {
  it('has one adapter per page kind, each on the site the stored rows are checked against', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...ADAPTER_IDS].sort());
    for (const adapter of ADAPTERS) expect(adapter.source, adapter.id).toBe(ADAPTER_SITES[adapter.id]);
  });

  it('finds no adapter for a page it does not read', () => {
    expect(adapterFor(new URL('https://sellercentral.amazon.com/messaging/inbox'))).toBeUndefined();
  });
});
