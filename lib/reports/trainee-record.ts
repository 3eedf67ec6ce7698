import { CSV_BOM, csvRow, type CsvValue } from '@/lib/domain/csv';
import type { TraineeRecord } from '@/db/queries/trainee-record';

/** Fields holding Unix-ms times, written as ISO 8601 in exports. */
const TIME_FIELDS = new Set(['addedAt', 'enrolledAt', 'completedAt', 'startedAt', 'submittedAt', 'issuedAt', 'recordedAt', 'createdAt', 'lastActiveAt']);
const BOOLEAN_FIELDS = new Set(['passed', 'active']);

function exportValue(field: string, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (TIME_FIELDS.has(field) && typeof value === 'number') return new Date(value).toISOString();
  if (BOOLEAN_FIELDS.has(field) && typeof value === 'number') return value === 1;
  return value as string | number;
}

function clean(row: Record<string, unknown>): Record<string, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(row).map(([field, value]) => [field, exportValue(field, value)]));
}

/** The record with times as ISO 8601 and flags as booleans, ready for JSON. */
export function recordForExport(record: TraineeRecord) {
  const { profile, ...lists } = record;
  return {
    profile: clean(profile),
    ...Object.fromEntries(Object.entries(lists).map(([section, rows]) => [section, rows.map(clean)])),
  };
}

const csvValue = (value: string | number | boolean | null): CsvValue => (typeof value === 'boolean' ? String(value) : value);

/**
 * The record as one CSV file: the profile as field/value pairs, then one block
 * per section (its name, a header row, its rows), blocks separated by an
 * empty line. Field names are the same as in the JSON download.
 */
export function recordCsv(record: TraineeRecord): string {
  const data = recordForExport(record) as Record<string, unknown>;
  const profile = data.profile as Record<string, string | number | boolean | null>;
  let text = CSV_BOM + csvRow(['profile']) + csvRow(['field', 'value']);
  for (const [field, value] of Object.entries(profile)) text += csvRow([field, csvValue(value)]);
  for (const [section, rows] of Object.entries(data)) {
    if (section === 'profile') continue;
    const list = rows as Record<string, string | number | boolean | null>[];
    text += '\r\n' + csvRow([section]);
    if (list.length === 0) continue;
    const fields = Object.keys(list[0]!);
    text += csvRow(fields);
    for (const row of list) text += csvRow(fields.map((f) => csvValue(row[f] ?? null)));
  }
  return text;
}
