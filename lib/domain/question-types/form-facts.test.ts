import { describe, expect, it } from 'vitest';
import { questionTypes } from '../quiz-snapshot';
import { defaultResponse, earnsMarks, questionNumbers } from './form-facts';
import * as registry from './registry';
import type { PublicQuestion } from './types';

const question = (type: PublicQuestion['type']): PublicQuestion => ({
  key: `q-${type}`,
  type,
  prompt: 'Prompt',
  points: 1,
  options: [
    { key: 'b', text: 'Second' },
    { key: 'a', text: 'First' },
  ],
});

// The quiz form uses form-facts (no zod, no grading); the server uses the registry. They must not drift.
describe('form facts agree with the question-type registry', () => {
  it.each(questionTypes)('%s: earns marks and starts with the same answer', (type) => {
    expect(earnsMarks(type)).toBe(registry.earnsMarks(type));
    expect(defaultResponse(question(type))).toEqual(registry.questionType(type).defaultResponse?.(question(type)));
  });

  it('numbers only the questions that earn marks', () => {
    const questions = questionTypes.map((type) => ({ key: type, type }));
    expect(questionNumbers(questions)).toEqual(registry.questionNumbers(questions));
  });
});
