import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { ExistingAccount } from '@/lib/domain/enrolment-classify';
import { cohortMembers, users } from '../schema';
import type { SyncDatabase } from './module-draft';

type Reader = Pick<SyncDatabase, 'select'>;

/** Accounts with these (lower-case) emails, with their role in the cohort. */
export function loadAccounts(emails: readonly string[], cohortId: number, db: Reader): Map<string, ExistingAccount> {
  const accounts = new Map<string, ExistingAccount>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = db
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, memberRole: cohortMembers.role })
      .from(users)
      .leftJoin(cohortMembers, and(eq(cohortMembers.userId, users.id), eq(cohortMembers.cohortId, cohortId)))
      .where(inArray(users.email, emails.slice(i, i + 500)))
      .all();
    for (const { email, ...account } of rows) accounts.set(email, account);
  }
  return accounts;
}

/** A new account's one-time link material: shown to the manager once, never stored. */
export interface NewAccountToken {
  name: string;
  email: string;
  token: string;
  expiresAt: Date;
}

/** Creates a trainee account waiting for its holder to set a password through a one-time link, recording who created it in which cohort. */
export function insertTraineeAccount(
  tx: SyncDatabase,
  profile: { email: string; name: string; country: string; ministry: string; jobTitle: string },
  link: { tokenHash: string; expiresAt: Date },
  origin: { createdById: number; createdInCohortId: number },
  now: Date,
): number {
  return tx
    .insert(users)
    .values({ ...profile, ...origin, role: 'trainee', setPasswordTokenHash: link.tokenHash, setPasswordExpiresAt: link.expiresAt, updatedAt: now })
    .returning({ id: users.id })
    .get().id;
}

/** Adds a user to a cohort as a trainee; already a member changes nothing. */
export function addCohortTrainee(tx: SyncDatabase, cohortId: number, userId: number): void {
  tx.insert(cohortMembers).values({ cohortId, userId, role: 'trainee' }).onConflictDoNothing().run();
}
