import 'server-only';
import { writeDueDate } from '@/db/queries/assignment-submissions';
import { currentAssignment } from '@/db/queries/published-assignments';
import { AppError } from '@/lib/errors';
import { inTransaction } from './transaction';

/**
 * Command: sets or clears a cohort's due date for an assignment of one of its
 * programme's modules. The caller has checked that the actor is an
 * instructor or manager of the cohort and that the module is the cohort's.
 * Lateness of versions already submitted is not recomputed: it was fixed
 * against the due date in force when they were sent.
 */
export function setAssignmentDueDate(input: { cohortId: number; moduleId: number; assignmentKey: string; dueAt: Date | null; actorId: number; now: Date }): void {
  inTransaction((tx) => {
    if (!currentAssignment(tx, input.moduleId, input.assignmentKey)) throw new AppError('not-found:assignment', 'No such assignment in this module.');
    writeDueDate(tx, input);
  });
}
