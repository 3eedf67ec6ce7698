import type { QuestionSnapshot } from '@/db/schema/versions';
import type { QuizResponse } from './quiz-response';

/** What the results page shows for one question after submission. */
export interface QuestionReview {
  yourAnswer: string[];
  correctAnswer: string[] | null;
  feedback: string[];
}

function textOf(question: QuestionSnapshot, key: string): string {
  return question.options.find((o) => o.key === key)?.text ?? '';
}

/** The trainee's answer, the correct answer (only when `showAnswers`), and the feedback of the options they chose. */
export function reviewQuestion(question: QuestionSnapshot, response: QuizResponse | undefined, showAnswers: boolean): QuestionReview {
  const chosenKeys: string[] = [];
  let yourAnswer: string[] = [];
  if (response && 'optionKey' in response && response.optionKey) chosenKeys.push(response.optionKey);
  if (response && 'optionKeys' in response) chosenKeys.push(...response.optionKeys);
  if (chosenKeys.length) yourAnswer = chosenKeys.map((key) => textOf(question, key));
  if (response && 'text' in response && response.text.trim()) yourAnswer = [response.text];
  if (response && 'pairs' in response) {
    yourAnswer = Object.entries(response.pairs).filter(([, right]) => right).map(([left, right]) => `${textOf(question, left)} → ${right}`);
  }
  if (response && 'order' in response) yourAnswer = response.order.map((key) => textOf(question, key));

  let correctAnswer: string[] | null = null;
  if (showAnswers) {
    if (question.type === 'matching') correctAnswer = question.options.map((o) => `${o.text} → ${o.match ?? ''}`);
    else if (question.type === 'ordering') correctAnswer = question.options.map((o) => o.text);
    else correctAnswer = question.options.filter((o) => o.correct).map((o) => o.text);
  }
  const feedback = question.options.filter((o) => chosenKeys.includes(o.key) && o.feedback).map((o) => o.feedback);
  return { yourAnswer, correctAnswer, feedback };
}
