/**
 * The adapters of Seller Central's pages: what the Seller Central reader (`reader-sellercentral.js`)
 * carries. A page kind added on Seller Central is one import and one line here.
 */
import { accountHealthAdapter } from './account-health';
import { businessReportsAdapter } from './business-reports';
import { feedbackAdapter } from './feedback';
import { inventoryAdapter } from './inventory';
import { inventoryPerformanceAdapter } from './inventory-performance';
import { restockAdapter } from './restock';
import { reviewsAdapter } from './reviews';
import { voiceOfCustomerAdapter } from './voice-of-customer';
import type { PageAdapter } from './types';

export const SELLER_CENTRAL_ADAPTERS: readonly PageAdapter[] = [
  accountHealthAdapter,
  inventoryAdapter,
  inventoryPerformanceAdapter,
  businessReportsAdapter,
  feedbackAdapter,
  restockAdapter,
  voiceOfCustomerAdapter,
  reviewsAdapter,
];
