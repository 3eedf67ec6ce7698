import { questionType } from './question-types/registry';
import type { QuizResponse } from './quiz-response';
import type { QuestionSnapshot } from './quiz-snapshot';
import type { AttemptVisibility } from './review-policy';

/** What the results page shows for one question after submission. */
export interface QuestionReview {
  yourAnswer: string[];
  correctAnswer: string[] | null;
  /** The feedback of the options they chose; empty when explanations are withheld. */
  feedback: string[];
  explanation: string | null;
}

/**
 * The trainee's answer, and only what `visibility` (lib/domain/review-policy)
 * allows: the correct answer, the explanation and the feedback of the options
 * they chose (option feedback often names the right answer, so it follows
 * the explanations). Each is worded by the question's type; `labels` shows
 * answer values kept in English (a translated matching question's right-hand
 * texts) in the reader's language. A response of another type counts as no
 * answer, as in grading.
 */
export function reviewQuestion(
  question: QuestionSnapshot,
  response: QuizResponse | undefined,
  visibility: Pick<AttemptVisibility, 'correctAnswers' | 'explanations'>,
  labels?: Readonly<Record<string, string>>,
): QuestionReview {
  const { review } = questionType(question.type);
  const own = response && response.type === question.type ? response : undefined;
  const chosen = own ? review.chosen(question, own) : [];
  return {
    yourAnswer: own ? review.answer(question, own, labels) : [],
    correctAnswer: visibility.correctAnswers ? review.correct(question, labels) : null,
    feedback: visibility.explanations ? question.options.filter((o) => chosen.includes(o.key) && o.feedback).map((o) => o.feedback) : [],
    explanation: visibility.explanations ? question.explanation : null,
  };
}
