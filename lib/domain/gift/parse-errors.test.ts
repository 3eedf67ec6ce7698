import { describe, expect, it } from 'vitest';
import { parseGift } from './parse';

describe('parseGift: malformed and unsupported questions', () => {
  it.each<[string, string, { line: number; message: RegExp }]>([
    ['numerical', '::N::How many? {#2:0.5}', { line: 1, message: /^numerical questions are not supported$/ }],
    ['numerical range', 'Pi? {#3.1..3.2}', { line: 1, message: /numerical questions are not supported/ }],
    ['essay', '::E::Write about it. {}', { line: 1, message: /essay questions/ }],
    ['description', '::D::Just some text.', { line: 1, message: /description items/ }],
    ['unclosed brace', 'What? {=A ~B', { line: 1, message: /unclosed brace/ }],
    ['unclosed brace on a later line', '::Q::What?\n{\n=A\n~B', { line: 2, message: /unclosed brace/ }],
    ['brace opened twice', 'What? {=A {~B}', { line: 1, message: /unclosed brace/ }],
    ['two answer blocks', 'One? {T}\nTwo? {F}', { line: 2, message: /one answer block/ }],
    ['unclosed title', '::Title What? {T}', { line: 1, message: /not closed/ }],
    ['empty text', '::Title::{T}', { line: 1, message: /question text is empty/ }],
    ['no answers, only general feedback', 'What? {####feedback}', { line: 1, message: /essay questions/ }],
    ['unrecognised answers', 'What? {maybe}', { line: 1, message: /unrecognised answers/ }],
    ['empty answer', 'What? {=A ~}', { line: 1, message: /answer 2 is empty/ }],
    ['malformed weight', 'What? {=A ~%half%B}', { line: 1, message: /malformed weight/ }],
    ['weight out of range', 'What? {~%150%A ~B}', { line: 1, message: /outside -100% to 100%/ }],
    ['weights not adding up', 'What? {~%50%A ~%30%B ~C}', { line: 1, message: /add up to 80%; they must add up to 100%/ }],
    ['weights over 100', 'What? {~%60%A ~%60%B ~C}', { line: 1, message: /add up to 120%/ }],
    ['no right answer', 'What? {~A ~B}', { line: 1, message: /no right answer/ }],
    ['only negative weights', 'What? {~%-50%A ~B}', { line: 1, message: /no right answer/ }],
    ['= answer with a partial weight only', 'What? {=%50%A ~B}', { line: 1, message: /no answer is worth 100%/ }],
    ['several = beside weights', 'What? {=A =B ~%-50%C}', { line: 1, message: /several answers are worth 100%/ }],
    ['one choice only', 'What? {=A ~}', { line: 1, message: /answer 2 is empty/ }],
    ['duplicate choices', 'What? {=A ~B ~b}', { line: 1, message: /"b" is listed twice/ }],
    ['matching with one pair', 'Match. {=A -> 1}', { line: 1, message: /at least 2 pairs \(found 1\)/ }],
    ['matching pair without arrow', 'Match. {=A -> 1 =B}', { line: 1, message: /=left -> right/ }],
    ['matching with a ~ pair', 'Match. {=A -> 1 ~B -> 2}', { line: 1, message: /=left -> right/ }],
    ['matching distractor', 'Match. {=A -> 1 =B -> 2 = -> 3}', { line: 1, message: /distractors/ }],
    ['matching without a right side', 'Match. {=A -> 1 =B -> }', { line: 1, message: /has no right side/ }],
    ['matching with weights', 'Match. {=%50%A -> 1 =B -> 2}', { line: 1, message: /weights or feedback/ }],
    ['matching with a repeated side', 'Match. {=A -> 1 =B -> 1}', { line: 1, message: /appears in two pairs/ }],
    ['short answer with partial credit', 'Who? {=Grant =%50%Lincoln}', { line: 1, message: /partial credit/ }],
    ['short answer listed twice', 'Who? {=Grant =grant}', { line: 1, message: /listed twice/ }],
    ['true/false with three feedbacks', 'Sure? {T#a#b#c}', { line: 1, message: /at most two feedbacks/ }],
  ])('%s', (_name, source, expected) => {
    const result = parseGift(source);
    expect(result.questions).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(expected.line);
    expect(result.errors[0]?.message).toMatch(expected.message);
  });

  it('points at the answer on its own line', () => {
    const result = parseGift('::Q::What?\n{\n=A\n~%abc%B\n}');
    expect(result.errors).toEqual([{ line: 4, message: expect.stringMatching(/malformed weight/), title: 'Q' }]);
  });

  it('keeps parsing after a bad question and names each error by line and title', () => {
    const source = [
      '::Good one::One? {T}',
      '',
      '::Bad::How many? {#3}',
      '',
      '// c',
      '::Unclosed::What? {=A ~B',
      '',
      '::Good two::Two? {=x =y}',
    ].join('\n');
    const result = parseGift(source);
    expect(result.questions.map((q) => q.title)).toEqual(['Good one', 'Good two']);
    expect(result.errors).toEqual([
      { line: 3, message: 'numerical questions are not supported', title: 'Bad' },
      { line: 6, message: 'unclosed brace: this answer block has no closing }', title: 'Unclosed' },
    ]);
  });

  it('leaves the title out of an error when the question has none', () => {
    expect(parseGift('How many? {#3}').errors).toEqual([{ line: 1, message: 'numerical questions are not supported' }]);
  });
});
