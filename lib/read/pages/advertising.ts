/**
 * The adapters of the Advertising console's pages: what the Advertising reader (`reader-advertising.js`)
 * carries. A page kind added on the console is one import and one line here.
 */
import { adsCampaignsAdapter } from './ads-campaigns';
import { adsProductsAdapter } from './ads-products';
import type { PageAdapter } from './types';

export const ADVERTISING_ADAPTERS: readonly PageAdapter[] = [adsCampaignsAdapter, adsProductsAdapter];
