import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { getDb } from '../index';
import { enrolments, modules, programmeEnrolments, programmeModules } from '../schema';
import type { SyncDatabase } from './module-draft';

/** Whether the user is enrolled in the module. Pass `db` inside a transaction. */
export function isEnrolled(userId: number, moduleId: number, db: SyncDatabase = getDb()): boolean {
  return Boolean(
    db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.userId, userId), eq(enrolments.moduleId, moduleId)))
      .get(),
  );
}

type EnrolmentSource = 'self' | 'cohort' | 'manager';

/** Enrols a user in one module; enrolling twice changes nothing. */
export function insertModuleEnrolment(tx: SyncDatabase, userId: number, moduleId: number, source: EnrolmentSource): void {
  tx.insert(enrolments).values({ userId, moduleId, source }).onConflictDoNothing().run();
}

/** Enrols a user in a programme and every module of it (twice changes nothing); returns the programme's module ids. */
export function insertProgrammeEnrolment(tx: SyncDatabase, userId: number, programmeId: number, source: EnrolmentSource): number[] {
  tx.insert(programmeEnrolments).values({ userId, programmeId }).onConflictDoNothing().run();
  const moduleIds = tx
    .select({ id: programmeModules.moduleId })
    .from(programmeModules)
    .where(eq(programmeModules.programmeId, programmeId))
    .all()
    .map((row) => row.id);
  for (const moduleId of moduleIds) insertModuleEnrolment(tx, userId, moduleId, source);
  return moduleIds;
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

/** Ids of the users enrolled in a module. */
export function enrolledUserIds(tx: SyncDatabase, moduleId: number): number[] {
  return tx.select({ userId: enrolments.userId }).from(enrolments).where(eq(enrolments.moduleId, moduleId)).all().map((row) => row.userId);
}
