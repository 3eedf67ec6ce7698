import { readHeader, type Warn } from './read-common';
import type { CombinedFeedback, MoodleAnswer, MoodleQuestion, MoodleTextFormat, MoodleTypeData } from './types';
import { attr, child, children, emptyText, flag, has, numberValue, ownText, readText, textOf, value, type XmlNode } from './xml-node';

/** A question could not be read: why, in words for the import preview. */
export class QuestionReadError extends Error {}

/** Moodle's fraction attribute is a percentage; a missing or broken one counts as 0. */
function fraction(answer: XmlNode): number {
  const raw = Number(attr(answer, 'fraction') ?? '0');
  return Number.isFinite(raw) ? raw / 100 : 0;
}

function answers(question: XmlNode, read: (answer: XmlNode) => MoodleAnswer | null, label: string): MoodleAnswer[] {
  const list = children(question, 'answer').flatMap((answer) => read(answer) ?? []);
  if (list.length === 0) throw new QuestionReadError(`the ${label} question has no <answer> elements`);
  return list;
}

/** An answer whose text may be formatted and carry files (multiple choice). */
const richAnswer =
  (format: MoodleTextFormat) =>
  (answer: XmlNode): MoodleAnswer => ({
    text: readText(answer, format),
    fraction: fraction(answer),
    feedback: readText(child(answer, 'feedback'), format),
  });

/** An answer that Moodle always treats as plain text (short answer, numerical). */
const plainAnswer =
  (format: MoodleTextFormat) =>
  (answer: XmlNode): MoodleAnswer => ({
    text: { text: textOf(answer), format: 'plain_text', files: [] },
    fraction: fraction(answer),
    feedback: readText(child(answer, 'feedback'), format),
  });

function combinedFeedback(question: XmlNode, format: MoodleTextFormat): CombinedFeedback {
  const legacy = child(question, 'correctresponsesfeedback');
  return {
    correct: readText(child(question, 'correctfeedback'), format),
    partiallyCorrect: readText(child(question, 'partiallycorrectfeedback'), format),
    incorrect: readText(child(question, 'incorrectfeedback'), format),
    showNumCorrect: legacy === undefined ? has(question, 'shownumcorrect') : flag(ownText(legacy)),
  };
}

function trueFalse(question: XmlNode, format: MoodleTextFormat, warn: Warn): MoodleTypeData {
  const list = children(question, 'answer');
  if (list.length === 0) throw new QuestionReadError('the true/false question has no <answer> elements');
  const data = { type: 'truefalse' as const, correctAnswer: true, feedbackTrue: emptyText(format), feedbackFalse: emptyText(format) };
  list.forEach((answer, index) => {
    let text = textOf(answer);
    if (text !== 'true' && text !== 'false') {
      // Old files wrote localised answer texts; Moodle then assumes "true" comes first.
      warn(`the answer "${text}" is neither true nor false; read by position (first true, then false)`);
      text = index === 0 ? 'true' : 'false';
    }
    const full = fraction(answer) === 1;
    const feedback = readText(child(answer, 'feedback'), format);
    if (text === 'true') Object.assign(data, { correctAnswer: full, feedbackTrue: feedback });
    else Object.assign(data, { correctAnswer: !full, feedbackFalse: feedback });
  });
  return data;
}

function ordering(question: XmlNode, format: MoodleTextFormat): MoodleTypeData {
  const items = answers(question, richAnswer(format), 'ordering')
    .map((answer, index) => ({ answer, index }))
    // The fraction holds the item's place in the right order; ties keep file order.
    .sort((a, b) => a.answer.fraction - b.answer.fraction || a.index - b.index)
    .map(({ answer }) => ({ text: answer.text, feedback: answer.feedback }));
  return {
    type: 'ordering',
    items,
    layoutType: value(question, 'layouttype'),
    selectType: value(question, 'selecttype'),
    selectCount: value(question, 'selectcount'),
    gradingType: value(question, 'gradingtype'),
    showGrading: value(question, 'showgrading'),
    numberingStyle: value(question, 'numberingstyle'),
    combinedFeedback: combinedFeedback(question, format),
  };
}

/** The part of a question that depends on its type; null for a type we do not read. */
function typeData(type: string, question: XmlNode, format: MoodleTextFormat, warn: Warn): MoodleTypeData | null {
  switch (type) {
    case 'multichoice':
      return {
        type: 'multichoice',
        single: flag(value(question, 'single', 'true')),
        shuffleAnswers: flag(value(question, 'shuffleanswers', 'false')),
        answerNumbering: value(question, 'answernumbering') || 'abc',
        showStandardInstruction:
          child(question, 'showstandardinstruction') === undefined ? null : value(question, 'showstandardinstruction'),
        answers: answers(question, richAnswer(format), 'multiple-choice'),
        combinedFeedback: combinedFeedback(question, format),
      };
    case 'truefalse':
      return trueFalse(question, format, warn);
    case 'shortanswer':
      return {
        type: 'shortanswer',
        caseSensitive: flag(value(question, 'usecase', '0')),
        answers: answers(question, plainAnswer(format), 'short-answer'),
      };
    case 'numerical':
      if (!has(question, 'answer')) throw new QuestionReadError('the numerical question has no <answer> elements');
      return {
        type: 'numerical',
        answers: children(question, 'answer').map((answer) => {
          const read = plainAnswer(format)(answer);
          const text = read.text.text === '' ? '*' : read.text.text;
          return { ...read, text: { ...read.text, text }, tolerance: numberValue(answer, 'tolerance', 0) };
        }),
        units: children(child(question, 'units'), 'unit').map((unit) => ({
          name: value(unit, 'unit_name'),
          multiplier: numberValue(unit, 'multiplier', 1),
        })),
      };
    case 'matching':
    case 'match': {
      const subquestions = children(question, 'subquestion').map((sub) => ({
        text: readText(sub, format),
        answer: textOf(child(sub, 'answer')),
      }));
      if (subquestions.length === 0) throw new QuestionReadError('the matching question has no <subquestion> elements');
      return {
        type: 'matching',
        shuffleAnswers: flag(value(question, 'shuffleanswers', '1')),
        subquestions,
        combinedFeedback: combinedFeedback(question, format),
      };
    }
    case 'essay':
      return {
        type: 'essay',
        responseFormat: value(question, 'responseformat', 'editor'),
        responseRequired: flag(value(question, 'responserequired', '1')),
        responseFieldLines: numberValue(question, 'responsefieldlines', 15),
        attachments: numberValue(question, 'attachments', 0),
        attachmentsRequired: numberValue(question, 'attachmentsrequired', 0),
        graderInfo: readText(child(question, 'graderinfo'), format),
        responseTemplate: readText(child(question, 'responsetemplate'), format),
      };
    case 'description':
      return { type: 'description' };
    case 'ordering':
      return ordering(question, format);
    default:
      return null;
  }
}

/**
 * Reads one `<question>` of a type we know; null for other types (the caller
 * lists them as skipped). Throws QuestionReadError when a known type is broken.
 */
export function readQuestion(question: XmlNode, type: string, category: string | null, warn: Warn): MoodleQuestion | null {
  const common = readHeader(question, category, warn);
  const data = typeData(type, question, common.questionText.format, warn);
  if (data === null) return null;
  if (common.name === '') throw new QuestionReadError('the question has no <name>');
  // Moodle gives a description no mark whatever the file says.
  return { ...common, ...(data.type === 'description' ? { defaultMark: 0 } : {}), ...data };
}
