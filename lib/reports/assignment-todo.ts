import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { SyncDatabase } from '@/db/queries/module-draft';
import { assignmentTodoItems, type AssignmentTodoRow } from '@/lib/domain/assignments/todo';
import type { TodoItem } from '@/lib/domain/todo';

/**
 * The trainee's assignment to-dos for My learning: the assignments of the
 * published modules of their cohorts' programmes that they are enrolled in,
 * with each cohort's due date and their latest status, as `TodoItem`s (the
 * list's order is `orderTodo`'s). One query for all of them.
 */
export function loadAssignmentTodo(userId: number, now: Date, db: SyncDatabase = getDb()): TodoItem[] {
  const rows = db.all<{ cohortId: number; moduleSlug: string; key: string; title: string; dueAt: number | null; timeZone: string; status: AssignmentTodoRow['status'] }>(
    sql`SELECT c.id AS cohortId, m.slug AS moduleSlug, pa.key, pa.title, d.due_at AS dueAt, c.time_zone AS timeZone,
               (SELECT s.status FROM assignment_submissions s WHERE s.user_id = ${userId} AND s.module_id = m.id AND s.assignment_key = pa.key
                ORDER BY s.version_no DESC LIMIT 1) AS status
        FROM cohort_members cm
        JOIN cohorts c ON c.id = cm.cohort_id
        JOIN programme_modules pm ON pm.programme_id = c.programme_id
        JOIN modules m ON m.id = pm.module_id
        JOIN enrolments e ON e.user_id = cm.user_id AND e.module_id = m.id
        JOIN published_assignments pa ON pa.version_id = m.published_version_id
        LEFT JOIN assignment_due_dates d ON d.cohort_id = c.id AND d.module_id = m.id AND d.assignment_key = pa.key
        WHERE cm.user_id = ${userId} AND cm.role = 'trainee'
        ORDER BY c.ends_on DESC, pm.position, pa.position`,
  );
  return assignmentTodoItems(
    rows.map((row) => ({ ...row, dueAt: row.dueAt === null ? null : new Date(row.dueAt) })),
    now,
  );
}
