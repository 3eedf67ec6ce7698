import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { enrolments, programmeEnrolments, programmeModules } from '../schema';

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

/** Enrols a user in a programme and every module of it, in one transaction. */
export function enrolInProgramme(userId: number, programmeId: number, source: 'self' | 'cohort' | 'manager' = 'self'): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(programmeEnrolments).values({ userId, programmeId }).onConflictDoNothing().run();
    const moduleIds = tx
      .select({ id: programmeModules.moduleId })
      .from(programmeModules)
      .where(eq(programmeModules.programmeId, programmeId))
      .all()
      .map((row) => row.id);
    for (const moduleId of moduleIds) tx.insert(enrolments).values({ userId, moduleId, source }).onConflictDoNothing().run();
  });
}
