import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { lessonProgress } from '../schema';
import type { SyncDatabase } from './module-draft';

/** Keys of the lessons a user has completed in a module. */
export function completedLessonKeys(userId: number, moduleId: number): Set<string> {
  const rows = getDb()
    .select({ key: lessonProgress.lessonKey })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.moduleId, moduleId)))
    .all();
  return new Set(rows.map((row) => row.key));
}

/** Records a lesson as completed (once) or removes that record. */
export function writeLessonCompletion(
  tx: SyncDatabase,
  input: { userId: number; moduleId: number; lessonKey: string; completed: boolean; now: Date },
): void {
  const { userId, moduleId, lessonKey, completed, now } = input;
  if (completed) {
    tx.insert(lessonProgress).values({ userId, moduleId, lessonKey, completedAt: now }).onConflictDoNothing().run();
  } else {
    tx.delete(lessonProgress)
      .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.moduleId, moduleId), eq(lessonProgress.lessonKey, lessonKey)))
      .run();
  }
}
