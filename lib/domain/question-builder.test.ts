import { describe, expect, it } from 'vitest';
import { questionDraft } from '@/lib/content/quiz-draft';
import type { QuizQuestion } from './question-types/registry';
import {
  emptyQuestionForm,
  parsePoints,
  questionDraftFromForm,
  questionFormFromDraft,
  questionIssues,
  type QuestionForm,
} from './question-builder';

const base = { prompt: 'What?', explanation: 'Because.', points: '1' };
const form = (patch: Partial<QuestionForm> & Pick<QuestionForm, 'type'>): QuestionForm => ({
  ...emptyQuestionForm(patch.type),
  ...base,
  ...patch,
});
const choice = (text: string, correct = false, feedback = '') => ({ text, correct, feedback, weight: null });
const keysOf = (f: QuestionForm) => questionIssues(f).map((issue) => `${issue.field}:${issue.key}`);

describe('questionIssues', () => {
  const cases: [string, QuestionForm, string[]][] = [
    ['a valid single choice', form({ type: 'single', choices: [choice('A', true), choice('B')] }), []],
    ['single choice with no correct answer', form({ type: 'single', choices: [choice('A'), choice('B')] }), ['choices:no-correct-single']],
    // As in Moodle, a single choice may accept either of two right answers.
    ['single choice with two correct answers', form({ type: 'single', choices: [choice('A', true), choice('B', true)] }), []],
    [
      'multiple choice with no correct answer',
      form({ type: 'multiple', choices: [choice('A'), choice('B')] }),
      ['choices:no-correct-multiple'],
    ],
    ['multiple choice with one option', form({ type: 'multiple', choices: [choice('A', true)] }), ['choices:choices-too-few']],
    ['a blank option', form({ type: 'multiple', choices: [choice('A', true), choice('  ')] }), ['choices.1.text:choice-text-required']],
    ['a repeated option', form({ type: 'multiple', choices: [choice('A', true), choice(' A ')] }), ['choices.1.text:choice-duplicate']],
    ['true/false without an answer', form({ type: 'truefalse' }), ['answer:answer-required']],
    ['true/false answered false', form({ type: 'truefalse', answer: false }), []],
    ['short answer with none accepted', form({ type: 'short', accepted: [] }), ['accepted:accepted-required']],
    ['short answer with a blank row', form({ type: 'short', accepted: ['1998', ''] }), ['accepted.1:accepted-blank']],
    ['short answers equal once normalised', form({ type: 'short', accepted: ['Seoul', ' seoul '] }), ['accepted.1:accepted-duplicate']],
    ['matching with one pair', form({ type: 'matching', pairs: [{ left: 'a', right: 'b' }] }), ['pairs:pairs-too-few']],
    [
      'matching with a blank right side and a repeated left side (a repeated right side and a distractor are fine)',
      form({
        type: 'matching',
        pairs: [
          { left: 'a', right: 'x' },
          { left: 'b', right: 'x' },
          { left: '', right: 'y' },
          { left: 'a', right: '' },
        ],
      }),
      ['pairs.3.left:pair-left-duplicate', 'pairs.3.right:pair-right-required'],
    ],
    ['ordering with one item', form({ type: 'ordering', items: ['only'] }), ['items:items-too-few']],
    ['ordering with a repeated item', form({ type: 'ordering', items: ['a', 'b', 'a'] }), ['items.2:item-duplicate']],
    [
      'an empty prompt and explanation',
      form({ type: 'truefalse', answer: true, prompt: ' ', explanation: '' }),
      ['prompt:prompt-required', 'explanation:explanation-required'],
    ],
    ['points of zero', form({ type: 'truefalse', answer: true, points: '0' }), ['points:points-range']],
    ['points that are not a number', form({ type: 'truefalse', answer: true, points: 'two' }), ['points:points-range']],
    [
      'a fresh empty form of each type has problems',
      emptyQuestionForm('ordering'),
      [
        'prompt:prompt-required',
        'items.0:item-required',
        'items.1:item-required',
        'items.2:item-required',
        'explanation:explanation-required',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, f, expected) => {
    expect(keysOf(f)).toEqual(expected);
  });
});

describe('parsePoints', () => {
  it.each([
    ['1', 1],
    ['2.5', 2.5],
    ['100', 100],
    ['0', null],
    ['-1', null],
    ['101', null],
    ['', null],
    ['1e1', 10],
  ])('%j → %j', (text, expected) => {
    expect(parsePoints(text)).toBe(expected);
  });
});

describe('form ↔ draft', () => {
  // The same questions as a quiz.yaml would hold, so the builder stores what the importer stores.
  const yaml: QuizQuestion[] = [
    {
      key: 'q-single',
      type: 'single',
      prompt: 'P',
      explanation: 'E',
      points: 1,
      options: [
        { text: 'A', correct: true, feedback: 'Yes' },
        { text: 'B', correct: false, feedback: '' },
      ],
    },
    {
      key: 'q-multiple',
      type: 'multiple',
      prompt: 'P',
      explanation: 'E',
      points: 2,
      options: [
        { text: 'A', correct: true, feedback: '' },
        { text: 'B', correct: true, feedback: 'Also' },
        { text: 'C', correct: false, feedback: '' },
      ],
    },
    { key: 'q-tf', type: 'truefalse', prompt: 'P', explanation: 'E', points: 1, answer: false },
    { key: 'q-short', type: 'short', prompt: 'P', explanation: 'E', points: 1, accepted: ['1998', 'nineteen ninety-eight'] },
    {
      key: 'q-match',
      type: 'matching',
      prompt: 'P',
      explanation: 'E',
      points: 3,
      pairs: [
        { left: 'a', right: 'x' },
        { left: 'b', right: 'y' },
      ],
    },
    { key: 'q-order', type: 'ordering', prompt: 'P', explanation: 'E', points: 1, items: ['first', 'second', 'third'] },
  ];
  it.each(yaml.map((q) => [q.type, q] as const))('%s: editing and saving unchanged gives the imported draft back', (_type, question) => {
    const draft = questionDraft(question);
    const edited = questionFormFromDraft(draft);
    expect(questionIssues(edited)).toEqual([]);
    expect(questionDraftFromForm(edited, question.key)).toEqual(draft);
  });

  it('trims what the author typed', () => {
    const draft = questionDraftFromForm(
      form({ type: 'single', prompt: '  Why? ', choices: [choice(' A ', true, ' good '), choice('B')] }),
      'k',
    );
    expect(draft.prompt).toBe('Why?');
    expect(draft.options[0]).toEqual({ text: 'A', correct: true, weight: null, match: null, feedback: 'good' });
  });

  it('keeps GIFT weights of imported choices', () => {
    const draft = questionDraftFromForm(
      form({
        type: 'multiple',
        choices: [
          { ...choice('A', true), weight: 50 },
          { ...choice('B', true), weight: 50 },
        ],
      }),
      'k',
    );
    expect(draft.options.map((o) => o.weight)).toEqual([50, 50]);
  });
});
