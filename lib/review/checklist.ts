/**
 * The daily routine as a checklist: each page kind the extension reads, for each marketplace the
 * assistant works in, captured today or not, with the address that opens it (contract §1).
 */
import type { SellerOpsDb } from '../store/db';
import { capturedOnDay, type CapturedPages } from '../store/day-index';
import { ADVERTISING_HOSTS, MARKETPLACES, MARKETPLACE_IDS, SELLER_CENTRAL_HOSTS, isMarketplace, marketplaceFromHost, type Marketplace } from '../read/marketplaces';
import { ADAPTER_IDS, type AdapterId } from '../read/record';
import { decodeSnapshotKey, keyRange } from '../store/snapshot-key';
import type { Settings } from '../store/settings';

export type { CapturedPages };

/**
 * The routine's order: account health first, then stock and its restock plan, then sales, the customers'
 * word (feedback, Voice of the Customer) and ads. Page kinds added later and not placed here go last.
 */
const ROUTINE_ORDER: readonly AdapterId[] = ['account-health', 'inventory', 'inventory-performance', 'restock', 'business-reports', 'feedback', 'voice-of-customer', 'reviews', 'ads-campaigns', 'ads-products'];
export const CHECKLIST_PAGES: readonly AdapterId[] = [...ROUTINE_ORDER, ...ADAPTER_IDS.filter((id) => !ROUTINE_ORDER.includes(id))];

/** Where each page kind lives: the path on its host (contract §1), and whether that host is the ads console. */
const PAGE_ADDRESS: Record<AdapterId, { path: string; advertising: boolean }> = {
  'account-health': { path: '/performance/dashboard', advertising: false },
  inventory: { path: '/myinventory/inventory', advertising: false },
  'inventory-performance': { path: '/inventory-performance/dashboard', advertising: false },
  'business-reports': { path: '/business-reports#/report?id=102%3ADetailSalesTrafficByChildItem', advertising: false },
  feedback: { path: '/feedback-manager/index.html', advertising: false },
  'ads-campaigns': { path: '/cm/campaigns', advertising: true },
  restock: { path: '/restockinventory/recommendations', advertising: false },
  'voice-of-customer': { path: '/voice-of-the-customer', advertising: false },
  // The console's Ads tab across campaigns; each ad group's own Ads tab is read too.
  'ads-products': { path: '/cm/ads', advertising: true },
  reviews: { path: '/brand-customer-reviews', advertising: false },
};

const ID_OF_MARKETPLACE = new Map<Marketplace, string>(Object.entries(MARKETPLACE_IDS).map(([id, m]) => [m, id]));

/** The marketplace's own host of the right kind, else the .com one (whose account switcher reaches it). */
function hostFor(marketplace: Marketplace, advertising: boolean): string {
  const hosts = advertising ? ADVERTISING_HOSTS : SELLER_CENTRAL_HOSTS;
  return hosts.find((h) => marketplaceFromHost(h) === marketplace) ?? (advertising ? 'advertising.amazon.com' : 'sellercentral.amazon.com');
}

/**
 * The address that opens a page kind for a marketplace. Seller Central pages carry `mons_sel_mkid`,
 * which switches a unified account to that marketplace and tells the content script which one it is.
 */
export function checklistUrl(page: AdapterId, marketplace: Marketplace): string {
  const { path, advertising } = PAGE_ADDRESS[page];
  const url = new URL(`https://${hostFor(marketplace, advertising)}${path}`);
  const id = ID_OF_MARKETPLACE.get(marketplace);
  if (!advertising && id) url.searchParams.set('mons_sel_mkid', id);
  return url.toString();
}

/** The checklist's rows: the assistant's marketplaces, else those seen in captures, else US. */
export function checklistMarketplaces(settings: Pick<Settings, 'marketplaces'>, seen: readonly Marketplace[]): Marketplace[] {
  if (settings.marketplaces.length) return [...settings.marketplaces];
  if (seen.length) return MARKETPLACES.filter((m) => seen.includes(m));
  return ['US'];
}

export interface ChecklistItem {
  page: AdapterId;
  done: boolean;
  url: string;
}
export interface ChecklistRow {
  marketplace: Marketplace;
  items: ChecklistItem[];
}

export function buildChecklist(marketplaces: readonly Marketplace[], captured: CapturedPages): ChecklistRow[] {
  return marketplaces.map((marketplace) => ({
    marketplace,
    items: CHECKLIST_PAGES.map((page) => ({ page, done: captured.get(page)?.has(marketplace) ?? false, url: checklistUrl(page, marketplace) })),
  }));
}

/**
 * The marketplaces that have any snapshot, in alphabetical order, skipping from one marketplace to the
 * next along the primary key (which starts with it): one read per marketplace found, no scan.
 */
export async function seenMarketplaces(db: SellerOpsDb): Promise<Marketplace[]> {
  const seen: Marketplace[] = [];
  let next = (await db.snapshots.orderBy(':id').limit(1).primaryKeys())[0];
  while (next) {
    const { marketplace } = decodeSnapshotKey(next);
    if (isMarketplace(marketplace)) seen.push(marketplace);
    next = (await db.snapshots.where(':id').above(keyRange.marketplace(marketplace)[1]).limit(1).primaryKeys())[0];
  }
  // Keys order marketplaces by their code; people read them alphabetically.
  return seen.sort();
}

/**
 * Today's checklist. `seen`, when given, is a read of `seenMarketplaces` the caller has already started
 * (the popup starts it beside today's captured pages, which it does not depend on).
 */
export async function loadChecklist(
  db: SellerOpsDb,
  day: string,
  settings: Pick<Settings, 'marketplaces'>,
  captured?: CapturedPages,
  seen?: Promise<Marketplace[]>,
): Promise<ChecklistRow[]> {
  const [marketplaces, pages] = await Promise.all([settings.marketplaces.length ? [] : (seen ?? seenMarketplaces(db)), captured ?? capturedOnDay(db, day)]);
  return buildChecklist(checklistMarketplaces(settings, marketplaces), pages);
}
