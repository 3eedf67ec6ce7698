import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '@/lib/domain/grading';
import { parseGift } from './parse';
import { toGift } from './serialise';
import type { GiftOption, GiftQuestion, ParsedQuestion } from './types';

const opt = (text: string, correct: boolean, extra: Partial<GiftOption> = {}): GiftOption => ({
  text,
  correct,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});
const q = (type: GiftQuestion['type'], options: GiftOption[], extra: Partial<GiftQuestion> = {}): GiftQuestion => ({
  title: null,
  category: null,
  type,
  prompt: 'Prompt?',
  explanation: '',
  options,
  ...extra,
});
const withoutLines = (questions: ParsedQuestion[]) => questions.map(({ line: _line, ...question }) => question);

function roundTrip(questions: GiftQuestion[]) {
  const result = parseGift(toGift(questions));
  expect(result.errors).toEqual([]);
  return withoutLines(result.questions);
}

describe('toGift', () => {
  it.each<[string, GiftQuestion, string]>([
    ['single choice', q('single', [opt('A', true, { feedback: 'Yes' }), opt('B', false)]), 'Prompt? {\n\t=A#Yes\n\t~B\n}\n'],
    ['true/false', q('truefalse', [opt('True', false), opt('False', true)]), 'Prompt? {FALSE}\n'],
    [
      'true/false with feedback and explanation',
      q('truefalse', [opt('True', true, { feedback: 'Right' }), opt('False', false, { feedback: 'Wrong' })], { explanation: 'Why.' }),
      'Prompt? {TRUE#Wrong#Right####Why.}\n',
    ],
    ['short answer', q('short', [opt('a', true), opt('b', true)]), 'Prompt? {\n\t=a\n\t=b\n}\n'],
    [
      'matching',
      q('matching', [opt('L1', true, { match: 'R1' }), opt('L2', true, { match: 'R2' })]),
      'Prompt? {\n\t=L1 -> R1\n\t=L2 -> R2\n}\n',
    ],
    [
      'multiple choice without weights gets the weights that grade it the same',
      q('multiple', [opt('A', true), opt('B', true), opt('C', false)]),
      'Prompt? {\n\t~%50%A\n\t~%50%B\n\t~%-100%C\n}\n',
    ],
    [
      'weights in thirds',
      q('multiple', [opt('A', true), opt('B', true), opt('C', true)]),
      'Prompt? {\n\t~%33.33333%A\n\t~%33.33333%B\n\t~%33.33333%C\n}\n',
    ],
    [
      'escapes',
      q('short', [opt('a=b', true)], { prompt: 'Is {x}: ~#\\?\nNext' }),
      'Prompt? {\n\t=a\\=b\n}\n'.replace('Prompt?', 'Is \\{x\\}\\: \\~\\#\\\\?\\nNext'),
    ],
    [
      'title and explanation',
      q('short', [opt('a', true)], { title: 'T:1', explanation: 'Because.' }),
      '::T\\:1::Prompt? {\n\t=a\n\t####Because.\n}\n',
    ],
    ['a prompt that looks like a format marker', q('short', [opt('a', true)], { prompt: '[html] tag' }), '[plain][html] tag {\n\t=a\n}\n'],
    [
      'a prompt that looks like a comment',
      q('short', [opt('a', true)], { prompt: '// not a comment' }),
      '[plain]// not a comment {\n\t=a\n}\n',
    ],
    [
      'ordering',
      q('ordering', [opt('1', true), opt('2', true)], { prompt: 'Order\nthese' }),
      '// ordering question "Order these" cannot be expressed in GIFT\n',
    ],
  ])('%s', (_name, question, expected) => {
    expect(toGift([question])).toBe(expected);
  });

  it('writes a category line when the category changes', () => {
    const text = toGift([
      q('short', [opt('a', true)], { category: 'A' }),
      q('short', [opt('b', true)], { category: 'A' }),
      q('short', [opt('c', true)], { category: 'B' }),
    ]);
    expect(text.match(/^\$CATEGORY: .*$/gm)).toEqual(['$CATEGORY: A', '$CATEGORY: B']);
  });

  it('writes nothing for no questions', () => {
    expect(toGift([])).toBe('');
  });
});

describe('parseGift(toGift(x)) round trip', () => {
  const source = [
    '$CATEGORY: Governance/Basics',
    '',
    "::Tomb::Who is buried in Grant's tomb? {=Grant#Good ~Lincoln#No ~%-25%Nobody ####He and his wife.}",
    '',
    '::Weights::Pick two {~%50%A ~%50%B ~%-100%C#Never}',
    '',
    '::TF::The sun is hot. {T#Look again#Yes####It is a star.}',
    '',
    '::TF2::The sun is cold. {F}',
    '',
    '::Short::Which year? {=1998#Yes =nineteen ninety-eight}',
    '',
    '$CATEGORY: Other',
    '',
    '::Match::Match them {=Kabul -> Afghanistan =Suva -> Fiji ####Capitals.}',
    '',
    '::Esc::Escapes \\{ \\} \\= \\~ \\# \\: \\\\ and\\na new line {=yes \\= ok ~no \\~ never}',
    '',
    'Moodle costs {~lots of money =nothing ~a small amount} to download.',
  ].join('\n');

  it('gives every question of a GIFT file back unchanged', () => {
    const first = parseGift(source);
    expect(first.errors).toEqual([]);
    expect(first.questions).toHaveLength(8);
    expect(roundTrip(first.questions)).toEqual(withoutLines(first.questions));
  });

  it('is stable: writing the read-back questions again gives the same text', () => {
    const once = toGift(parseGift(source).questions);
    expect(toGift(parseGift(once).questions)).toBe(once);
  });

  it('leaves ordering questions out, as comments', () => {
    const back = roundTrip([q('ordering', [opt('1', true), opt('2', true)]), q('short', [opt('a', true)])]);
    expect(back.map((question) => question.type)).toEqual(['short']);
  });

  it('keeps the grading of an unweighted multiple choice', () => {
    const original = q('multiple', [opt('A', true), opt('B', true), opt('C', false), opt('D', false)]);
    const [back] = roundTrip([original]);
    const keyed = (question: GiftQuestion) => ({
      key: 'k',
      type: question.type,
      prompt: question.prompt,
      explanation: '',
      points: 2,
      options: question.options.map((option, index) => ({ ...option, key: String(index) })),
    });
    for (const ticked of [['0'], ['0', '1'], ['0', '2'], ['0', '1', '2'], ['0', '1', '2', '3'], ['2', '3']]) {
      const response = { type: 'multiple' as const, optionKeys: ticked };
      expect(gradeQuestion(keyed(back as GiftQuestion), response)).toEqual(gradeQuestion(keyed(original), response));
    }
  });
});
