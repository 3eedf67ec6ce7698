import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { canonicalJson } from '@/lib/content/canonical-json';
import { getDb } from '../index';
import type { AssignmentDraft } from '@/lib/content/snapshot';
import type { ContentAssignment } from '@/lib/content/types';
import { assignments } from '../schema';
import type { SyncDatabase } from './module-draft';

/** A module's draft assignments in order, as `buildSnapshot` and packages read them. */
export function readAssignmentDrafts(db: SyncDatabase, moduleId: number): AssignmentDraft[] {
  return db
    .select()
    .from(assignments)
    .where(eq(assignments.moduleId, moduleId))
    .orderBy(asc(assignments.position), asc(assignments.id))
    .all()
    .map((row) => ({
      key: row.key,
      title: row.title,
      summary: row.summary,
      required: row.required,
      passMark: row.passMark,
      submission: row.submission,
      rubric: row.rubric,
      sources: row.sources,
      brief: row.briefMarkdown,
    }));
}

/** A module's draft assignments, read from the app's database (for the editor's pages). */
export function listDraftAssignments(moduleId: number): AssignmentDraft[] {
  return readAssignmentDrafts(getDb(), moduleId);
}

/** An assignment file as a draft (the blank line after the front matter means nothing). */
export function assignmentDraftOf(file: ContentAssignment): AssignmentDraft {
  const { key, title, summary, required, passMark, submission, rubric, sources } = file;
  return { key, title, summary, required, passMark, submission, rubric, sources, brief: `${file.brief.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n` };
}

/**
 * Replaces a module's draft assignments with `wanted` when they differ, in
 * the caller's transaction; true when anything was written. Submissions key on
 * the assignment key, so replacing the rows never touches a trainee's work.
 */
export function syncAssignmentDrafts(tx: SyncDatabase, moduleId: number, wanted: readonly AssignmentDraft[]): boolean {
  if (canonicalJson(readAssignmentDrafts(tx, moduleId)) === canonicalJson(wanted)) return false;
  tx.delete(assignments).where(eq(assignments.moduleId, moduleId)).run();
  if (wanted.length > 0) {
    tx.insert(assignments)
      .values(wanted.map(({ brief, ...assignment }, position) => ({ ...assignment, moduleId, position, briefMarkdown: brief })))
      .run();
  }
  return true;
}
