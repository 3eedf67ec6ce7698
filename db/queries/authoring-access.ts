import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../index';
import { lessons, moduleCollaborators, modules } from '../schema';

export interface ModuleOwnershipRow {
  id: number;
  slug: string;
  title: string;
  ownerId: number | null;
  collaboratorIds: number[];
}

/** A module's owner and co-owners, or null when it does not exist. */
export function findModuleOwnership(moduleId: number): ModuleOwnershipRow | null {
  const db = getDb();
  const row = db
    .select({ id: modules.id, slug: modules.slug, title: modules.title, ownerId: modules.ownerId })
    .from(modules)
    .where(eq(modules.id, moduleId))
    .get();
  if (!row) return null;
  const collaboratorIds = db
    .select({ userId: moduleCollaborators.userId })
    .from(moduleCollaborators)
    .where(eq(moduleCollaborators.moduleId, moduleId))
    .all()
    .map((c) => c.userId);
  return { ...row, collaboratorIds };
}

/** The module a draft lesson belongs to. */
export function moduleIdOfLesson(lessonId: number): number | null {
  return getDb().select({ moduleId: lessons.moduleId }).from(lessons).where(eq(lessons.id, lessonId)).get()?.moduleId ?? null;
}
