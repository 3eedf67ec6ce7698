import 'server-only';
import { asc, count, eq, inArray, or } from 'drizzle-orm';
import { getDb } from '../index';
import { lessons, moduleCollaborators, modules, moduleVersions } from '../schema';

export interface AuthoredModuleRow {
  id: number;
  slug: string;
  title: string;
  publishedVersion: number | null;
  lessonCount: number;
  updatedAt: Date | null;
}

/** Modules a user owns or co-owns; every module when `all` is set (admins). */
export function listAuthoredModules(userId: number, all: boolean): AuthoredModuleRow[] {
  const db = getDb();
  const coOwned = db.select({ id: moduleCollaborators.moduleId }).from(moduleCollaborators).where(eq(moduleCollaborators.userId, userId));
  const rows = db
    .select({
      id: modules.id,
      slug: modules.slug,
      title: modules.title,
      publishedVersion: moduleVersions.version,
      updatedAt: modules.updatedAt,
    })
    .from(modules)
    .leftJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(all ? undefined : or(eq(modules.ownerId, userId), inArray(modules.id, coOwned)))
    .orderBy(asc(modules.title))
    .all();
  const ids = rows.map((row) => row.id);
  const counts = ids.length
    ? db
        .select({ moduleId: lessons.moduleId, n: count() })
        .from(lessons)
        .where(inArray(lessons.moduleId, ids))
        .groupBy(lessons.moduleId)
        .all()
    : [];
  const byModule = new Map(counts.map((row) => [row.moduleId, row.n]));
  return rows.map((row) => ({ ...row, lessonCount: byModule.get(row.id) ?? 0 }));
}
