import { describe, expect, it } from 'vitest';
import { keyBase, questionContentHash, uniqueKey, type QuestionContent } from './bank-questions';

const question: QuestionContent = {
  type: 'single',
  prompt: 'Pick one',
  explanation: 'Because.',
  options: [
    { text: 'A', correct: true, weight: null, match: null, feedback: '' },
    { text: 'B', correct: false, weight: -25, match: null, feedback: 'No' },
  ],
};

describe('questionContentHash', () => {
  it('is the same for the same content, whatever else the object carries', () => {
    const withExtras = { ...question, key: 'x', points: 3, options: question.options.map((o, i) => ({ ...o, id: i })) };
    expect(questionContentHash(withExtras)).toBe(questionContentHash(question));
  });

  it.each<[string, Partial<QuestionContent>]>([
    ['type', { type: 'multiple' }],
    ['prompt', { prompt: 'Pick two' }],
    ['explanation', { explanation: '' }],
    ['option order', { options: [...question.options].reverse() }],
    ['a weight', { options: question.options.map((o) => ({ ...o, weight: 10 })) }],
    ['feedback', { options: question.options.map((o) => ({ ...o, feedback: 'x' })) }],
  ])('changes with the %s', (_name, change) => {
    expect(questionContentHash({ ...question, ...change })).not.toBe(questionContentHash(question));
  });
});

describe('keyBase', () => {
  it.each([
    ['What is G4C?', 'what-is-g4c'],
    ['  Égalité & café  ', 'egalite-cafe'],
    ['حکومت الکترونیک', 'question'],
    ['', 'question'],
    ['a'.repeat(70), 'a'.repeat(60)],
    [`${'word-'.repeat(14)}end`, 'word-'.repeat(11) + 'word'],
  ])('%j → %j', (text, expected) => {
    const key = keyBase(text);
    expect(key).toBe(expected);
    expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('uniqueKey', () => {
  it('adds -2, -3… until the key is free, and reserves it', () => {
    const taken = new Set(['tomb', 'tomb-2']);
    expect(uniqueKey('tomb', taken)).toBe('tomb-3');
    expect(uniqueKey('tomb', taken)).toBe('tomb-4');
    expect(uniqueKey('other', taken)).toBe('other');
    expect(taken.has('other')).toBe(true);
  });
});
