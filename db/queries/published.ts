import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { ModuleTextTranslation } from '@/lib/domain/quiz-snapshot';
import type { QuizSnapshot } from '@/db/schema/versions';
import { getDb } from '../index';
import { modules, moduleVersions, publishedLessons } from '../schema';
import { publishedCache } from './published-cache';
import { publishedAssignmentSummaries, type PublishedAssignmentSummary } from './published-assignments';
import { publishedLessonTitles, type LessonTitles } from './published-translations';

export interface PublishedLessonSummary {
  key: string;
  position: number;
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  hasLecture: boolean;
}

export interface PublishedModule {
  id: number;
  slug: string;
  selfEnrol: boolean;
  versionId: number;
  version: number;
  title: string;
  summary: string;
  objectives: string[];
  quiz: QuizSnapshot | null;
  lessons: PublishedLessonSummary[];
  /** Assignments (module items after the lessons), in order. */
  assignments: PublishedAssignmentSummary[];
  /** The module's text by locale (absent: not translated). */
  translations: Partial<Record<string, ModuleTextTranslation>>;
  /** Translated lesson titles and summaries, by locale then lesson key. */
  lessonTitles: LessonTitles;
}

// Published versions never change, so their content is kept in memory once read.
const versionCache = publishedCache<number, Omit<PublishedModule, 'id' | 'slug' | 'selfEnrol'>>();

function loadVersion(versionId: number) {
  const cached = versionCache.get(versionId);
  if (cached) return cached;
  const db = getDb();
  const version = db
    .select({
      versionId: moduleVersions.id,
      version: moduleVersions.version,
      title: moduleVersions.title,
      summary: moduleVersions.summary,
      objectives: moduleVersions.objectives,
      quiz: moduleVersions.quiz,
      translations: moduleVersions.translations,
    })
    .from(moduleVersions)
    .where(eq(moduleVersions.id, versionId))
    .get();
  if (!version) return null;
  const lessons = db
    .select({
      key: publishedLessons.key,
      position: publishedLessons.position,
      title: publishedLessons.title,
      summary: publishedLessons.summary,
      minutes: publishedLessons.minutes,
      required: publishedLessons.required,
      lecture: publishedLessons.lecture,
    })
    .from(publishedLessons)
    .where(eq(publishedLessons.versionId, versionId))
    .orderBy(asc(publishedLessons.position))
    .all()
    .map(({ lecture, ...lesson }) => ({ ...lesson, hasLecture: Boolean(lecture) }));
  const loaded = { ...version, lessons, assignments: publishedAssignmentSummaries(db, versionId), lessonTitles: publishedLessonTitles(db, versionId) };
  versionCache.set(versionId, loaded);
  return loaded;
}

/** A module as trainees see it: its current published version, or null when unpublished or unknown. */
export function getPublishedModule(slug: string): PublishedModule | null {
  const row = getDb()
    .select({ id: modules.id, slug: modules.slug, selfEnrol: modules.selfEnrol, publishedVersionId: modules.publishedVersionId })
    .from(modules)
    .where(eq(modules.slug, slug))
    .get();
  if (!row?.publishedVersionId) return null;
  const version = loadVersion(row.publishedVersionId);
  return version ? { id: row.id, slug: row.slug, selfEnrol: row.selfEnrol, ...version } : null;
}

/** A specific published version (for attempts taken on an earlier version). */
export function getModuleVersion(versionId: number) {
  return loadVersion(versionId);
}

export interface PublishedLessonContent {
  key: string;
  title: string;
  summary: string;
  minutes: number;
  html: string;
  sources: string[];
  lecture: { title: string; video: string; captions: string } | null;
  captionsVtt: string | null;
  attachments: { title: string; path: string; size: number; mimeType: string }[];
}

const lessonCache = publishedCache<string, PublishedLessonContent>();

/** One lesson of a published version, with its pre-rendered HTML. */
export function getPublishedLesson(versionId: number, key: string): PublishedLessonContent | null {
  const cacheKey = `${versionId}:${key}`;
  const cached = lessonCache.get(cacheKey);
  if (cached) return cached;
  const lesson =
    getDb()
      .select({
        key: publishedLessons.key,
        title: publishedLessons.title,
        summary: publishedLessons.summary,
        minutes: publishedLessons.minutes,
        html: publishedLessons.html,
        sources: publishedLessons.sources,
        lecture: publishedLessons.lecture,
        captionsVtt: publishedLessons.captionsVtt,
        attachments: publishedLessons.attachments,
      })
      .from(publishedLessons)
      .where(and(eq(publishedLessons.versionId, versionId), eq(publishedLessons.key, key)))
      .get() ?? null;
  if (lesson) lessonCache.set(cacheKey, lesson);
  return lesson;
}

/** The module a published version belongs to. */
export function getModuleVersionOwner(versionId: number): { moduleId: number; moduleSlug: string } | null {
  return (
    getDb()
      .select({ moduleId: modules.id, moduleSlug: modules.slug })
      .from(moduleVersions)
      .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
      .where(eq(moduleVersions.id, versionId))
      .get() ?? null
  );
}
