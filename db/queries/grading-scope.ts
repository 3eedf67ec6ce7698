import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../index';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Who grades whose work, as SQL conditions shared by the grading queue and
 * the grading checks (lib/domain/assignments/grader-access.ts states the
 * rule): an instructor or manager member of a cohort in which the trainee
 * takes the module; for a trainee outside any such cohort (a self-enrolled
 * learner), the module's owner and co-owners. Administrators see everything.
 */

/** The trainee takes the module in a cohort where the grader is an instructor or manager. */
export function graderOfTraineeCohort(graderId: number, trainee: SQLiteColumn | SQL, moduleId: SQLiteColumn | SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM cohort_members t
    JOIN cohorts c ON c.id = t.cohort_id
    JOIN programme_modules pm ON pm.programme_id = c.programme_id AND pm.module_id = ${moduleId}
    JOIN cohort_members g ON g.cohort_id = c.id AND g.user_id = ${graderId} AND g.role IN ('instructor', 'manager')
    WHERE t.user_id = ${trainee} AND t.role = 'trainee')`;
}

/** The trainee takes the module in no cohort, and the grader owns or co-owns it. */
export function ownerOfCohortlessWork(graderId: number, trainee: SQLiteColumn | SQL, moduleId: SQLiteColumn | SQL): SQL {
  return sql`(NOT EXISTS (SELECT 1 FROM cohort_members t
      JOIN cohorts c ON c.id = t.cohort_id
      JOIN programme_modules pm ON pm.programme_id = c.programme_id AND pm.module_id = ${moduleId}
      WHERE t.user_id = ${trainee} AND t.role = 'trainee')
    AND (EXISTS (SELECT 1 FROM modules om WHERE om.id = ${moduleId} AND om.owner_id = ${graderId})
      OR EXISTS (SELECT 1 FROM module_collaborators mc WHERE mc.module_id = ${moduleId} AND mc.user_id = ${graderId})))`;
}

/** Either way of being the grader of a trainee's work in a module. */
export function graderOf(graderId: number, trainee: SQLiteColumn | SQL, moduleId: SQLiteColumn | SQL): SQL {
  return sql`(${graderOfTraineeCohort(graderId, trainee, moduleId)} OR ${ownerOfCohortlessWork(graderId, trainee, moduleId)})`;
}

/** Whether the grader may grade the trainee's work in the module (administrators always). */
export function mayGradeWorkOf(grader: { id: number; all: boolean }, traineeId: number, moduleId: number, db: { get: <T>(query: SQL) => T } = getDb()): boolean {
  if (grader.all) return true;
  return Boolean(db.get<{ ok: number } | undefined>(sql`SELECT ${graderOf(grader.id, sql`${traineeId}`, sql`${moduleId}`)} AS ok`)?.ok);
}
