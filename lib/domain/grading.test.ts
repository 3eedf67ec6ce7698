import { describe, expect, it } from 'vitest';
import type { OptionSnapshot, QuestionSnapshot, QuizSnapshot } from './quiz-snapshot';
import { countedAttempt, gradeAttempt, gradeQuestion, normaliseAnswer, type QuizResponse } from './grading';
import { safeReviewPolicy } from './review-policy';

const opt = (key: string, text: string, extra: Partial<OptionSnapshot> = {}): OptionSnapshot => ({
  key,
  text,
  correct: false,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});
const question = (type: QuestionSnapshot['type'], options: OptionSnapshot[], points = 1, key = `q-${type}`): QuestionSnapshot => ({
  key,
  type,
  prompt: 'Prompt',
  explanation: 'Why',
  points,
  options,
});

const single = question('single', [opt('a', 'A', { correct: true }), opt('b', 'B')], 2);
const weightedSingle = question(
  'single',
  [opt('a', 'A', { weight: 50 }), opt('b', 'B', { weight: -50 }), opt('c', 'C', { weight: 150 })],
  2,
);
const trueFalse = question('truefalse', [opt('t', 'True', { correct: true }), opt('f', 'False')]);
const multiple = question(
  'multiple',
  [...['a', 'b', 'c'].map((key) => opt(key, key, { correct: true })), ...['d', 'e'].map((key) => opt(key, key))],
  3,
);
const weightedMultiple = question(
  'multiple',
  [
    opt('a', 'A', { correct: true, weight: 50 }),
    opt('b', 'B', { correct: true, weight: 50 }),
    opt('c', 'C', { weight: -100 }),
    opt('d', 'D'),
  ],
  2,
);
const thirds = question(
  'multiple',
  ['a', 'b', 'c'].map((key) => opt(key, key, { correct: true, weight: 33.333 })),
);
const short = question('short', [opt('a', 'Good governance', { correct: true }), opt('b', 'Ｇｏｖｔｅｃｈ', { correct: true })]);
const matching = question(
  'matching',
  [1, 2, 3].map((n) => opt(`l${n}`, `Left ${n}`, { correct: true, match: `Right ${n}` })),
  3,
);
const ordering = question(
  'ordering',
  ['a', 'b', 'c', 'd'].map((key) => opt(key, key.toUpperCase(), { correct: true })),
  6,
);
const ordering3 = question(
  'ordering',
  ['a', 'b', 'c'].map((key) => opt(key, key, { correct: true })),
);

type Case = [string, QuestionSnapshot, QuizResponse | undefined, number, string];
const cases: Case[] = [
  ['single correct', single, { type: 'single', optionKey: 'a' }, 2, 'correct'],
  ['single wrong', single, { type: 'single', optionKey: 'b' }, 0, 'incorrect'],
  ['single unknown key', single, { type: 'single', optionKey: 'zz' }, 0, 'incorrect'],
  ['single no choice', single, { type: 'single', optionKey: null }, 0, 'unanswered'],
  ['single missing', single, undefined, 0, 'unanswered'],
  ['single wrong response type', single, { type: 'multiple', optionKeys: ['a'] }, 0, 'unanswered'],
  ['single weight 50%', weightedSingle, { type: 'single', optionKey: 'a' }, 1, 'partial'],
  ['single negative weight clamps to 0', weightedSingle, { type: 'single', optionKey: 'b' }, 0, 'incorrect'],
  ['single weight over 100 clamps to points', weightedSingle, { type: 'single', optionKey: 'c' }, 2, 'correct'],
  ['true/false correct', trueFalse, { type: 'truefalse', optionKey: 't' }, 1, 'correct'],
  ['true/false wrong', trueFalse, { type: 'truefalse', optionKey: 'f' }, 0, 'incorrect'],
  ['true/false unanswered', trueFalse, { type: 'truefalse', optionKey: null }, 0, 'unanswered'],
  ['multiple all correct', multiple, { type: 'multiple', optionKeys: ['c', 'a', 'b'] }, 3, 'correct'],
  ['multiple two of three', multiple, { type: 'multiple', optionKeys: ['a', 'b'] }, 2, 'partial'],
  ['multiple duplicates count once', multiple, { type: 'multiple', optionKeys: ['a', 'a', 'a'] }, 1, 'partial'],
  ['multiple all correct plus one wrong', multiple, { type: 'multiple', optionKeys: ['a', 'b', 'c', 'd'] }, 1.5, 'partial'],
  ['multiple everything ticked', multiple, { type: 'multiple', optionKeys: ['a', 'b', 'c', 'd', 'e'] }, 0, 'incorrect'],
  ['multiple mostly wrong floors at 0', multiple, { type: 'multiple', optionKeys: ['a', 'd', 'e'] }, 0, 'incorrect'],
  ['multiple nothing ticked', multiple, { type: 'multiple', optionKeys: [] }, 0, 'unanswered'],
  ['weighted multiple full', weightedMultiple, { type: 'multiple', optionKeys: ['a', 'b'] }, 2, 'correct'],
  ['weighted multiple half', weightedMultiple, { type: 'multiple', optionKeys: ['a'] }, 1, 'partial'],
  ['weighted multiple unweighted option counts 0', weightedMultiple, { type: 'multiple', optionKeys: ['a', 'd'] }, 1, 'partial'],
  ['weighted multiple negative cancels', weightedMultiple, { type: 'multiple', optionKeys: ['a', 'b', 'c'] }, 0, 'incorrect'],
  ['weighted multiple negative clamps to 0', weightedMultiple, { type: 'multiple', optionKeys: ['c'] }, 0, 'incorrect'],
  ['weighted thirds round to full marks', thirds, { type: 'multiple', optionKeys: ['a', 'b', 'c'] }, 1, 'correct'],
  ['weighted one third', thirds, { type: 'multiple', optionKeys: ['a'] }, 0.33, 'partial'],
  ['short exact', short, { type: 'short', text: 'Good governance' }, 1, 'correct'],
  ['short spacing and case', short, { type: 'short', text: '  Good   Governance ' }, 1, 'correct'],
  ['short tabs and newlines', short, { type: 'short', text: 'good\tgovernance\n' }, 1, 'correct'],
  ['short full-width answer', short, { type: 'short', text: 'ＧＯＯＤ\u3000ＧＯＶＥＲＮＡＮＣＥ' }, 1, 'correct'],
  ['short full-width accepted answer', short, { type: 'short', text: 'govtech' }, 1, 'correct'],
  ['short wrong', short, { type: 'short', text: 'good governanc' }, 0, 'incorrect'],
  ['short blank', short, { type: 'short', text: ' \n ' }, 0, 'unanswered'],
  ['matching all', matching, { type: 'matching', pairs: { l1: 'Right 1', l2: 'Right 2', l3: 'Right 3' } }, 3, 'correct'],
  ['matching one swap', matching, { type: 'matching', pairs: { l1: 'Right 1', l2: 'Right 3', l3: 'Right 2' } }, 1, 'partial'],
  ['matching one of three given', matching, { type: 'matching', pairs: { l2: 'Right 2' } }, 1, 'partial'],
  ['matching none right', matching, { type: 'matching', pairs: { l1: 'Right 2', l2: 'Right 3', l3: 'Right 1' } }, 0, 'incorrect'],
  ['matching empty', matching, { type: 'matching', pairs: {} }, 0, 'unanswered'],
  ['ordering exact', ordering, { type: 'ordering', order: ['a', 'b', 'c', 'd'] }, 6, 'correct'],
  ['ordering reversed', ordering, { type: 'ordering', order: ['d', 'c', 'b', 'a'] }, 0, 'incorrect'],
  ['ordering one adjacent swap (5 of 6 pairs)', ordering, { type: 'ordering', order: ['b', 'a', 'c', 'd'] }, 5, 'partial'],
  ['ordering ends swapped (1 of 6 pairs)', ordering, { type: 'ordering', order: ['d', 'b', 'c', 'a'] }, 1, 'partial'],
  ['ordering of 3, one swap', ordering3, { type: 'ordering', order: ['a', 'c', 'b'] }, 0.67, 'partial'],
  ['ordering empty', ordering, { type: 'ordering', order: [] }, 0, 'unanswered'],
];

describe('gradeQuestion', () => {
  it.each(cases)('%s', (_name, q, response, score, outcome) => {
    expect(gradeQuestion(q, response)).toEqual({ score, maxScore: q.points, outcome });
  });

  it('judges a zero-point question by its fraction', () => {
    const free = { ...single, points: 0 };
    expect(gradeQuestion(free, { type: 'single', optionKey: 'a' })).toEqual({ score: 0, maxScore: 0, outcome: 'correct' });
    expect(gradeQuestion(free, { type: 'single', optionKey: 'b' })).toEqual({ score: 0, maxScore: 0, outcome: 'incorrect' });
  });
});

describe('normaliseAnswer', () => {
  it.each([
    ['  Good   Governance ', 'good governance'],
    ['ＧＯＯＤ\u3000governance', 'good governance'],
    ['ﬁnance', 'finance'],
    ['ÉTAT', 'état'],
  ])('%j → %j', (input, expected) => expect(normaliseAnswer(input)).toBe(expected));
});

describe('gradeAttempt', () => {
  const quiz: QuizSnapshot = {
    title: 'Quiz',
    passMark: 70,
    attemptLimit: null,
    timeLimitMinutes: null,
    shuffleQuestions: false,
    shuffleOptions: false,
    scoring: 'best',
    review: safeReviewPolicy,
    questions: [
      { ...single, key: 's', points: 4 },
      { ...multiple, key: 'm', points: 3 },
      { ...ordering3, key: 'o', points: 3 },
    ],
  };

  it.each([
    [
      'all right',
      {
        s: { type: 'single', optionKey: 'a' },
        m: { type: 'multiple', optionKeys: ['a', 'b', 'c'] },
        o: { type: 'ordering', order: ['a', 'b', 'c'] },
      },
      10,
      100,
      true,
    ],
    ['exactly the pass mark', { s: { type: 'single', optionKey: 'a' }, m: { type: 'multiple', optionKeys: ['a', 'b', 'c'] } }, 7, 70, true],
    [
      'partial credit adds up',
      {
        s: { type: 'single', optionKey: 'a' },
        m: { type: 'multiple', optionKeys: ['a', 'b'] },
        o: { type: 'ordering', order: ['a', 'c', 'b'] },
      },
      8,
      80,
      true,
    ],
    ['partial only', { m: { type: 'multiple', optionKeys: ['a'] }, o: { type: 'ordering', order: ['c', 'a', 'b'] } }, 2, 20, false],
    ['nothing', {}, 0, 0, false],
  ] as [string, Record<string, QuizResponse>, number, number, boolean][])('%s', (_name, responses, score, percent, passed) => {
    const result = gradeAttempt(quiz, responses);
    expect(result).toMatchObject({ score, maxScore: 10, percent, passed });
    expect(Object.keys(result.questions)).toEqual(['s', 'm', 'o']);
  });

  it('rounds the percent to one decimal', () => {
    const result = gradeAttempt(
      { ...quiz, questions: [single, { ...trueFalse, key: 't' }] },
      { [single.key]: { type: 'single', optionKey: 'a' } },
    );
    expect(result.percent).toBe(66.7);
    expect(result.questions.t).toEqual({ score: 0, maxScore: 1, outcome: 'unanswered' });
  });

  it('ignores responses to questions the quiz does not have', () => {
    const result = gradeAttempt(quiz, { ghost: { type: 'single', optionKey: 'a' }, toString: undefined });
    expect(result).toMatchObject({ score: 0, maxScore: 10, percent: 0 });
    expect(result.questions).not.toHaveProperty('ghost');
  });
});

describe('countedAttempt', () => {
  const at = (id: number, day: number, percent: number) => ({
    id,
    submittedAt: new Date(Date.UTC(2025, 0, day)),
    percent,
    passed: percent >= 70,
  });
  const attempts = [at(1, 3, 80), at(2, 1, 60), at(3, 2, 80), at(4, 5, 40)];

  it.each([
    ['best, ties to the earliest', attempts, 'best', 3],
    ['last by submission time, not list order', attempts, 'last', 4],
    ['last with one attempt', [at(9, 1, 10)], 'last', 9],
    ['best of one', [at(9, 1, 10)], 'best', 9],
  ] as const)('%s', (_name, list, rule, id) => {
    expect(countedAttempt(list, rule)?.id).toBe(id);
  });

  it.each(['best', 'last'] as const)('returns null without attempts (%s)', (rule) => {
    expect(countedAttempt([], rule)).toBeNull();
  });
});
