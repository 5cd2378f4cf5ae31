/**
 * The dashboard's reads and bulk writes, each through an index (contract §3) so they stay quick with
 * tens of thousands of entries and a year of snapshots.
 */
import { Dexie } from 'dexie';
import type { SellerOpsDb } from '../store/db';
import { rowsOfDays, valuesOfDay } from '../store/day-index';
import { evaluateSnapshots } from '../rules/breaches';
import { dailyDayOf, seriesRows } from '../store/history';
import { BUY_BOX_FLOOR, RULED_METRICS } from '../rules';
import type { Settings } from '../store/settings';
import { economicsSettingsSchema, ECONOMICS_KEY, periodTotal, type EconomicsSettings, type PeriodFigures, type PeriodTotal } from './economics';
import { isoWithOffset, localDay } from '../read/day';
import type { Marketplace } from '../read/marketplaces';
import { seenMarketplaces } from './checklist';
import { afterEntity, decodeSnapshotKey, keyRange, seriesPrefix } from '../store/snapshot-key';
import { METRICS, type MetricId } from '../read/metrics';
import { DAY_INDEX, type Entry, type Snapshot } from '../store/schema';
import { DUE_STATES, type DueItem } from '../store/due-items';
import { shiftDay, type DayRange } from './days';
import { compareEntries, matchesFilter, type EntryFilter } from './log-filter';
import { LOOKBACK_DAYS, MOVER_SCOPES } from './weekly';

/** The entries a filter shows, newest first. The day index narrows a date range; open ones come by `[status+due]`. */
export async function queryLog(db: SellerOpsDb, filter: EntryFilter, now: Date): Promise<Entry[]> {
  let candidates: Entry[];
  if (filter.from || filter.to) {
    candidates = await db.entries.where('day').between(filter.from || '0000-00-00', filter.to || '9999-12-31', true, true).toArray();
  } else if (filter.status === 'overdue') {
    // Due times carry the assistant's offset, so compare exactly after a generous index bound.
    const bound = new Date(now.getTime() + 15 * 3_600_000).toISOString();
    candidates = await db.entries.where('[status+due]').between(['open', Dexie.minKey], ['open', bound], true, true).toArray();
  } else if (filter.marketplace) {
    candidates = await db.entries.where('marketplace').equals(filter.marketplace).toArray();
  } else {
    candidates = await db.entries.toArray();
  }
  return candidates.filter((e) => matchesFilter(e, filter, now)).sort(compareEntries);
}

/**
 * Marks entries done in one transaction and returns how many changed. Rows are read and written in
 * bulk (thousands at once stay quick); the only changes are `status` and `updatedAt`, both valid for
 * any stored entry, so the rows need no re-validation.
 */
export async function markDone(db: SellerOpsDb, ids: readonly string[], now: Date = new Date()): Promise<number> {
  const updatedAt = isoWithOffset(now);
  return db.transaction('rw', db.entries, async () => {
    const rows = await db.entries.bulkGet([...ids]);
    const changed = rows.filter((e): e is Entry => e !== undefined && e.status !== 'done').map((e) => ({ ...e, status: 'done' as const, updatedAt }));
    await db.entries.bulkPut(changed);
    return changed.length;
  });
}

/** Marketplaces that have any stored value, alphabetically (the checklist's skip along the primary key). */
export function marketplacesWithData(db: SellerOpsDb): Promise<Marketplace[]> {
  return seenMarketplaces(db);
}

/**
 * The entities with values of a metric in a marketplace, found along the primary key (marketplace,
 * scope, entity, metric, ...): per scope of the metric, skipping from one entity to the next and
 * probing each for the metric (two reads per entity, not one per row). Ordered by entity.
 */
export async function entitiesOf(db: SellerOpsDb, marketplace: Marketplace, metric: MetricId, limit = 3000): Promise<{ entity: string; scope: Snapshot['scope'] }[]> {
  const out: { entity: string; scope: Snapshot['scope'] }[] = [];
  for (const scope of METRICS[metric].scopes) {
    const [lowest, highest] = keyRange.scope(marketplace, scope);
    let lower = lowest;
    while (out.length < limit) {
      const [next] = await db.snapshots.where(':id').between(lower, highest, true, true).limit(1).primaryKeys();
      if (!next) break;
      const { entity } = decodeSnapshotKey(next);
      const [has] = await db.snapshots.where(':id').between(...keyRange.prefix(seriesPrefix(marketplace, scope, entity, metric)), true, true).limit(1).primaryKeys();
      if (has) out.push({ entity, scope });
      lower = afterEntity(marketplace, scope, entity);
    }
  }
  return out.sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}

/**
 * Entries about one entity's metric in a marketplace (or without one) over some days: the chart's
 * markers. An entry names the entity, or names no entity but the metric (logged from a badge).
 */
export async function entriesAbout(db: SellerOpsDb, marketplace: Marketplace, entity: string, metric: MetricId, range: DayRange): Promise<Entry[]> {
  const rows = await db.entries.where('day').between(range.from, range.to, true, true).toArray();
  return rows
    .filter((e) => {
      const named = (e.entity ?? '').trim();
      return (named ? named === entity : e.metric === metric) && (!e.marketplace || e.marketplace === marketplace);
    })
    .sort(compareEntries);
}

/**
 * What the weekly review reads: enough of the week's and the look-back days' snapshots that
 * `computeWeeklyReview` finds the same episodes and movers as over every row of those days (a year of
 * history holds ~4,000 values a day; reading 36 days of them took seconds), the week's entries and the
 * open ones logged before it.
 *
 * - Every capture day of the week, and the day after: the values of ruled metrics (breach episodes).
 * - Whole days where movers start and end: the last capture day before the week, the week's first, and
 *   its last two (a value for a day is captured that day or the next: yesterday's report read this morning).
 * - A series' whole look-back, by its primary key, when these rows cannot settle it: a ruled series whose
 *   first value read is in breach (or under the Buy Box floor, whose rule counts earlier days), or a
 *   series with a value going into the week or a last value of the week, but not both.
 *   When that is most series (an assistant away for days), reading the days whole is quicker.
 */
export async function loadWeek(db: SellerOpsDb, week: DayRange, settings?: Settings): Promise<{ snapshots: Snapshot[]; entries: Entry[] }> {
  const [captureDays, entries] = await Promise.all([weekCaptureDays(db, week), weekEntries(db, week)]);
  return { snapshots: await weekSnapshots(db, week, captureDays, settings), entries };
}

/** The week's entries and the ones still open from before it. */
export async function weekEntries(db: SellerOpsDb, week: DayRange): Promise<Entry[]> {
  const [inWeek, open] = await Promise.all([
    db.entries.where('day').between(week.from, week.to, true, true).toArray(),
    db.entries.where('status').equals('open').toArray(),
  ]);
  return [...inWeek, ...open.filter((e) => e.day < week.from)];
}

/**
 * The days holding any value from the look-back's first day to the day after the week: one key probe per
 * day, whose ranges cover every snapshot the review reads (the dashboard watches them live).
 */
export function weekCaptureDays(db: SellerOpsDb, week: DayRange): Promise<string[]> {
  const { earliest, lastCapture } = reviewSpan(week);
  return daysWithValues(db, earliest, lastCapture);
}

/**
 * The capture days the review reads, from the look-back's first day to the day after the week; one
 * definition, so that what the dashboard watches (`weekCaptureDays`) covers what `weekSnapshots` reads.
 */
function reviewSpan(week: DayRange): { earliest: string; lastCapture: string } {
  return { earliest: shiftDay(week.from, -LOOKBACK_DAYS), lastCapture: shiftDay(week.to, 1) };
}

/** Above this many series to read whole, the look-back days are read whole instead. */
const SERIES_READS_LIMIT = 400;

/** The week's snapshots that `loadWeek` describes, from its capture days (`weekCaptureDays`). */
export async function weekSnapshots(db: SellerOpsDb, week: DayRange, captured: readonly string[], settings?: Settings): Promise<Snapshot[]> {
  const { earliest, lastCapture } = reviewSpan(week);
  const inWeek = captured.filter((day) => day >= week.from);
  const endDays = new Set(inWeek.slice(-2));
  const whole = new Set([...endDays, ...inWeek.slice(0, 1), ...captured.filter((day) => day < week.from).slice(-1)]);
  const ruled = [...RULED_METRICS];
  const rows = (
    await Promise.all([...captured.filter((day) => day >= week.from || whole.has(day))].map((day) => (whole.has(day) ? rowsOfDays(db, day, day) : valuesOfDay(db, day, ruled))))
  ).flat();

  const unsettled = unsettledSeries(rows, week, endDays, settings);
  if (unsettled.length > SERIES_READS_LIMIT) return rowsOfDays(db, earliest, lastCapture);
  if (!unsettled.length) return rows;
  const wholeSeries = await Promise.all(
    unsettled.map(async (s) => (await seriesRows(db, s.marketplace, s, earliest, week.to)).filter((row) => row.day >= earliest && row.day <= lastCapture)),
  );
  const replaced = new Set(unsettled.map(seriesKeyOf));
  return [...rows.filter((row) => !replaced.has(seriesKeyOf(row))), ...wholeSeries.flat()];
}

/** The capture days from `from` to `to` holding any value, in order: one key probe per day. */
async function daysWithValues(db: SellerOpsDb, from: string, to: string): Promise<string[]> {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDay(day, 1)) days.push(day);
  const held = await Promise.all(days.map(async (day) => (await db.snapshots.where(DAY_INDEX).between([day, Dexie.minKey], [day, Dexie.maxKey]).limit(1).primaryKeys()).length > 0));
  return days.filter((_, i) => held[i]);
}

function seriesKeyOf(s: Pick<Snapshot, 'marketplace' | 'scope' | 'entity' | 'metric'>): string {
  return `${s.marketplace}|${s.scope}|${s.entity}|${s.metric}`;
}

/** The series of `rows` whose episodes or movement need their whole look-back (see `loadWeek`). */
function unsettledSeries(rows: readonly Snapshot[], week: DayRange, endDays: ReadonlySet<string>, settings?: Settings): Snapshot[] {
  const first = new Map<string, { day: string; needsHistory: boolean }>();
  for (const { snapshot, evaluation } of evaluateSnapshots(rows, [], settings)) {
    const day = dailyDayOf(snapshot) ?? snapshot.period.slice(12);
    const needsHistory = evaluation.level === 'breach' || (snapshot.metric === 'buyBoxPct' && snapshot.value < BUY_BOX_FLOOR);
    const key = seriesKeyOf(snapshot);
    const seen = first.get(key);
    if (!seen || day < seen.day) first.set(key, { day, needsHistory });
    else if (day === seen.day && needsHistory) seen.needsHistory = true;
  }
  // Movers: a value going into the week and one of the week's last capture days settle a series; its
  // middle days were read only for ruled metrics, so anything else reads the series whole.
  const sides = new Map<string, { before: boolean; end: boolean }>();
  for (const row of rows) {
    const day = dailyDayOf(row);
    if (!day || day > week.to) continue;
    const side = sides.get(seriesKeyOf(row)) ?? { before: false, end: false };
    sides.set(seriesKeyOf(row), side);
    if (day < week.from) side.before = true;
    else if (endDays.has(row.day)) side.end = true;
  }
  const out = new Map<string, Snapshot>();
  for (const row of rows) {
    const key = seriesKeyOf(row);
    if (out.has(key)) continue;
    const side = sides.get(key);
    if (first.get(key)?.needsHistory || (MOVER_SCOPES.has(row.scope) && !(side?.before && side.end))) out.set(key, row);
  }
  return [...out.values()];
}

/** The assistant's cost inputs and campaign mapping; defaults when none were saved or the row is unreadable. */
export async function loadEconomicsSettings(db: SellerOpsDb): Promise<EconomicsSettings> {
  const parsed = economicsSettingsSchema.safeParse((await db.settings.get(ECONOMICS_KEY))?.value ?? {});
  return parsed.success ? parsed.data : economicsSettingsSchema.parse({});
}

export async function saveEconomicsSettings(db: SellerOpsDb, value: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const parsed = economicsSettingsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  await db.settings.put({ key: ECONOMICS_KEY, value: parsed.data });
  return { ok: true };
}

export interface EconomicsData {
  figures: PeriodFigures;
  currency?: string;
  /** How much of the period the captured values cover, per figure (the best-covered entity's). */
  coverage: { sales: PeriodTotal; units: PeriodTotal; adSpend: PeriodTotal };
}

/** Rows of one metric (one entity, or all) captured on or after the period's first day. */
async function metricRows(db: SellerOpsDb, marketplace: Marketplace, metric: MetricId, entity: string | undefined, range: DayRange): Promise<Snapshot[]> {
  if (entity !== undefined) {
    // One series per scope of the metric, by the primary key.
    const perScope = await Promise.all(
      METRICS[metric].scopes.map((scope) => {
        return db.snapshots.where(':id').between(...keyRange.prefix(seriesPrefix(marketplace, scope, entity, metric)), true, true).filter((row) => row.day >= range.from).toArray();
      }),
    );
    return perScope.flat();
  }
  // Every entity: the metric's values of each capture day from the period's first to today, by the day index.
  const perDay: Promise<Snapshot[]>[] = [];
  for (let day = range.from, today = localDay(); day <= today; day = shiftDay(day, 1)) perDay.push(valuesOfDay(db, day, [metric]));
  return (await Promise.all(perDay)).flat().filter((row) => row.marketplace === marketplace);
}

/** A flow metric summed over entities, each entity's period total taken on its own. */
function sumOverEntities(rows: readonly Snapshot[], range: DayRange): PeriodTotal {
  const byEntity = new Map<string, Snapshot[]>();
  for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
  const totals = [...byEntity.values()].map((own) => periodTotal(own, range.from, range.to));
  return {
    value: totals.reduce((sum, total) => sum + total.value, 0),
    coveredDays: totals.reduce((max, total) => Math.max(max, total.coveredDays), 0),
    days: periodTotal([], range.from, range.to).days,
  };
}

/**
 * Sales, units and ad spend of an ASIN (or `*`, every ASIN) over a period, from captured values.
 * The ads console reports by campaign: an ASIN's spend is that of the campaigns mapped to it; the
 * marketplace's is every campaign's (campaign rows only, so ad groups and targets are not counted twice).
 */
export async function economicsFigures(db: SellerOpsDb, marketplace: Marketplace, asin: string, campaigns: readonly string[], range: DayRange): Promise<EconomicsData> {
  const entity = asin === '*' ? undefined : asin;
  const [salesRows, unitRows] = await Promise.all([
    metricRows(db, marketplace, 'orderedProductSales', entity, range),
    metricRows(db, marketplace, 'unitsOrdered', entity, range),
  ]);
  const adRows = async (metric: MetricId) =>
    (entity === undefined
      ? await metricRows(db, marketplace, metric, undefined, range)
      : (await Promise.all(campaigns.map((c) => metricRows(db, marketplace, metric, c, range)))).flat()
    ).filter((row) => row.scope === 'campaign');
  const [spendRows, adSalesRows] = await Promise.all([adRows('spend'), adRows('sales')]);
  const sales = sumOverEntities(salesRows, range);
  const units = sumOverEntities(unitRows, range);
  const adSpend = sumOverEntities(spendRows, range);
  const adSales = sumOverEntities(adSalesRows, range);
  const currency = [...salesRows, ...spendRows].find((row) => row.currency)?.currency;
  return {
    figures: { sales: sales.value, units: units.value, adSpend: adSpend.value, ...(adSalesRows.length ? { adSales: adSales.value } : {}) },
    ...(currency ? { currency } : {}),
    coverage: { sales, units, adSpend },
  };
}

/**
 * The due items of a week for the weekly review (lib/review/weekly-ops.ts): those whose deadline is on or
 * after its first day (by the `[state+due]` index) and that were opened by its end, with the entries they
 * were logged by (which may be older than the week).
 */
export async function weekDueItems(db: SellerOpsDb, week: DayRange): Promise<{ dueItems: DueItem[]; entries: Entry[] }> {
  const ranges = await Promise.all(
    DUE_STATES.map((state) => db.dueItems.where('[state+due]').between([state, week.from], [state, Dexie.maxKey], true, true).toArray()),
  );
  const dueItems = ranges.flat().filter((item) => item.date <= week.to);
  const ids = [...new Set(dueItems.flatMap((item) => (item.entryId ? [item.entryId] : [])))];
  const entries = (await db.entries.bulkGet(ids)).filter((e): e is Entry => !!e);
  return { dueItems, entries };
}
