import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { cohortRoleOf, getCohort, type CohortDetail } from '@/db/queries/cohorts';
import type { SessionUser } from '@/db/queries/users';
import { currentUser, requirePermission } from '@/lib/auth/dal';
import { canManageCohort, canSeeCohortEvents } from '@/lib/domain/cohort-rules';
import { AppError } from '@/lib/errors';
import { cohortIdSchema } from '@/lib/validation/cohorts';

export interface ManagedCohort {
  user: SessionUser;
  cohort: CohortDetail;
}

/**
 * For manager pages and actions: a cohort the signed-in user manages. Other
 * roles get 403, an unknown cohort 404, another manager's cohort 403.
 */
export async function requireManagedCohort(rawId: unknown, returnTo?: string): Promise<ManagedCohort> {
  const user = await requirePermission('cohorts:manage', returnTo);
  const id = cohortIdSchema.safeParse(rawId);
  const cohort = id.success ? getCohort(id.data) : null;
  if (!cohort) notFound();
  if (!canManageCohort(user.role, cohortRoleOf(cohort.id, user.id))) forbidden();
  return { user, cohort };
}

/** For route handlers: the signed-in user, or AppError 401. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('unauthenticated:session', 'Sign in to continue.');
  return user;
}

/**
 * For route handlers serving a cohort's events: members of the cohort (any
 * role) and those who manage it. Throws AppError 403 for anyone else.
 */
export function assertSeesCohortEvents(user: SessionUser, cohortId: number): void {
  if (!canSeeCohortEvents(user.role, cohortRoleOf(cohortId, user.id))) throw new AppError('forbidden:cohort', 'You are not in this cohort.');
}
