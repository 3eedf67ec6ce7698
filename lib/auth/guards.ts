import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { loadOwnAttempt, type OwnAttempt } from '@/db/queries/attempt-answers';
import { findModuleOwnership, moduleIdOfLesson } from '@/db/queries/authoring-access';
import { cohortMemberRole, findReportCohort, type ReportCohort } from '@/db/queries/cohort-access';
import { isEnrolled } from '@/db/queries/enrolment';
import { findBank, type Bank } from '@/db/queries/question-banks';
import {
  getModuleVersion,
  getModuleVersionOwner,
  getPublishedLesson,
  getPublishedModule,
  type PublishedModule,
} from '@/db/queries/published';
import type { SessionUser } from '@/db/queries/users';
import type { QuizSnapshot } from '@/db/schema';
import { canManageBank, editorRelation, type EditorRelation, type ModuleOwnership } from '@/lib/domain/authoring-access';
import { canAccessCohort, type CohortAccess } from '@/lib/domain/cohort-access';
import { can, type Action } from '@/lib/domain/permissions';
import { AppError } from '@/lib/errors';
import { slugSchema } from '@/lib/validation/learning';
import { currentUser } from './dal';

/*
 * Every guard comes in two variants with one name:
 * - requireX(…): for pages. Signed out → sign-in redirect; bad id or unknown
 *   → 404 page; not allowed → 403 page.
 * - requireXApi(…): for route handlers and form actions. Throws AppError for
 *   errorResponse or formAction: 401 signed out, 403 role (both checked
 *   before any input is parsed), then 400 bad id, 404 unknown, 403 not theirs.
 * Resource guards take the user the session guard returned, so a handler
 * reads: requirePermissionApi → parse its own input → requireXApi(user, id).
 */

/**
 * Runs an API-variant check for a page: its AppError becomes the 404 or 403
 * page. `hide` answers 404 for "not yours" too, for things whose very
 * existence is private (another trainee's attempt).
 */
function onPage<T>(check: () => T, hide = false): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.kind === 'forbidden' && !hide) forbidden();
    if (error.kind === 'forbidden') notFound();
    if (error.kind === 'invalid' || error.kind === 'not-found') notFound();
    throw error;
  }
}

/** A route segment or form field as a positive id; AppError 400 naming `what` otherwise. */
function idOf(raw: unknown, what: string): number {
  const text = typeof raw === 'number' ? String(raw) : raw;
  if (typeof text !== 'string' || !/^[1-9]\d{0,14}$/.test(text)) throw new AppError(`invalid:${what}`, `Malformed ${what} id.`);
  return Number(text);
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return user;
}

/** For route handlers: the signed-in user, or AppError 401. */
export async function requireUserApi(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('unauthenticated:session', 'Sign in to continue.');
  return user;
}

/** For pages and form actions: a user allowed to do `action` (re-read from the database), or sign-in / 403 page. */
export async function requirePermission(action: Action, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, action)) forbidden();
  return user;
}

/** For route handlers: a user allowed to do `action`; AppError 401 / 403 otherwise. */
export async function requirePermissionApi(action: Action): Promise<SessionUser> {
  const user = await requireUserApi();
  if (!can(user.role, action)) throw new AppError('forbidden:role', 'Your role does not allow this.');
  return user;
}

/** A module draft the user may edit, and as what (owner, co-owner, administrator). */
export interface EditableModule extends ModuleOwnership {
  id: number;
  slug: string;
  title: string;
  relation: EditorRelation;
}

/** API variant: the module `rawId` names, if `user` may edit it (400 / 404 / 403). Ownership is always read from the database. */
export function requireEditableModuleApi(user: SessionUser, rawId: unknown): EditableModule {
  const owned = findModuleOwnership(idOf(rawId, 'module'));
  if (!owned) throw new AppError('not-found:module', 'No such module.');
  const relation = editorRelation(user, owned);
  if (!relation) throw new AppError('forbidden:module', 'You do not own or co-own this module.');
  return { ...owned, relation };
}

/** Page variant of {@link requireEditableModuleApi}; `action` is content:author unless the page publishes. */
export async function requireEditableModule(rawId: unknown, returnTo?: string, action: Action = 'content:author') {
  const user = await requirePermission(action, returnTo);
  return { user, module: onPage(() => requireEditableModuleApi(user, rawId)) };
}

/** API variant: a draft lesson and its module, if `user` may edit that module. The module comes from the lesson, never from input. */
export function requireEditableLessonApi(user: SessionUser, rawId: unknown): { lessonId: number; module: EditableModule } {
  const lessonId = idOf(rawId, 'lesson');
  const moduleId = moduleIdOfLesson(lessonId);
  if (moduleId === null) throw new AppError('not-found:lesson', 'No such lesson.');
  return { lessonId, module: requireEditableModuleApi(user, moduleId) };
}

/** API variant: a question bank `user` may manage (400 / 404 / 403). */
export function requireManagedBankApi(user: SessionUser, rawId: unknown): Bank {
  const bank = findBank(idOf(rawId, 'bank'));
  if (!bank) throw new AppError('not-found:bank', 'No question bank has this id.');
  if (!canManageBank(user, bank)) throw new AppError('forbidden:bank', 'This question bank belongs to someone else.');
  return bank;
}

/** Page variant of {@link requireManagedBankApi}. */
export async function requireManagedBank(rawId: unknown, returnTo?: string): Promise<{ user: SessionUser; bank: Bank }> {
  const user = await requirePermission('content:author', returnTo);
  return { user, bank: onPage(() => requireManagedBankApi(user, rawId)) };
}

/** The permission each kind of cohort access starts from (events: any signed-in member). */
const cohortPermission: Record<CohortAccess, Action | null> = { manage: 'cohorts:manage', report: 'reports:view', events: null };

/** API variant: a cohort `user` may reach for `kind` (manage it, read its reports, or read its events): 400 / 404 / 403. */
export function requireCohortApi(kind: CohortAccess, user: SessionUser, rawId: unknown): ReportCohort {
  const db = getDb();
  const cohort = findReportCohort(db, idOf(rawId, 'cohort'));
  if (!cohort) throw new AppError('not-found:cohort', 'No such cohort.');
  if (!canAccessCohort(kind, user.role, cohortMemberRole(db, cohort.id, user.id)))
    throw new AppError('forbidden:cohort', 'This cohort is not yours.');
  return cohort;
}

/** Page variant of {@link requireCohortApi}. */
export async function requireCohort(
  kind: CohortAccess,
  rawId: unknown,
  returnTo?: string,
): Promise<{ user: SessionUser; cohort: ReportCohort }> {
  const permission = cohortPermission[kind];
  const user = permission ? await requirePermission(permission, returnTo) : await requireUser(returnTo);
  return { user, cohort: onPage(() => requireCohortApi(kind, user, rawId)) };
}

/** API variant: a published module `user` is enrolled in, by slug (400 / 404 / 403). */
export function requireEnrolledModuleApi(user: SessionUser, rawSlug: unknown): PublishedModule {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) throw new AppError('invalid:module', 'Name a module by its slug.');
  const courseModule = getPublishedModule(slug.data);
  if (!courseModule) throw new AppError('not-found:module', 'No such module.');
  if (!isEnrolled(user.id, courseModule.id)) throw new AppError('forbidden:not-enrolled', 'You are not enrolled in this module.');
  return courseModule;
}

/** Page variant of {@link requireEnrolledModuleApi}: a module one is not enrolled in is not shown at all (404). */
export async function requireEnrolledModule(rawSlug: unknown, returnTo?: string): Promise<{ user: SessionUser; module: PublishedModule }> {
  const user = await requirePermission('learning:view', returnTo);
  return { user, module: onPage(() => requireEnrolledModuleApi(user, rawSlug), true) };
}

/**
 * API variant: a lesson of a published module version, by version id and
 * lesson key, for a trainee enrolled in the module (400 / 404 / 403). Others
 * who may view learning (administrators) need not be enrolled.
 */
export function requirePublishedLessonApi(user: SessionUser, rawVersionId: unknown, lessonKey: string) {
  const versionId = idOf(rawVersionId, 'version');
  const owner = getModuleVersionOwner(versionId);
  const lesson = owner ? getPublishedLesson(versionId, lessonKey) : null;
  if (!owner || !lesson) throw new AppError('not-found:lesson', 'No such lesson.');
  if (user.role === 'trainee' && !isEnrolled(user.id, owner.moduleId))
    throw new AppError('forbidden:not-enrolled', 'You are not enrolled in this module.');
  return { owner, lesson };
}

/** API variant: an attempt of `user` with the quiz of the version it was taken on (400 / 404 / 403). */
export function requireOwnAttemptApi(user: SessionUser, rawId: unknown): { attempt: OwnAttempt; quiz: QuizSnapshot } {
  const attempt = loadOwnAttempt(idOf(rawId, 'attempt'), user.id);
  const quiz = getModuleVersion(attempt.versionId)?.quiz;
  if (!quiz) throw new AppError('not-found:quiz', 'The quiz of this attempt no longer exists.');
  return { attempt, quiz };
}

/** Page variant of {@link requireOwnAttemptApi}: someone else's attempt is not shown at all (404). */
export async function requireOwnAttempt(rawId: unknown, returnTo?: string) {
  const user = await requirePermission('learning:view', returnTo);
  return { user, ...onPage(() => requireOwnAttemptApi(user, rawId), true) };
}
