import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { SubmissionStatus } from '@/lib/domain/assignments/submission';
import type { ChosenLevels } from '@/lib/domain/assignments/rubric';
import { getDb } from '../index';
import { assignmentDueDates, assignmentSubmissions, type AssignmentSubmissionRow, type SubmissionFile } from '../schema';
import type { SyncDatabase } from './module-draft';

/**
 * assignment_submissions and assignment_due_dates: the reads and writes the
 * assignment commands and pages use. Writes run in the caller's transaction.
 */

/** Which assignment of which trainee. */
export interface SubmissionTarget {
  userId: number;
  moduleId: number;
  assignmentKey: string;
}

/** The cohort a trainee takes a module in, with what closing and due dates need; null outside any cohort. */
export interface TraineeCohort {
  id: number;
  endsOn: string;
  timeZone: string;
}

/**
 * The trainee's cohort for a module: a cohort of a programme holding the
 * module where they are a trainee member (the latest ending one if several).
 */
export function traineeCohortFor(db: SyncDatabase, userId: number, moduleId: number): TraineeCohort | null {
  return (
    db.get<TraineeCohort | undefined>(
      sql`SELECT c.id, c.ends_on AS endsOn, c.time_zone AS timeZone
          FROM cohort_members cm
          JOIN cohorts c ON c.id = cm.cohort_id
          JOIN programme_modules pm ON pm.programme_id = c.programme_id AND pm.module_id = ${moduleId}
          WHERE cm.user_id = ${userId} AND cm.role = 'trainee'
          ORDER BY c.ends_on DESC, c.id DESC LIMIT 1`,
    ) ?? null
  );
}

const ofTarget = (t: SubmissionTarget) =>
  and(eq(assignmentSubmissions.userId, t.userId), eq(assignmentSubmissions.moduleId, t.moduleId), eq(assignmentSubmissions.assignmentKey, t.assignmentKey));

/** Every version of the trainee's work on the assignment, newest first. */
export function listVersions(target: SubmissionTarget, db: SyncDatabase = getDb()): AssignmentSubmissionRow[] {
  return db.select().from(assignmentSubmissions).where(ofTarget(target)).orderBy(desc(assignmentSubmissions.versionNo)).all();
}

/** The newest version, or null when the trainee has none. */
export function latestVersion(db: SyncDatabase, target: SubmissionTarget): AssignmentSubmissionRow | null {
  return db.select().from(assignmentSubmissions).where(ofTarget(target)).orderBy(desc(assignmentSubmissions.versionNo)).limit(1).get() ?? null;
}

/** One version by id, or null. */
export function findSubmission(db: SyncDatabase, id: number): AssignmentSubmissionRow | null {
  return db.select().from(assignmentSubmissions).where(eq(assignmentSubmissions.id, id)).get() ?? null;
}

/** Starts a new draft version. */
export function insertDraft(
  db: SyncDatabase,
  input: SubmissionTarget & { cohortId: number | null; versionNo: number; text: string; files: SubmissionFile[]; now: Date },
): AssignmentSubmissionRow {
  const { now, ...values } = input;
  return db
    .insert(assignmentSubmissions)
    .values({ ...values, status: 'draft', createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** Replaces a draft's text and files. */
export function updateDraft(db: SyncDatabase, id: number, input: { text: string; files: SubmissionFile[]; now: Date }): void {
  db.update(assignmentSubmissions).set({ text: input.text, files: input.files, updatedAt: input.now }).where(eq(assignmentSubmissions.id, id)).run();
}

/** Marks a draft submitted, with its lateness. */
export function markSubmitted(db: SyncDatabase, id: number, input: { now: Date; late: boolean }): void {
  db.update(assignmentSubmissions)
    .set({ status: 'submitted', submittedAt: input.now, late: input.late, updatedAt: input.now })
    .where(eq(assignmentSubmissions.id, id))
    .run();
}

/** Stores a grade on a submitted version and moves it to its new status. */
export function saveGrade(
  db: SyncDatabase,
  id: number,
  grade: { status: Extract<SubmissionStatus, 'accepted' | 'revision-requested'>; levels: ChosenLevels; points: number; maxPoints: number; percent: number; feedback: string; graderId: number; now: Date },
): void {
  db.update(assignmentSubmissions)
    .set({
      status: grade.status,
      levels: grade.levels,
      points: grade.points,
      maxPoints: grade.maxPoints,
      percent: grade.percent,
      feedback: grade.feedback === '' ? null : grade.feedback,
      gradedById: grade.graderId,
      gradedAt: grade.now,
      updatedAt: grade.now,
    })
    .where(eq(assignmentSubmissions.id, id))
    .run();
}

/** The due date a cohort set for an assignment, or null when none is set. */
export function dueDateOf(db: SyncDatabase, cohortId: number | null, moduleId: number, assignmentKey: string): Date | null {
  if (cohortId === null) return null;
  const row = db
    .select({ dueAt: assignmentDueDates.dueAt })
    .from(assignmentDueDates)
    .where(and(eq(assignmentDueDates.cohortId, cohortId), eq(assignmentDueDates.moduleId, moduleId), eq(assignmentDueDates.assignmentKey, assignmentKey)))
    .get();
  return row?.dueAt ?? null;
}

/** Sets (or with null, clears) a cohort's due date for an assignment. */
export function writeDueDate(db: SyncDatabase, input: { cohortId: number; moduleId: number; assignmentKey: string; dueAt: Date | null; actorId: number; now: Date }): void {
  const key = and(
    eq(assignmentDueDates.cohortId, input.cohortId),
    eq(assignmentDueDates.moduleId, input.moduleId),
    eq(assignmentDueDates.assignmentKey, input.assignmentKey),
  );
  db.delete(assignmentDueDates).where(key).run();
  if (input.dueAt === null) return;
  db.insert(assignmentDueDates)
    .values({ cohortId: input.cohortId, moduleId: input.moduleId, assignmentKey: input.assignmentKey, dueAt: input.dueAt, setById: input.actorId, setAt: input.now })
    .run();
}

/** The status of the trainee's latest version of each assignment of a module, by assignment key. */
export function latestStatuses(userId: number, moduleId: number, db: SyncDatabase = getDb()): Map<string, SubmissionStatus> {
  const rows = db.all<{ key: string; status: SubmissionStatus }>(
    sql`SELECT s.assignment_key AS key, s.status FROM assignment_submissions s
        WHERE s.user_id = ${userId} AND s.module_id = ${moduleId}
          AND s.version_no = (SELECT max(l.version_no) FROM assignment_submissions l
                              WHERE l.user_id = s.user_id AND l.module_id = s.module_id AND l.assignment_key = s.assignment_key)`,
  );
  return new Map(rows.map((row) => [row.key, row.status]));
}
