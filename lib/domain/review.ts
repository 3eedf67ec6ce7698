import { questionType } from './question-types/registry';
import type { QuizResponse } from './quiz-response';
import type { QuestionSnapshot } from './quiz-snapshot';

/** What the results page shows for one question after submission. */
export interface QuestionReview {
  yourAnswer: string[];
  correctAnswer: string[] | null;
  feedback: string[];
}

/**
 * The trainee's answer, the correct answer (only when `showAnswers`), and the
 * feedback of the options they chose, each as the question's type words it.
 * A response of another type counts as no answer, as in grading.
 */
export function reviewQuestion(question: QuestionSnapshot, response: QuizResponse | undefined, showAnswers: boolean): QuestionReview {
  const { review } = questionType(question.type);
  const own = response && response.type === question.type ? response : undefined;
  const chosen = own ? review.chosen(question, own) : [];
  return {
    yourAnswer: own ? review.answer(question, own) : [],
    correctAnswer: showAnswers ? review.correct(question) : null,
    feedback: question.options.filter((o) => chosen.includes(o.key) && o.feedback).map((o) => o.feedback),
  };
}
