import { z } from 'zod';
import { traineeStatuses } from '@/lib/domain/at-risk';
import { sortKeys, type TableQuery } from '@/lib/domain/cohort-table';

/** A cohort or user id from the URL. */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const fieldSchemas = {
  sort: z.enum(sortKeys),
  dir: z.enum(['asc', 'desc']),
  country: z.string().trim().min(1).max(120),
  status: z.enum(traineeStatuses),
  page: z.coerce.number().int().min(1).max(100_000),
};
type Field = keyof typeof fieldSchemas;

/** A search parameter that was given but could not be used (it is ignored, and the page says so). */
export interface QueryProblem {
  field: Field;
  value: string;
}

const defaults: TableQuery = { sort: 'name', dir: 'asc', country: null, status: null, page: 1 };

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The dashboard's sort, filters and page from search parameters. An empty
 * parameter means "not set"; an unusable one falls back to the default and is
 * reported, so a mistyped link still shows the dashboard.
 */
export function parseDashboardQuery(params: SearchParams): { query: TableQuery; problems: QueryProblem[] } {
  const query: TableQuery = { ...defaults };
  const problems: QueryProblem[] = [];
  for (const field of Object.keys(fieldSchemas) as Field[]) {
    const raw = first(params, field);
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = fieldSchemas[field].safeParse(raw);
    if (parsed.success) Object.assign(query, { [field]: parsed.data });
    else problems.push({ field, value: raw.slice(0, 60) });
  }
  return { query, problems };
}

/** The search string for a query, leaving out defaults (for links and the export). */
export function dashboardSearch(query: Partial<TableQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || defaults[key as Field] === value) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
