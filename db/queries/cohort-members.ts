import 'server-only';
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { CohortRole } from '@/lib/domain/cohort-rules';
import { getDb } from '../index';
import { cohortMembers, users } from '../schema';
import { writeAudit } from './audit';

export interface MemberRow {
  userId: number;
  name: string;
  email: string;
  role: CohortRole;
  country: string;
  ministry: string;
  /** The account has no password yet: not for every viewer's eyes (see `accountStatusFor` in lib/domain/account-links). */
  awaitingPassword: boolean;
  createdById: number | null;
  createdInCohortId: number | null;
}

/** Everyone in a cohort, managers and instructors first, then trainees by name. */
export function listCohortMembers(cohortId: number): MemberRow[] {
  return getDb()
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: cohortMembers.role,
      country: users.country,
      ministry: users.ministry,
      awaitingPassword: sql<number>`${users.passwordHash} is null`.mapWith(Boolean),
      createdById: users.createdById,
      createdInCohortId: users.createdInCohortId,
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(sql`case ${cohortMembers.role} when 'manager' then 0 when 'instructor' then 1 else 2 end`, asc(users.name))
    .all();
}

/** Active instructors not yet in the cohort: who may be added to it. */
export function listAssignableInstructors(cohortId: number): { id: number; name: string; email: string }[] {
  const db = getDb();
  const members = db.select({ id: cohortMembers.userId }).from(cohortMembers).where(eq(cohortMembers.cohortId, cohortId));
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'instructor'), eq(users.active, true), notInArray(users.id, members)))
    .orderBy(asc(users.name))
    .all();
}

export type AddInstructorResult = 'added' | 'not-an-instructor' | 'already-member';

/** Adds an active instructor to a cohort (checked again inside the transaction), with an audit entry. */
export function addInstructor(cohortId: number, userId: number, actorId: number): AddInstructorResult {
  return getDb().transaction((tx) => {
    const user = tx.select({ role: users.role, active: users.active, name: users.name }).from(users).where(eq(users.id, userId)).get();
    if (!user || user.role !== 'instructor' || !user.active) return 'not-an-instructor';
    const inserted = tx.insert(cohortMembers).values({ cohortId, userId, role: 'instructor' }).onConflictDoNothing().run();
    if (inserted.changes === 0) return 'already-member';
    writeAudit({ actorId, action: 'cohort.instructor-added', targetType: 'cohort', targetId: cohortId, details: { userId, name: user.name } }, tx);
    return 'added';
  });
}
