/**
 * The dashboard's log filter as a pure function of an entry, so the list, its counts and the bulk
 * actions agree on what "shown" means.
 */
import type { Marketplace } from '../read/marketplaces';
import type { Category, Entry, Module } from '../store/schema';
import { entryState, type EntryState } from './weekly';

export interface EntryFilter {
  /** Inclusive days; empty for no bound. */
  from: string;
  to: string;
  marketplace: Marketplace | '';
  module: Module | '';
  category: Category | '';
  /** An owner's name, `UNASSIGNED` for entries without one, empty for anyone. */
  owner: string;
  status: EntryState | '';
  /** Words that must all appear in the summary, entity or action (any case). */
  text: string;
}

/** The owner filter's value for entries nobody owns (no owner can be named this: names are trimmed). */
export const UNASSIGNED = ' unassigned';

export const EMPTY_FILTER: EntryFilter = { from: '', to: '', marketplace: '', module: '', category: '', owner: '', status: '', text: '' };

export function matchesFilter(entry: Entry, filter: EntryFilter, now: Date): boolean {
  if (filter.from && entry.day < filter.from) return false;
  if (filter.to && entry.day > filter.to) return false;
  if (filter.marketplace && entry.marketplace !== filter.marketplace) return false;
  if (filter.module && entry.module !== filter.module) return false;
  if (filter.category && entry.category !== filter.category) return false;
  if (filter.owner) {
    const owner = entry.owner.trim();
    if (filter.owner === UNASSIGNED ? owner !== '' : owner !== filter.owner) return false;
  }
  if (filter.status && entryState(entry, now) !== filter.status) return false;
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const haystack = `${entry.summary}\n${entry.entity ?? ''}\n${entry.action}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** Newest day first, and within a day the latest logged first. */
export function compareEntries(a: Entry, b: Entry): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);
}
