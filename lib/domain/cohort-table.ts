/**
 * Sorting, filtering and paging of a cohort's trainee rows, as the dashboard's
 * search parameters ask. Ties always fall back to name, then id, so the order
 * is stable from one page to the next. Trainees without any activity sort as
 * the oldest activity; an empty country sorts last.
 */
import type { TraineeStatus } from './at-risk';
import type { TraineeSummary } from './cohort-dashboard';

export const sortKeys = ['name', 'country', 'completion', 'activity'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export interface TableQuery {
  sort: SortKey;
  dir: SortDirection;
  country: string | null;
  status: TraineeStatus | null;
  page: number;
}

export const PAGE_SIZE = 50;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Sortable = Pick<TraineeSummary, 'id' | 'name' | 'country' | 'completed' | 'lastActivityAt'>;

function compareBy(key: SortKey): (a: Sortable, b: Sortable) => number {
  switch (key) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name);
    case 'country':
      return (a, b) => (a.country === b.country ? 0 : a.country === '' ? 1 : b.country === '' ? -1 : collator.compare(a.country, b.country));
    case 'completion':
      return (a, b) => a.completed - b.completed;
    case 'activity':
      return (a, b) => (a.lastActivityAt?.getTime() ?? -Infinity) - (b.lastActivityAt?.getTime() ?? -Infinity);
  }
}

/** The rows in the asked order (a new array). */
export function sortRows<T extends Sortable>(rows: readonly T[], key: SortKey, dir: SortDirection): T[] {
  const primary = compareBy(key);
  const byName = compareBy('name');
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || byName(a, b) || a.id - b.id);
}

/** The rows of one country and/or one status; null means any. */
export function filterRows<T extends Pick<TraineeSummary, 'country' | 'status'>>(rows: readonly T[], country: string | null, status: TraineeStatus | null): T[] {
  return rows.filter((row) => (country === null || row.country === country) && (status === null || row.status === status));
}

/** Filters, sorts and cuts out one page (1-based; a page past the end shows the last one). */
export function tablePage<T extends Sortable & Pick<TraineeSummary, 'status'>>(rows: readonly T[], query: TableQuery) {
  const filtered = sortRows(filterRows(rows, query.country, query.status), query.sort, query.dir);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page), pages);
  return { rows: filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: filtered.length, page, pages };
}

/** The distinct countries of the rows, for the filter, in alphabetical order. */
export function countriesOf(rows: readonly Pick<TraineeSummary, 'country'>[]): string[] {
  return [...new Set(rows.map((row) => row.country))].filter((c) => c !== '').sort(collator.compare);
}
