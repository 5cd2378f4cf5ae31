/**
 * The page reader of Seller Central's pages: its adapters, the capture session and the overlay with
 * Seller Central's own layers (lib/content/install-reader.ts). It starts itself once evaluated: imported as a
 * module by the page's loader, or injected by the background.
 */
import { startReader } from '@/lib/content/install-reader';
import { sellerCentralLayers } from '@/lib/content/seller-central-layers';
import { SELLER_CENTRAL_ADAPTERS } from '@/lib/read/pages/seller-central';

export default defineUnlistedScript(() => startReader(SELLER_CENTRAL_ADAPTERS, sellerCentralLayers));
