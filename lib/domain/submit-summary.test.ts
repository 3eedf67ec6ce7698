import { describe, expect, it } from 'vitest';
import { hasAnswer, submitSummary } from './submit-summary';

const numbered = (keys: string[]) => keys.map((key, index) => ({ key, number: index + 1 }));

describe('hasAnswer', () => {
  it.each([
    ['no response', undefined, false],
    ['a chosen option', { type: 'single', optionKey: 'a' }, true],
    ['no chosen option', { type: 'single', optionKey: '' }, false],
    ['options chosen', { type: 'multiple', optionKeys: ['a'] }, true],
    ['every option unticked', { type: 'multiple', optionKeys: [] }, false],
    ['a text', { type: 'short', text: 'e-Government' }, true],
    ['blank text', { type: 'short', text: '   ' }, false],
    ['a pair', { type: 'matching', pairs: { l1: 'x', l2: '' } }, true],
    ['no pair chosen', { type: 'matching', pairs: { l1: '', l2: '' } }, false],
    ['an order', { type: 'ordering', order: ['b', 'a'] }, true],
    ['a number', { type: 'numerical', value: 0 }, true],
  ] as const)('%s → %s', (_name, response, expected) => {
    expect(hasAnswer(response)).toBe(expected);
  });
});

describe('submitSummary', () => {
  it('lists the questions in the order shown, numbered, and counts the unanswered', () => {
    expect(submitSummary(numbered(['q2', 'q1', 'q3']), { q1: { type: 'short', text: 'x' }, q3: { type: 'multiple', optionKeys: [] } })).toEqual({
      items: [
        { key: 'q2', number: 1, answered: false },
        { key: 'q1', number: 2, answered: true },
        { key: 'q3', number: 3, answered: false },
      ],
      unanswered: 2,
    });
  });

  it('has nothing to warn about when all are answered', () => {
    expect(submitSummary(numbered(['q1']), { q1: { type: 'truefalse', optionKey: 't' } }).unanswered).toBe(0);
  });
});
