/**
 * The divergences from Moodle's `qformat_gift` named in issue 17, each with
 * its snippet, and the round trip GIFT → ours → GIFT → ours for each.
 */
import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../grading';
import { moodleListsGrade } from '../../question-types/gift-kit';
import type { QuestionSnapshot } from '../../quiz-snapshot';
import { parseGift } from '../parse';
import { toGift } from '../serialise';
import type { GiftQuestion, ParsedQuestion } from '../types';

function one(gift: string): ParsedQuestion {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  const [question] = result.questions;
  if (!question || result.questions.length !== 1) throw new Error('expected one question');
  return question;
}

const withoutLine = ({ line: _line, ...question }: ParsedQuestion): GiftQuestion => question;

/** GIFT → ours → GIFT → ours gives the same question both times. */
function roundTrips(gift: string) {
  const first = withoutLine(one(gift));
  const second = withoutLine(one(toGift([first])));
  expect(second).toEqual(first);
}

const snapshot = (question: GiftQuestion): QuestionSnapshot => ({
  key: 'q',
  type: question.type,
  prompt: question.prompt,
  explanation: question.explanation,
  points: 1,
  options: question.options.map((o, i) => ({ ...o, key: `o${i}` })),
});

describe('issue 17: GIFT read as Moodle reads it', () => {
  it('1. strips format markers from answers, feedback and general feedback, keeping [HTML] as text', () => {
    const gift = 'Q? {=yes ~[plain]no#[html]<b>wrong</b> ~[HTML]caps ####[html]<p>Why</p>}';
    const question = one(gift);
    expect(question.options.map((o) => [o.text, o.feedback])).toEqual([
      ['yes', ''],
      ['no', '<b>wrong</b>'],
      ['[HTML]caps', ''],
    ]);
    expect(question.explanation).toBe('<p>Why</p>');
    roundTrips(gift);
  });

  it('2. a block with ~ is a choice even with -> in an answer', () => {
    const gift = 'Pointer member? {=p->x ~p.x}';
    expect(one(gift)).toMatchObject({
      type: 'single',
      options: [
        { text: 'p->x', correct: true },
        { text: 'p.x', correct: false },
      ],
    });
    roundTrips(gift);
  });

  it('3. a missing word takes the blank exactly where the block stood', () => {
    const gift = 'Two plus two equals {=four =4}.';
    expect(one(gift).prompt).toBe('Two plus two equals _____.');
    roundTrips(gift);
  });

  it('4. several = answers beside ~ are single choice, either right worth full marks', () => {
    const gift = 'Which is prime? {=2 =3 ~4}';
    const question = snapshot(one(gift));
    expect(question.type).toBe('single');
    for (const [key, outcome] of [
      ['o0', 'correct'],
      ['o1', 'correct'],
      ['o2', 'incorrect'],
    ] as const) {
      expect(gradeQuestion(question, { type: 'single', optionKey: key }).outcome).toBe(outcome);
    }
    roundTrips(gift);
  });

  it('5a. short answers with partial credit and the * catch-all', () => {
    const gift = 'Best animal? {=%100%Frog =%50%Toad =%0%*#No}';
    const question = snapshot(one(gift));
    expect(question.options.map((o) => [o.text, o.weight, o.feedback])).toEqual([
      ['Frog', null, ''],
      ['Toad', 50, ''],
      ['*', 0, 'No'],
    ]);
    const score = (text: string) => gradeQuestion(question, { type: 'short', text }).score;
    expect([score('frog'), score(' TOAD '), score('cat')]).toEqual([1, 0.5, 0]);
    roundTrips(gift);
  });

  it('5b. matching distractors and a repeated right-hand side', () => {
    const gift = 'Where? {=France -> Europe =Spain -> Europe =Peru -> America = -> Africa}';
    const question = one(gift);
    expect(question.options.map((o) => [o.text, o.match])).toEqual([
      ['France', 'Europe'],
      ['Spain', 'Europe'],
      ['Peru', 'America'],
      ['', 'Africa'],
    ]);
    roundTrips(gift);
  });

  it('6. #### written twice: the last one starts the general feedback', () => {
    const question = one('Q? {=a ~b ####one ####two}');
    expect(question.explanation).toBe('two');
    expect(question.options[1]).toMatchObject({ text: 'b', feedback: '###one' });
  });

  it('7a. a multiple-answer question with 11 or more options is written in grades Moodle lists', () => {
    for (const right of [1, 3, 11, 12, 19]) {
      const options = Array.from({ length: right + 11 }, (_, i) => ({
        text: `Option ${i}`,
        correct: i < right,
        weight: null,
        match: null,
        feedback: '',
      }));
      const gift = toGift([{ title: null, category: null, type: 'multiple', prompt: 'Pick', explanation: '', options }]);
      const weights = one(gift).options.map((o) => o.weight ?? 0);
      expect(weights.every(moodleListsGrade)).toBe(true);
      expect(weights.filter((w) => w > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 4);
      expect(weights.filter((w) => w < 0).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(-100);
    }
  });

  it('7b. option texts that look like a weight or a format marker read back as text', () => {
    const options = ['%50%off', '[html]tag', 'plain'].map((text, i) => ({
      text,
      correct: i === 0,
      weight: null,
      match: null,
      feedback: '',
    }));
    const gift = toGift([{ title: null, category: null, type: 'single', prompt: 'Which?', explanation: '', options }]);
    expect(one(gift).options.map((o) => [o.text, o.correct])).toEqual([
      ['%50%off', true],
      ['[html]tag', false],
      ['plain', false],
    ]);
  });

  it('numerical: exact with tolerance, a range, several answers, other-number feedback', () => {
    for (const gift of ['Pi? {#3.14:0.01}', 'A number from 1 to 5? {#1..5}', 'Pi? {#=3.14:0.01#Yes =%50%3:0.5#Close ~#No}'])
      roundTrips(gift);
    expect(one('A number from 1 to 5? {#1..5}').options).toEqual([{ text: '3', correct: true, weight: null, match: '2', feedback: '' }]);
  });

  it('description: text with no answer block', () => {
    const gift = '::Intro::Read the case below before the next questions.';
    expect(one(gift)).toMatchObject({ type: 'description', prompt: 'Read the case below before the next questions.', options: [] });
    roundTrips(gift);
  });
});

describe('texts that look like GIFT markers survive a round trip', () => {
  it('in general feedback and true/false feedback', () => {
    const question: GiftQuestion = {
      title: null,
      category: null,
      type: 'truefalse',
      prompt: '[html] is a marker?',
      explanation: '[html]<p>kept</p>',
      options: [
        { text: 'True', correct: true, weight: null, match: null, feedback: '[plain]right' },
        { text: 'False', correct: false, weight: null, match: null, feedback: '%50% wrong' },
      ],
    };
    expect(withoutLine(one(toGift([question])))).toEqual(question);
  });
});
