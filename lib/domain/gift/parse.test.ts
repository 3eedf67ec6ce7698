import { describe, expect, it } from 'vitest';
import { parseGift } from './parse';
import type { GiftOption } from './types';

const opt = (text: string, correct: boolean, extra: Partial<GiftOption> = {}): GiftOption => ({
  text,
  correct,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});

/** Parses one question that must parse without errors. */
function one(source: string) {
  const result = parseGift(source);
  expect(result.errors).toEqual([]);
  const [question] = result.questions;
  if (!question || result.questions.length !== 1) throw new Error(`expected one question, got ${result.questions.length}`);
  return question;
}

describe('parseGift: question types', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'single choice',
      "Who is buried in Grant's tomb? {=Grant ~Lincoln ~Washington}",
      {
        type: 'single',
        prompt: "Who is buried in Grant's tomb?",
        options: [opt('Grant', true), opt('Lincoln', false), opt('Washington', false)],
      },
    ],
    [
      'single choice with partial and negative weights',
      'Pick one {=Best ~%50%Half right ~%-25%Wrong}',
      { type: 'single', options: [opt('Best', true), opt('Half right', false, { weight: 50 }), opt('Wrong', false, { weight: -25 })] },
    ],
    [
      'multiple answers with weights',
      "Who is in the tomb? {~%50%Grant ~%50%Grant's wife ~%-100%No one}",
      {
        type: 'multiple',
        options: [opt('Grant', true, { weight: 50 }), opt("Grant's wife", true, { weight: 50 }), opt('No one', false, { weight: -100 })],
      },
    ],
    [
      'multiple answers in thirds',
      'Pick {~%33.33333%A ~%33.33333%B ~%33.33334%C ~D}',
      {
        type: 'multiple',
        options: [
          opt('A', true, { weight: 33.33333 }),
          opt('B', true, { weight: 33.33333 }),
          opt('C', true, { weight: 33.33334 }),
          opt('D', false),
        ],
      },
    ],
    [
      'several = answers beside ~ are single choice with either right (as Moodle)',
      'Pick the right one {=A =B ~C}',
      { type: 'single', options: [opt('A', true), opt('B', true), opt('C', false)] },
    ],
    [
      'one ~%100% answer is a multiple choice with one right answer',
      'Pick {~%100%A ~B}',
      { type: 'multiple', options: [opt('A', true, { weight: 100 }), opt('B', false)] },
    ],
    ['true/false', "Grant is buried in Grant's tomb. {T}", { type: 'truefalse', options: [opt('True', true), opt('False', false)] }],
    ['FALSE spelt out', 'The sun is cold. {FALSE}', { type: 'truefalse', options: [opt('True', false), opt('False', true)] }],
    [
      'true/false feedback: wrong first, then right',
      'The sun is hot. {TRUE#No, it is hot.#Yes.}',
      { type: 'truefalse', options: [opt('True', true, { feedback: 'Yes.' }), opt('False', false, { feedback: 'No, it is hot.' })] },
    ],
    [
      'false with feedback',
      'The sun is cold. {F#Think again.#Right.}',
      { type: 'truefalse', options: [opt('True', false, { feedback: 'Think again.' }), opt('False', true, { feedback: 'Right.' })] },
    ],
    [
      'short answer',
      "Who is buried in Grant's tomb? {=Grant =Ulysses S. Grant}",
      { type: 'short', options: [opt('Grant', true), opt('Ulysses S. Grant', true)] },
    ],
    ['a single = is a short answer', 'Two plus two? {=four}', { type: 'short', options: [opt('four', true)] }],
    [
      'matching',
      'Match the capitals. {=Kabul -> Afghanistan =Thimphu -> Bhutan =Suva -> Fiji}',
      {
        type: 'matching',
        options: [
          opt('Kabul', true, { match: 'Afghanistan' }),
          opt('Thimphu', true, { match: 'Bhutan' }),
          opt('Suva', true, { match: 'Fiji' }),
        ],
      },
    ],
  ])('%s', (_name, source, expected) => {
    expect(one(source)).toMatchObject(expected);
  });
});

describe('parseGift: text features', () => {
  it('reads titles, per-answer feedback and general feedback', () => {
    expect(one('::Tomb::Who? {=Grant#Good job! ~Lincoln#Not quite ####Grant and his wife.}')).toMatchObject({
      title: 'Tomb',
      explanation: 'Grant and his wife.',
      options: [opt('Grant', true, { feedback: 'Good job!' }), opt('Lincoln', false, { feedback: 'Not quite' })],
    });
  });

  it.each(['markdown', 'html', 'plain', 'moodle'])('strips the [%s] format marker', (format) => {
    expect(one(`::T::[${format}]What is *this*? {T}`).prompt).toBe('What is *this*?');
  });

  it('keeps [HTML] in capitals as text, as Moodle does', () => {
    expect(one('::T::[HTML]What is *this*? {T}').prompt).toBe('[HTML]What is *this*?');
  });

  it('keeps an unknown bracketed word as text', () => {
    expect(one('[note] Is this kept? {T}').prompt).toBe('[note] Is this kept?');
  });

  it('unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
    const question = one('Is 1 \\= 1 \\~ \\#1 \\{set\\} a\\:b c\\\\d\\nnext? {=yes \\= sure#fine \\# ok ~no}');
    expect(question.prompt).toBe('Is 1 = 1 ~ #1 {set} a:b c\\d\nnext?');
    expect(question.options[0]).toEqual(opt('yes = sure', true, { feedback: 'fine # ok' }));
  });

  it('keeps unknown backslash sequences as written', () => {
    expect(one('A path C:\\temp? {T}').prompt).toBe('A path C:\\temp?');
  });

  it('skips comments and applies categories to the questions after them', () => {
    const result = parseGift(
      [
        '// a comment',
        '$CATEGORY: $course$/top/Governance',
        '',
        '// about Q1',
        '::Q1::One? {T}',
        '',
        '$CATEGORY: Other',
        '::Q2::Two? {F}',
        '',
        '::Q3::Three? {T}',
      ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.title, q.category, q.line])).toEqual([
      ['Q1', '$course$/top/Governance', 5],
      ['Q2', 'Other', 8],
      ['Q3', 'Other', 10],
    ]);
  });

  it('reads answers spread over several lines', () => {
    expect(one('::Q::What?\n{\n  =Right#Yes\n  ~Wrong\n  ####Because.\n}')).toMatchObject({
      prompt: 'What?',
      explanation: 'Because.',
      options: [opt('Right', true, { feedback: 'Yes' }), opt('Wrong', false)],
    });
  });

  it('reads a missing-word question, showing the blank in the prompt', () => {
    expect(one('Moodle costs {~lots of money =nothing ~a small amount} to download.').prompt).toBe('Moodle costs _____ to download.');
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const result = parseGift('\uFEFF::A::One? {T}\r\n\r\n::B::Two? {F}\r\n');
    expect(result.questions.map((q) => [q.title, q.line])).toEqual([
      ['A', 1],
      ['B', 3],
    ]);
  });

  it('gives an empty result for empty text or comments only', () => {
    expect(parseGift('')).toEqual({ questions: [], errors: [] });
    expect(parseGift('// nothing\n\n   \n')).toEqual({ questions: [], errors: [] });
  });
});
