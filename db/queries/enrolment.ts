import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { getDb, type AppDatabase } from '../index';
import { enrolments, modules, programmeEnrolments, programmeModules } from '../schema';

export function isEnrolled(userId: number, moduleId: number): boolean {
  return Boolean(
    getDb()
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.userId, userId), eq(enrolments.moduleId, moduleId)))
      .get(),
  );
}

/** Enrols a user in one module; enrolling twice changes nothing. */
export function enrolInModule(userId: number, moduleId: number, source: 'self' | 'cohort' | 'manager' = 'self'): void {
  getDb().insert(enrolments).values({ userId, moduleId, source }).onConflictDoNothing().run();
}

/** A transaction handle, for queries that join a caller's transaction. */
export type DbTransaction = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/**
 * Enrols a user in a programme and every module of it, in one transaction.
 * Pass `tx` to run inside a caller's transaction instead.
 */
export function enrolInProgramme(userId: number, programmeId: number, source: 'self' | 'cohort' | 'manager' = 'self', tx?: DbTransaction): void {
  const enrol = (db: DbTransaction) => {
    db.insert(programmeEnrolments).values({ userId, programmeId }).onConflictDoNothing().run();
    const moduleIds = db
      .select({ id: programmeModules.moduleId })
      .from(programmeModules)
      .where(eq(programmeModules.programmeId, programmeId))
      .all()
      .map((row) => row.id);
    for (const moduleId of moduleIds) db.insert(enrolments).values({ userId, moduleId, source }).onConflictDoNothing().run();
  };
  if (tx) enrol(tx);
  else getDb().transaction(enrol);
}

/** Slugs of the modules a user is enrolled in, in the order they joined. */
export function listEnrolledModuleSlugs(userId: number): string[] {
  return getDb()
    .select({ slug: modules.slug })
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .where(eq(enrolments.userId, userId))
    .orderBy(asc(enrolments.enrolledAt), asc(enrolments.id))
    .all()
    .map((row) => row.slug);
}

/** Slugs of published modules open for self-enrolment. */
export function listOpenModuleSlugs(): string[] {
  return getDb()
    .select({ slug: modules.slug })
    .from(modules)
    .where(and(eq(modules.selfEnrol, true), isNotNull(modules.publishedVersionId)))
    .orderBy(asc(modules.id))
    .all()
    .map((row) => row.slug);
}
