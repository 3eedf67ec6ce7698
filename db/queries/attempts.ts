import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import type { AttemptLayout } from '@/db/schema';
import { getDb } from '../index';
import { moduleVersions, quizAttempts } from '../schema';
import type { SyncDatabase } from './module-draft';
import type { AttemptStatus } from '@/lib/domain/quiz-snapshot';

export interface AttemptSummary {
  id: number;
  attemptNo: number;
  status: AttemptStatus;
  version: number;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
}

/** A user's attempts at a module's quiz, oldest first. Pass `db` to read inside a transaction. */
export function listAttempts(userId: number, moduleId: number, db: SyncDatabase = getDb()): AttemptSummary[] {
  return db
    .select({
      id: quizAttempts.id,
      attemptNo: quizAttempts.attemptNo,
      status: quizAttempts.status,
      version: moduleVersions.version,
      startedAt: quizAttempts.startedAt,
      deadlineAt: quizAttempts.deadlineAt,
      submittedAt: quizAttempts.submittedAt,
      score: quizAttempts.score,
      maxScore: quizAttempts.maxScore,
      percent: quizAttempts.percent,
      passed: quizAttempts.passed,
    })
    .from(quizAttempts)
    .innerJoin(moduleVersions, eq(moduleVersions.id, quizAttempts.versionId))
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.moduleId, moduleId)))
    .orderBy(asc(quizAttempts.attemptNo))
    .all();
}

/** Whether one of the user's attempts at the module's quiz was submitted with an essay still to grade. */
export function hasAttemptAwaitingGrading(userId: number, moduleId: number, db: SyncDatabase = getDb()): boolean {
  const row = db
    .select({ id: quizAttempts.id })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.moduleId, moduleId), eq(quizAttempts.status, 'awaiting-grading')))
    .limit(1)
    .get();
  return row !== undefined;
}

/** Stores a new open attempt, numbered after the user's previous ones in the module; returns its id. */
export function insertAttempt(
  tx: SyncDatabase,
  input: { userId: number; moduleId: number; versionId: number; layout: AttemptLayout; startedAt: Date; deadlineAt: Date | null },
): number {
  const last = tx
    .select({ n: max(quizAttempts.attemptNo) })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, input.userId), eq(quizAttempts.moduleId, input.moduleId)))
    .get();
  return tx
    .insert(quizAttempts)
    .values({ ...input, attemptNo: (last?.n ?? 0) + 1 })
    .returning({ id: quizAttempts.id })
    .get().id;
}
