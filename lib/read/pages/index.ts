/**
 * The page adapters, one file each (contract §1), listed per site: `seller-central.ts` and
 * `advertising.ts`. Each site has its own page reader, which carries only that site's adapters and
 * words (entrypoints/reader-*.ts); the tests see them all here.
 */
import { ADVERTISING_ADAPTERS } from './advertising';
import { SELLER_CENTRAL_ADAPTERS } from './seller-central';
import type { PageAdapter } from './types';

export const ADAPTERS: readonly PageAdapter[] = [...SELLER_CENTRAL_ADAPTERS, ...ADVERTISING_ADAPTERS];
