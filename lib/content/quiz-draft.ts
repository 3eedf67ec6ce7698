import { questionType, type QuizQuestion } from '@/lib/domain/question-types/registry';
import type { QuizFile } from '@/lib/validation/content';
import type { OptionDraft, QuestionDraft, QuizDraft } from './snapshot';

/**
 * A file question's answer data as options (see `question_options`), laid
 * out by its type's `fileOptions`: choices with `correct` and feedback;
 * true/false as "True" and "False"; one correct option per accepted short
 * answer; matching pairs as `text` → `match`; ordering items in their
 * correct order.
 */
export function questionOptions(question: QuizQuestion): OptionDraft[] {
  return questionType(question.type).fileOptions(question);
}

/** A validated quiz question as a draft question row with its options. */
export function questionDraft(question: QuizQuestion): QuestionDraft {
  const { key, type, prompt, explanation, points, skill } = question;
  return { key, type, prompt, explanation, points, ...(skill && { skill }), options: questionOptions(question) };
}

/** A validated quiz file as a draft quiz: its settings and questions in file order. */
export function quizDraft(quiz: QuizFile): QuizDraft {
  const { questions, ...settings } = quiz;
  return { ...settings, questions: questions.map(questionDraft) };
}
