import { describe, expect, it } from 'vitest';
import type { OptionSnapshot, QuestionSnapshot } from './quiz-snapshot';
import { matchingChoices, matchingItems, parseResponse } from './quiz-response';

const opt = (key: string, extra: Partial<OptionSnapshot> = {}): OptionSnapshot => ({
  key,
  text: key.toUpperCase(),
  correct: true,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});
const question = (type: QuestionSnapshot['type'], options: OptionSnapshot[]): QuestionSnapshot => ({
  key: 'q',
  type,
  prompt: 'Prompt',
  explanation: '',
  points: 1,
  options,
});

const single = question('single', [opt('a'), opt('b', { correct: false })]);
const trueFalse = question('truefalse', [opt('t'), opt('f', { correct: false })]);
const multiple = question('multiple', [opt('a'), opt('b'), opt('c', { correct: false })]);
const short = question('short', [opt('answer')]);
const matching = question('matching', [opt('l1', { match: 'R1' }), opt('l2', { match: 'R2' })]);
const ordering = question('ordering', [opt('a'), opt('b'), opt('c')]);

describe('parseResponse accepts', () => {
  it.each([
    ['a single choice', single, { optionKey: 'b' }, { type: 'single', optionKey: 'b' }],
    ['no single choice', single, { optionKey: null }, { type: 'single', optionKey: null }],
    ['a matching type tag', single, { type: 'single', optionKey: 'a' }, { type: 'single', optionKey: 'a' }],
    ['true/false', trueFalse, { optionKey: 'f' }, { type: 'truefalse', optionKey: 'f' }],
    ['several choices', multiple, { optionKeys: ['c', 'a'] }, { type: 'multiple', optionKeys: ['c', 'a'] }],
    ['no choices', multiple, { optionKeys: [] }, { type: 'multiple', optionKeys: [] }],
    ['text', short, { text: '  Answer ' }, { type: 'short', text: '  Answer ' }],
    ['text of 500 characters', short, { text: 'x'.repeat(500) }, { type: 'short', text: 'x'.repeat(500) }],
    ['pairs', matching, { pairs: { l1: 'R2', l2: 'R2' } }, { type: 'matching', pairs: { l1: 'R2', l2: 'R2' } }],
    ['pairs, dropping unchosen items', matching, { pairs: { l1: '', l2: 'R1' } }, { type: 'matching', pairs: { l2: 'R1' } }],
    ['a permutation', ordering, { order: ['c', 'a', 'b'] }, { type: 'ordering', order: ['c', 'a', 'b'] }],
  ] as const)('%s', (_name, q, raw, expected) => {
    expect(parseResponse(q, raw)).toEqual(expected);
  });
});

describe('parseResponse rejects', () => {
  it.each([
    ['null', single, null],
    ['a string', single, 'a'],
    ['an array', multiple, ['a']],
    ['another question type', single, { type: 'multiple', optionKey: 'a' }],
    ['a missing optionKey', single, {}],
    ['a numeric optionKey', single, { optionKey: 1 }],
    ['an unknown option', single, { optionKey: 'z' }],
    ['an unknown true/false option', trueFalse, { optionKey: 'true' }],
    ['optionKeys that are not an array', multiple, { optionKeys: 'a' }],
    ['optionKeys with a non-string', multiple, { optionKeys: ['a', 2] }],
    ['optionKeys with an unknown key', multiple, { optionKeys: ['a', 'z'] }],
    ['optionKeys with a duplicate', multiple, { optionKeys: ['a', 'a'] }],
    ['text that is not a string', short, { text: 42 }],
    ['text over 500 characters', short, { text: 'x'.repeat(501) }],
    ['pairs that are not an object', matching, { pairs: [['l1', 'R1']] }],
    ['pairs with an unknown item', matching, { pairs: { l9: 'R1' } }],
    ['pairs inherited from the prototype', matching, { pairs: JSON.parse('{"__proto__": "R1"}') }],
    ['pairs with a non-string choice', matching, { pairs: { l1: 1 } }],
    ['pairs with a choice the question does not have', matching, { pairs: { l1: 'R9' } }],
    ['pairs naming a left text as the choice', matching, { pairs: { l1: 'L2' } }],
    ['an order that is not an array', ordering, { order: 'abc' }],
    ['an order missing an item', ordering, { order: ['a', 'b'] }],
    ['an order with a duplicate', ordering, { order: ['a', 'b', 'b'] }],
    ['an order with an unknown item', ordering, { order: ['a', 'b', 'z'] }],
    ['an empty order', ordering, { order: [] }],
  ] as const)('%s', (_name, q, raw) => {
    const result = parseResponse(q, raw);
    expect(result).toHaveProperty('error');
    expect('error' in result && result.error.length).toBeGreaterThan(0);
  });
});

describe('matching helpers', () => {
  it('lists left items with a match and their distinct right texts', () => {
    const q = question('matching', [opt('l1', { match: 'R1' }), opt('l2', { match: 'R1' }), opt('x')]);
    expect(matchingItems(q).map((option) => option.key)).toEqual(['l1', 'l2']);
    expect(matchingChoices(q)).toEqual(['R1']);
  });
});
