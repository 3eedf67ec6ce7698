import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { findReportCohort, type ReportCohort } from '@/db/queries/cohort-access';
import { discussionMemberRole, loadThreadContext, type ThreadContext } from '@/db/queries/discussion-context';
import type { SessionUser } from '@/db/queries/users';
import { decideDiscussion, discussionStanding, type DiscussionStanding, type DiscussionViewer } from '@/lib/domain/discussion-access';
import { requirePermission } from './guards';

/*
 * Page guards for discussions. Anyone who is not a member of the cohort (nor
 * an administrator) gets the 404 page, as for a cohort that does not exist:
 * a discussion never reveals which cohorts there are. Actions check the same
 * rule inside their commands (lib/commands/discussion-guard).
 */

export interface DiscussionAccess {
  user: SessionUser;
  viewer: DiscussionViewer;
  standing: Exclude<DiscussionStanding, 'outsider'>;
}

function accessIn(user: SessionUser, cohortId: number): DiscussionAccess {
  return discussionAccessIn(user, cohortId) ?? notFound();
}

const idPattern = /^[1-9]\d{0,14}$/;

/** A cohort whose discussions the signed-in user may view, with their standing in it; else sign-in or the 404 page. */
export async function requireDiscussionCohort(rawId: string, returnTo: string): Promise<DiscussionAccess & { cohort: ReportCohort }> {
  const user = await requirePermission('discussions:take-part', returnTo);
  const cohort = idPattern.test(rawId) ? findReportCohort(getDb(), Number(rawId)) : null;
  if (!cohort) notFound();
  return { ...accessIn(user, cohort.id), cohort };
}

/** A thread the signed-in user may view, with their standing in its cohort; else sign-in or the 404 page. */
export async function requireDiscussionThread(rawId: string, returnTo: string): Promise<DiscussionAccess & { thread: ThreadContext }> {
  const user = await requirePermission('discussions:take-part', returnTo);
  const thread = idPattern.test(rawId) ? loadThreadContext(getDb(), Number(rawId)) : null;
  if (!thread) notFound();
  return { ...accessIn(user, thread.cohortId), thread };
}

/** For sections of other pages (the lesson page): the user's access to a cohort's discussions, or null for outsiders. */
export function discussionAccessIn(user: SessionUser, cohortId: number): DiscussionAccess | null {
  const viewer: DiscussionViewer = { userId: user.id, role: user.role, memberRole: discussionMemberRole(getDb(), cohortId, user.id) };
  const standing = discussionStanding(viewer);
  if (standing === 'outsider' || !decideDiscussion('view', viewer).allowed) return null;
  return { user, viewer, standing };
}
