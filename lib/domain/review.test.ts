import { describe, expect, it } from 'vitest';
import type { QuestionSnapshot } from './quiz-snapshot';
import { reviewQuestion } from './review';

const everything = { correctAnswers: true, explanations: true };

const option = (key: string, text: string, extra: Partial<QuestionSnapshot['options'][number]> = {}) => ({
  key,
  text,
  correct: false,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});

const single: QuestionSnapshot = {
  key: 'q',
  type: 'single',
  prompt: 'When?',
  explanation: 'Because.',
  points: 1,
  options: [option('a', '1998', { correct: true, feedback: 'Right: 1998.' }), option('b', '2001', { feedback: 'That is the e-Government Act.' })],
};

describe('reviewQuestion', () => {
  it('shows the chosen option, its feedback and the correct answer when allowed', () => {
    expect(reviewQuestion(single, { type: 'single', optionKey: 'b' }, everything)).toEqual({
      yourAnswer: ['2001'],
      correctAnswer: ['1998'],
      feedback: ['That is the e-Government Act.'],
      explanation: 'Because.',
    });
  });

  it('hides the correct answer when the policy withholds it', () => {
    expect(reviewQuestion(single, { type: 'single', optionKey: 'b' }, { correctAnswers: false, explanations: true }).correctAnswer).toBeNull();
  });

  it('hides the explanation and the option feedback when the policy withholds them', () => {
    expect(reviewQuestion(single, { type: 'single', optionKey: 'a' }, { correctAnswers: false, explanations: false })).toEqual({
      yourAnswer: ['1998'],
      correctAnswer: null,
      feedback: [],
      explanation: null,
    });
  });

  it('has no answer for an unanswered question', () => {
    expect(reviewQuestion(single, undefined, everything)).toEqual({ yourAnswer: [], correctAnswer: ['1998'], feedback: [], explanation: 'Because.' });
  });

  it('describes matching pairs and the correct order', () => {
    const matching: QuestionSnapshot = {
      ...single,
      type: 'matching',
      options: [option('l1', 'G4C', { correct: true, match: 'services' }), option('l2', 'GIDC', { correct: true, match: 'data centre' })],
    };
    const review = reviewQuestion(matching, { type: 'matching', pairs: { l1: 'data centre', l2: '' } }, everything);
    expect(review.yourAnswer).toEqual(['G4C → data centre']);
    expect(review.correctAnswer).toEqual(['G4C → services', 'GIDC → data centre']);
  });

  it('lists an ordering answer in the order given', () => {
    const ordering: QuestionSnapshot = { ...single, type: 'ordering', options: [option('x', 'First'), option('y', 'Second')] };
    expect(reviewQuestion(ordering, { type: 'ordering', order: ['y', 'x'] }, everything)).toMatchObject({
      yourAnswer: ['Second', 'First'],
      correctAnswer: ['First', 'Second'],
    });
  });
});
