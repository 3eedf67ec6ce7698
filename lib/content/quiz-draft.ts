import type { QuizFile, QuizQuestion } from '@/lib/validation/content';
import type { OptionDraft, QuestionDraft, QuizDraft } from './snapshot';

function option(text: string, correct: boolean, extra: Partial<OptionDraft> = {}): OptionDraft {
  return { text, correct, weight: null, match: null, feedback: '', ...extra };
}

/**
 * Options carry every question type's answer data (see `question_options`):
 * choices with `correct` and feedback; true/false as "True" and "False";
 * one correct option per accepted short answer; matching pairs as
 * `text` → `match`; ordering items in their correct order.
 */
export function questionOptions(question: QuizQuestion): OptionDraft[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((choice) =>
        option(choice.text, choice.correct, { feedback: choice.feedback, weight: choice.weight ?? null }),
      );
    case 'truefalse':
      return [option('True', question.answer), option('False', !question.answer)];
    case 'short':
      return question.accepted.map((answer) => option(answer, true));
    case 'matching':
      return question.pairs.map((pair) => option(pair.left, true, { match: pair.right }));
    case 'ordering':
      return question.items.map((item) => option(item, true));
  }
}

/** A validated quiz question as a draft question row with its options. */
export function questionDraft(question: QuizQuestion): QuestionDraft {
  const { key, type, prompt, explanation, points } = question;
  return { key, type, prompt, explanation, points, options: questionOptions(question) };
}

/** A validated quiz file as a draft quiz: its settings and questions in file order. */
export function quizDraft(quiz: QuizFile): QuizDraft {
  const { questions, ...settings } = quiz;
  return { ...settings, questions: questions.map(questionDraft) };
}
