import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '@/lib/validation/content';
import { fromQuizQuestion } from './from-content';
import { parseMoodleXml } from './parse';
import { toMoodleXml } from './serialise';
import { toQuizQuestion } from './to-content';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** One question of every type we read, with categories, files, hints, tags and awkward text. */
const EVERY_TYPE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Top/Left</text></category><info format="html"><text>Info</text></info><idnumber>c1</idnumber></question>
  <question type="multichoice">
    <name><text>Pick &amp; choose</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which? <img src="@@PLUGINFILE@@/dot.png" alt="a dot"></p>]]></text>
<file name="dot.png" path="/" encoding="base64">${PNG}</file></questiontext>
    <generalfeedback format="html"><text>Because.</text></generalfeedback>
    <defaultgrade>2</defaultgrade><penalty>0.3333333</penalty><hidden>1</hidden><idnumber>q"1</idnumber>
    <single>true</single><shuffleanswers>1</shuffleanswers><answernumbering>ABCD</answernumbering><showstandardinstruction>0</showstandardinstruction>
    <correctfeedback format="html"><text>Yes</text></correctfeedback>
    <partiallycorrectfeedback format="html"><text>Partly</text></partiallycorrectfeedback>
    <incorrectfeedback format="html"><text>No</text></incorrectfeedback>
    <answer fraction="100" format="html"><text>Right ]]&gt; one</text><feedback format="html"><text>Good</text></feedback></answer>
    <answer fraction="-33.33333" format="html"><text>Wrong</text><feedback format="html"><text>Bad</text></feedback></answer>
    <answer fraction="50" format="html"><text>Half</text><feedback format="html"><text>Meh</text></feedback></answer>
    <hint format="html"><text>Think</text><shownumcorrect/></hint>
    <tags><tag><text>alpha</text></tag></tags>
  </question>
  <question type="truefalse"><name><text>TF</text></name><questiontext format="plain_text"><text>1 &lt; 2</text></questiontext>
    <answer fraction="0"><text>true</text><feedback><text>no</text></feedback></answer><answer fraction="100"><text>false</text><feedback><text>yes</text></feedback></answer></question>
  <question type="category"><category><text>$course$/Top/Right</text></category></question>
  <question type="shortanswer"><name><text>SA</text></name><questiontext format="markdown"><text>**Name**
it</text></questiontext><usecase>1</usecase>
    <answer fraction="100"><text>Beta</text><feedback><text>ok</text></feedback></answer><answer fraction="0"><text>*</text></answer></question>
  <question type="numerical"><name><text>Num</text></name><questiontext><text>n?</text></questiontext>
    <answer fraction="100"><text>42</text><tolerance>0.5</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit><unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units></question>
  <question type="matching"><name><text>Match</text></name><questiontext><text>m</text></questiontext><shuffleanswers>false</shuffleanswers>
    <subquestion format="html"><text>A</text><answer><text>a</text></answer></subquestion><subquestion><text></text><answer><text>z</text></answer></subquestion></question>
  <question type="essay"><name><text>Essay</text></name><questiontext><text>e</text></questiontext><graderinfo format="markdown"><text>*gen*</text></graderinfo></question>
  <question type="description"><name><text>Desc</text></name><questiontext><text>d</text></questiontext><defaultgrade>5</defaultgrade></question>
  <question type="ordering"><name><text>Order</text></name><questiontext><text>o</text></questiontext><layouttype>VERTICAL</layouttype><gradingtype>ABSOLUTE_POSITION</gradingtype>
    <answer fraction="2"><text>second</text></answer><answer fraction="1"><text>first</text></answer></question>
</quiz>`;

describe('Moodle XML round trips', () => {
  it('XML → ours → XML → ours is identical, for every type', () => {
    const first = parseMoodleXml(EVERY_TYPE);
    expect(first.skipped).toEqual([]);
    expect(first.questions.map((q) => q.type)).toEqual([
      'multichoice',
      'truefalse',
      'shortanswer',
      'numerical',
      'matching',
      'essay',
      'description',
      'ordering',
    ]);
    const written = toMoodleXml(first.questions, first.categories);
    const second = parseMoodleXml(written);
    expect(second.questions).toEqual(first.questions);
    expect(second.categories).toEqual(first.categories);
    expect(second.images).toEqual(first.images);
    expect(toMoodleXml(second.questions, second.categories)).toBe(written);
  });

  it('keeps a category that holds no question', () => {
    const first = parseMoodleXml('<quiz><question type="category"><category><text>$course$/Empty</text></category></question></quiz>');
    expect(parseMoodleXml(toMoodleXml(first.questions, first.categories)).categories).toEqual(first.categories);
  });

  const ours: QuizQuestion[] = [
    {
      key: 'pick-one',
      type: 'single',
      prompt: 'Which **one**?\n\n- a list\n- of things',
      explanation: 'Because `code`.',
      points: 2,
      options: [
        { text: 'Right', correct: true, feedback: 'Yes' },
        { text: 'Half', correct: false, feedback: '', weight: 50 },
        { text: 'Wrong <b>', correct: false, feedback: 'No' },
      ],
    },
    {
      key: 'pick-all',
      type: 'multiple',
      prompt: 'Tick all',
      explanation: 'E',
      points: 1,
      options: [
        { text: 'a', correct: true, feedback: '' },
        { text: 'b', correct: true, feedback: '' },
        { text: 'c', correct: false, feedback: '' },
      ],
    },
    {
      key: 'weighted',
      type: 'multiple',
      prompt: 'Weighted',
      explanation: 'E',
      points: 1,
      options: [
        { text: 'a', correct: true, feedback: '', weight: 70 },
        { text: 'b', correct: true, feedback: '', weight: 30 },
        { text: 'c', correct: false, feedback: '', weight: -100 },
      ],
    },
    { key: 'true-or-false', type: 'truefalse', prompt: 'Is it?', explanation: 'E', points: 1, answer: false },
    { key: 'short', type: 'short', prompt: 'Name it', explanation: 'E', points: 1, accepted: ['Beta', 'a*b'] },
    {
      key: 'pairs',
      type: 'matching',
      prompt: 'Match',
      explanation: 'E',
      points: 3,
      pairs: [
        { left: 'A', right: 'a' },
        { left: 'B', right: 'b' },
      ],
    },
    { key: 'order', type: 'ordering', prompt: 'Order', explanation: 'E', points: 1, items: ['one', 'two', 'three'] },
    {
      key: 'number',
      type: 'numerical',
      prompt: 'How many?',
      explanation: 'E',
      points: 2,
      answers: [
        { value: 3.14, tolerance: 0.01, weight: 100, feedback: 'Yes' },
        { value: 3, tolerance: 0.5, weight: 50, feedback: '' },
        { value: '*', tolerance: 0, weight: 0, feedback: 'No' },
      ],
    },
    { key: 'essay', type: 'essay', prompt: 'Discuss', explanation: 'E', points: 5, graderInfo: 'Two *risks*', responseTemplate: 'Risk 1:' },
    { key: 'case', type: 'description', prompt: 'Read this case.', explanation: '', points: 0 },
  ];

  it('ours → XML → ours is identical, for every type we have', () => {
    const xml = toMoodleXml(ours.map((question) => fromQuizQuestion(question, '$course$/Ours')));
    const read = parseMoodleXml(xml);
    expect(read.skipped).toEqual([]);
    const taken = new Set<string>();
    const back = read.questions.map((question) => toQuizQuestion(question, taken));
    expect(back).toEqual(ours.map((question) => ({ ok: true, question, warnings: [] })));
  });
});
