/**
 * The page reader of the Advertising console's pages: its adapters, the capture session and the overlay
 * (lib/content/install-reader.ts). It starts itself once evaluated: imported as a module by the page's loader, or
 * injected by the background.
 */
import { startReader } from '@/lib/content/install-reader';
import { ADVERTISING_ADAPTERS } from '@/lib/read/pages/advertising';

export default defineUnlistedScript(() => startReader(ADVERTISING_ADAPTERS));
