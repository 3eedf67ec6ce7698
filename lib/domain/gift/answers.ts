import { QUESTION_TYPES } from '../question-types/registry';
import type { GiftAnswer, GiftBlock, GiftProblem } from '../question-types/types';
import type { QuestionType } from '../quiz-snapshot';
import { giftPlain } from '../question-types/gift-kit';
import type { GiftOption } from './types';

/** What an answer block `{…}` holds, or why it cannot be used. Text is still protected (see escapes.ts). */
export type AnswerBlock =
  | { ok: true; type: QuestionType; options: GiftOption[]; explanation: string }
  | { ok: false; problems: GiftProblem[] };

const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;

const fail = (offset: number, message: string): AnswerBlock => ({ ok: false, problems: [{ offset, message }] });
const plain = giftPlain;

/** Splits `=a#fb ~%50%b` into answers at every (unescaped) `=` and `~`. */
function splitAnswers(body: string, start: number): GiftAnswer[] | GiftProblem {
  const answers: GiftAnswer[] = [];
  const markers = [...body.matchAll(/[=~]/g)].map((match) => match.index);
  for (const [index, at] of markers.entries()) {
    const chunk = body.slice(at + 1, markers[index + 1] ?? body.length);
    const offset = start + at;
    let rest = chunk;
    let weight: number | null = null;
    const weighted = WEIGHT.exec(chunk);
    if (weighted) {
      weight = Number(weighted[1]);
      rest = chunk.slice(weighted[0].length);
    } else if (chunk.trimStart().startsWith('%')) {
      return { offset, message: 'malformed weight: write a percentage such as %50% or %-25%' };
    }
    if (weight !== null && (weight < -100 || weight > 100)) return { offset, message: `weight ${weight}% is outside -100% to 100%` };
    const hash = rest.indexOf('#');
    const text = plain(hash < 0 ? rest : rest.slice(0, hash));
    if (text === '') return { offset, message: `answer ${index + 1} is empty` };
    answers.push({ offset, marker: body[at] as '=' | '~', weight, text, feedback: hash < 0 ? '' : plain(rest.slice(hash + 1)) });
  }
  return answers;
}

/** Why no type could read the block (an empty block is an essay, read by its type). */
function unread(block: GiftBlock): AnswerBlock {
  return fail(block.at, 'unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F');
}

/**
 * Reads the inside of an answer block: the first question type whose GIFT
 * reader recognises its syntax reads it (the readers' syntaxes do not
 * overlap). `start` is the block's offset in the question text, so problems
 * can be placed on their line.
 */
export function parseAnswerBlock(inside: string, start: number): AnswerBlock {
  // Moodle splits at the last `####`: earlier ones belong to the answers.
  const general = inside.lastIndexOf('####');
  const raw = general < 0 ? inside : inside.slice(0, general);
  const explanation = general < 0 ? '' : plain(inside.slice(general + 4));
  const body = raw.trim();
  const at = body === '' ? start : start + raw.indexOf(body.charAt(0));
  let split: GiftAnswer[] | GiftProblem | undefined;
  const block: GiftBlock = { body, at, explanation, answers: () => (split ??= splitAnswers(raw, start)) };
  for (const type of QUESTION_TYPES) {
    const read = type.gift.read?.(block);
    if (read) return read.ok ? { ...read, explanation } : read;
  }
  return unread(block);
}
