import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from './parse';
import { toMoodleXml, writeQuestion } from './serialise';
import type { MoodleQuestion, MoodleQuestionBase, MoodleText, MoodleTextFormat } from './types';
import { xmlEscape } from './xml-write';

/**
 * Export cases ported from Moodle's xmlformat_test.php (test_export_*): the
 * expected XML is Moodle's, less the `<!-- question: id -->` comment, which
 * names a database id we do not have.
 */
const text = (value: string, format: MoodleTextFormat = 'html'): MoodleText => ({ text: value, format, files: [] });

function header(
  name: string,
  questionText: MoodleText,
  generalFeedback: MoodleText,
  extra: Partial<MoodleQuestionBase> = {},
): MoodleQuestionBase {
  return {
    name,
    questionText,
    generalFeedback,
    defaultMark: 1,
    penalty: 0.3333333,
    hidden: false,
    idNumber: '',
    tags: [],
    hints: [],
    category: null,
    ...extra,
  };
}

const top = (
  type: string,
  name: string,
  format: string,
  questionText: string,
  feedbackFormat: string,
  feedback: string,
  grade: string,
  penalty: string,
  idNumber = '',
) =>
  `  <question type="${type}">
    <name>
      <text>${name}</text>
    </name>
    <questiontext format="${format}">
      <text>${questionText}</text>
    </questiontext>
    <generalfeedback format="${feedbackFormat}">
      <text>${feedback}</text>
    </generalfeedback>
    <defaultgrade>${grade}</defaultgrade>
    <penalty>${penalty}</penalty>
    <hidden>0</hidden>
    <idnumber>${idNumber}</idnumber>
`;

describe('writeQuestion: Moodle export cases', () => {
  it('description (test_export_description)', () => {
    const q: MoodleQuestion = {
      ...header('A description', text('The question text.'), text('Here is some general feedback.'), { defaultMark: 0, penalty: 0 }),
      type: 'description',
    };
    expect(writeQuestion(q)).toBe(
      `${top('description', 'A description', 'html', 'The question text.', 'html', 'Here is some general feedback.', '0', '0')}  </question>\n`,
    );
  });

  it('essay (test_export_essay)', () => {
    const q: MoodleQuestion = {
      ...header(
        'An essay',
        text('Write something.', 'moodle_auto_format'),
        text('I hope you wrote something interesting.', 'moodle_auto_format'),
        { penalty: 0 },
      ),
      type: 'essay',
      responseFormat: 'monospaced',
      responseRequired: false,
      responseFieldLines: 42,
      attachments: -1,
      attachmentsRequired: 1,
      graderInfo: text('<p>Grade <b>generously</b>!</p>'),
      responseTemplate: text('<p>Here is something <b>really</b> interesting.</p>'),
    };
    expect(writeQuestion(q)).toBe(
      `${top('essay', 'An essay', 'moodle_auto_format', 'Write something.', 'moodle_auto_format', 'I hope you wrote something interesting.', '1', '0')}    <responseformat>monospaced</responseformat>
    <responserequired>0</responserequired>
    <responsefieldlines>42</responsefieldlines>
    <attachments>-1</attachments>
    <attachmentsrequired>1</attachmentsrequired>
    <graderinfo format="html">
      <text><![CDATA[<p>Grade <b>generously</b>!</p>]]></text>
    </graderinfo>
    <responsetemplate format="html">
      <text><![CDATA[<p>Here is something <b>really</b> interesting.</p>]]></text>
    </responsetemplate>
  </question>
`,
    );
  });

  it('matching (test_export_match)', () => {
    const q: MoodleQuestion = {
      ...header('Matching question', text('Match the upper and lower case letters.'), text('The answer is A -> a, B -> b and C -> c.'), {
        hints: [
          { text: text('Hint 1'), showNumCorrect: true, clearWrong: false },
          { text: text(''), showNumCorrect: true, clearWrong: true },
        ],
      }),
      type: 'matching',
      shuffleAnswers: true,
      combinedFeedback: {
        correct: text('Well done.'),
        partiallyCorrect: text('Not entirely.'),
        incorrect: text('Completely wrong!'),
        showNumCorrect: false,
      },
      subquestions: [
        { text: text('A'), answer: 'a' },
        { text: text('B'), answer: 'b' },
        { text: text('C'), answer: 'c' },
        { text: text(''), answer: 'd' },
      ],
    };
    const sub = (left: string, right: string) =>
      `    <subquestion format="html">\n      <text>${left}</text>\n      <answer>\n        <text>${right}</text>\n      </answer>\n    </subquestion>\n`;
    expect(writeQuestion(q)).toBe(
      `${top('matching', 'Matching question', 'html', 'Match the upper and lower case letters.', 'html', '<![CDATA[The answer is A -> a, B -> b and C -> c.]]>', '1', '0.3333333')}    <shuffleanswers>true</shuffleanswers>
    <correctfeedback format="html">
      <text>Well done.</text>
    </correctfeedback>
    <partiallycorrectfeedback format="html">
      <text>Not entirely.</text>
    </partiallycorrectfeedback>
    <incorrectfeedback format="html">
      <text>Completely wrong!</text>
    </incorrectfeedback>
${sub('A', 'a')}${sub('B', 'b')}${sub('C', 'c')}${sub('', 'd')}    <hint format="html">
      <text>Hint 1</text>
      <shownumcorrect/>
    </hint>
    <hint format="html">
      <text></text>
      <shownumcorrect/>
      <clearwrong/>
    </hint>
  </question>
`,
    );
  });

  const answer = (fraction: number, value: string, feedback: string, extra = '') =>
    `    <answer fraction="${fraction}" format="plain_text">\n      <text>${value}</text>\n      <feedback format="html">\n        <text>${feedback}</text>\n      </feedback>\n${extra}    </answer>\n`;

  it('multiple choice (test_export_multichoice)', () => {
    const q: MoodleQuestion = {
      ...header('Multiple choice question', text('Which are the even numbers?'), text('The even numbers are 2 and 4.'), {
        defaultMark: 2,
        hints: [
          { text: text('Hint 1.'), showNumCorrect: false, clearWrong: false },
          { text: text('Hint 2.'), showNumCorrect: false, clearWrong: false },
        ],
      }),
      type: 'multichoice',
      single: false,
      shuffleAnswers: false,
      answerNumbering: 'abc',
      showStandardInstruction: null,
      combinedFeedback: {
        correct: text('<p>Your answer is correct.</p>'),
        partiallyCorrect: text('<p>Your answer is partially correct.</p>'),
        incorrect: text('<p>Your answer is incorrect.</p>'),
        showNumCorrect: true,
      },
      answers: ['1', '2', '3', '4'].map((value, index) => ({ text: text(value, 'plain_text'), fraction: index % 2, feedback: text('') })),
    };
    expect(writeQuestion(q)).toBe(
      `${top('multichoice', 'Multiple choice question', 'html', 'Which are the even numbers?', 'html', 'The even numbers are 2 and 4.', '2', '0.3333333')}    <single>false</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <correctfeedback format="html">
      <text><![CDATA[<p>Your answer is correct.</p>]]></text>
    </correctfeedback>
    <partiallycorrectfeedback format="html">
      <text><![CDATA[<p>Your answer is partially correct.</p>]]></text>
    </partiallycorrectfeedback>
    <incorrectfeedback format="html">
      <text><![CDATA[<p>Your answer is incorrect.</p>]]></text>
    </incorrectfeedback>
    <shownumcorrect/>
${answer(0, '1', '')}${answer(100, '2', '')}${answer(0, '3', '')}${answer(100, '4', '')}    <hint format="html">
      <text>Hint 1.</text>
    </hint>
    <hint format="html">
      <text>Hint 2.</text>
    </hint>
  </question>
`,
    );
  });

  it('numerical (test_export_numerical)', () => {
    const q: MoodleQuestion = {
      ...header('Numerical question', text('What is the answer?'), text('General feedback: Think Hitch-hikers guide to the Galaxy.'), {
        penalty: 0.1,
      }),
      type: 'numerical',
      units: [],
      answers: [
        { text: text('42', 'plain_text'), fraction: 1, feedback: text('Well done!'), tolerance: 0.001 },
        { text: text('13', 'plain_text'), fraction: 0, feedback: text('What were you thinking?!'), tolerance: 1 },
        { text: text('*', 'plain_text'), fraction: 0, feedback: text('Completely wrong.'), tolerance: 0 },
      ],
    };
    const tolerance = (value: string) => `      <tolerance>${value}</tolerance>\n`;
    expect(writeQuestion(q)).toBe(
      `${top('numerical', 'Numerical question', 'html', 'What is the answer?', 'html', 'General feedback: Think Hitch-hikers guide to the Galaxy.', '1', '0.1')}${answer(100, '42', 'Well done!', tolerance('0.001'))}${answer(0, '13', 'What were you thinking?!', tolerance('1'))}${answer(0, '*', 'Completely wrong.', tolerance('0'))}  </question>\n`,
    );
  });

  it('short answer (test_export_shortanswer)', () => {
    const q: MoodleQuestion = {
      ...header('Short answer question', text('Fill in the gap in this sequence: Alpha, ________, Gamma.'), text('The answer is Beta.'), {
        hints: [
          { text: text('Hint 1'), showNumCorrect: false, clearWrong: false },
          { text: text('Hint 2'), showNumCorrect: false, clearWrong: false },
        ],
      }),
      type: 'shortanswer',
      caseSensitive: false,
      answers: [
        { text: text('Beta', 'plain_text'), fraction: 1, feedback: text('Well done!') },
        { text: text('*', 'plain_text'), fraction: 0, feedback: text('Doh!') },
      ],
    };
    expect(writeQuestion(q)).toBe(
      `${top('shortanswer', 'Short answer question', 'html', 'Fill in the gap in this sequence: Alpha, ________, Gamma.', 'html', 'The answer is Beta.', '1', '0.3333333')}    <usecase>0</usecase>
${answer(100, 'Beta', 'Well done!')}${answer(0, '*', 'Doh!')}    <hint format="html">
      <text>Hint 1</text>
    </hint>
    <hint format="html">
      <text>Hint 2</text>
    </hint>
  </question>
`,
    );
  });

  it.each([
    ['test_export_truefalse', ''],
    ['test_export_truefalse_with_idnumber', 'TestIDNum2'],
  ])('true/false (%s)', (_name, idNumber) => {
    const q: MoodleQuestion = {
      ...header('True false question', text('The answer is true.'), text('General feedback: You should have chosen true.'), {
        penalty: 1,
        idNumber,
      }),
      type: 'truefalse',
      correctAnswer: true,
      feedbackTrue: text('Well done!'),
      feedbackFalse: text('Doh!'),
    };
    expect(writeQuestion(q)).toBe(
      `${top('truefalse', 'True false question', 'html', 'The answer is true.', 'html', 'General feedback: You should have chosen true.', '1', '1', idNumber)}${answer(100, 'true', 'Well done!')}${answer(0, 'false', 'Doh!')}  </question>\n`,
    );
  });
});

describe('xmlEscape (test_xml_escape_*)', () => {
  const roundTrip = (value: string) =>
    parseMoodleXml(`<quiz><question type="category"><category><text>${xmlEscape(value)}</text></category></question></quiz>`).categories[0]
      ?.path;

  it('leaves simple text alone', () => {
    const value = 'Nothing funny here. Even if we go to a café or to 日本.';
    expect(xmlEscape(value)).toBe(value);
  });

  it('wraps HTML in CDATA', () => {
    const value = '<p>Nothing <b>funny<b> here. Even if we go to a café or to 日本.</p>';
    expect(xmlEscape(value)).toBe(`<![CDATA[${value}]]>`);
  });

  it('splits a CDATA end inside a script', () => {
    const value = '<script><![CDATA[alert(1<2);]]></script>';
    expect(xmlEscape(value)).toBe('<![CDATA[<script><![CDATA[alert(1<2);]]]]><![CDATA[></script>]]>');
    expect(roundTrip(value)).toBe(value);
  });

  it('splits code that looks like a CDATA end', () => {
    const value = "if (x[[0]]>a) print('hah');";
    expect(xmlEscape(value)).toBe("<![CDATA[if (x[[0]]]]><![CDATA[>a) print('hah');]]>");
    expect(roundTrip(value)).toBe(value);
  });
});

describe('toMoodleXml', () => {
  it('writes the file header and a category before each run of questions', () => {
    const q = (name: string, category: string): MoodleQuestion => ({ ...header(name, text('T'), text('')), category, type: 'description' });
    const xml = toMoodleXml([q('one', '$course$/A'), q('two', '$course$/A'), q('three', '$course$/B')]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">')).toBe(true);
    expect(xml.match(/<question type="category">/g)).toHaveLength(2);
    expect(xml.endsWith('</quiz>\n')).toBe(true);
  });
});
