import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from './parse';
import { toQuizQuestion } from './to-content';
import type { MoodleQuestion } from './types';

function map(question: string, taken = new Set<string>()) {
  const result = parseMoodleXml(`<quiz>${question}</quiz>`);
  expect(result.skipped).toEqual([]);
  return toQuizQuestion(result.questions[0] as MoodleQuestion, taken);
}

const choice = (single: boolean, answers: [string, number, string?][]) => `<question type="multichoice">
  <name><text>Choice</text></name><questiontext format="html"><text><![CDATA[<p>Pick <b>one</b></p>]]></text></questiontext>
  <generalfeedback format="html"><text><![CDATA[<p>Because</p>]]></text></generalfeedback>
  <single>${single}</single>
  ${answers.map(([text, fraction, feedback = '']) => `<answer fraction="${fraction}"><text>${text}</text><feedback><text><![CDATA[${feedback}]]></text></feedback></answer>`).join('')}
</question>`;

describe('toQuizQuestion', () => {
  it('maps one-answer multiple choice, keeping partial credit as a weight', () => {
    expect(
      map(
        choice(true, [
          ['Right', 100, 'Yes'],
          ['Half', 50],
          ['Wrong', 0, '<i>No</i>'],
        ]),
      ),
    ).toEqual({
      ok: true,
      warnings: [],
      question: {
        key: 'choice',
        type: 'single',
        prompt: 'Pick **one**',
        explanation: 'Because',
        points: 1,
        options: [
          { text: 'Right', correct: true, feedback: 'Yes' },
          { text: 'Half', correct: false, feedback: '', weight: 50 },
          { text: 'Wrong', correct: false, feedback: '*No*' },
        ],
      },
    });
  });

  it('refuses a one-answer question without exactly one 100% answer', () => {
    expect(
      map(
        choice(true, [
          ['a', 50],
          ['b', 50],
        ]),
      ),
    ).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'a one-answer question needs exactly one answer worth 100% (found 0)',
    });
  });

  it('reads "each right 1/right, each wrong −1/wrong" as our unweighted multiple choice', () => {
    const mapped = map(
      choice(false, [
        ['a', 50],
        ['b', 50],
        ['c', -100],
      ]),
    );
    expect(mapped.ok && mapped.question.type === 'multiple' && mapped.question.options).toEqual([
      { text: 'a', correct: true, feedback: '' },
      { text: 'b', correct: true, feedback: '' },
      { text: 'c', correct: false, feedback: '' },
    ]);
  });

  it('keeps other multiple-choice fractions as weights', () => {
    const mapped = map(
      choice(false, [
        ['a', 50],
        ['b', 50],
        ['c', 0],
        ['d', -25],
      ]),
    );
    expect(mapped.ok && mapped.question.type === 'multiple' && mapped.question.options.map((o) => o.weight)).toEqual([
      50,
      50,
      undefined,
      -25,
    ]);
  });

  it("keeps Moodle's several-100% multiple choice (test_import_multichoice_19) with a warning", () => {
    const mapped = map(
      choice(false, [
        ['1', 0],
        ['2', 100],
        ['3', 0],
        ['4', 100],
      ]),
    );
    expect(mapped.ok && mapped.warnings).toEqual(['the right answers add up to 200% (Moodle expects 100%); kept as they are']);
  });

  it('refuses repeated answers', () => {
    expect(
      map(
        choice(true, [
          ['a', 100],
          ['a', 0],
        ]),
      ),
    ).toMatchObject({ ok: false, reason: 'the answer "a" is listed twice' });
  });

  it('maps true/false and says that its answer feedback is dropped', () => {
    const mapped =
      map(`<question type="truefalse"><name><text>TF</text></name><questiontext format="html"><text>The answer is true.</text></questiontext>
      <answer fraction="100"><text>true</text><feedback><text>Well done!</text></feedback></answer><answer fraction="0"><text>false</text><feedback><text>Doh!</text></feedback></answer></question>`);
    expect(mapped).toMatchObject({
      ok: true,
      question: { type: 'truefalse', answer: true },
      warnings: ['the true/false answer feedback is not kept'],
    });
  });

  it('maps short answer (test_import_shortanswer_19) with its catch-all and feedback, listing what is left out', () => {
    const mapped = map(`<question type="shortanswer"><name><text>Short answer question</text></name>
      <questiontext format="html"><text>Fill in the gap in this sequence: Alpha, ________, Gamma.</text></questiontext>
      <generalfeedback><text>The answer is Beta.</text></generalfeedback><usecase>0</usecase>
      <answer fraction="100"><text>Beta</text><feedback><text>Well done!</text></feedback></answer>
      <answer fraction="0"><text>*</text><feedback><text>Doh!</text></feedback></answer>
      <hint><text>Hint 1</text></hint></question>`);
    expect(mapped).toEqual({
      ok: true,
      question: {
        key: 'short-answer-question',
        type: 'short',
        prompt: 'Fill in the gap in this sequence: Alpha, ________, Gamma.',
        explanation: 'The answer is Beta.',
        points: 1,
        accepted: [
          { text: 'Beta', weight: 100, feedback: 'Well done!' },
          { text: '*', weight: 0, feedback: 'Doh!' },
        ],
      },
      warnings: ['hints are not kept'],
    });
  });

  it('keeps "\\*" (a literal star) and "*" (a wildcard) as Moodle writes them: both mean the same here', () => {
    const mapped = map(`<question type="shortanswer"><name><text>S</text></name><questiontext><text>Q</text></questiontext>
      <answer fraction="100"><text>2\\*3</text></answer><answer fraction="100"><text>colo*r</text></answer></question>`);
    expect(mapped).toMatchObject({
      ok: true,
      question: { accepted: ['2\\*3', 'colo*r'] },
      warnings: [],
    });
  });

  it('maps matching (test_import_match_19) and names the distractor it drops', () => {
    const sub = (left: string, right: string) => `<subquestion><text>${left}</text><answer><text>${right}</text></answer></subquestion>`;
    const mapped = map(`<question type="matching"><name><text>Matching question</text></name>
      <questiontext format="html"><text>Match the upper and lower case letters.</text></questiontext>
      ${sub('A', 'a')}${sub('B', 'b')}${sub('C', 'c')}${sub('', 'd')}</question>`);
    expect(mapped).toMatchObject({
      ok: true,
      question: {
        type: 'matching',
        pairs: [
          { left: 'A', right: 'a' },
          { left: 'B', right: 'b' },
          { left: 'C', right: 'c' },
        ],
      },
      warnings: ['the extra wrong answer "d" is not kept'],
    });
  });

  it('maps ordering and says when Moodle graded it differently', () => {
    const mapped = map(`<question type="ordering"><name><text>O</text></name><questiontext><text>Order</text></questiontext>
      <gradingtype>ABSOLUTE_POSITION</gradingtype><answer fraction="2"><text>b</text></answer><answer fraction="1"><text>a</text></answer></question>`);
    expect(mapped).toMatchObject({
      ok: true,
      question: { type: 'ordering', items: ['a', 'b'] },
      warnings: ['Moodle graded this with ABSOLUTE_POSITION; here the share of item pairs in the right order counts'],
    });
  });

  it.each([
    ['numerical', '<answer fraction="100"><text>42</text><tolerance>0.5</tolerance></answer>', { type: 'numerical', answers: [{ value: 42, tolerance: 0.5, weight: 100, feedback: '' }] }],
    ['essay', '<graderinfo format="markdown"><text>Look for *two* risks</text></graderinfo>', { type: 'essay', graderInfo: 'Look for *two* risks' }],
    ['description', '', { type: 'description', points: 0 }],
  ])('maps %s through its registry module', (type, body, question) => {
    expect(
      map(`<question type="${type}"><name><text>X</text></name><questiontext><text>T</text></questiontext>${body}</question>`),
    ).toMatchObject({ ok: true, question, warnings: [] });
  });

  it('refuses a numerical question whose answers are not numbers', () => {
    expect(
      map('<question type="numerical"><name><text>X</text></name><questiontext><text>T</text></questiontext><answer fraction="100"><text>many</text></answer></question>'),
    ).toEqual({ ok: false, code: 'invalid', reason: 'the answer "many" is not a number' });
  });

  it('gives repeated names distinct keys and replaces a zero mark', () => {
    const taken = new Set<string>();
    const tf = `<question type="truefalse"><name><text>Same name</text></name><questiontext><text>Q</text></questiontext><defaultgrade>0</defaultgrade>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`;
    const first = map(tf, taken);
    const second = map(tf, taken);
    expect([first.ok && first.question.key, second.ok && second.question.key]).toEqual(['same-name', 'same-name-2']);
    expect(first).toMatchObject({ question: { points: 1 }, warnings: ['the mark 0 is outside 0–100; 1 point is used'] });
  });
});
