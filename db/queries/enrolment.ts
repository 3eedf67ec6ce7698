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

/** The modules of a programme, with whether each is open to self-enrolment. */
export function programmeModuleList(tx: SyncDatabase, programmeId: number): { id: number; selfEnrol: boolean }[] {
  return tx
    .select({ id: programmeModules.moduleId, selfEnrol: modules.selfEnrol })
    .from(programmeModules)
    .innerJoin(modules, eq(modules.id, programmeModules.moduleId))
    .where(eq(programmeModules.programmeId, programmeId))
    .all();
}

/** Enrols a user in a programme and in the given modules of it (twice changes nothing). */
export function insertProgrammeEnrolment(tx: SyncDatabase, userId: number, programmeId: number, moduleIds: readonly number[], source: EnrolmentSource): void {
  tx.insert(programmeEnrolments).values({ userId, programmeId }).onConflictDoNothing().run();
  for (const moduleId of moduleIds) insertModuleEnrolment(tx, userId, moduleId, source);
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
