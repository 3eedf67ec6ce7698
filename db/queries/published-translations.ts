import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type AppDatabase } from '../index';
import { publishedLessonTranslations } from '../schema';
import { publishedCache } from './published-cache';

/** Translated lesson titles and summaries of a version: locale → lesson key → text. */
export type LessonTitles = Partial<Record<string, Record<string, { title: string; summary: string }>>>;

/** The translated titles of a published version's lessons (for lesson lists and navigation). */
export function publishedLessonTitles(db: AppDatabase, versionId: number): LessonTitles {
  const rows = db
    .select({ key: publishedLessonTranslations.lessonKey, locale: publishedLessonTranslations.locale, title: publishedLessonTranslations.title, summary: publishedLessonTranslations.summary })
    .from(publishedLessonTranslations)
    .where(eq(publishedLessonTranslations.versionId, versionId))
    .all();
  const titles: LessonTitles = {};
  for (const { key, locale, title, summary } of rows) (titles[locale] ??= {})[key] = { title, summary };
  return titles;
}

export interface PublishedLessonTranslationContent {
  title: string;
  summary: string;
  html: string;
  lectureTitle: string | null;
  captionsVtt: string | null;
}

// Published versions never change, so a translation read once is kept (null: none in that language).
const cache = publishedCache<string, PublishedLessonTranslationContent | null>();

/** One published lesson in one language, its HTML rendered at publish time, or null when not translated. */
export function getPublishedLessonTranslation(versionId: number, key: string, locale: string): PublishedLessonTranslationContent | null {
  const cacheKey = `${versionId}:${key}:${locale}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const row =
    getDb()
      .select({
        title: publishedLessonTranslations.title,
        summary: publishedLessonTranslations.summary,
        html: publishedLessonTranslations.html,
        lectureTitle: publishedLessonTranslations.lectureTitle,
        captionsVtt: publishedLessonTranslations.captionsVtt,
      })
      .from(publishedLessonTranslations)
      .where(and(eq(publishedLessonTranslations.versionId, versionId), eq(publishedLessonTranslations.lessonKey, key), eq(publishedLessonTranslations.locale, locale)))
      .get() ?? null;
  cache.set(cacheKey, row);
  return row;
}
