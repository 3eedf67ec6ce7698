import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import type { SyncDatabase } from './module-draft';

/** An assignment of a cohort's programme, with the cohort's due date for it. */
export interface CohortAssignment {
  moduleId: number;
  moduleSlug: string;
  moduleTitle: string;
  key: string;
  title: string;
  required: boolean;
  dueAt: Date | null;
}

/** The assignments of the published modules of the cohort's programme, in programme then module order, with the cohort's due dates. */
export function cohortAssignments(cohortId: number, db: SyncDatabase = getDb()): CohortAssignment[] {
  return db
    .all<{ moduleId: number; moduleSlug: string; moduleTitle: string; key: string; title: string; required: number; dueAt: number | null }>(
      sql`SELECT m.id AS moduleId, m.slug AS moduleSlug, mv.title AS moduleTitle, pa.key, pa.title, pa.required, d.due_at AS dueAt
          FROM cohorts c
          JOIN programme_modules pm ON pm.programme_id = c.programme_id
          JOIN modules m ON m.id = pm.module_id
          JOIN module_versions mv ON mv.id = m.published_version_id
          JOIN published_assignments pa ON pa.version_id = mv.id
          LEFT JOIN assignment_due_dates d ON d.cohort_id = c.id AND d.module_id = m.id AND d.assignment_key = pa.key
          WHERE c.id = ${cohortId}
          ORDER BY pm.position, pa.position`,
    )
    .map((row) => ({ ...row, required: row.required === 1, dueAt: row.dueAt === null ? null : new Date(row.dueAt) }));
}
