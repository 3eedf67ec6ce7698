import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../grading';
import type { QuestionSnapshot } from '../../quiz-snapshot';
import { parseGift, toGift } from '../../gift';
import { fromQuizQuestion, parseMoodleXml, toMoodleXml, toQuizQuestion } from '@/lib/interchange/moodle-xml';
import { fileQuestion } from '../registry';
import { short } from '.';
import { CASE_SENSITIVE, matchesAnswer, shownAnswer } from './wildcard';

/**
 * Ported from Moodle's question/type/shortanswer/tests/question_test.php
 * (`compare_string_with_wildcard($string, $pattern, $ignorecase)`), as
 * [response, accepted answer, ignore case, matches].
 */
const moodleCases: [string, string, boolean, boolean][] = [
  // Case-sensitive literal matches.
  ['Frog', 'Frog', false, true],
  ['Frog', 'frog', false, false],
  ['   Frog   ', 'Frog', false, true],
  ['Frogs', 'Frog', false, false],
  // Case-insensitive literal matches.
  ['Frog', 'frog', true, true],
  ['   FROG   ', 'Frog', true, true],
  ['Frogs', 'Frog', true, false],
  // Case-sensitive wildcard matches.
  ['Frog', 'F*og', false, true],
  ['Fog', 'F*og', false, true],
  ['   Fat dog   ', 'F*og', false, true],
  ['Frogs', 'F*og', false, false],
  ['Fg', 'F*og', false, false],
  ['frog', 'F*og', false, false],
  ['   fat dog   ', 'F*og', false, false],
  // Case-insensitive wildcard matches.
  ['Frog', 'F*og', true, true],
  ['Fog', 'F*og', true, true],
  ['   Fat dog   ', 'F*og', true, true],
  ['Frogs', 'F*og', true, false],
  ['Fg', 'F*og', true, false],
  ['frog', 'F*og', true, true],
  ['   fat dog   ', 'F*og', true, true],
  // Regular-expression characters are themselves; \* is a literal star.
  ['   *   ', '\\*', false, true],
  ['*', '\\*', false, true],
  ['Frog*toad', 'Frog\\*toad', false, true],
  ['a', '[a-z]', false, false],
  ['[a-z]', '[a-z]', false, true],
  ['\\{}/', '\\{}/', true, true],
  ['ITÁLIE', 'Itálie', true, true],
  // Ambiguous Unicode representations.
  ['départ', 'DÉPART', true, true],
  ['départ', 'DÉPART', false, false],
  ['d\u00e9part', 'de\u0301part', false, true],
  ['d\u00e9part', 'DE\u0301PART', true, true],
  // test_compare_0_with_wildcard and test_compare_string_with_wildcard_many_stars.
  ['0', '0', false, true],
  ['0', '0*', false, true],
  ['0', '*0', false, true],
  ['0', '*0*', false, true],
  ['<em></em>', `${'*'.repeat(35)}<em>${'*'.repeat(35)}</em>`, false, true],
];

describe("short answers match as Moodle's compare_string_with_wildcard", () => {
  it.each(moodleCases)('%j against %j (ignore case %s) → %s', (response, answer, ignoreCase, expected) => {
    expect(matchesAnswer(answer, response, !ignoreCase)).toBe(expected);
  });

  it("shows an escaped star as the star a trainee types (Moodle's correct response for x\\*y is x*y)", () => {
    expect(shownAnswer('x\\*y')).toBe('x*y');
    expect(matchesAnswer('x\\*y', shownAnswer('x\\*y'))).toBe(true);
  });
});

const snapshot = (caseSensitive: boolean): QuestionSnapshot => ({
  key: 'amphibian',
  type: 'short',
  prompt: 'Name an amphibian.',
  explanation: '',
  points: 1,
  options: [
    { key: 'a', text: 'Frog', correct: true, weight: null, match: caseSensitive ? CASE_SENSITIVE : null, feedback: 'Right' },
    { key: 'b', text: 'T*d', correct: false, weight: 80, match: caseSensitive ? CASE_SENSITIVE : null, feedback: 'Close' },
    { key: 'c', text: '*', correct: false, weight: 0, match: caseSensitive ? CASE_SENSITIVE : null, feedback: 'No' },
  ],
});

describe('grading short answers (Moodle test_grading: frog 1, toad 0.8, x 0)', () => {
  it.each([
    ['frog', false, 1],
    ['toad', false, 0.8],
    ['Toad', false, 0.8],
    ['x', false, 0],
    ['Frog', true, 1],
    ['frog', true, 0],
    ['Toad', true, 0.8],
    ['toad', true, 0],
    ['TOAD', true, 0],
  ])('%j (case matters: %s) earns %s', (text, caseSensitive, fraction) => {
    expect(short.fraction(snapshot(caseSensitive), { type: 'short', text })).toBe(fraction);
  });

  it('grades through the registry the same way', () => {
    expect(gradeQuestion(snapshot(true), { type: 'short', text: 'Tad' })).toMatchObject({ score: 0.8 });
  });
});

const xml = (usecase: 0 | 1) => `<quiz><question type="shortanswer"><name><text>Amphibian</text></name>
  <questiontext format="html"><text>Name an amphibian.</text></questiontext><usecase>${usecase}</usecase>
  <answer fraction="100" format="moodle_auto_format"><text>Frog</text><feedback><text>Right</text></feedback></answer>
  <answer fraction="80" format="moodle_auto_format"><text>T*d</text><feedback><text>Close</text></feedback></answer>
  <answer fraction="0" format="moodle_auto_format"><text>x\\*y</text><feedback><text>Literal</text></feedback></answer>
</question></quiz>`;

describe('Moodle XML keeps wildcards, escaped stars, partial credit and usecase', () => {
  it.each([0, 1] as const)('usecase %s imports, grades and exports as Moodle', (usecase) => {
    const [moodle] = parseMoodleXml(xml(usecase)).questions;
    const mapped = moodle && toQuizQuestion(moodle, new Set());
    if (!mapped?.ok) throw new Error('not mapped');
    expect(mapped.warnings).toEqual([]);
    expect(mapped.question).toMatchObject({
      type: 'short',
      accepted: [{ text: 'Frog', weight: 100, feedback: 'Right' }, { text: 'T*d', weight: 80, feedback: 'Close' }, { text: 'x\\*y', weight: 0, feedback: 'Literal' }],
      ...(usecase ? { caseSensitive: true } : {}),
    });
    const written = toMoodleXml([fromQuizQuestion(mapped.question)]);
    expect(written).toContain(`<usecase>${usecase}</usecase>`);
    expect(written).toContain('<text>T*d</text>');
    expect(written).toContain('<text>x\\*y</text>');
    const [again] = parseMoodleXml(written).questions;
    expect(again && toQuizQuestion(again, new Set())).toMatchObject({ ok: true, question: mapped.question });
  });
});

describe('GIFT keeps the wildcard and the literal star', () => {
  it('reads {=%100%Frog =%50%F*g =%0%x\\*y} with the star escaped as written, and writes it back', () => {
    const [question] = parseGift('::Amphibian::Name one. {=%100%Frog =%50%F*g =%0%x\\*y}').questions;
    expect(question?.options.map((o) => [o.text, o.weight])).toEqual([
      ['Frog', null],
      ['F*g', 50],
      ['x\\*y', 0],
    ]);
    const [again] = parseGift(toGift(question ? [question] : [])).questions;
    expect(again?.options).toEqual(question?.options);
  });

  it('a content file says caseSensitive only when case matters', () => {
    const base = { key: 'q', type: 'short' as const, prompt: 'P', explanation: 'E', points: 1 };
    expect(fileQuestion({ ...base, options: snapshot(true).options })).toMatchObject({ caseSensitive: true });
    expect(fileQuestion({ ...base, options: snapshot(false).options })).not.toHaveProperty('caseSensitive');
  });
});
