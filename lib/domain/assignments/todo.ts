/**
 * Assignments on the trainee's "To do" list (lib/domain/todo.ts decides the
 * order): every assignment of a module they are enrolled in that they still
 * have to do (not started, a draft, or a revision requested), with its
 * cohort's due date when one is set. Sent or accepted work is not a to-do.
 */
import type { TodoItem } from '../todo';
import { isOverdue } from './schedule';
import { isOutstanding, type SubmissionStatus } from './submission';

/** An assignment the trainee may have to do, with their latest status (null: nothing yet). */
export interface AssignmentTodoRow {
  cohortId: number;
  moduleSlug: string;
  key: string;
  title: string;
  dueAt: Date | null;
  timeZone: string;
  status: SubmissionStatus | null;
}

/** The to-do items of the outstanding assignments; one per module and key even when two cohorts list it. */
export function assignmentTodoItems(rows: readonly AssignmentTodoRow[], now: Date): TodoItem[] {
  const items = new Map<string, TodoItem>();
  for (const row of rows) {
    if (!isOutstanding(row.status)) continue;
    const id = `assignment:${row.moduleSlug}:${row.key}`;
    if (items.has(id)) continue;
    items.set(id, {
      kind: 'assignment',
      id,
      title: row.title,
      href: `/modules/${row.moduleSlug}/assignments/${row.key}`,
      dueAt: row.dueAt?.toISOString() ?? null,
      timeZone: row.timeZone,
      status: row.status ?? 'not-started',
      overdue: isOverdue(row.status, row.dueAt, now),
    });
  }
  return [...items.values()];
}
