/**
 * What exists of a module in one translation locale, for the authoring
 * "Translations" page, and the structure rule a translated question must
 * keep (same option count as English) so grading stays shared.
 */
import { translatesOptions } from './question-types/registry';
import type { QuestionType } from './quiz-snapshot';

/** What a module's English draft has that can be translated. */
export interface TranslatableModule {
  lessons: { key: string; title: string; hasLecture: boolean }[];
  questions: { key: string; type: QuestionType; optionCount: number }[];
}

/** What one locale's draft translation holds (lib/content/translation-draft TranslationDraft, reduced). */
export interface TranslationPresence {
  module: boolean;
  quizTitle: boolean;
  lessons: Record<string, { captions: boolean }>;
  questions: readonly string[];
}

export interface TranslationCoverage {
  module: boolean;
  lessons: { key: string; title: string; text: boolean; captions: boolean | null }[];
  quiz: { translated: number; total: number; missing: string[] };
  /** Whether nothing is missing. */
  complete: boolean;
}

/** Which parts of the module exist in the locale and which are missing (null captions: the lesson has no lecture). */
export function translationCoverage(english: TranslatableModule, presence: TranslationPresence | null): TranslationCoverage {
  const lessons = english.lessons.map((lesson) => {
    const translated = presence?.lessons[lesson.key];
    return { key: lesson.key, title: lesson.title, text: Boolean(translated), captions: lesson.hasLecture ? Boolean(translated?.captions) : null };
  });
  const done = new Set(presence?.questions ?? []);
  const missing = english.questions.filter((question) => !done.has(question.key)).map((question) => question.key);
  const moduleText = presence?.module ?? false;
  const quiz = { translated: english.questions.length - missing.length, total: english.questions.length, missing };
  const complete = moduleText && lessons.every((lesson) => lesson.text && lesson.captions !== false) && missing.length === 0;
  return { module: moduleText, lessons, quiz, complete };
}

/**
 * The option texts a translated question needs. Other types' options are
 * answer data (true/false, accepted short answers, numbers), never translated;
 * a short answer's extra accepted answers are given separately.
 */
export function expectedOptionCount(question: { type: QuestionType; optionCount: number }): number {
  return translatesOptions(question.type) ? question.optionCount : 0;
}

export interface TranslationProblem {
  index: number;
  problem: 'unknownQuestion' | 'optionCount';
}

/** Problems with submitted question translations: unknown keys, or option counts that differ from English. */
export function questionTranslationProblems(
  english: TranslatableModule['questions'],
  submitted: readonly { key: string; options: readonly unknown[] }[],
): TranslationProblem[] {
  const byKey = new Map(english.map((question) => [question.key, question]));
  return submitted.flatMap((question, index): TranslationProblem[] => {
    const source = byKey.get(question.key);
    if (!source) return [{ index, problem: 'unknownQuestion' as const }];
    return question.options.length === expectedOptionCount(source) ? [] : [{ index, problem: 'optionCount' as const }];
  });
}
