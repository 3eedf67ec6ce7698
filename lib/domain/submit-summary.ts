/**
 * The summary a trainee checks before submitting an attempt: which questions
 * are answered and which are not, worked out from the answers in the
 * browser. It knows nothing of the answer key.
 */

/** One line of the summary: the question's place in the attempt and whether it has an answer. */
export interface SummaryItem {
  key: string;
  number: number;
  answered: boolean;
}

export interface SubmitSummary {
  items: SummaryItem[];
  unanswered: number;
}

function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(filled);
  return false;
}

/**
 * True when a response holds an answer: a choice, a non-blank text, a number,
 * a pair or an order. Read from the response's shape rather than its type, so
 * it holds for every question type, as grading's "empty is unanswered" does.
 */
export function hasAnswer(response: object | undefined): boolean {
  if (!response) return false;
  return Object.entries(response).some(([field, value]) => field !== 'type' && filled(value));
}

/**
 * The summary of the questions to answer, in the order shown with the numbers
 * shown (questions that take no answer are left out by the caller), given the
 * current responses.
 */
export function submitSummary(
  questions: readonly { key: string; number: number }[],
  responses: Readonly<Record<string, object | undefined>>,
): SubmitSummary {
  const items = questions.map(({ key, number }) => ({ key, number, answered: hasAnswer(responses[key]) }));
  return { items, unanswered: items.filter((item) => !item.answered).length };
}
