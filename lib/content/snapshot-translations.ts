import type { ModuleTextTranslation, QuestionSnapshot, QuizTextTranslation } from '@/lib/domain/quiz-snapshot';
import { renderMarkdown } from '@/lib/markdown/render';
import type { TranslationDrafts } from './translation-draft';

/** A published lesson's translation, as stored in `published_lesson_translations`. */
export interface PublishedLessonTranslationSnapshot {
  lessonKey: string;
  locale: string;
  title: string;
  summary: string;
  html: string;
  lectureTitle: string | null;
  captionsVtt: string | null;
}

/** The module texts by locale, for `module_versions.translations`. */
export function moduleTexts(translations: TranslationDrafts): Record<string, ModuleTextTranslation> {
  return Object.fromEntries(Object.entries(translations).flatMap(([locale, draft]) => (draft?.module ? [[locale, draft.module]] : [])));
}

/** Every translated lesson of the module's lessons, with its HTML rendered once. */
export function lessonTranslationSnapshots(translations: TranslationDrafts, lessonKeys: readonly string[]): PublishedLessonTranslationSnapshot[] {
  return Object.entries(translations).flatMap(([locale, draft]) =>
    lessonKeys.flatMap((lessonKey) => {
      const lesson = draft?.lessons[lessonKey];
      if (!lesson) return [];
      const { title, summary, lectureTitle, captionsVtt } = lesson;
      return [{ lessonKey, locale, title, summary, html: renderMarkdown(lesson.markdown), lectureTitle, captionsVtt }];
    }),
  );
}

/** The quiz texts by locale; a locale with no translated question and no title is left out. */
export function quizTranslations(translations: TranslationDrafts, questions: readonly QuestionSnapshot[], englishTitle: string): Record<string, QuizTextTranslation> {
  const result: Record<string, QuizTextTranslation> = {};
  for (const [locale, draft] of Object.entries(translations)) {
    if (!draft) continue;
    const texts = Object.fromEntries(
      questions.flatMap((question) => {
        const translated = draft.questions[question.key];
        return translated ? [[question.key, translated.text]] : [];
      }),
    );
    if (draft.quizTitle === null && Object.keys(texts).length === 0) continue;
    result[locale] = { title: draft.quizTitle ?? englishTitle, questions: texts };
  }
  return result;
}

/**
 * A short answer's accepted answers in every language: any accepted answer in
 * any language counts, so grading stays one rule for every trainee.
 */
export function acceptedInAllLanguages(translations: TranslationDrafts, questionKey: string): string[] {
  return Object.values(translations).flatMap((draft) => draft?.questions[questionKey]?.accepted ?? []);
}
