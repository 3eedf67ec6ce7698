import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { cohortMembers, users } from '@/db/schema';
import { writeAudit } from '@/db/queries/audit';
import { mayControlAccountLink } from '@/lib/domain/account-links';
import { issueSetPasswordToken, type IssuedToken } from '@/lib/domain/set-password-token';
import { queueSetPasswordEmail } from '@/lib/notifications/set-password-email';
import { inTransaction } from './transaction';

export interface ReissueInput {
  cohortId: number;
  userId: number;
  /** Someone already allowed to manage the cohort (checked by the caller's guard). */
  actor: { id: number; role: string };
  now: Date;
}

/**
 * Command: a new one-time set-password link for a trainee of the cohort who
 * has not set a password yet (the old link stops working), also emailed to
 * the trainee in their language. Null when the
 * account is not such a trainee, or when the actor may not control its link
 * (lib/domain/account-links): the same answer either way, so a manager who
 * merely added an existing account learns nothing about it.
 */
export function reissueSetPasswordLink(input: ReissueInput): (IssuedToken & { name: string; email: string }) | null {
  const { cohortId, userId, actor, now } = input;
  return inTransaction((tx) => {
    const account = tx
      .select({ name: users.name, email: users.email, locale: users.preferredLanguage, createdById: users.createdById, createdInCohortId: users.createdInCohortId })
      .from(users)
      .innerJoin(cohortMembers, and(eq(cohortMembers.userId, users.id), eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, 'trainee')))
      .where(and(eq(users.id, userId), isNull(users.passwordHash), eq(users.active, true)))
      .get();
    if (!account || !mayControlAccountLink({ ...actor, cohort: { id: cohortId, managed: true } }, account)) return null;
    const issued = issueSetPasswordToken(now);
    tx.update(users).set({ setPasswordTokenHash: issued.tokenHash, setPasswordExpiresAt: issued.expiresAt, updatedAt: now }).where(eq(users.id, userId)).run();
    queueSetPasswordEmail(tx, { userId, name: account.name, email: account.email, locale: account.locale, token: issued.token, expiresAt: issued.expiresAt }, now);
    writeAudit({ actorId: actor.id, action: 'user.set-password-link-issued', targetType: 'user', targetId: userId, details: { cohortId } }, tx);
    return { ...issued, name: account.name, email: account.email };
  });
}
