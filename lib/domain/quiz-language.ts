import { localise } from './content-fallback';
import { questionType, translatesOptions } from './question-types/registry';
import type { QuestionSnapshot, QuestionTextTranslation, QuizSnapshot } from './quiz-snapshot';

/** A quiz shown in a reader's language, and how matching right-hand texts are labelled. */
export interface LocalisedQuiz {
  quiz: QuizSnapshot;
  lang: string;
  dir: 'ltr' | 'rtl';
  fallback: boolean;
  /** Question key → English right-hand text → its translation (the English text stays the answer value). */
  matchLabels: Record<string, Record<string, string>>;
}

function translateQuestion(question: QuestionSnapshot, text: QuestionTextTranslation | undefined): QuestionSnapshot {
  if (!text) return question;
  // Only choices and matching/ordering items are texts; other types' options are answer data (kept).
  const options = !translatesOptions(question.type)
    ? question.options
    : question.options.map((option, index) => {
        const translated = text.options[index];
        return translated ? { ...option, text: translated.text, feedback: translated.feedback || option.feedback } : option;
      });
  return { ...question, prompt: text.prompt, explanation: text.explanation, options };
}

function matchLabelsOf(question: QuestionSnapshot, text: QuestionTextTranslation | undefined): Record<string, string> {
  // Only pairs have right-hand texts, which stay English as answer values and are labelled in the reader's language.
  if (questionType(question.type).translationList !== 'pairs' || !text) return {};
  return Object.fromEntries(
    question.options.flatMap((option, index) => {
      const translated = text.options[index]?.match;
      return option.match !== null && translated ? [[option.match, translated]] : [];
    }),
  );
}

/**
 * The quiz in the reader's language: title, prompts, option texts, feedback
 * and explanations from the translation, over the English snapshot. Keys,
 * correct flags, weights, matches and accepted answers stay as they are, so
 * grading a localised quiz is grading the English one. Without a translation
 * the English quiz is the marked fallback.
 */
export function localiseQuiz(quiz: QuizSnapshot, locale: string): LocalisedQuiz {
  const translation = quiz.translations?.[locale];
  const shown = localise(locale, quiz, { [locale]: translation ? quiz : undefined });
  if (!translation) return { quiz, lang: shown.lang, dir: shown.dir, fallback: shown.fallback, matchLabels: {} };
  const questions = quiz.questions.map((question) => translateQuestion(question, translation.questions[question.key]));
  const matchLabels = Object.fromEntries(quiz.questions.map((question) => [question.key, matchLabelsOf(question, translation.questions[question.key])]));
  return { quiz: { ...quiz, title: translation.title, questions }, lang: shown.lang, dir: shown.dir, fallback: false, matchLabels };
}
