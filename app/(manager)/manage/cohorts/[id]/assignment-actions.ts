'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { cohortAssignments } from '@/db/queries/cohort-assignments';
import { findReportCohort } from '@/db/queries/cohort-access';
import { memberRoleIn } from '@/db/queries/published-assignments';
import { invalid, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { setAssignmentDueDate } from '@/lib/commands/set-assignment-due-date';
import { canGradeInCohort } from '@/lib/domain/assignments/grader-access';
import { dueAtFromLocal } from '@/lib/domain/assignments/schedule';
import { AppError } from '@/lib/errors';
import { slugSchema } from '@/lib/validation/learning';

const dueDateSchema = z.object({
  cohortId: z.coerce.number().int().positive(),
  moduleId: z.coerce.number().int().positive(),
  assignment: slugSchema,
  dueLocal: z.string().max(40),
  clear: z.string(),
});

/**
 * Sets (or clears) a cohort's due date for one assignment, entered in the
 * cohort's time zone like events. An instructor or manager of the cohort may
 * (403 otherwise); the assignment must belong to the cohort's programme.
 * Errors are keys under `assignmentDueDates.errors`.
 */
export const setDueDateAction = formAction(
  'reports:view',
  dueDateSchema,
  (input, { user, values }) => {
    const db = getDb();
    const cohort = findReportCohort(db, input.cohortId);
    if (!cohort) throw new AppError('not-found:cohort', 'No such cohort.');
    if (!canGradeInCohort(user.role, memberRoleIn(db, cohort.id, user.id))) throw new AppError('forbidden:cohort', 'This cohort is not yours.');
    if (!cohortAssignments(cohort.id).some((a) => a.moduleId === input.moduleId && a.key === input.assignment))
      throw new AppError('not-found:assignment', 'No such assignment in this programme.');
    const clear = input.clear === '1';
    const due = clear ? null : dueAtFromLocal(input.dueLocal, cohort.timeZone);
    if (due && !due.ok) return invalid({ dueLocal: { key: due.problem } }, values);
    setAssignmentDueDate({ cohortId: cohort.id, moduleId: input.moduleId, assignmentKey: input.assignment, dueAt: due ? due.date : null, actorId: user.id, now: new Date() });
    revalidatePath(`/manage/cohorts/${cohort.id}`);
    return ok(null, clear ? 'cleared' : 'saved');
  },
  { invalidKey: 'invalid', errors: { 'not-found': 'not-found', forbidden: 'forbidden' } },
);
