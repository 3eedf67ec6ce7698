import { describe, expect, it } from 'vitest';
import type { OptionSnapshot, QuestionSnapshot, QuizSnapshot } from './quiz-snapshot';
import { buildAttemptLayout, publicQuestions, seededShuffle } from './attempt-layout';
import { safeReviewPolicy } from './review-policy';

const opt = (key: string, extra: Partial<OptionSnapshot> = {}): OptionSnapshot => ({
  key,
  text: `Text ${key}`,
  correct: false,
  weight: null,
  match: null,
  feedback: `SECRET-FEEDBACK-${key}`,
  ...extra,
});
const question = (key: string, type: QuestionSnapshot['type'], options: OptionSnapshot[]): QuestionSnapshot => ({
  key,
  type,
  prompt: `Prompt ${key}`,
  explanation: `SECRET-EXPLANATION-${key}`,
  points: 1,
  options,
});
const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

const questions: QuestionSnapshot[] = [
  question(
    'single',
    'single',
    letters(5).map((k, i) => opt(k, { correct: i === 0, weight: i === 1 ? 50 : null })),
  ),
  question(
    'multiple',
    'multiple',
    letters(5).map((k, i) => opt(k, { correct: i < 2 })),
  ),
  question('tf', 'truefalse', [opt('t', { text: 'True', correct: true }), opt('f', { text: 'False' })]),
  question('short', 'short', [
    opt('s1', { text: 'SECRET-ANSWER-ONE', correct: true }),
    opt('s2', { text: 'SECRET-ANSWER-TWO', correct: true }),
  ]),
  question(
    'match',
    'matching',
    letters(4).map((k) => opt(k, { correct: true, match: `RIGHT-${k}` })),
  ),
  question(
    'order',
    'ordering',
    letters(4).map((k) => opt(k, { correct: true })),
  ),
  question(
    'pair',
    'ordering',
    letters(2).map((k) => opt(k, { correct: true })),
  ),
  question(
    'extra',
    'single',
    letters(3).map((k, i) => opt(k, { correct: i === 2 })),
  ),
];
const quiz = (shuffleQuestions: boolean, shuffleOptions: boolean): QuizSnapshot => ({
  title: 'Quiz',
  passMark: 70,
  attemptLimit: null,
  timeLimitMinutes: null,
  shuffleQuestions,
  shuffleOptions,
  scoring: 'best',
  review: safeReviewPolicy,
  questions,
});
const shuffled = quiz(true, true);
const plain = quiz(false, false);
const seeds = Array.from({ length: 50 }, (_, i) => `attempt-${i}`);
const keysOf = (q: QuestionSnapshot) => q.options.map((option) => option.key);

describe('seededShuffle', () => {
  it('is a deterministic permutation', () => {
    const items = letters(10);
    expect(seededShuffle(items, 'x')).toEqual(seededShuffle(items, 'x'));
    expect([...seededShuffle(items, 'x')].sort()).toEqual(items);
    expect(items).toEqual(letters(10));
    expect(new Set(seeds.map((seed) => seededShuffle(items, seed).join())).size).toBeGreaterThan(40);
  });
});

describe('buildAttemptLayout', () => {
  it('is deterministic for one seed and survives a JSON round trip', () => {
    const layout = buildAttemptLayout(shuffled, 'seed-1');
    expect(buildAttemptLayout(structuredClone(shuffled), 'seed-1')).toEqual(layout);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it('differs across seeds', () => {
    const layouts = seeds.map((seed) => JSON.stringify(buildAttemptLayout(shuffled, seed)));
    expect(new Set(layouts).size).toBe(seeds.length);
    const questionOrders = seeds.map((seed) => buildAttemptLayout(shuffled, seed).questions.join());
    expect(new Set(questionOrders).size).toBeGreaterThan(40);
  });

  it("keeps each question's option order independent of the other questions", () => {
    const fewer = { ...shuffled, questions: questions.filter((q) => q.key !== 'single') };
    const full = buildAttemptLayout(shuffled, 'seed-2');
    const partial = buildAttemptLayout(fewer, 'seed-2');
    for (const q of fewer.questions) expect(partial.options[q.key]).toEqual(full.options[q.key]);
  });

  it('keeps authoring order when shuffling is off, except for ordering items', () => {
    const layout = buildAttemptLayout(plain, 'seed-3');
    expect(layout.questions).toEqual(questions.map((q) => q.key));
    for (const key of ['single', 'multiple', 'tf', 'match', 'extra']) {
      expect(layout.options[key]).toEqual(keysOf(questions.find((q) => q.key === key) as QuestionSnapshot));
    }
    expect(layout.options.order).not.toEqual(letters(4));
  });

  it.each(seeds)('respects the rules for seed %s', (seed) => {
    const layout = buildAttemptLayout(shuffled, seed);
    expect([...layout.questions].sort()).toEqual(questions.map((q) => q.key).sort());
    for (const q of questions) {
      const expected = q.type === 'short' ? [] : keysOf(q);
      expect([...(layout.options[q.key] ?? [])].sort()).toEqual([...expected].sort());
    }
    expect(layout.options.tf).toEqual(['t', 'f']);
    expect(layout.options.order).not.toEqual(letters(4));
    expect(layout.options.pair).toEqual(['b', 'a']);
  });

  it('shuffles choices when asked', () => {
    const orders = seeds.map((seed) => buildAttemptLayout(shuffled, seed).options.single?.join());
    expect(new Set(orders).size).toBeGreaterThan(20);
  });
});

describe('publicQuestions', () => {
  const layout = buildAttemptLayout(shuffled, 'seed-4');
  const shown = publicQuestions(shuffled, layout);
  const json = JSON.stringify(shown);

  it('follows the layout', () => {
    expect(shown.map((q) => q.key)).toEqual(layout.questions);
    for (const q of shown) expect(q.options.map((option) => option.key)).toEqual(layout.options[q.key]);
    expect(shown.find((q) => q.key === 'tf')?.options).toEqual([
      { key: 't', text: 'True' },
      { key: 'f', text: 'False' },
    ]);
  });

  it('leaks no answer data', () => {
    for (const secret of ['SECRET', '"correct":', '"weight":', '"feedback":', '"match":', '"explanation":'])
      expect(json).not.toContain(secret);
    expect(shown.find((q) => q.key === 'short')?.options).toEqual([]);
    const withoutChoices = JSON.stringify(shown.map(({ matchChoices: _choices, ...rest }) => rest));
    expect(withoutChoices).not.toContain('RIGHT-');
  });

  it.each(seeds)('shuffles matching choices and never shows the correct order (seed %s)', (seed) => {
    for (const settings of [shuffled, plain]) {
      const questionsShown = publicQuestions(settings, buildAttemptLayout(settings, seed));
      const match = questionsShown.find((q) => q.key === 'match');
      const aligned = match?.options.map((option) => `RIGHT-${option.key}`);
      expect([...(match?.matchChoices ?? [])].sort()).toEqual(letters(4).map((k) => `RIGHT-${k}`));
      expect(match?.matchChoices).not.toEqual(aligned);
      expect(questionsShown.find((q) => q.key === 'order')?.options.map((option) => option.key)).not.toEqual(letters(4));
      expect(questionsShown.filter((q) => q.type !== 'matching').every((q) => q.matchChoices === undefined)).toBe(true);
    }
  });

  it('is deterministic for a stored layout', () => {
    expect(publicQuestions(structuredClone(shuffled), JSON.parse(JSON.stringify(layout)))).toEqual(shown);
  });

  it('repairs a stale or tampered layout without revealing the order', () => {
    const tampered = {
      questions: ['ghost', 'order', 'order'],
      options: { order: ['a', 'b', 'z', 'c', 'd'], ghost: ['x'] },
    };
    const repaired = publicQuestions(shuffled, tampered);
    expect(repaired.map((q) => q.key)).toEqual(['order', ...questions.map((q) => q.key).filter((key) => key !== 'order')]);
    const order = repaired[0]?.options.map((option) => option.key);
    expect([...(order ?? [])].sort()).toEqual(letters(4));
    expect(order).not.toEqual(letters(4));
    expect(repaired.find((q) => q.key === 'single')?.options.map((option) => option.key)).toEqual(letters(5));
  });
});
