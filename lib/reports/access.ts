import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { getDb } from '@/db';
import { cohortMemberRole, findReportCohort, type ReportCohort } from '@/db/queries/cohort-access';
import type { SessionUser } from '@/db/queries/users';
import { authorizeApi, requirePermission } from '@/lib/auth/dal';
import { canViewCohortReport } from '@/lib/domain/cohort-access';
import { AppError } from '@/lib/errors';
import { idSchema } from '@/lib/validation/dashboard';

/** For pages: a cohort whose reports the signed-in user may read; otherwise sign-in, 404 or 403. */
export async function requireCohortReport(rawId: string, returnTo: string): Promise<{ user: SessionUser; cohort: ReportCohort }> {
  const user = await requirePermission('reports:view', returnTo);
  const id = idSchema.safeParse(rawId);
  if (!id.success) notFound();
  const db = getDb();
  const cohort = findReportCohort(db, id.data);
  if (!cohort) notFound();
  if (!canViewCohortReport(user.role, cohortMemberRole(db, cohort.id, user.id))) forbidden();
  return { user, cohort };
}

/** For route handlers: the same check as AppErrors, in the order 400 → 401 → 404 → 403. */
export async function authorizeCohortReportApi(rawId: string): Promise<{ user: SessionUser; cohort: ReportCohort }> {
  const id = idSchema.safeParse(rawId);
  if (!id.success) throw new AppError('invalid:cohort', 'The cohort id must be a positive whole number.');
  const user = await authorizeApi('reports:view');
  const db = getDb();
  const cohort = findReportCohort(db, id.data);
  if (!cohort) throw new AppError('not-found:cohort', 'No such cohort.');
  if (!canViewCohortReport(user.role, cohortMemberRole(db, cohort.id, user.id))) {
    throw new AppError('forbidden:cohort', 'You do not manage this cohort.');
  }
  return { user, cohort };
}
