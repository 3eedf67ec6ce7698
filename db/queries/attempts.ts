import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, max } from 'drizzle-orm';
import { buildAttemptLayout } from '@/lib/domain/attempt-layout';
import { attemptDeadline, canStartAttempt } from '@/lib/domain/attempt-rules';
import { countedAttempt } from '@/lib/domain/grading';
import { AppError } from '@/lib/errors';
import { getDb } from '../index';
import { moduleVersions, quizAttempts, users } from '../schema';
import { refreshModuleStanding } from './module-standings';
import type { PublishedModule } from './published';

export interface AttemptSummary {
  id: number;
  attemptNo: number;
  status: 'open' | 'submitted' | 'expired';
  version: number;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
}

/** A user's attempts at a module's quiz, oldest first. */
export function listAttempts(userId: number, moduleId: number): AttemptSummary[] {
  return listAttemptsIn(getDb(), userId, moduleId);
}

/** The attempt that counts under the quiz's scoring rule, among finished ones. */
export function quizStanding(attempts: AttemptSummary[], rule: 'best' | 'last') {
  const finished = attempts
    .filter((a) => a.status !== 'open' && a.submittedAt && a.percent !== null)
    .map((a) => ({ ...a, submittedAt: a.submittedAt as Date, percent: a.percent as number, passed: Boolean(a.passed) }));
  const counted = countedAttempt(finished, rule);
  return { counted, finishedCount: finished.length, open: attempts.find((a) => a.status === 'open') ?? null };
}

/**
 * Starts a new attempt on the module's current version, with its own shuffled
 * layout and, for a timed quiz, a deadline. Refuses beyond the attempt limit.
 */
export function startAttempt(userId: number, module: PublishedModule, now: Date): number {
  const quiz = module.quiz;
  if (!quiz) throw new AppError('not-found:quiz', 'This module has no quiz.');
  const db = getDb();
  return db.transaction((tx) => {
    const attempts = listAttemptsIn(tx, userId, module.id);
    const standing = quizStanding(attempts, quiz.scoring);
    const check = canStartAttempt({
      attemptLimit: quiz.attemptLimit,
      submittedCount: standing.finishedCount,
      hasOpenAttempt: Boolean(standing.open),
      alreadyPassed: Boolean(standing.counted?.passed),
    });
    if (!check.ok) {
      if (check.reason === 'attempt-open' && standing.open) return standing.open.id;
      throw new AppError('conflict:attempt-limit', 'You have used all the attempts this quiz allows.');
    }
    const last = tx.select({ n: max(quizAttempts.attemptNo) }).from(quizAttempts)
      .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.moduleId, module.id))).get();
    const row = tx
      .insert(quizAttempts)
      .values({
        userId,
        moduleId: module.id,
        versionId: module.versionId,
        attemptNo: (last?.n ?? 0) + 1,
        layout: buildAttemptLayout(quiz, randomBytes(12).toString('hex')),
        startedAt: now,
        deadlineAt: attemptDeadline(now, quiz.timeLimitMinutes),
      })
      .returning({ id: quizAttempts.id })
      .get();
    refreshModuleStanding(tx, userId, module.id);
    tx.update(users).set({ lastActiveAt: now }).where(eq(users.id, userId)).run();
    return row.id;
  });
}

function listAttemptsIn(db: Pick<ReturnType<typeof getDb>, 'select'>, userId: number, moduleId: number): AttemptSummary[] {
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
