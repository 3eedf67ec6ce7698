'use server';

import { revalidatePath } from 'next/cache';
import { getEssayForGrading } from '@/db/queries/grading-queue';
import { invalid, ok, type ActionState } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { mayGradeWorkOf } from '@/db/queries/grading-scope';
import { gradeEssayAnswer, type EssayGradeResult } from '@/lib/commands/grade-essay-answer';
import { parseManualPoints } from '@/lib/domain/manual-grading';
import { questionType } from '@/lib/domain/question-types/registry';
import { can } from '@/lib/domain/permissions';
import { AppError } from '@/lib/errors';
import { gradeEssaySchema } from '@/lib/validation/grading';

/**
 * Gives points and feedback to one essay answer. Only an instructor or
 * manager of the trainee's cohort grades it (for a trainee outside any
 * cohort, the module's owners; administrators always), else 403; the points must be a number from 0 to
 * the question's points, with at most two decimals (field errors under
 * `grading.errors`).
 */
export const gradeEssayAction = formAction(
  'content:author',
  gradeEssaySchema,
  async (input, { user, values }): Promise<ActionState<EssayGradeResult>> => {
    const essay = getEssayForGrading(input.attemptId, input.questionKey);
    if (!essay || questionType(essay.question.type).grading !== 'manual') throw new AppError('not-found:answer', 'No such answer to grade.');
    if (!mayGradeWorkOf({ id: user.id, all: can(user.role, 'cohorts:view-all') }, essay.traineeId, essay.moduleId))
      throw new AppError('forbidden:grade', 'Only an instructor of this trainee’s cohort may grade this answer.');
    const points = parseManualPoints(input.points, essay.question.points);
    if ('error' in points) return invalid({ points: { key: points.error, values: { max: essay.question.points } } }, values);
    const result = gradeEssayAnswer({ ...input, points: points.points, graderId: user.id, now: new Date() });
    revalidatePath('/author/grading');
    revalidatePath('/author');
    return ok(result, result.final ? { key: 'saved-final', values: { percent: result.percent } } : { key: 'saved', values: { count: result.awaiting } });
  },
  { invalidKey: 'invalid', errors: { 'not-found': 'not-found', forbidden: 'forbidden', 'invalid:points': 'points-range' } },
);
