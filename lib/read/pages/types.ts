import type { AdLinkReading } from '../ad-links';
import type { Marketplace, Source } from '../marketplaces';
import type { MetricId } from '../metrics';
import type { DueRow } from '../due-items';
import type { AdapterId, MetricRecord } from '../record';

/**
 * A label or column header the assistant taught the reader (issue 14): on pages of `page`, the label
 * whose `labelKey` (lib/read/labels.ts) is `label` shows `metric`. It applies only where the built-in
 * words find no metric, and never over a stable anchor (id, `col-id`, `data-testid`, ...).
 * For a status metric, `statusWords` maps the page's words (by `labelKey`) to the contract's status words.
 */
export interface TaughtLabel {
  page: AdapterId;
  label: string;
  metric: MetricId;
  statusWords?: Readonly<Record<string, string>>;
}

/** What an adapter knows about the page besides its DOM. */
export interface PageContext {
  url: URL;
  marketplace: Marketplace;
  /** ISO code of the marketplace's currency, for money shown without an unambiguous symbol. */
  currency: string;
  /** The page locale's decimal separator, from `<html lang>` or, failing that, the marketplace. */
  decimalSeparator: '.' | ',';
  /** What the assistant taught the reader for this page kind (empty when nothing was taught). */
  taught?: readonly TaughtLabel[];
  /**
   * Only these metrics are wanted now: the overlay's first read of a page, for the badges of its next frame
   * (lib/content/capture-session.ts). An adapter may leave the others unread (`readMetric` does, and a grid
   * skips their cells' text) and then marks its result `partial`; reading more is never wrong. Absent:
   * every metric.
   */
  metrics?: ReadonlySet<MetricId>;
}

/**
 * One value read, and the element that shows it (where a badge goes): the cell or span itself, also
 * when the page draws its table inside an open shadow root; for a component that draws the value in
 * its own shadow root (a `kat-label`), the component's host.
 */
export interface Reading {
  record: MetricRecord;
  element?: Element;
  /** The label or column header the value was read under, as the page shows it ("What was read here"). */
  label?: string;
  /** What the page shows beside the value that changes what is to be done about it (never stored). */
  context?: ValueContext;
}

/**
 * The rest of a value's row that the playbook needs (lib/rules `playbookFor`): the restock row's
 * recommended quantity and ship date, the Voice of the Customer row's top NCX reason. `reason: 'quality'`
 * when that reason is a product-quality one ("Product quality", "Not as described"): its entry goes to
 * the product owner rather than operations.
 */
export interface ValueContext {
  /** `policy`: a listing suppressed or made inactive for a policy reason (a compliance entry). */
  reason?: 'quality' | 'policy';
  /** The reason as the page words it ("Product quality"). */
  reasonText?: string;
  recommendedQty?: number;
  /** YYYY-MM-DD */
  shipDate?: string;
}

export interface AdapterResult {
  readings: Reading[];
  /**
   * What the adapter needed and could not find or read ("ODR row", "price cell of SKU X: '1.2.3'").
   * Values the page shows as missing (`—`, `N/A`) are not problems; they are simply not read.
   */
  problems: string[];
  /**
   * Labels and column headers the adapter saw beside a value but could not place on a metric, as the
   * page shows them: what the diagnostic offers the assistant to teach.
   */
  unplaced?: string[];
  /**
   * How the page's entities belong together (issue 16, lib/read/ad-links.ts): which campaign advertises
   * which SKU, a campaign's type and targeting, a SKU's ASIN (inventory rows, lib/read/pages/sku-asin.ts). Kept
   * by the background in one links store (lib/store/links.ts) for the linked rules.
   */
  links?: AdLinkReading[];
  /** Rows that must be answered by a deadline (contract §7: feedback and reviews below 4 stars). */
  due?: DueReading[];
  /** Values of metrics outside `PageContext.metrics` were left unread: a read of every metric is still owed. */
  partial?: true;
}

/** One due row read, where its badge goes, and what the playbook needs of it (never stored). */
export interface DueReading {
  row: DueRow;
  element?: Element;
  /** The row's text names a product defect: its entry goes to the product owner. */
  defect?: boolean;
  /** The review's title or the feedback comment, as shown (for the log panel's summary). */
  title?: string;
}

/**
 * A page adapter: one per page kind (contract §1), one file each in `lib/read/pages/`.
 * It is pure: it reads a document and returns validated records; it never touches storage or UI.
 */
export interface PageAdapter {
  id: AdapterId;
  source: Source;
  /** The metrics this page kind can show: what the assistant may teach a missed label as. */
  metrics?: readonly MetricId[];
  /** Whether this adapter serves the URL (host already known to be a listed one). */
  matches(url: URL): boolean;
  read(root: Document, ctx: PageContext): AdapterResult;
}
