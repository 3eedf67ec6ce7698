import 'server-only';
import { hasAttemptAwaitingGrading } from '@/db/queries/attempts';
import { getModuleStanding } from '@/db/queries/module-standings';
import { completedLessonKeys } from '@/db/queries/progress';
import type { PublishedModule } from '@/db/queries/published';
import { nextLesson } from '@/lib/domain/completion';
import { moduleStatus } from '@/lib/domain/module-status';

/**
 * What a trainee's pages show of one module: progress and quiz status from
 * the stored standing (the same row reports and certificates read) and
 * whether an attempt awaits an instructor's grade, plus
 * which lessons are done, which required ones are missing, and where to
 * continue. Reads only: a page never writes.
 */
export function traineeModuleView(userId: number, module: PublishedModule) {
  const awaiting = module.quiz !== null && hasAttemptAwaitingGrading(userId, module.id);
  const { progress, quizStatus } = moduleStatus(getModuleStanding(userId, module.id), module, awaiting);
  const completed = completedLessonKeys(userId, module.id);
  const missing = {
    lessons: module.lessons.filter((lesson) => lesson.required && !completed.has(lesson.key)).map((lesson) => lesson.key),
    quiz: module.quiz !== null && !progress.quizPassed,
  };
  const next = nextLesson(module.lessons, completed);
  const continueHref = next
    ? `/modules/${module.slug}/lessons/${next}`
    : module.quiz && !progress.quizPassed
      ? `/modules/${module.slug}/quiz`
      : `/modules/${module.slug}`;
  return { completed, progress, missing, quizStatus, continueHref };
}

export type TraineeModuleView = ReturnType<typeof traineeModuleView>;
