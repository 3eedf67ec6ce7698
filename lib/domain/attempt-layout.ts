/**
 * The order a trainee sees an attempt in, and what the browser may see of it.
 *
 * Everything is derived from a seed string (store one per attempt), so the
 * same attempt always looks the same after a reload, with no Math.random.
 * Each question is shuffled with its own seed ("seed|options|key"), so one
 * question's order does not depend on the others.
 * - Questions are shuffled only when the quiz says `shuffleQuestions`.
 * - Choices (single, multiple) and matching left-hand items are shuffled only
 *   with `shuffleOptions`; true/false stays "True, False".
 * - Ordering items are always shuffled and never shown in the correct order
 *   (a shuffle that lands on it is rotated by one).
 * - Matching right-hand choices are always shuffled, seeded by the layout
 *   itself, so the layout stays the only thing to persist; they are never
 *   listed aligned with the left-hand items.
 * - Short-answer questions show no options: their options are the answers.
 */
import type { QuestionSnapshot, QuizSnapshot } from '@/db/schema/versions';
import { matchingChoices, matchingItems } from './quiz-response';

/** Question keys in display order, and each question's option keys in display order. */
export interface AttemptLayout {
  questions: string[];
  options: Record<string, string[]>;
}

/** A question as an open attempt may show it: no correct flags, weights, feedback, matches or explanation. */
export interface PublicQuestion {
  key: string;
  type: QuestionSnapshot['type'];
  prompt: string;
  points: number;
  options: { key: string; text: string }[];
  matchChoices?: string[];
}

/** A 32-bit hash of a string (the murmur-style mixing of cyrb53's first half). */
function hashString(text: string): number {
  let h = 0x6a09e667 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0xcc9e2d51);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: a small, fast PRNG; returns numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates over mulberry32). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashString(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = result[i] as T;
    result[i] = result[j] as T;
    result[j] = item;
  }
  return result;
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** `shuffled`, rotated by one when it equals `forbidden` and has at least 2 items. */
function avoidOrder(shuffled: string[], forbidden: readonly string[]): string[] {
  return shuffled.length >= 2 && sameOrder(shuffled, forbidden) ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/** The option keys a question displays, in authoring order. */
function displayedKeys(question: QuestionSnapshot): string[] {
  if (question.type === 'short') return [];
  const options = question.type === 'matching' ? matchingItems(question) : question.options;
  return options.map((option) => option.key);
}

function optionOrder(quiz: QuizSnapshot, question: QuestionSnapshot, seed: string): string[] {
  const keys = displayedKeys(question);
  const shuffle = () => seededShuffle(keys, `${seed}|options|${question.key}`);
  switch (question.type) {
    case 'ordering':
      return avoidOrder(shuffle(), keys);
    case 'single':
    case 'multiple':
    case 'matching':
      return quiz.shuffleOptions ? shuffle() : keys;
    case 'truefalse':
    case 'short':
      return keys;
  }
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
  const authored = displayedKeys(question);
  let order = reconcile(layoutOptions(layout, question.key), authored);
  if (question.type === 'ordering') order = avoidOrder(order, authored);
  const byKey = new Map(question.options.map((option) => [option.key, option.text]));
  const result: PublicQuestion = {
    key: question.key,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    options: order.map((key) => ({ key, text: byKey.get(key) ?? '' })),
  };
  if (question.type === 'matching') {
    const rightOf = new Map(matchingItems(question).map((option) => [option.key, option.match as string]));
    const aligned = [...new Set(order.map((key) => rightOf.get(key) ?? ''))];
    result.matchChoices = avoidOrder(seededShuffle(matchingChoices(question), `${seed}|match|${question.key}`), aligned);
  }
  return result;
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
