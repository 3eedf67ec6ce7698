import 'server-only';
import { writeLessonCompletion } from '@/db/queries/progress';
import { closeExpiredAttemptsIn } from './close-attempt';
import { afterLearningChange } from './follow-ups';
import { inTransaction } from './transaction';

/**
 * Command: marks a lesson complete or not complete for the trainee. In the
 * same transaction: an attempt of theirs in the module whose time ran out is
 * closed, and the standing, certificates and last activity follow.
 */
export function setLessonCompleted(input: { userId: number; moduleId: number; lessonKey: string; completed: boolean; now: Date }): void {
  inTransaction((tx) => {
    closeExpiredAttemptsIn(tx, input.userId, input.moduleId, input.now);
    writeLessonCompletion(tx, input);
    afterLearningChange(tx, input);
  });
}
