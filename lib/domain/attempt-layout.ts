/**
 * The order a trainee sees an attempt in, and what the browser may see of it.
 *
 * Everything is derived from a seed string (store one per attempt), so the
 * same attempt always looks the same after a reload, with no Math.random.
 * Each question is shuffled with its own seed ("seed|options|key"), so one
 * question's order does not depend on the others.
 * - Questions are shuffled only when the quiz says `shuffleQuestions`.
 * - Which options a question shows and how they shuffle is its type's
 *   `layout` (./question-types): with `shuffleOptions` (choices, matching
 *   items), never (true/false; short answers show none), or always and never
 *   in the authored order (ordering: a shuffle that lands on it is rotated).
 * - A type's `extras` (matching's right-hand choices) are seeded by the
 *   layout itself, so the layout stays the only thing to persist.
 */
import { questionType } from './question-types/registry';
import type { PublicQuestion } from './question-types/types';
import type { AttemptLayout, QuestionSnapshot, QuizSnapshot } from './quiz-snapshot';
import { avoidOrder, seededShuffle } from './seeded-shuffle';

export type { PublicQuestion } from './question-types/types';
export type { AttemptLayout } from './quiz-snapshot';
export { seededShuffle } from './seeded-shuffle';

/** The option keys a question displays, in authoring order. */
function displayedKeys(question: QuestionSnapshot): string[] {
  return questionType(question.type).layout.shown(question).map((option) => option.key);
}

function optionOrder(quiz: QuizSnapshot, question: QuestionSnapshot, seed: string): string[] {
  const keys = displayedKeys(question);
  const shuffle = () => seededShuffle(keys, `${seed}|options|${question.key}`);
  const mode = questionType(question.type).layout.shuffle;
  if (mode === 'not-authored') return avoidOrder(shuffle(), keys);
  return mode === 'quiz' && quiz.shuffleOptions ? shuffle() : keys;
}

/** The display order of an attempt's questions and options, fixed by `seed`. */
export function buildAttemptLayout(quiz: QuizSnapshot, seed: string): AttemptLayout {
  const keys = quiz.questions.map((question) => question.key);
  const questions = quiz.shuffleQuestions ? seededShuffle(keys, `${seed}|questions`) : keys;
  const options: Record<string, string[]> = {};
  for (const question of quiz.questions) options[question.key] = optionOrder(quiz, question, seed);
  return { questions, options };
}

/** `wanted` keys that are in `allowed`, once each, then any allowed key they left out. */
function reconcile(wanted: readonly string[], allowed: readonly string[]): string[] {
  const kept = [...new Set(wanted)].filter((key) => allowed.includes(key));
  return [...kept, ...allowed.filter((key) => !kept.includes(key))];
}

/** A question's option keys in the layout; none when the layout does not mention it. */
function layoutOptions(layout: AttemptLayout, key: string): string[] {
  return (Object.hasOwn(layout.options, key) ? layout.options[key] : undefined) ?? [];
}

/** A seed that varies with the attempt's layout, independent of object key order. */
function layoutSeed(layout: AttemptLayout): string {
  return layout.questions.map((key) => `${key}:${layoutOptions(layout, key).join(',')}`).join('|');
}

function publicQuestion(question: QuestionSnapshot, layout: AttemptLayout, seed: string): PublicQuestion {
  const { layout: typeLayout } = questionType(question.type);
  const authored = displayedKeys(question);
  let order = reconcile(layoutOptions(layout, question.key), authored);
  if (typeLayout.shuffle === 'not-authored') order = avoidOrder(order, authored);
  const byKey = new Map(question.options.map((option) => [option.key, option.text]));
  return {
    key: question.key,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    options: order.map((key) => ({ key, text: byKey.get(key) ?? '' })),
    ...typeLayout.extras?.(question, order, seed),
  };
}

/**
 * What the browser may see of an open attempt, in the layout's order: key,
 * type, prompt, points and option key/text (plus shuffled right-hand texts
 * for matching). Never `correct`, `weight`, `feedback`, `match` (except as
 * unlabelled choices) or `explanation`; short answers get no options. Layout
 * keys the quiz does not have are skipped, and anything the layout misses is
 * appended in authoring order, so a stale layout cannot hide a question.
 */
export function publicQuestions(quiz: QuizSnapshot, layout: AttemptLayout): PublicQuestion[] {
  const byKey = new Map(quiz.questions.map((question) => [question.key, question]));
  const seed = layoutSeed(layout);
  return reconcile(layout.questions, [...byKey.keys()]).flatMap((key) => {
    const question = byKey.get(key);
    return question ? [publicQuestion(question, layout, seed)] : [];
  });
}
