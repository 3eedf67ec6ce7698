import { questionType } from '../question-types/registry';
import type { GiftWrite } from '../question-types/types';
import { giftText } from '../question-types/gift-kit';
import { escapeGift } from './escapes';
import type { GiftQuestion } from './types';

const FORMAT_LIKE = /^\s*\[(markdown|html|plain|moodle)\]/i;

function questionText(question: GiftQuestion, answers: GiftWrite): string {
  const title = question.title ? `::${escapeGift(question.title)}::` : '';
  const prompt = question.prompt.trim();
  // A prompt that looks like a format marker or a comment keeps its meaning behind an explicit [plain].
  const marker = FORMAT_LIKE.test(prompt) || (title === '' && prompt.startsWith('//')) ? '[plain]' : '';
  const explanation = question.explanation.trim() === '' ? '' : `####${giftText(question.explanation.trim())}`;
  if ('textOnly' in answers) return `${title}${marker}${escapeGift(prompt)}`;
  if ('inline' in answers) return `${title}${marker}${escapeGift(prompt)} {${answers.inline}${explanation}}`;
  const lines = answers.lines.map((line) => `\t${line}`);
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
 * breaks become `\n`. Each type writes its own answers; a type with no GIFT
 * form (ordering) is written as a comment naming the question. Points are
 * not part of GIFT and are not written.
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
    const answers = questionType(question.type).gift.write(question.options);
    blocks.push(answers ? questionText(question, answers) : unsupported(question));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
