import 'server-only';
import { eq } from 'drizzle-orm';
import type { LessonFiles } from '@/lib/domain/orphan-uploads';
import type { AppDatabase } from '../index';
import { assignmentSubmissions, lessons, modules, moduleVersions, publishedLessons } from '../schema';

/** The files every draft lesson and every lesson of every published version refers to, with its module's slug. */
export function lessonFileReferences(db: AppDatabase): LessonFiles[] {
  const drafts = db
    .select({ moduleSlug: modules.slug, lecture: lessons.lecture, attachments: lessons.attachments })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .all();
  const published = db
    .select({ moduleSlug: modules.slug, lecture: publishedLessons.lecture, attachments: publishedLessons.attachments })
    .from(publishedLessons)
    .innerJoin(moduleVersions, eq(moduleVersions.id, publishedLessons.versionId))
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .all();
  return [...drafts, ...published];
}

/** The files of every assignment submission version, draft or submitted. */
export function submissionFileReferences(db: AppDatabase): { files: { path: string }[] }[] {
  return db.select({ files: assignmentSubmissions.files }).from(assignmentSubmissions).all();
}
