import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../grading';
import { reviewQuestion } from '../../review';
import type { QuestionSnapshot } from '../../quiz-snapshot';
import { option } from '../kit';
import { numerical } from '.';
import { readNumber } from './number';

describe('readNumber', () => {
  it.each<[string, number]>([
    ['3.14', 3.14],
    ['3,14', 3.14],
    [' -2 ', -2],
    ['+7', 7],
    ['\u22125', -5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,234.5', 1234.5],
    ['1 000', 1000],
    ['۳٫۱۴', 3.14],
    ['۳,۱۴', 3.14],
    ['٣٫١٤', 3.14],
    ['١٢٬٣٤٥', 12345],
    ['۱۲۳', 123],
    ['３', 3],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ value });
  });

  it.each(['abc', '3 apples', '1,2,3', '--1', '1.2.3', 'Infinity', 'NaN', '0x10'])('refuses %j as not a number', (text) => {
    expect(readNumber(text)).toEqual({ problem: 'not-a-number' });
  });

  it('calls blank text empty', () => {
    expect(readNumber('  ')).toEqual({ problem: 'empty' });
  });
});

describe('numerical grading', () => {
  const question: QuestionSnapshot = {
    key: 'pi',
    type: 'numerical',
    prompt: 'Pi?',
    explanation: '',
    points: 2,
    options: [
      option('3.14', true, { match: '0.01', feedback: 'Yes.' }),
      option('3', false, { weight: 50, match: '0.5', feedback: 'Close.' }),
      option('*', false, { weight: 0, feedback: 'No.' }),
    ].map((o, i) => ({ ...o, key: `o${i}` })),
  };
  const grade = (text: string) => gradeQuestion(question, { type: 'numerical', text });

  it.each<[string, number, string]>([
    ['3.14', 2, 'correct'],
    ['3,15', 2, 'correct'],
    ['۳٫۱۳', 2, 'correct'],
    ['3.2', 1, 'partial'],
    ['2.5', 1, 'partial'],
    ['4', 0, 'incorrect'],
    ['many', 0, 'incorrect'],
  ])('%j scores %d (%s), the best matching answer', (text, score, outcome) => {
    expect(grade(text)).toMatchObject({ score, outcome });
  });

  it('leaves blank text unanswered', () => {
    expect(grade(' ').outcome).toBe('unanswered');
  });

  it("gives the matched answer's feedback and lists the right answer with its tolerance", () => {
    expect(reviewQuestion(question, { type: 'numerical', text: '3.2' }, { correctAnswers: true, explanations: true })).toMatchObject({
      yourAnswer: ['3.2'],
      correctAnswer: ['3.14 ± 0.01'],
      feedback: ['Close.'],
    });
    expect(reviewQuestion(question, { type: 'numerical', text: '9' }, { correctAnswers: false, explanations: true }).feedback).toEqual(['No.']);
  });

  it('refuses a response that is not text or too long', () => {
    expect(numerical.parseResponse(question, { text: 3 })).toEqual({ error: 'text must be a string' });
    expect(numerical.parseResponse(question, { text: '1'.repeat(51) })).toHaveProperty('error');
  });

  it('names builder problems by field', () => {
    const form = { answers: [{ value: 'x', tolerance: '-1', weight: '120', feedback: '' }] };
    const keys = numerical.builder.issues(form as never).map((issue) => `${issue.field}:${issue.key}`);
    expect(keys).toEqual([
      'answers.0.value:answer-not-number',
      'answers.0.tolerance:tolerance-range',
      'answers.0.weight:weight-range',
      'answers:answers-none-full',
    ]);
  });
});
