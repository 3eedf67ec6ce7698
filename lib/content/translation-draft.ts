import type { TranslationLocale } from '@/lib/domain/content-locales';
import { questionType } from '@/lib/domain/question-types/registry';
import type { TranslationList } from '@/lib/domain/question-types/types';
import type { ModuleTextTranslation, QuestionTextTranslation } from '@/lib/domain/quiz-snapshot';
import type { QuizQuestion } from '@/lib/validation/content';
import type { QuestionTranslationFile } from '@/lib/validation/content-translation';
import type { ContentModule, ModuleTranslation } from './types';

/** A draft lesson's translation (the draft table's columns). */
export interface LessonTranslationDraft {
  title: string;
  summary: string;
  markdown: string;
  lectureTitle: string | null;
  captionsVtt: string | null;
}

/** A draft question's translation: texts in English option order, plus extra accepted answers. */
export interface QuestionTranslationDraft {
  text: QuestionTextTranslation;
  accepted: string[];
}

/** What a module draft holds in one language; every part may be missing. */
export interface TranslationDraft {
  module: ModuleTextTranslation | null;
  quizTitle: string | null;
  /** By lesson key. */
  lessons: Record<string, LessonTranslationDraft>;
  /** By question key. */
  questions: Record<string, QuestionTranslationDraft>;
}

export type TranslationDrafts = Partial<Record<TranslationLocale, TranslationDraft>>;

/** A translated question's texts laid out in the English options' order, from the list its type translates. */
export function questionText(english: Pick<QuizQuestion, 'type'>, file: QuestionTranslationFile): QuestionTextTranslation {
  const options = optionTexts[questionType(english.type).translationList ?? 'none'](file);
  return { prompt: file.prompt, explanation: file.explanation, options };
}

type OptionText = QuestionTextTranslation['options'][number];

// Accepted answers are extra answers (added to the question's), not option texts.
const optionTexts: Record<TranslationList | 'none', (file: QuestionTranslationFile) => OptionText[]> = {
  options: (file) => (file.options ?? []).map((option) => ({ text: option.text, feedback: option.feedback ?? '', match: null })),
  pairs: (file) => (file.pairs ?? []).map((pair) => ({ text: pair.left, feedback: '', match: pair.right })),
  items: (file) => (file.items ?? []).map((text) => ({ text, feedback: '', match: null })),
  accepted: () => [],
  none: () => [],
};

/** Lesson bodies are stored like the English ones: no leading blank lines, one final newline. */
export function normaliseMarkdown(body: string): string {
  return `${body.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`;
}

function localeDraft(mod: ContentModule, translation: ModuleTranslation): TranslationDraft {
  const english = new Map((mod.quiz?.questions ?? []).map((question) => [question.key, question]));
  const questions: Record<string, QuestionTranslationDraft> = {};
  for (const question of translation.quiz?.questions ?? []) {
    const source = english.get(question.key);
    if (source) questions[question.key] = { text: questionText(source, question), accepted: question.accepted ?? [] };
  }
  const lessons: Record<string, LessonTranslationDraft> = {};
  for (const lesson of translation.lessons) {
    lessons[lesson.key] = {
      title: lesson.title,
      summary: lesson.summary,
      markdown: normaliseMarkdown(lesson.body),
      lectureTitle: lesson.lecture?.title ?? null,
      captionsVtt: lesson.lecture?.captionsVtt ?? null,
    };
  }
  return { module: translation.module, quizTitle: translation.quiz?.title ?? null, lessons, questions };
}

/** The draft translations a loaded content module defines, by locale. */
export function translationDrafts(mod: ContentModule): TranslationDrafts {
  const drafts: TranslationDrafts = {};
  for (const [locale, translation] of Object.entries(mod.translations) as [TranslationLocale, ModuleTranslation][]) {
    drafts[locale] = localeDraft(mod, translation);
  }
  return drafts;
}
