import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { getDb } from '@/db';
import { cohortMemberRole, findReportCohort, type ReportCohort } from '@/db/queries/cohort-access';
import { getSurvey, type SurveyDetail } from '@/db/queries/surveys';
import type { SessionUser } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/guards';
import { canAnswerSurveys, canRunSurveys } from '@/lib/domain/surveys/access';
import { can } from '@/lib/domain/permissions';
import { AppError } from '@/lib/errors';

/*
 * Guards for surveys, in the two variants of lib/auth/guards.ts: the Api one
 * throws AppError (400 / 404 / 403), the page one shows the 404 or 403 page.
 * Running a survey (authoring, results, export) starts from reports:view,
 * which managers, instructors and administrators hold.
 */

function idOf(raw: unknown, what: string): number {
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !/^[1-9]\d{0,14}$/.test(text)) throw new AppError(`invalid:${what}`, `Malformed ${what} id.`);
  return Number(text);
}

function onPage<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.kind === 'forbidden') forbidden();
    if (error.kind === 'invalid' || error.kind === 'not-found') notFound();
    throw error;
  }
}

/** True when the user sees every cohort's surveys (an administrator). */
export function runsAllSurveys(user: SessionUser): boolean {
  return can(user.role, 'cohorts:view-all');
}

/** API variant: a cohort whose surveys `user` may run. */
export function requireSurveyCohortApi(user: SessionUser, rawId: unknown): ReportCohort {
  const db = getDb();
  const cohort = findReportCohort(db, idOf(rawId, 'cohort'));
  if (!cohort) throw new AppError('not-found:cohort', 'No such cohort.');
  if (!canRunSurveys(user.role, cohortMemberRole(db, cohort.id, user.id))) throw new AppError('forbidden:cohort', 'You do not run surveys in this cohort.');
  return cohort;
}

/** API variant: a survey `user` may run (edit, read results, export). */
export function requireRunSurveyApi(user: SessionUser, rawId: unknown): SurveyDetail {
  const survey = getSurvey(idOf(rawId, 'survey'));
  if (!survey) throw new AppError('not-found:survey', 'No such survey.');
  if (!canRunSurveys(user.role, cohortMemberRole(getDb(), survey.cohortId, user.id))) throw new AppError('forbidden:survey', 'This survey is not yours.');
  return survey;
}

/** Page variant of {@link requireRunSurveyApi}. */
export async function requireRunSurvey(rawId: unknown, returnTo: string): Promise<{ user: SessionUser; survey: SurveyDetail }> {
  const user = await requirePermission('reports:view', returnTo);
  return { user, survey: onPage(() => requireRunSurveyApi(user, rawId)) };
}

/** Page variant of {@link requireSurveyCohortApi}. */
export async function requireSurveyCohort(rawId: unknown, returnTo: string): Promise<{ user: SessionUser; cohort: ReportCohort }> {
  const user = await requirePermission('reports:view', returnTo);
  return { user, cohort: onPage(() => requireSurveyCohortApi(user, rawId)) };
}

/** API variant: a survey of a cohort `user` is a trainee of. Someone else's survey is "not found", as its existence is not theirs to know. */
export function requireAnswerSurveyApi(user: SessionUser, rawId: unknown): SurveyDetail {
  const survey = getSurvey(idOf(rawId, 'survey'));
  if (!survey || !canAnswerSurveys(cohortMemberRole(getDb(), survey.cohortId, user.id))) throw new AppError('not-found:survey', 'No such survey.');
  return survey;
}

/** Page variant of {@link requireAnswerSurveyApi}. */
export async function requireAnswerSurvey(rawId: unknown, returnTo: string): Promise<{ user: SessionUser; survey: SurveyDetail }> {
  const user = await requirePermission('learning:view', returnTo);
  return { user, survey: onPage(() => requireAnswerSurveyApi(user, rawId)) };
}
