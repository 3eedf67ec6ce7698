/**
 * The trainee's "To do" list on My learning: open surveys and assignments that
 * are due, from every cohort they belong to, in one order. Each feature turns
 * its own rows into items; this module only decides the order.
 */

export const todoKinds = ['survey', 'assignment'] as const;
export type TodoKind = (typeof todoKinds)[number];

/** One thing the trainee should do, with where to do it. */
export interface TodoItem {
  kind: TodoKind;
  /** Stable across renders, unique in the list (e.g. `survey:12`). */
  id: string;
  title: string;
  href: string;
  /** When it closes or is due (ISO instant), or null when it has no date. */
  dueAt: string | null;
  /** The cohort's IANA time zone, so the date shows as the cohort reads it. */
  timeZone: string;
  /** Where the trainee is with it; each kind names its own states (e.g. 'not-started', 'draft', 'revision-requested'). */
  status: string;
  /** True when the due date has passed and it is still not done. */
  overdue: boolean;
}

/** Overdue first, then by due date (soonest first), undated last; ties by title so the order is stable. */
export function orderTodo(items: readonly TodoItem[]): TodoItem[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueAt !== b.dueAt) {
      if (a.dueAt === null) return 1;
      if (b.dueAt === null) return -1;
      return a.dueAt < b.dueAt ? -1 : 1;
    }
    return a.title.localeCompare(b.title);
  });
}
