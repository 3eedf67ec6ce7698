import { describe, expect, it } from 'vitest';
import type { TraineeRow } from './cohort-dashboard';
import { countriesOf, filterRows, PAGE_SIZE, sortRows, tablePage, type SortDirection, type SortKey } from './cohort-table';

const row = (id: number, name: string, country: string, completed: number, activity: string | null, status: TraineeRow['status']): TraineeRow => ({
  id, name, email: '', country, completed, status, cells: [], modulesComplete: 0, modulesRequired: 8, complete: false, reasons: [],
  lastActivityAt: activity ? new Date(activity) : null,
});
const rows = [
  row(1, 'sione Tupou', 'Tonga', 0.5, '2026-02-01T00:00:00Z', 'on-track'),
  row(2, 'Nasrin Karimi', 'Afghanistan', 0.1, null, 'at-risk'),
  row(3, 'Mere Waqa', 'Fiji', 0.5, '2026-02-10T00:00:00Z', 'on-track'),
  row(4, 'Layla Haddad', '', 1, '2026-01-20T00:00:00Z', 'complete'),
];

describe('sortRows', () => {
  it.each<[SortKey, SortDirection, number[]]>([
    ['name', 'asc', [4, 3, 2, 1]],
    ['name', 'desc', [1, 2, 3, 4]],
    ['country', 'asc', [2, 3, 1, 4]],
    ['completion', 'asc', [2, 3, 1, 4]],
    ['completion', 'desc', [4, 3, 1, 2]],
    ['activity', 'asc', [2, 4, 1, 3]],
    ['activity', 'desc', [3, 1, 4, 2]],
  ])('%s %s', (key, dir, ids) => {
    expect(sortRows(rows, key, dir).map((r) => r.id)).toEqual(ids);
  });
});

describe('filterRows', () => {
  it.each<[string | null, TraineeRow['status'] | null, number[]]>([
    [null, null, [1, 2, 3, 4]],
    ['Fiji', null, [3]],
    [null, 'on-track', [1, 3]],
    ['Tonga', 'at-risk', []],
  ])('country %s, status %s', (country, status, ids) => {
    expect(filterRows(rows, country, status).map((r) => r.id)).toEqual(ids);
  });
});

describe('tablePage', () => {
  const many = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => row(i + 1, `T${String(i).padStart(3, '0')}`, 'Fiji', 0, null, 'not-started'));
  it.each([
    [1, 1, PAGE_SIZE],
    [2, 2, 5],
    [9, 2, 5],
  ])('page %i shows page %i with %i rows', (asked, shown, count) => {
    const page = tablePage(many, { sort: 'name', dir: 'asc', country: null, status: null, page: asked });
    expect([page.page, page.rows.length, page.pages, page.total]).toEqual([shown, count, 2, PAGE_SIZE + 5]);
  });
});

describe('countriesOf', () => {
  it('lists distinct stated countries in order', () => {
    expect(countriesOf(rows)).toEqual(['Afghanistan', 'Fiji', 'Tonga']);
  });
});
