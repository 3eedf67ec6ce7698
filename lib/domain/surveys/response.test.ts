import { describe, expect, it } from 'vitest';
import { sampleQuestions as questions } from './fixtures.test-data';
import { checkResponse } from './response';

const full = { q1: 4, q2: 'right', q3: ['b', 'a'], q4: 'A service catalogue' };

describe('checkResponse', () => {
  it('accepts a complete response and stores choices in the survey order, text trimmed', () => {
    expect(checkResponse(questions, { ...full, q4: '  A service catalogue  ' }, 'submit')).toEqual({
      ok: true,
      answers: { q1: 4, q2: 'right', q3: ['a', 'b'], q4: 'A service catalogue' },
    });
  });

  it.each([
    ['rating 0', { q1: 0 }, 'rating-range'],
    ['rating 6', { q1: 6 }, 'rating-range'],
    ['rating "6" from a form', { q1: '6' }, 'rating-range'],
    ['rating 3.5', { q1: 3.5 }, 'not-a-rating'],
    ['rating as words', { q1: 'five' }, 'not-a-rating'],
  ])('refuses %s', (_name, answer, problem) => {
    expect(checkResponse(questions, { ...full, ...answer }, 'submit')).toEqual({ ok: false, issues: [{ questionKey: 'q1', problem }] });
  });

  it('refuses an option the question does not have, and two options for a single choice', () => {
    expect(checkResponse(questions, { ...full, q2: 'maybe', q3: ['a', 'z'] }, 'submit')).toEqual({
      ok: false,
      issues: [
        { questionKey: 'q2', problem: 'unknown-option' },
        { questionKey: 'q3', problem: 'unknown-option' },
      ],
    });
    expect(checkResponse(questions, { ...full, q2: ['slow', 'fast'] }, 'submit')).toEqual({ ok: false, issues: [{ questionKey: 'q2', problem: 'one-option-only' }] });
  });

  it('requires the required answers on submission; blank text and an empty list are not answers', () => {
    expect(checkResponse(questions, { q1: '', q2: 'right', q3: [], q4: '   ' }, 'submit')).toEqual({
      ok: false,
      issues: [
        { questionKey: 'q1', problem: 'required' },
        { questionKey: 'q4', problem: 'required' },
      ],
    });
  });

  it('lets a draft leave questions blank but not hold impossible values', () => {
    expect(checkResponse(questions, { q1: 5 }, 'draft')).toEqual({ ok: true, answers: { q1: 5 } });
    expect(checkResponse(questions, { q1: 0 }, 'draft')).toEqual({ ok: false, issues: [{ questionKey: 'q1', problem: 'rating-range' }] });
  });

  it('refuses answers to questions the survey does not have and text over the limit', () => {
    expect(checkResponse(questions, { ...full, q9: 'x' }, 'draft')).toEqual({ ok: false, issues: [{ questionKey: '', problem: 'unknown-question' }] });
    expect(checkResponse(questions, { ...full, q4: 'x'.repeat(4001) }, 'draft')).toEqual({ ok: false, issues: [{ questionKey: 'q4', problem: 'too-long' }] });
  });
});
