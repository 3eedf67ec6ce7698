import 'server-only';
import { loadOwnAttempt, type OwnAttempt } from '@/db/queries/attempt-answers';
import { getModuleVersion } from '@/db/queries/published';
import type { QuizSnapshot } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { attemptIdSchema } from '@/lib/validation/attempts';

/** An attempt of the user together with the quiz of the version it was taken on. */
export function ownAttemptWithQuiz(rawId: string, userId: number): { attempt: OwnAttempt; quiz: QuizSnapshot } {
  const id = attemptIdSchema.safeParse(rawId);
  if (!id.success) throw new AppError('invalid:attempt-id', 'Malformed attempt id.');
  const attempt = loadOwnAttempt(id.data, userId);
  const quiz = getModuleVersion(attempt.versionId)?.quiz;
  if (!quiz) throw new AppError('not-found:quiz', 'The quiz of this attempt no longer exists.');
  return { attempt, quiz };
}
