import 'server-only';
import {
  lessonCaptionsTarget,
  setLessonTranslationCaptions,
  translationQuestions,
  upsertLessonTranslation,
  upsertModuleTranslation,
  upsertQuestionTranslation,
  type LessonTranslationRow,
} from '@/db/queries/authoring-translations';
import type { TranslationLocale } from '@/lib/domain/content-locales';
import type { ModuleTextTranslation } from '@/lib/domain/quiz-snapshot';
import { questionTranslationProblems } from '@/lib/domain/translation-coverage';
import { AppError } from '@/lib/errors';
import type { QuizTranslationForm } from '@/lib/validation/translation-forms';
import { inTransaction } from './transaction';

/**
 * Commands that save a module's draft translation (the authoring
 * "Translations" pages). Nothing reaches trainees until the module is
 * published, which publishes every language together.
 */

/** Command: saves the module's title, summary, objectives and quiz title in one language. */
export function saveModuleTranslation(input: { moduleId: number; locale: TranslationLocale; text: ModuleTextTranslation; quizTitle: string | null; now: Date }): void {
  inTransaction((tx) => upsertModuleTranslation(tx, input.moduleId, input.locale, input.text, input.quizTitle, input.now));
}

/** Command: saves one lesson's title, summary, Markdown body and lecture title in one language. */
export function saveLessonTranslation(input: { lessonId: number; locale: TranslationLocale; row: LessonTranslationRow; now: Date }): void {
  inTransaction((tx) => upsertLessonTranslation(tx, input.lessonId, input.locale, input.row, input.now));
}

/** Why translated captions cannot be set on a lesson: it has no lecture, or its text in that language is not saved yet. */
export type CaptionsRefusal = 'no-lecture' | 'text-first';

/**
 * Command: sets one lesson's translated lecture captions (WebVTT text already
 * checked), or removes them with null. Captions belong to a saved lesson
 * translation of a lesson with a lecture; otherwise nothing changes and the
 * refusal says why.
 */
export function saveLessonCaptionsTranslation(input: {
  lessonId: number;
  locale: TranslationLocale;
  captionsVtt: string | null;
  now: Date;
}): { ok: true } | { ok: false; refusal: CaptionsRefusal } {
  return inTransaction((tx) => {
    const target = lessonCaptionsTarget(tx, input.lessonId, input.locale);
    if (!target) throw new AppError('not-found:lesson', 'No such lesson.');
    if (!target.hasLecture) return { ok: false, refusal: 'no-lecture' };
    if (!target.translated) return { ok: false, refusal: 'text-first' };
    setLessonTranslationCaptions(tx, input.lessonId, input.locale, input.captionsVtt, input.now);
    return { ok: true };
  });
}

/**
 * Command: saves the quiz's question texts in one language. Each question
 * must be one of the quiz's, with as many option texts as English has (the
 * answer key is shared), else nothing is saved and the problems are returned.
 */
export function saveQuizTranslation(input: QuizTranslationForm & { now: Date }): { ok: true } | { ok: false; problems: ReturnType<typeof questionTranslationProblems> } {
  return inTransaction((tx) => {
    const english = translationQuestions(tx, input.moduleId);
    const problems = questionTranslationProblems(
      english.map((question) => ({ key: question.key, type: question.type, optionCount: question.options.length })),
      input.questions,
    );
    if (problems.length > 0) return { ok: false, problems };
    const ids = new Map(english.map((question) => [question.key, question.id]));
    for (const question of input.questions) {
      const questionId = ids.get(question.key);
      if (questionId === undefined) throw new AppError('not-found:question', 'This question is not in the quiz.');
      const text = { prompt: question.prompt, explanation: question.explanation, options: question.options };
      upsertQuestionTranslation(tx, questionId, input.locale, text, question.accepted, input.now);
    }
    return { ok: true };
  });
}
