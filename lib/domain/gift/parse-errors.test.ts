import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, parseGift } from './parse';

describe('parseGift: malformed and unsupported questions', () => {
  it.each<[string, string, { line: number; message: RegExp }]>([
    ['unclosed brace', 'What? {=A ~B', { line: 1, message: /unclosed brace/ }],
    ['unclosed brace on a later line', '::Q::What?\n{\n=A\n~B', { line: 2, message: /unclosed brace/ }],
    ['brace opened twice', 'What? {=A {~B}', { line: 1, message: /unclosed brace/ }],
    ['two answer blocks', 'One? {T}\nTwo? {F}', { line: 2, message: /one answer block/ }],
    ['unclosed title', '::Title What? {T}', { line: 1, message: /not closed/ }],
    ['empty text', '::Title::{T}', { line: 1, message: /question text is empty/ }],
    ['unrecognised answers', 'What? {maybe}', { line: 1, message: /unrecognised answers/ }],
    ['empty answer', 'What? {=A ~}', { line: 1, message: /answer 2 is empty/ }],
    ['malformed weight', 'What? {=A ~%half%B}', { line: 1, message: /malformed weight/ }],
    ['weight out of range', 'What? {~%150%A ~B}', { line: 1, message: /outside -100% to 100%/ }],
    ['weights not adding up', 'What? {~%50%A ~%30%B ~C}', { line: 1, message: /add up to 80%; they must add up to 100%/ }],
    ['weights over 100', 'What? {~%60%A ~%60%B ~C}', { line: 1, message: /add up to 120%/ }],
    ['no right answer', 'What? {~A ~B}', { line: 1, message: /no right answer/ }],
    ['only negative weights', 'What? {~%-50%A ~B}', { line: 1, message: /no right answer/ }],
    ['= answer with a partial weight only', 'What? {=%50%A ~B}', { line: 1, message: /no answer is worth 100%/ }],
    ['one choice only', 'What? {=A ~}', { line: 1, message: /answer 2 is empty/ }],
    ['duplicate choices', 'What? {=A ~B ~b}', { line: 1, message: /"b" is listed twice/ }],
    ['matching with one pair', 'Match. {=A -> 1}', { line: 1, message: /at least 2 pairs \(found 1\)/ }],
    ['matching pair without arrow', 'Match. {=A -> 1 =B}', { line: 1, message: /=left -> right/ }],
    ['matching without a right side', 'Match. {=A -> 1 =B -> }', { line: 1, message: /has no right side/ }],
    ['matching with weights', 'Match. {=%50%A -> 1 =B -> 2}', { line: 1, message: /weights or feedback/ }],
    ['matching with a repeated left side', 'Match. {=A -> 1 =A -> 2}', { line: 1, message: /"A" is the left side of two pairs/ }],
    ['matching with distractors only', 'Match. {=A -> 1 = -> 2 = -> 3}', { line: 1, message: /at least 2 pairs \(found 1\)/ }],
    ['numerical that is not a number', 'How many? {#abc}', { line: 1, message: /"abc" is not a number/ }],
    ['numerical with a bad range', 'How many? {#1..x}', { line: 1, message: /"1..x" is not a number/ }],
    ['numerical without an answer', 'How many? {#}', { line: 1, message: /at least one answer/ }],
    ['numerical without a full answer', 'How many? {#=%50%3}', { line: 1, message: /no numerical answer is worth 100%/ }],
    ['short answer with a negative weight', 'Who? {=Grant =%-50%Lincoln}', { line: 1, message: /negative weight/ }],
    ['short answer without a full answer', 'Who? {=%50%Grant =%0%*}', { line: 1, message: /no accepted answer is worth 100%/ }],
    ['a closing brace alone', 'What? =A }', { line: 1, message: /unclosed brace/ }],
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
      '::Bad::How are you? {maybe}',
      '',
      '// c',
      '::Unclosed::What? {=A ~B',
      '',
      '::Good two::Two? {=x =y}',
    ].join('\n');
    const result = parseGift(source);
    expect(result.questions.map((q) => q.title)).toEqual(['Good one', 'Good two']);
    expect(result.errors).toEqual([
      { line: 3, message: 'unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F', title: 'Bad' },
      { line: 6, message: 'unclosed brace: this answer block has no closing }', title: 'Unclosed' },
    ]);
  });

  it('leaves the title out of an error when the question has none', () => {
    expect(parseGift('How are you? {maybe}').errors).toEqual([
      { line: 1, message: 'unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F' },
    ]);
  });
});

describe('parseGift: a file of junk', () => {
  it('lists the first MAX_ERRORS errors and counts the others', () => {
    const junk = Array.from({ length: MAX_ERRORS + 25 }, (_, i) => `Junk ${i} {maybe}`).join('\n\n');
    const result = parseGift(junk);
    expect(result.errors).toHaveLength(MAX_ERRORS);
    expect(result.moreErrors).toBe(25);
  });

  it('says nothing of more errors when all are listed', () => {
    expect(parseGift('Junk {maybe}')).not.toHaveProperty('moreErrors');
  });
});
