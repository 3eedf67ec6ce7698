import type { MoodleCategory, MoodleQuestion } from './types';
import { escapeAttribute, line, num, writeAnswer, writeCombinedFeedback, writeField, writeHints, writeTags, writeText } from './xml-write';

const bool = (value: boolean) => (value ? 'true' : 'false');
const bit = (value: boolean) => (value ? 1 : 0);

/** The elements after the common header, as Moodle's exporter orders them for each type. */
function typeBody(question: MoodleQuestion): string {
  switch (question.type) {
    case 'truefalse': {
      const plain = (text: string) => ({ text, format: 'plain_text' as const, files: [] });
      const right = question.correctAnswer;
      return (
        writeAnswer({ text: plain('true'), fraction: right ? 1 : 0, feedback: question.feedbackTrue }) +
        writeAnswer({ text: plain('false'), fraction: right ? 0 : 1, feedback: question.feedbackFalse })
      );
    }
    case 'multichoice':
      return (
        `    <single>${bool(question.single)}</single>\n` +
        `    <shuffleanswers>${bool(question.shuffleAnswers)}</shuffleanswers>\n` +
        line('answernumbering', question.answerNumbering) +
        (question.showStandardInstruction === null ? '' : line('showstandardinstruction', question.showStandardInstruction)) +
        writeCombinedFeedback(question.combinedFeedback) +
        question.answers.map((answer) => writeAnswer(answer)).join('')
      );
    case 'shortanswer':
      return line('usecase', bit(question.caseSensitive)) + question.answers.map((answer) => writeAnswer(answer)).join('');
    case 'numerical': {
      const answers = question.answers
        .map((answer) => writeAnswer(answer, `      <tolerance>${num(answer.tolerance)}</tolerance>\n`))
        .join('');
      if (question.units.length === 0) return answers;
      const units = question.units.map(
        (unit) =>
          `  <unit>\n    <multiplier>${num(unit.multiplier)}</multiplier>\n    <unit_name>${escapeAttribute(unit.name)}</unit_name>\n  </unit>\n`,
      );
      return `${answers}<units>\n${units.join('')}</units>\n`;
    }
    case 'matching':
      return (
        `    <shuffleanswers>${bool(question.shuffleAnswers)}</shuffleanswers>\n` +
        writeCombinedFeedback(question.combinedFeedback) +
        question.subquestions
          .map((sub) => {
            const answer = `      <answer>\n${writeText(sub.answer, 4)}      </answer>\n`;
            return writeField('subquestion', sub.text).replace(/ {4}<\/subquestion>\n$/, `${answer}    </subquestion>\n`);
          })
          .join('')
      );
    case 'essay':
      return (
        line('responseformat', question.responseFormat) +
        line('responserequired', bit(question.responseRequired)) +
        line('responsefieldlines', question.responseFieldLines) +
        line('attachments', question.attachments) +
        line('attachmentsrequired', question.attachmentsRequired) +
        writeField('graderinfo', question.graderInfo) +
        writeField('responsetemplate', question.responseTemplate)
      );
    case 'ordering':
      return (
        line('layouttype', question.layoutType) +
        line('selecttype', question.selectType) +
        line('selectcount', question.selectCount) +
        line('gradingtype', question.gradingType) +
        line('showgrading', question.showGrading) +
        line('numberingstyle', question.numberingStyle) +
        writeCombinedFeedback(question.combinedFeedback) +
        // The plugin stores each item's place in the right order as its fraction.
        question.items.map((item, index) => writeAnswer({ text: item.text, fraction: (index + 1) / 100, feedback: item.feedback })).join('')
      );
    case 'description':
      return '';
  }
}

/** One `<question>` element, laid out as Moodle's own exporter writes it. */
export function writeQuestion(question: MoodleQuestion): string {
  return (
    `  <question type="${question.type}">\n    <name>\n${writeText(question.name, 3)}    </name>\n` +
    writeField('questiontext', question.questionText) +
    writeField('generalfeedback', question.generalFeedback) +
    line('defaultgrade', question.defaultMark) +
    line('penalty', question.penalty) +
    line('hidden', bit(question.hidden)) +
    line('idnumber', question.idNumber) +
    typeBody(question) +
    writeHints(question.hints) +
    writeTags(question.tags) +
    '  </question>\n'
  );
}

/** A `<question type="category">` switching the bank category for the questions after it. */
export function writeCategory(category: MoodleCategory): string {
  return (
    `  <question type="category">\n    <category>\n${writeText(category.path, 3)}    </category>\n` +
    writeField('info', category.info) +
    line('idnumber', category.idNumber) +
    '  </question>\n'
  );
}

/**
 * Writes a Moodle XML file. A category element goes before the first question
 * of each run of questions in that category (details from `categories` when
 * listed there); listed categories that no question uses come first.
 */
export function toMoodleXml(questions: readonly MoodleQuestion[], categories: readonly MoodleCategory[] = []): string {
  const details = new Map(categories.map((category) => [category.path, category]));
  const used = new Set(questions.flatMap((question) => (question.category === null ? [] : [question.category])));
  const parts = categories.filter((category) => !used.has(category.path)).map(writeCategory);
  let current: string | null = null;
  for (const question of questions) {
    if (question.category !== null && question.category !== current) {
      const category = details.get(question.category) ?? {
        path: question.category,
        info: { text: '', format: 'moodle_auto_format', files: [] },
        idNumber: '',
      };
      parts.push(writeCategory(category));
    }
    current = question.category;
    parts.push(writeQuestion(question));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.map((part) => `${part}\n`).join('')}</quiz>\n`;
}
