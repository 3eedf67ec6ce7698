import type { SaveResult } from '@/db/queries/authoring-edits';
import { failed, fieldErrorsOf, invalid, ok, type ActionState } from '@/lib/actions/action-state';
import type { FormIssue } from '@/lib/domain/question-builder';

/**
 * What a successful authoring save reports: the revision the next save must
 * name ('' when the form has none) and when it happened. Messages are catalog
 * keys under `authoring` (notices under `notices`, errors under `errors`).
 */
export interface SavedDraft {
  revision: string;
  savedAt: number;
}

/** A saved draft as a form state, with its notice key. */
export function saved(revision: string, notice: string, values?: Record<string, string | number>): ActionState<SavedDraft> {
  return ok({ revision, savedAt: Date.now() }, { key: notice, values: { version: revision, ...values } });
}

/**
 * A save's outcome as a form state. A conflict means the item changed since
 * the form loaded it: nothing was saved and the form keeps what the author
 * typed; the error names who changed it and when (ISO time), '' when unknown.
 */
export function fromSave(result: SaveResult, notice: string): ActionState<SavedDraft> {
  if (result.ok) return saved(result.revision, notice);
  return failed('conflict', { changedBy: result.changedBy ?? '', changedAt: result.changedAt?.toISOString() ?? '' });
}

/** Question-builder issues (dotted field paths) as field errors. */
export function fromIssues(issues: FormIssue[]): ActionState<never> {
  return invalid(fieldErrorsOf(issues.map(({ field, key, values }) => ({ path: field.split('.'), message: key, messageValues: values }))));
}
