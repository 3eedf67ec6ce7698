import { escapeGift } from './escapes';
import type { GiftOption, GiftQuestion } from './types';

const FORMAT_LIKE = /^\s*\[(markdown|html|plain|moodle)\]/i;

/** A percentage as GIFT writes it: at most 5 decimals, no trailing zeros. */
function percent(weight: number): string {
  return `%${Number(weight.toFixed(5))}%`;
}

function feedback(option: GiftOption): string {
  return option.feedback.trim() === '' ? '' : `#${escapeGift(option.feedback.trim())}`;
}

function choice(marker: '=' | '~', option: GiftOption, weight: number | null = option.weight): string {
  return `${marker}${weight === null ? '' : percent(weight)}${escapeGift(option.text)}${feedback(option)}`;
}

/**
 * Our multiple choice without weights scores selected right / all right −
 * selected wrong / all wrong (never below 0). The same grading in GIFT gives
 * each right answer 100/right % and each wrong one −100/wrong %.
 */
function multipleLines(options: GiftOption[]): string[] {
  if (options.some((option) => option.weight !== null)) return options.map((option) => choice('~', option));
  const right = options.filter((option) => option.correct).length;
  const wrong = options.length - right;
  return options.map((option) => choice('~', option, option.correct ? 100 / right : -100 / wrong));
}

function trueFalse(question: GiftQuestion): string {
  const truth = question.options.find((option) => option.text === 'True') ?? question.options[0];
  const answer = truth?.correct ?? true;
  const right = question.options.find((option) => option.correct)?.feedback.trim() ?? '';
  const wrong = question.options.find((option) => !option.correct)?.feedback.trim() ?? '';
  const feedbacks = right !== '' ? `#${escapeGift(wrong)}#${escapeGift(right)}` : wrong !== '' ? `#${escapeGift(wrong)}` : '';
  return `${answer ? 'TRUE' : 'FALSE'}${feedbacks}`;
}

function answerLines(question: GiftQuestion): string[] {
  switch (question.type) {
    case 'single':
      return question.options.map((option) => choice(option.correct ? '=' : '~', option));
    case 'multiple':
      return multipleLines(question.options);
    case 'short':
      return question.options.map((option) => choice('=', option, null));
    case 'matching':
      return question.options.map((option) => `=${escapeGift(option.text)} -> ${escapeGift(option.match ?? '')}`);
    case 'truefalse':
    case 'ordering':
      return [];
  }
}

function questionText(question: GiftQuestion): string {
  const title = question.title ? `::${escapeGift(question.title)}::` : '';
  const prompt = question.prompt.trim();
  // A prompt that looks like a format marker or a comment keeps its meaning behind an explicit [plain].
  const marker = FORMAT_LIKE.test(prompt) || (title === '' && prompt.startsWith('//')) ? '[plain]' : '';
  const explanation = question.explanation.trim() === '' ? '' : `####${escapeGift(question.explanation.trim())}`;
  if (question.type === 'truefalse') return `${title}${marker}${escapeGift(prompt)} {${trueFalse(question)}${explanation}}`;
  const lines = answerLines(question).map((line) => `\t${line}`);
  if (explanation !== '') lines.push(`\t${explanation}`);
  return `${title}${marker}${escapeGift(prompt)} {\n${lines.join('\n')}\n}`;
}

/** A one-line comment naming a question GIFT cannot express. */
function unsupported(question: GiftQuestion): string {
  return `// ${question.type} question "${question.prompt.replace(/\s+/g, ' ').trim()}" cannot be expressed in GIFT`;
}

/**
 * Writes questions as GIFT, one block per question, blank-line separated, with
 * a `$CATEGORY:` line whenever the category changes. Text is escaped; line
 * breaks become `\n`. Ordering questions have no GIFT form and are written as
 * a comment naming them. Points are not part of GIFT and are not written.
 * `parseGift(toGift(questions))` gives the same questions back, except that a
 * multiple choice without weights comes back with the weights that grade it
 * the same way.
 */
export function toGift(questions: readonly GiftQuestion[]): string {
  const blocks: string[] = [];
  let category: string | null = null;
  for (const question of questions) {
    if (question.category !== null && question.category !== category) {
      blocks.push(`$CATEGORY: ${question.category.replace(/\s+/g, ' ').trim()}`);
      category = question.category;
    }
    blocks.push(question.type === 'ordering' ? unsupported(question) : questionText(question));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
