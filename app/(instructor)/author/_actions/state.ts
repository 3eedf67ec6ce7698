import type { SaveResult } from '@/db/queries/authoring-edits';
import type { FormIssue } from '@/lib/domain/question-builder';
import type { FieldErrors, FieldIssue } from '@/lib/validation/authoring';

/**
 * What every authoring form action returns. `conflict` means the item changed
 * since the form loaded it: nothing was saved and the form keeps what the
 * author typed. Messages are catalog keys under `authoring`.
 */
export type EditState =
  | { status: 'idle' }
  | { status: 'saved'; revision: string; notice: string; savedAt: number }
  | { status: 'invalid'; errors: FieldErrors }
  | { status: 'conflict'; changedBy: string | null; changedAt: string | null }
  | { status: 'error'; error: FieldIssue };

export const idle: EditState = { status: 'idle' };

/** A save's outcome as a form state. */
export function fromSave(result: SaveResult, notice: string): EditState {
  if (result.ok) return { status: 'saved', revision: result.revision, notice, savedAt: Date.now() };
  return { status: 'conflict', changedBy: result.changedBy, changedAt: result.changedAt?.toISOString() ?? null };
}

/** Builder issues (dotted field paths) as a form state. */
export function fromIssues(issues: FormIssue[]): EditState {
  const errors: FieldErrors = {};
  for (const { field, key, values } of issues) errors[field] ??= { key, ...(values && { values }) };
  return { status: 'invalid', errors };
}

/** A refusal that concerns the whole form rather than one field. */
export function formError(key: string, values?: Record<string, string | number>): EditState {
  return { status: 'error', error: { key, ...(values && { values }) } };
}

/** Reads named text fields of a form (absent fields become empty strings). */
export function textFields<K extends string>(form: FormData, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, typeof form.get(key) === 'string' ? String(form.get(key)) : ''])) as Record<K, string>;
}

/** A positive id from a form field, or NaN. */
export function idField(form: FormData, name: string): number {
  const value = form.get(name);
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
}
