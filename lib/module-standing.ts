import 'server-only';
import { listAttempts, quizStanding } from '@/db/queries/attempts';
import { completedLessonKeys } from '@/db/queries/progress';
import type { PublishedModule } from '@/db/queries/published';
import { attemptsLeft } from '@/lib/domain/attempt-rules';
import { moduleProgress, nextLesson } from '@/lib/domain/completion';

export type QuizStatus =
  | { kind: 'none' }
  | { kind: 'not-started' }
  | { kind: 'in-progress'; attemptId: number }
  | { kind: 'passed'; percent: number }
  | { kind: 'failed'; percent: number; attemptsLeft: number | null };

/** Where one trainee stands in one module: lesson progress, quiz status, attempts, and what comes next. */
export function moduleStanding(userId: number, module: PublishedModule) {
  const completed = completedLessonKeys(userId, module.id);
  const attempts = listAttempts(userId, module.id);
  const quiz = module.quiz;
  const standing = quiz ? quizStanding(attempts, quiz.scoring) : null;
  const progress = moduleProgress({
    lessons: module.lessons,
    completedKeys: completed,
    quiz: { exists: Boolean(quiz), passed: Boolean(standing?.counted?.passed), bestPercent: standing?.counted?.percent ?? null },
  });
  let quizStatus: QuizStatus = { kind: 'none' };
  if (quiz && standing) {
    if (standing.open) quizStatus = { kind: 'in-progress', attemptId: standing.open.id };
    else if (!standing.counted) quizStatus = { kind: 'not-started' };
    else if (standing.counted.passed) quizStatus = { kind: 'passed', percent: standing.counted.percent };
    else quizStatus = { kind: 'failed', percent: standing.counted.percent, attemptsLeft: attemptsLeft(quiz.attemptLimit, standing.finishedCount) };
  }
  const next = nextLesson(module.lessons, completed);
  const continueHref = next
    ? `/modules/${module.slug}/lessons/${next}`
    : quiz && !progress.quizPassed
      ? `/modules/${module.slug}/quiz`
      : `/modules/${module.slug}`;
  return { completed, attempts, progress, quizStatus, continueHref };
}
