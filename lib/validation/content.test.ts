import { describe, expect, it } from 'vitest';
import { lessonFrontMatterSchema, moduleFileSchema, quizFileSchema, quizQuestionSchema } from './content';

const base = { key: 'q-one', prompt: 'P?', explanation: 'E.' };
const choice = (text: string, correct = false) => ({ text, correct });
const lesson = { title: 'T', minutes: 10, sources: ['000_0123456789abcdef'] };

describe('quizQuestionSchema', () => {
  it.each([
    ['single with one correct', { ...base, type: 'single', options: [choice('a', true), choice('b')] }],
    ['multiple with two correct', { ...base, type: 'multiple', options: [choice('a', true), choice('b', true)] }],
    ['truefalse', { ...base, type: 'truefalse', answer: false }],
    ['short', { ...base, type: 'short', accepted: ['x'] }],
    [
      'matching',
      {
        ...base,
        type: 'matching',
        pairs: [
          { left: 'a', right: '1' },
          { left: 'b', right: '2' },
        ],
      },
    ],
    ['ordering', { ...base, type: 'ordering', items: ['a', 'b'], points: 100 }],
    [
      'single with two correct (either is right, as in Moodle)',
      { ...base, type: 'single', options: [choice('a', true), choice('b', true)] },
    ],
    ['short with partial credit', { ...base, type: 'short', accepted: ['x', { text: 'y', weight: 50, feedback: 'Half.' }] }],
    [
      'matching with a repeated right side and a distractor',
      {
        ...base,
        type: 'matching',
        pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '1' }, { right: '2' }],
      },
    ],
    [
      'numerical',
      {
        ...base,
        type: 'numerical',
        answers: [
          { value: 3.14, tolerance: 0.01 },
          { value: '*', weight: 0, feedback: 'No.' },
        ],
      },
    ],
    ['description', { key: 'intro', type: 'description', prompt: 'Read this.' }],
  ])('accepts %s', (_name, question) => {
    expect(quizQuestionSchema.safeParse(question).success).toBe(true);
  });

  it.each([
    ['single with none correct', { ...base, type: 'single', options: [choice('a'), choice('b')] }],
    ['single with one option', { ...base, type: 'single', options: [choice('a', true)] }],
    ['multiple with none correct', { ...base, type: 'multiple', options: [choice('a'), choice('b')] }],
    ['duplicate options', { ...base, type: 'multiple', options: [choice('a', true), choice('a')] }],
    ['truefalse without a boolean', { ...base, type: 'truefalse', answer: 'yes' }],
    ['short without answers', { ...base, type: 'short', accepted: [] }],
    ['short with a blank answer', { ...base, type: 'short', accepted: ['  '] }],
    [
      'matching with a repeated left side',
      {
        ...base,
        type: 'matching',
        pairs: [
          { left: 'a', right: '1' },
          { left: 'a', right: '2' },
        ],
      },
    ],
    ['short with no answer worth 100%', { ...base, type: 'short', accepted: [{ text: 'y', weight: 50 }] }],
    ['numerical with no number worth 100%', { ...base, type: 'numerical', answers: [{ value: '*' }] }],
    ['numerical with a negative tolerance', { ...base, type: 'numerical', answers: [{ value: 1, tolerance: -1 }] }],
    ['a description with points', { key: 'intro', type: 'description', prompt: 'Read this.', points: 1 }],
    ['ordering with one item', { ...base, type: 'ordering', items: ['a'] }],
    ['ordering with repeated items', { ...base, type: 'ordering', items: ['a', 'a'] }],
    ['zero points', { ...base, type: 'truefalse', answer: true, points: 0 }],
    ['too many points', { ...base, type: 'truefalse', answer: true, points: 101 }],
    ['an empty explanation', { ...base, type: 'truefalse', answer: true, explanation: ' ' }],
    ['a key that is not kebab-case', { ...base, key: 'Q_1', type: 'truefalse', answer: true }],
    ['an unknown type', { ...base, type: 'cloze' }],
  ])('rejects %s', (_name, question) => {
    expect(quizQuestionSchema.safeParse(question).success).toBe(false);
  });
});

describe('quizFileSchema', () => {
  const question = { ...base, type: 'truefalse', answer: true };
  it('needs a question that earns marks besides descriptions', () => {
    const intro = { key: 'intro', type: 'description', prompt: 'Read this.' };
    expect(quizFileSchema.safeParse({ title: 'Q', questions: [intro] }).success).toBe(false);
    expect(quizFileSchema.safeParse({ title: 'Q', questions: [intro, question] }).success).toBe(true);
  });
  it('applies the documented defaults', () => {
    expect(quizFileSchema.parse({ title: 'Q', questions: [question] })).toMatchObject({
      passMark: 70,
      attemptLimit: null,
      timeLimitMinutes: null,
      shuffleQuestions: true,
      shuffleOptions: true,
      scoring: 'best',
      review: { correctAnswers: 'after-pass-or-last-attempt', explanations: 'after-pass-or-last-attempt' },
    });
  });
  it.each([
    { passMark: 101 },
    { attemptLimit: 0 },
    { timeLimitMinutes: 601 },
    { scoring: 'first' },
    { questions: [] },
    { questions: [question, question] },
    { unknownSetting: true },
  ])('rejects %o', (change) => {
    expect(quizFileSchema.safeParse({ title: 'Q', questions: [question], ...change }).success).toBe(false);
  });
});

describe('lessonFrontMatterSchema', () => {
  it('defaults required to true and summary to empty', () => {
    expect(lessonFrontMatterSchema.parse(lesson)).toMatchObject({ required: true, summary: '' });
  });
  it.each([
    { minutes: 0 },
    { minutes: 601 },
    { minutes: 1.5 },
    { sources: [] },
    { sources: ['000_XYZ'] },
    { title: '' },
    { summary: 'x'.repeat(501) },
    { lecture: { title: 'L', video: 'lectures/../secret.mp4', captions: 'lectures/a.vtt' } },
    { lecture: { title: 'L', video: '/etc/a.mp4', captions: 'lectures/a.vtt' } },
    { lecture: { title: 'L', video: 'lectures/a.mp4', captions: 'lectures/a.srt' } },
  ])('rejects %o', (change) => {
    expect(lessonFrontMatterSchema.safeParse({ ...lesson, ...change }).success).toBe(false);
  });
});

describe('moduleFileSchema', () => {
  const mod = { slug: 'mod-a', title: 'M', objectives: ['O.'], lessons: ['01-a'] };
  it('accepts a minimal module and defaults selfEnrol', () => {
    expect(moduleFileSchema.parse(mod)).toMatchObject({ selfEnrol: true, summary: '' });
  });
  it.each([
    { objectives: [] },
    { objectives: Array.from({ length: 13 }, (_, i) => `O${i}.`) },
    { lessons: [] },
    { lessons: ['01-a', '01-a'] },
    { slug: 'Mod A' },
    { slug: 'a'.repeat(81) },
  ])('rejects %o', (change) => {
    expect(moduleFileSchema.safeParse({ ...mod, ...change }).success).toBe(false);
  });
});
