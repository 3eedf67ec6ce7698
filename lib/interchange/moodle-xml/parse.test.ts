import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from './parse';
import type { MoodleQuestion } from './types';

/**
 * Cases ported from Moodle's question/format/xml/tests/xmlformat_test.php
 * (test_import_*): the same XML, and the same expectations for type, texts,
 * formats, fractions, feedback, general feedback and category.
 */
function readOne(question: string): MoodleQuestion {
  const result = parseMoodleXml(`<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${question}\n</quiz>`);
  expect(result.skipped).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0] as MoodleQuestion;
}

const html = (text: string) => ({ text, format: 'html', files: [] });

describe('parseMoodleXml: Moodle import cases', () => {
  it('description (test_import_description)', () => {
    const q = readOne(`<question type="description">
    <name><text>A description</text></name>
    <questiontext format="html"><text>The question text.</text></questiontext>
    <generalfeedback><text>Here is some general feedback.</text></generalfeedback>
    <defaultgrade>0</defaultgrade><penalty>0</penalty><hidden>0</hidden>
    <tags><tag><text>tagDescription</text></tag><tag><text>tagTest</text></tag></tags>
  </question>`);
    expect(q).toMatchObject({
      type: 'description',
      name: 'A description',
      questionText: html('The question text.'),
      generalFeedback: html('Here is some general feedback.'),
      defaultMark: 0,
      penalty: 0,
      tags: ['tagDescription', 'tagTest'],
    });
  });

  it('essay with Moodle 2.0 defaults (test_import_essay_20)', () => {
    const q = readOne(`<question type="essay">
    <name><text>An essay</text></name>
    <questiontext format="moodle_auto_format"><text>Write something.</text></questiontext>
    <generalfeedback><text>I hope you wrote something interesting.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0</penalty><hidden>0</hidden>
  </question>`);
    expect(q).toMatchObject({
      type: 'essay',
      questionText: { text: 'Write something.', format: 'moodle_auto_format' },
      generalFeedback: { text: 'I hope you wrote something interesting.', format: 'moodle_auto_format' },
      defaultMark: 1,
      penalty: 0,
      responseFormat: 'editor',
      responseRequired: true,
      responseFieldLines: 15,
      attachments: 0,
      attachmentsRequired: 0,
      graderInfo: { text: '', format: 'moodle_auto_format' },
      responseTemplate: { text: '', format: 'moodle_auto_format' },
    });
  });

  it('essay with every setting (test_import_essay_21)', () => {
    const q = readOne(`<question type="essay">
    <name><text>An essay</text></name>
    <questiontext format="moodle_auto_format"><text>Write something.</text></questiontext>
    <generalfeedback><text>I hope you wrote something interesting.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0</penalty><hidden>0</hidden>
    <responseformat>monospaced</responseformat>
    <responserequired>0</responserequired>
    <responsefieldlines>42</responsefieldlines>
    <attachments>-1</attachments>
    <attachmentsrequired>1</attachmentsrequired>
    <graderinfo format="html"><text><![CDATA[<p>Grade <b>generously</b>!</p>]]></text></graderinfo>
    <responsetemplate format="html"><text><![CDATA[<p>Here is something <b>really</b> interesting.</p>]]></text></responsetemplate>
  </question>`);
    expect(q).toMatchObject({
      type: 'essay',
      responseFormat: 'monospaced',
      responseRequired: false,
      responseFieldLines: 42,
      attachments: -1,
      attachmentsRequired: 1,
      graderInfo: html('<p>Grade <b>generously</b>!</p>'),
      responseTemplate: html('<p>Here is something <b>really</b> interesting.</p>'),
    });
  });

  it('matching with a distractor and hints (test_import_match_19)', () => {
    const q = readOne(`<question type="matching">
    <name><text>Matching question</text></name>
    <questiontext format="html"><text>Match the upper and lower case letters.</text></questiontext>
    <generalfeedback><text>The answer is A -> a, B -> b and C -> c.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>
    <shuffleanswers>false</shuffleanswers>
    <correctfeedback><text>Well done.</text></correctfeedback>
    <partiallycorrectfeedback><text>Not entirely.</text></partiallycorrectfeedback>
    <incorrectfeedback><text>Completely wrong!</text></incorrectfeedback>
    <subquestion><text>A</text><answer><text>a</text></answer></subquestion>
    <subquestion><text>B</text><answer><text>b</text></answer></subquestion>
    <subquestion><text>C</text><answer><text>c</text></answer></subquestion>
    <subquestion><text></text><answer><text>d</text></answer></subquestion>
    <hint><text>Hint 1</text><shownumcorrect /></hint>
    <hint><text></text><shownumcorrect /><clearwrong /></hint>
    <tags><tag><text>tagMatching</text></tag><tag><text>tagTest</text></tag></tags>
  </question>`);
    expect(q).toMatchObject({
      type: 'matching',
      name: 'Matching question',
      generalFeedback: html('The answer is A -> a, B -> b and C -> c.'),
      penalty: 0.3333333,
      shuffleAnswers: false,
      combinedFeedback: {
        correct: html('Well done.'),
        partiallyCorrect: html('Not entirely.'),
        incorrect: html('Completely wrong!'),
        showNumCorrect: false,
      },
      subquestions: [
        { text: html('A'), answer: 'a' },
        { text: html('B'), answer: 'b' },
        { text: html('C'), answer: 'c' },
        { text: html(''), answer: 'd' },
      ],
      hints: [
        { text: html('Hint 1'), showNumCorrect: true, clearWrong: false },
        { text: html(''), showNumCorrect: true, clearWrong: true },
      ],
      tags: ['tagMatching', 'tagTest'],
    });
  });

  it('multiple choice, several right answers (test_import_multichoice_19)', () => {
    const answer = (text: string, fraction: number) =>
      `<answer fraction="${fraction}"><text>${text}</text><feedback><text></text></feedback></answer>`;
    const q = readOne(`<question type="multichoice">
    <name><text>Multiple choice question</text></name>
    <questiontext format="html"><text>Which are the even numbers?</text></questiontext>
    <generalfeedback><text>The even numbers are 2 and 4.</text></generalfeedback>
    <defaultgrade>2</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>
    <single>false</single><shuffleanswers>false</shuffleanswers><answernumbering>abc</answernumbering>
    <correctfeedback><text><![CDATA[<p>Your answer is correct.</p>]]></text></correctfeedback>
    <partiallycorrectfeedback><text><![CDATA[<p>Your answer is partially correct.</p>]]></text></partiallycorrectfeedback>
    <incorrectfeedback><text><![CDATA[<p>Your answer is incorrect.</p>]]></text></incorrectfeedback>
    <shownumcorrect/>
    ${answer('1', 0)}${answer('2', 100)}${answer('3', 0)}${answer('4', 100)}
    <hint><text>Hint 1.</text></hint><hint><text>Hint 2.</text></hint>
  </question>`);
    expect(q).toMatchObject({
      type: 'multichoice',
      defaultMark: 2,
      single: false,
      shuffleAnswers: false,
      answerNumbering: 'abc',
      combinedFeedback: { correct: html('<p>Your answer is correct.</p>'), showNumCorrect: true },
      answers: ['1', '2', '3', '4'].map((text, index) => ({ text: html(text), fraction: index % 2, feedback: html('') })),
      hints: [{ text: html('Hint 1.') }, { text: html('Hint 2.') }],
    });
  });

  it('numerical with tolerances and a catch-all (test_import_numerical_19)', () => {
    const q = readOne(`<question type="numerical">
    <name><text>Numerical question</text></name>
    <questiontext format="html"><text>What is the answer?</text></questiontext>
    <generalfeedback><text>General feedback: Think Hitch-hikers guide to the Galaxy.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0.1</penalty><hidden>0</hidden>
    <answer fraction="100"><text>42</text><feedback><text>Well done!</text></feedback><tolerance>0.001</tolerance></answer>
    <answer fraction="0"><text>13</text><feedback><text>What were you thinking?!</text></feedback><tolerance>1</tolerance></answer>
    <answer fraction="0"><text>*</text><feedback><text>Completely wrong.</text></feedback><tolerance></tolerance></answer>
  </question>`);
    expect(q.type).toBe('numerical');
    if (q.type !== 'numerical') return;
    expect(q.penalty).toBe(0.1);
    expect(q.answers.map((a) => a.text.text)).toEqual(['42', '13', '*']);
    expect(q.answers.map((a) => a.fraction)).toEqual([1, 0, 0]);
    expect(q.answers.map((a) => a.feedback)).toEqual([html('Well done!'), html('What were you thinking?!'), html('Completely wrong.')]);
    expect(q.answers.map((a) => a.tolerance)).toEqual([0.001, 1, 0]);
  });

  it('short answer (test_import_shortanswer_19)', () => {
    const q = readOne(`<question type="shortanswer">
    <name><text>Short answer question</text></name>
    <questiontext format="html"><text>Fill in the gap in this sequence: Alpha, ________, Gamma.</text></questiontext>
    <generalfeedback><text>The answer is Beta.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden>
    <usecase>0</usecase>
    <answer fraction="100" format="plain_text"><text>Beta</text><feedback><text>Well done!</text></feedback></answer>
    <answer fraction="0" format="plain_text"><text>*</text><feedback><text>Doh!</text></feedback></answer>
    <hint><text>Hint 1</text></hint><hint><text>Hint 2</text></hint>
  </question>`);
    expect(q).toMatchObject({
      type: 'shortanswer',
      caseSensitive: false,
      generalFeedback: html('The answer is Beta.'),
      answers: [
        { text: { text: 'Beta', format: 'plain_text' }, fraction: 1, feedback: html('Well done!') },
        { text: { text: '*', format: 'plain_text' }, fraction: 0, feedback: html('Doh!') },
      ],
    });
  });

  it.each([
    ['test_import_truefalse_19', ''],
    ['test_import_truefalse_with_idnumber', '<idnumber>TestIdNum1</idnumber>'],
  ])('true/false (%s)', (_name, idNumber) => {
    const q = readOne(`<question type="truefalse">
    <name><text>True false question</text></name>
    <questiontext format="html"><text>The answer is true.</text></questiontext>
    <generalfeedback><text>General feedback: You should have chosen true.</text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>1</penalty><hidden>0</hidden>${idNumber}
    <answer fraction="100"><text>true</text><feedback><text>Well done!</text></feedback></answer>
    <answer fraction="0"><text>false</text><feedback><text>Doh!</text></feedback></answer>
  </question>`);
    expect(q).toMatchObject({
      type: 'truefalse',
      penalty: 1,
      idNumber: idNumber === '' ? '' : 'TestIdNum1',
      correctAnswer: true,
      feedbackTrue: html('Well done!'),
      feedbackFalse: html('Doh!'),
    });
  });

  it('lists cloze questions as skipped with the reason (test_import_multianswer)', () => {
    const result = parseMoodleXml(`<quiz><question type="cloze">
    <name><text>Simple multianswer</text></name>
    <questiontext format="html"><text><![CDATA[The {1:SHORTANSWER:Dog#Wrong~=Owl#Well done!} and the pussy-cat]]></text></questiontext>
  </question></quiz>`);
    expect(result.questions).toEqual([]);
    expect(result.skipped).toEqual([
      {
        position: 1,
        name: 'Simple multianswer',
        type: 'cloze',
        code: 'unsupported-type',
        reason: 'embedded-answer (cloze) questions are not supported',
      },
    ]);
  });

  it('keeps files with their folder (test_import_truefalse_wih_files)', () => {
    const q = readOne(`<question type="truefalse">
    <name><text>truefalse</text></name>
    <questiontext format="html">
      <text><![CDATA[<p><a href="@@PLUGINFILE@@/myfolder/moodle.txt">This text file</a> contains the word Moodle.</p>]]></text>
<file name="moodle.txt" path="/myfolder/" encoding="base64">TW9vZGxl</file>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>For further information, see the documentation about Moodle.</p>]]></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade><penalty>1.0000000</penalty><hidden>0</hidden>
    <answer fraction="100" format="moodle_auto_format"><text>true</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text><feedback format="html"><text></text></feedback></answer>
  </question>`);
    expect(q.questionText.files).toEqual([{ name: 'moodle.txt', path: '/myfolder/', base64: 'TW9vZGxl' }]);
    expect(Buffer.from(q.questionText.files[0]?.base64 ?? '', 'base64')).toHaveLength(6);
    expect(q).toMatchObject({ defaultMark: 1, penalty: 1, correctAnswer: true });
  });

  it('reads hints with their flags (test_import_hints_with_parts)', () => {
    const q = readOne(`<question type="shortanswer"><name><text>h</text></name>
    <questiontext><text>Q</text></questiontext>
    <answer fraction="100"><text>a</text></answer>
    <hint><text>This is the first hint</text><clearwrong/></hint>
    <hint><text>This is the second hint</text><shownumcorrect/></hint></question>`);
    expect(q.hints).toEqual([
      { text: html('This is the first hint'), showNumCorrect: false, clearWrong: true },
      { text: html('This is the second hint'), showNumCorrect: true, clearWrong: false },
    ]);
  });
});

describe('parseMoodleXml: categories, ordering, old files', () => {
  it('puts each question in the category before it (fixtures/nested_categories_with_questions.xml)', () => {
    const tf = (name: string) => `<question type="truefalse"><name><text>${name}</text></name>
      <questiontext format="html"><text><![CDATA[<p>Testing ${name}</p>]]></text></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`;
    const category = (path: string, format: string, info: string) =>
      `<question type="category"><category><text>${path}</text></category><info format="${format}"><text>${info}</text></info><idnumber></idnumber></question>`;
    const result = parseMoodleXml(`<quiz>
      ${category('$course$/Iota', 'plain_text', 'This is Iota category for test')}${tf('Iota Question')}
      ${category('$course$/Iota/Kappa', 'markdown', 'This is Kappa category for test')}${tf('Kappa Question')}
      ${category('$course$/Iota/Kappa/Lambda', 'moodle_auto_format', 'This is Lambda category for test')}${tf('Lambda Question')}
      ${category('$course$/Iota/Mu', 'moodle_auto_format', 'This is Mu category for test')}${tf('Mu Question')}
    </quiz>`);
    expect(result.questions.map((q) => [q.name, q.category])).toEqual([
      ['Iota Question', '$course$/Iota'],
      ['Kappa Question', '$course$/Iota/Kappa'],
      ['Lambda Question', '$course$/Iota/Kappa/Lambda'],
      ['Mu Question', '$course$/Iota/Mu'],
    ]);
    expect(result.categories[1]).toEqual({
      path: '$course$/Iota/Kappa',
      info: { text: 'This is Kappa category for test', format: 'markdown', files: [] },
      idNumber: '',
    });
  });

  it('reads the old category form without <text> (fixtures/deprecated_category.xml)', () => {
    const result = parseMoodleXml('<quiz><question type="category"><category>$course$/Alpha</category></question></quiz>');
    expect(result.categories.map((c) => c.path)).toEqual(['$course$/Alpha']);
  });

  it('reads an ordering question in the order of its fractions (qtype_ordering testimport.moodle.xml)', () => {
    const item = (position: number, text: string) =>
      `<answer fraction="${position}.0000000" format="html"><text>${text}</text><feedback format="html"><text><![CDATA[${text} is correct.]]></text></feedback></answer>`;
    const q = readOne(`<question type="ordering">
    <name><text>Moodle</text></name>
    <questiontext format="html"><text>Put these words in order.</text></questiontext>
    <generalfeedback format="html"><text><![CDATA[The correct answer is "Modular Object Oriented Dynamic Learning Environment".]]></text></generalfeedback>
    <defaultgrade>1</defaultgrade><penalty>0.3333333</penalty><hidden>0</hidden><idnumber>myid</idnumber>
    <numberingstyle>none</numberingstyle>
    ${item(2, 'Object')}${item(1, 'Modular')}${item(3, 'Oriented')}${item(4, 'Dynamic')}${item(5, 'Learning')}${item(6, 'Environment')}
  </question>`);
    expect(q.type).toBe('ordering');
    if (q.type !== 'ordering') return;
    expect(q.items.map((i) => i.text.text)).toEqual(['Modular', 'Object', 'Oriented', 'Dynamic', 'Learning', 'Environment']);
    expect(q.items[0]?.feedback).toEqual(html('Modular is correct.'));
    expect(q).toMatchObject({ idNumber: 'myid', numberingStyle: 'none' });
  });

  it('reads old true/false files by position, with a warning', () => {
    const result = parseMoodleXml(`<quiz><question type="truefalse"><name><text>Old</text></name>
      <questiontext><text>Q</text></questiontext>
      <answer fraction="0"><text>Vrai</text></answer><answer fraction="100"><text>Faux</text></answer></question></quiz>`);
    expect(result.questions[0]).toMatchObject({ correctAnswer: false });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'the answer "Vrai" is neither true nor false; read by position (first true, then false)',
      'the answer "Faux" is neither true nor false; read by position (first true, then false)',
    ]);
  });

  it('skips a broken question with the reason and keeps the others', () => {
    const result = parseMoodleXml(`<quiz>
      <question type="multichoice"><name><text>No answers</text></name><questiontext><text>Q</text></questiontext></question>
      <question type="description"><name><text>Fine</text></name><questiontext><text>D</text></questiontext></question>
    </quiz>`);
    expect(result.questions.map((q) => q.name)).toEqual(['Fine']);
    expect(result.skipped).toMatchObject([
      { position: 1, name: 'No answers', code: 'invalid', reason: 'the multiple-choice question has no <answer> elements' },
    ]);
  });

  it('decodes entities and keeps Markdown line breaks', () => {
    const q = readOne(`<question type="description"><name><text>A &amp; B</text></name>
      <questiontext format="markdown"><text>  line one
line two  </text></questiontext></question>`);
    expect(q.name).toBe('A & B');
    expect(q.questionText.text).toBe('line one\nline two');
  });
});
