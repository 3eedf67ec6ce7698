/**
 * Moodle's own GIFT import tests (moodle/moodle
 * question/format/gift/tests/giftformat_test.php), ported: each snippet is
 * Moodle's, each expectation is what Moodle's `readquestion` gives (type,
 * text, answers, fractions, feedback, general feedback). Cases of a type we
 * do not have are ported as refusals with the reason.
 */
import { describe, expect, it } from 'vitest';
import { parseGift } from '../parse';
import { asMoodle, type MoodleView } from './as-moodle';

/** Reads one question that must parse without errors, in Moodle's shape. */
function read(gift: string): MoodleView {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  const [question] = result.questions;
  if (!question) throw new Error('no question');
  return asMoodle(question);
}

const base = { generalfeedback: '', category: null };

describe("Moodle's giftformat_test: imports we match", () => {
  it('test_import_match (format markers stripped from items, a distractor)', () => {
    const gift = `
// question: 2  name: Moodle activities
::Moodle activities::[html]Match the <b>activity</b> to the description.{
    =[html]An activity supporting asynchronous discussions. -> Forum
    =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
    =[plain]A bank of record entries which participants can add to. -> Database
    =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
    = -> Chat
}`;
    expect(read(gift)).toEqual({
      ...base,
      qtype: 'match',
      name: 'Moodle activities',
      questiontext: 'Match the <b>activity</b> to the description.',
      subquestions: [
        'An activity supporting asynchronous discussions.',
        'A teacher asks a question and specifies a choice of multiple responses.',
        'A bank of record entries which participants can add to.',
        'A collection of web pages that anyone can add to or edit.',
        '',
      ],
      subanswers: ['Forum', 'Choice', 'Database', 'Wiki', 'Chat'],
    });
  });

  it('test_import_multichoice (markers stripped from answers and feedback)', () => {
    const gift = `
// multiple choice with specified feedback for right and wrong answers
::Q2:: What's between orange and green in the spectrum?
{
    =yellow # right; good!
    ~red # [html]wrong, it's yellow
    ~[plain]blue # wrong, it's yellow
}`;
    expect(read(gift)).toEqual({
      ...base,
      qtype: 'multichoice',
      name: 'Q2',
      questiontext: "What's between orange and green in the spectrum?",
      single: 1,
      answer: ['yellow', 'red', 'blue'],
      fraction: [1, 0, 0],
      feedback: ['right; good!', "wrong, it's yellow", "wrong, it's yellow"],
    });
  });

  it('test_import_multichoice_multi', () => {
    const gift = `
// multiple choice, multiple response with specified feedback for right and wrong answers
::colours:: What's between orange and green in the spectrum?
{
    ~%50%yellow # right; good!
    ~%-100%red # [html]wrong
    ~%50%off-beige # right; good!
    ~%-100%[plain]blue # wrong
}`;
    expect(read(gift)).toEqual({
      ...base,
      qtype: 'multichoice',
      name: 'colours',
      questiontext: "What's between orange and green in the spectrum?",
      single: 0,
      answer: ['yellow', 'red', 'off-beige', 'blue'],
      fraction: [0.5, -1, 0.5, -1],
      feedback: ['right; good!', 'wrong', 'right; good!', 'wrong'],
    });
  });

  it('test_import_multichoice_multi_tricky', () => {
    const gift = `
// multiple choice, multiple response with specified feedback for right and wrong answers
::colours:: What's between orange and green in the spectrum?
{
    ~%100%yellow # right; good!
    ~%-50%red # wrong
    ~%-50%blue # wrong
}`;
    expect(read(gift)).toMatchObject({ qtype: 'multichoice', single: 0, answer: ['yellow', 'red', 'blue'], fraction: [1, -0.5, -0.5] });
  });

  it('test_import_numerical', () => {
    const gift = `
// math range question
::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}`;
    expect(read(gift)).toEqual({
      ...base,
      qtype: 'numerical',
      name: 'Q5',
      questiontext: 'What is a number from 1 to 5?',
      answer: ['3', '*'],
      fraction: [1, 0],
      feedback: ['', 'Completely wrong'],
      tolerance: [2, ''],
    });
  });

  const shortanswer = `
// question: 666  name: Shortanswer
::Shortanswer::Which is the best animal?{
    =Frog#Good!
    =%50%Cat#What is it with Moodlers and cats?
    =%0%*#Completely wrong`;
  const shortExpected = {
    qtype: 'shortanswer',
    name: 'Shortanswer',
    questiontext: 'Which is the best animal?',
    answer: ['Frog', 'Cat', '*'],
    fraction: [1, 0.5, 0],
    feedback: ['Good!', 'What is it with Moodlers and cats?', 'Completely wrong'],
  };

  it('test_import_shortanswer (partial credit and the * catch-all)', () => {
    expect(read(`${shortanswer}\n}`)).toEqual({ ...base, ...shortExpected });
  });

  it('test_import_shortanswer_with_general_feedback', () => {
    const gift = `${shortanswer}\n    ####[html]Here is some general feedback!\n}`;
    expect(read(gift)).toEqual({ ...base, ...shortExpected, generalfeedback: 'Here is some general feedback!' });
  });

  it('test_import_truefalse', () => {
    const gift = `
// true/false
::Q1:: 42 is the Absolute Answer to everything.{
FALSE#42 is the Ultimate Answer.#You gave the right answer.}`;
    expect(read(gift)).toEqual({
      ...base,
      qtype: 'truefalse',
      name: 'Q1',
      questiontext: '42 is the Absolute Answer to everything.',
      correctanswer: 0,
      feedbacktrue: '42 is the Ultimate Answer.',
      feedbackfalse: 'You gave the right answer.',
    });
  });

  it.each(['T', 'TRUE'])('test_import_truefalse_true_answer {%s}', (answer) => {
    expect(read(`// name 0-11\n::2-08 TSL::TSL is blablabla.{${answer}}`)).toEqual({
      ...base,
      qtype: 'truefalse',
      name: '2-08 TSL',
      questiontext: 'TSL is blablabla.',
      correctanswer: 1,
      feedbacktrue: '',
      feedbackfalse: '',
    });
  });
});

describe("Moodle's giftformat_test: essays, and what we leave out", () => {
  it.each([
    ['test_import_essay', '\n// essay\n::Q8:: How are you? {}', 'How are you?'],
    ['test_import_backslash', '\n// essay\n::double backslash:: A \\\\ B \\\\\\\\ C{}', 'A \\ B \\\\ C'],
    [
      'test_import_question_with_tags',
      '\n// tags: [tag:tag] [tag:other-tag].\n// And an idnumber: [id:myid].\n::Question name:: How are you? {}',
      'How are you?',
    ],
  ])('%s: an essay, an empty answer block', (_name, gift, prompt) => {
    const result = parseGift(gift);
    expect(result.errors).toEqual([]);
    expect(result.questions).toMatchObject([{ type: 'essay', prompt }]);
  });

  it('test_extract_idnumber_and_tags_from_comment: tags and id numbers in comments are not read (we have no question tags)', () => {
    const result = parseGift('// [tag:tag] [id:myid]\n::Named:: Sure? {T}');
    expect(result.questions.map((q) => [q.title, q.prompt])).toEqual([['Named', 'Sure?']]);
  });
});

describe("Moodle's fixture file (tests/fixtures/questions.gift.txt)", () => {
  it('reads each question as Moodle does, text after a block making a missing word', () => {
    const gift = [
      '// math range question',
      '::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}";',
      '',
      '// true/false, with general feedback',
      '::Q1:: 42 is the Absolute Answer to everything.{',
      'FALSE#42 is the Ultimate Answer.#You gave the right answer.',
      '####This is, of course, a Hitchiker\'s Guide to the Galaxy reference.}";',
    ].join('\n');
    const result = parseGift(gift);
    expect(result.errors).toEqual([]);
    expect(result.questions.map(asMoodle)).toMatchObject([
      { qtype: 'numerical', questiontext: 'What is a number from 1 to 5? _____";', answer: ['3', '*'] },
      {
        qtype: 'truefalse',
        questiontext: '42 is the Absolute Answer to everything._____";',
        generalfeedback: "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
      },
    ]);
  });

  it('keeps the category in force for the questions after it', () => {
    const result = parseGift('$CATEGORY: $course$/top/Animals\n\n::Q::Best? {=Frog =%50%Cat}');
    expect(result.questions.map(asMoodle)).toMatchObject([
      { category: '$course$/top/Animals', answer: ['Frog', 'Cat'], fraction: [1, 0.5] },
    ]);
  });
});
