import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { getDb } from '../index';
import { enrolments, lessonProgress, modules, moduleVersions, publishedLessons } from '../schema';

export interface ModuleCard {
  id: number;
  slug: string;
  title: string;
  summary: string;
  lessonCount: number;
  completedCount: number;
}

function lessonCounts(versionIds: number[]): Map<number, number> {
  if (versionIds.length === 0) return new Map();
  const rows = getDb()
    .select({ versionId: publishedLessons.versionId, n: count() })
    .from(publishedLessons)
    .where(inArray(publishedLessons.versionId, versionIds))
    .groupBy(publishedLessons.versionId)
    .all();
  return new Map(rows.map((row) => [row.versionId, row.n]));
}

const publishedModuleColumns = {
  id: modules.id,
  slug: modules.slug,
  versionId: moduleVersions.id,
  title: moduleVersions.title,
  summary: moduleVersions.summary,
};

/** Published modules the user is enrolled in, with lessons done / total. */
export function listEnrolledModules(userId: number): ModuleCard[] {
  const db = getDb();
  const rows = db
    .select(publishedModuleColumns)
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(eq(enrolments.userId, userId))
    .orderBy(asc(enrolments.enrolledAt), asc(modules.id))
    .all();
  const totals = lessonCounts(rows.map((r) => r.versionId));
  const done = db
    .select({ moduleId: lessonProgress.moduleId, n: count() })
    .from(lessonProgress)
    .where(eq(lessonProgress.userId, userId))
    .groupBy(lessonProgress.moduleId)
    .all();
  const doneByModule = new Map(done.map((row) => [row.moduleId, row.n]));
  return rows.map(({ versionId, ...row }) => ({
    ...row,
    lessonCount: totals.get(versionId) ?? 0,
    completedCount: doneByModule.get(row.id) ?? 0,
  }));
}

/** Published modules open for self-enrolment that the user has not joined. */
export function listCatalogue(userId: number): ModuleCard[] {
  const db = getDb();
  const mine = db.select({ id: enrolments.moduleId }).from(enrolments).where(eq(enrolments.userId, userId));
  const rows = db
    .select(publishedModuleColumns)
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(and(eq(modules.selfEnrol, true), isNotNull(modules.publishedVersionId), notInArray(modules.id, mine)))
    .orderBy(asc(modules.id))
    .all();
  const totals = lessonCounts(rows.map((r) => r.versionId));
  return rows.map(({ versionId, ...row }) => ({ ...row, lessonCount: totals.get(versionId) ?? 0, completedCount: 0 }));
}
