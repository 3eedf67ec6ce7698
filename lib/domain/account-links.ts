/**
 * Who may hand out a set-password link for an account. Whoever holds such a
 * link takes over the account, so only whoever created it may: the managers
 * of the cohort whose enrolment created it, the manager who created it, or an
 * administrator. Adding an existing account to another cohort by email gives
 * that cohort's manager no say over the account, and tells them nothing about
 * whether it has a password.
 */
import { can } from './permissions';

/** Where an account came from, as recorded when it was created. */
export interface AccountOrigin {
  /** The cohort whose enrolment created the account; null for accounts made elsewhere (admin, seed). */
  createdInCohortId: number | null;
  /** Who created it; null when unknown. */
  createdById: number | null;
}

/** The person asking, and the cohort they act in (null outside any cohort). */
export interface LinkActor {
  id: number;
  role: string;
  /** The cohort they act in, and whether they manage it. */
  cohort: { id: number; managed: boolean } | null;
}

/** True when `actor` may see whether `account` has a password and may issue it a set-password link. */
export function mayControlAccountLink(actor: LinkActor, account: AccountOrigin): boolean {
  if (can(actor.role, 'users:manage')) return true;
  if (!can(actor.role, 'cohorts:manage')) return false;
  if (account.createdById !== null && account.createdById === actor.id) return true;
  return actor.cohort !== null && actor.cohort.managed && account.createdInCohortId === actor.cohort.id;
}

/**
 * Whether a cohort member still has to set a password, as `viewer` may know
 * it: null for a trainee account they do not control, so adding someone else's
 * trainee tells them nothing. Staff accounts are shown as they are.
 */
export function accountStatusFor(
  viewer: LinkActor,
  member: AccountOrigin & { role: string; awaitingPassword: boolean },
): boolean | null {
  return member.role !== 'trainee' || mayControlAccountLink(viewer, member) ? member.awaitingPassword : null;
}
