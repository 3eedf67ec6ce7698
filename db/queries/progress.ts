import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { lessonProgress, users } from '../schema';
import { refreshModuleStanding } from './module-standings';

/** Keys of the lessons a user has completed in a module. */
export function completedLessonKeys(userId: number, moduleId: number): Set<string> {
  const rows = getDb()
    .select({ key: lessonProgress.lessonKey })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.moduleId, moduleId)))
    .all();
  return new Set(rows.map((row) => row.key));
}

/** Marks a lesson complete or not complete for the user; also records activity and refreshes their module standing. */
export function setLessonCompleted(input: { userId: number; moduleId: number; lessonKey: string; completed: boolean; now: Date }): void {
  const { userId, moduleId, lessonKey, completed, now } = input;
  getDb().transaction((tx) => {
    if (completed) {
      tx.insert(lessonProgress).values({ userId, moduleId, lessonKey, completedAt: now }).onConflictDoNothing().run();
    } else {
      tx.delete(lessonProgress)
        .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.moduleId, moduleId), eq(lessonProgress.lessonKey, lessonKey)))
        .run();
    }
    refreshModuleStanding(tx, userId, moduleId);
    tx.update(users).set({ lastActiveAt: now }).where(eq(users.id, userId)).run();
  });
}
