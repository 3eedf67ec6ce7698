'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { gradeAssignment, type AssignmentGradeResult } from '@/lib/commands/grade-assignment';
import { gradeDecisions } from '@/lib/domain/assignments/grading';

/** The grading form: the version, the decision (the pressed button), feedback, and `level.<criterion>` radios. */
const gradeSchema = z.object({
  submissionId: z.coerce.number().int().positive(),
  decision: z.enum(gradeDecisions),
  feedback: z.string().max(10_000),
  levels: z.record(z.string(), z.coerce.number().int().min(0)),
});

function readGradeForm(form: FormData): Record<string, unknown> {
  const levels: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (name.startsWith('level.') && typeof value === 'string') levels[name.slice(6)] = value;
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  return { submissionId: text('submissionId'), decision: text('decision'), feedback: text('feedback'), levels };
}

/**
 * Grades an assignment version with its rubric. Whether the user may grade
 * it (an instructor or manager of the trainee's cohort; 403 otherwise, with
 * nothing saved) is checked in the command's transaction. Errors are keys
 * under `assignmentGrading.errors`.
 */
export const gradeAssignmentAction = formAction(
  'content:author',
  gradeSchema,
  (input, { user }) => {
    const result: AssignmentGradeResult = gradeAssignment({
      submissionId: input.submissionId,
      grader: { id: user.id, role: user.role },
      levels: input.levels,
      decision: input.decision,
      feedback: input.feedback,
      now: new Date(),
    });
    revalidatePath('/author/grading');
    revalidatePath('/author');
    return ok(result, { key: `saved.${result.status}`, values: { points: result.points, max: result.maxPoints } });
  },
  {
    read: readGradeForm,
    invalidKey: 'invalid',
    errors: {
      'invalid:levels-missing': 'levels-missing',
      'invalid:below-pass-mark': 'below-pass-mark',
      'invalid:feedback-required': 'feedback-required',
      'conflict:not-submitted': 'not-submitted',
      'conflict:not-latest': 'not-latest',
      forbidden: 'forbidden',
      'not-found': 'not-found',
    },
  },
);
