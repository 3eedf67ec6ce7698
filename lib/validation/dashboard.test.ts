import { describe, expect, it } from 'vitest';
import { dashboardSearch, parseDashboardQuery } from './dashboard';

describe('parseDashboardQuery', () => {
  it.each<[string, Record<string, string | string[]>, object, object[]]>([
    ['nothing given', {}, { sort: 'name', dir: 'asc', country: null, status: null, page: 1 }, []],
    ['every field', { sort: 'activity', dir: 'desc', country: 'Tonga', status: 'at-risk', page: '3' }, { sort: 'activity', dir: 'desc', country: 'Tonga', status: 'at-risk', page: 3 }, []],
    ['empty values mean not set', { country: '', status: ' ' }, { country: null, status: null }, []],
    ['the first of repeated values', { sort: ['country', 'name'] }, { sort: 'country' }, []],
    ['an unknown sort', { sort: 'salary' }, { sort: 'name' }, [{ field: 'sort', value: 'salary' }]],
    ['an unknown status', { status: 'lost' }, { status: null }, [{ field: 'status', value: 'lost' }]],
    ['page zero', { page: '0' }, { page: 1 }, [{ field: 'page', value: '0' }]],
    ['a page that is not a number', { page: 'two' }, { page: 1 }, [{ field: 'page', value: 'two' }]],
  ])('%s', (_name, params, query, problems) => {
    const result = parseDashboardQuery(params);
    expect(result.query).toMatchObject(query);
    expect(result.problems).toEqual(problems);
  });
});

describe('dashboardSearch', () => {
  it.each<[string, object, string]>([
    ['defaults only', { sort: 'name', dir: 'asc', page: 1, country: null, status: null }, ''],
    ['a filter and a sort', { sort: 'completion', dir: 'desc', country: 'Fiji' }, '?sort=completion&dir=desc&country=Fiji'],
    ['a country with spaces', { country: 'Viet Nam' }, '?country=Viet+Nam'],
  ])('%s', (_name, query, search) => {
    expect(dashboardSearch(query)).toBe(search);
  });
});
