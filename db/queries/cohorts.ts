import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { CreateCohortInput } from '@/lib/validation/cohorts';
import { getDb } from '../index';
import { cohortMembers, cohorts, programmes } from '../schema';
import { writeAudit } from './audit';

export interface CohortRow {
  id: number;
  name: string;
  programmeTitle: string;
  startsOn: string;
  endsOn: string;
  traineeCount: number;
}

/** Cohorts a manager manages (as a 'manager' member or as creator); every cohort when `all` is set. */
export function listManagedCohorts(userId: number, all: boolean): CohortRow[] {
  const db = getDb();
  const managed = db
    .select({ id: cohortMembers.cohortId })
    .from(cohortMembers)
    .where(and(eq(cohortMembers.userId, userId), eq(cohortMembers.role, 'manager')));
  const rows = db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      programmeTitle: programmes.title,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      createdById: cohorts.createdById,
    })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(all ? undefined : inArray(cohorts.id, managed))
    .orderBy(asc(cohorts.startsOn), asc(cohorts.name))
    .all();
  const ids = rows.map((row) => row.id);
  const counts = ids.length
    ? db
        .select({ cohortId: cohortMembers.cohortId, n: count() })
        .from(cohortMembers)
        .where(and(inArray(cohortMembers.cohortId, ids), eq(cohortMembers.role, 'trainee')))
        .groupBy(cohortMembers.cohortId)
        .all()
    : [];
  const byCohort = new Map(counts.map((row) => [row.cohortId, row.n]));
  return rows.map(({ createdById: _creator, ...row }) => ({ ...row, traineeCount: byCohort.get(row.id) ?? 0 }));
}

/** Creates a cohort with its creator as its manager, and audits it. Returns the new id. */
export function createCohort(input: CreateCohortInput, actorId: number): number {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(cohorts)
      .values({ ...input, createdById: actorId })
      .returning({ id: cohorts.id })
      .get();
    tx.insert(cohortMembers).values({ cohortId: row.id, userId: actorId, role: 'manager' }).run();
    writeAudit({ actorId, action: 'cohort.created', targetType: 'cohort', targetId: row.id, details: { name: input.name, programmeId: input.programmeId } }, tx);
    return row.id;
  });
}
