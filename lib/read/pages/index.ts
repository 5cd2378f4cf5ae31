/**
 * The page adapters, one file each (contract §1). Adding a page kind is one import and one line here.
 */
import { sourceOfHost } from '../marketplaces';
import { accountHealthAdapter } from './account-health';
import { adsCampaignsAdapter } from './ads-campaigns';
import { adsProductsAdapter } from './ads-products';
import { businessReportsAdapter } from './business-reports';
import { feedbackAdapter } from './feedback';
import { inventoryAdapter } from './inventory';
import { inventoryPerformanceAdapter } from './inventory-performance';
import { restockAdapter } from './restock';
import { reviewsAdapter } from './reviews';
import { voiceOfCustomerAdapter } from './voice-of-customer';
import type { PageAdapter } from './types';

export const ADAPTERS: readonly PageAdapter[] = [
  accountHealthAdapter,
  inventoryAdapter,
  inventoryPerformanceAdapter,
  businessReportsAdapter,
  feedbackAdapter,
  adsCampaignsAdapter,
  restockAdapter,
  voiceOfCustomerAdapter,
  adsProductsAdapter,
  reviewsAdapter,
];

/** The adapter that serves a URL: the host must be a listed one of the adapter's source. */
export function adapterFor(url: URL): PageAdapter | undefined {
  const source = sourceOfHost(url.hostname);
  if (!source) return undefined;
  return ADAPTERS.find((a) => a.source === source && a.matches(url));
}
