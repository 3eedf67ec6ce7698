import { parseAnswerBlock } from './answers';
import { giftPlain } from '../question-types/gift-kit';
import { QUESTION_TYPES } from '../question-types/registry';
import { protect, unprotect } from './escapes';
import type { GiftError, GiftParseResult, ParsedQuestion } from './types';

/** A run of non-blank lines (comment lines left out), each with its 1-based line number. */
interface Block {
  lines: { line: number; text: string }[];
}

const CATEGORY = /^\s*\$CATEGORY:(.*)$/;
/** Most errors listed for one text; {@link GiftParseResult.moreErrors} counts the others. */
export const MAX_ERRORS = 100;

/** Where Moodle's "missing word" questions show the answer block inside the text. */
export const BLANK = '_____';

/** Splits the text at blank lines; lines starting with `//` are comments and are skipped. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      if (raw.trim() === '') {
        current = null;
        return;
      }
      if (raw.trimStart().startsWith('//')) return;
      if (!current) {
        current = { lines: [] };
        blocks.push(current);
      }
      current.lines.push({ line: index + 1, text: raw });
    });
  return blocks;
}

/** The protected text of a block and a way to turn an offset in it back into a file line. */
function blockText(lines: Block['lines']) {
  const text = protect(lines.map((entry) => entry.text).join('\n'));
  const lineAt = (offset: number) => {
    const breaks = text.slice(0, Math.max(0, offset)).split('\n').length - 1;
    return lines[Math.min(breaks, lines.length - 1)]?.line ?? 0;
  };
  return { text, lineAt };
}

type QuestionOutcome = { question: ParsedQuestion } | { errors: GiftError[] };

/** Parses one question's text (title, format marker, prompt and its one answer block). */
function parseQuestion(lines: Block['lines'], category: string | null): QuestionOutcome {
  const { text, lineAt } = blockText(lines);
  const line = lines[0]?.line ?? 0;
  let rest = text.trimStart();
  let offset = text.length - rest.length;
  let title: string | null = null;
  if (rest.startsWith('::')) {
    const close = rest.indexOf('::', 2);
    if (close < 0) return { errors: [{ line, message: 'the question name starting with :: is not closed with ::' }] };
    title = unprotect(rest.slice(2, close)).trim() || null;
    offset += close + 2;
    rest = rest.slice(close + 2);
  }
  const named = title === null ? {} : { title };
  const error = (at: number, message: string): QuestionOutcome => ({ errors: [{ line: lineAt(at), message, ...named }] });
  const open = rest.indexOf('{');
  const close = rest.indexOf('}', open);
  // No braces at all: Moodle's description item (text only), the type that reads a bare question.
  const bare = QUESTION_TYPES.find((module) => module.gift.bare)?.type;
  if (bare && open < 0 && rest.indexOf('}') < 0) {
    const prompt = giftPlain(rest);
    if (prompt === '') return error(offset, 'the question text is empty');
    return { question: { line, title, category, type: bare, prompt, explanation: '', options: [] } };
  }
  const nextOpen = rest.indexOf('{', open + 1);
  if (open < 0 || close < 0 || (nextOpen >= 0 && nextOpen < close)) {
    return error(offset + Math.max(open, 0), 'unclosed brace: this answer block has no closing }');
  }
  const after = rest.slice(close + 1);
  if (after.includes('{')) {
    return error(offset + close + 1 + after.indexOf('{'), 'a question has one answer block: separate questions with a blank line');
  }
  // As Moodle: text after the block makes a missing-word question, the block
  // replaced by the blank exactly where it stood (no space added).
  const blank = after.trim() === '' ? '' : BLANK;
  const prompt = giftPlain(`${rest.slice(0, open)}${blank}${after}`);
  if (prompt === '') return error(offset, 'the question text is empty');
  const answers = parseAnswerBlock(rest.slice(open + 1, close), offset + open + 1);
  if (!answers.ok) {
    return { errors: answers.problems.map((problem) => ({ line: lineAt(problem.offset), message: problem.message, ...named })) };
  }
  const { type, options, explanation } = answers;
  return { question: { line, title, category, type, prompt, explanation, options } };
}

/**
 * Parses Moodle GIFT text into questions of our types. Everything Moodle
 * documents is read: `//` comment lines, `$CATEGORY:` lines, `::title::`
 * names, `[markdown]` / `[html]` / `[plain]` / `[moodle]` markers (stripped
 * wherever Moodle strips them: text, answers, feedback; text is kept as
 * plain text; `[HTML]` in capitals is text, as in Moodle), the escapes `\~ \= \# \{ \} \: \\` and `\n`,
 * answers `=right` and `~wrong` with `%n%` weights and `#feedback`,
 * `####general feedback` (our explanation; split at the last `####`), `{T}` / `{FALSE}` true/false,
 * short answers (only `=` answers), matching (`=left -> right`) and "missing
 * word" questions (text after the answer block; the prompt shows `_____`).
 * numerical answers (`{#3.14:0.01}`, `{#1..5}`, several `=` answers with
 * weights, `~#` feedback for any other number) and description items (text
 * with no answer block). Questions are separated by blank lines. A question
 * that cannot be used (essay, or malformed) becomes an error with its line,
 * and parsing goes on with the next one; after {@link MAX_ERRORS} errors only
 * their number is kept. Never throws.
 */
export function parseGift(source: string): GiftParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: GiftError[] = [];
  let more = 0;
  let category: string | null = null;
  for (const block of splitBlocks(source)) {
    let lines = block.lines;
    const heading = CATEGORY.exec(lines[0]?.text ?? '');
    if (heading) {
      category = (heading[1] ?? '').trim() || null;
      lines = lines.slice(1);
      if (lines.length === 0) continue;
    }
    const outcome = parseQuestion(lines, category);
    if ('question' in outcome) questions.push(outcome.question);
    else {
      // A file of junk yields an error per block: keep the first ones, count the rest.
      const room = Math.max(0, MAX_ERRORS - errors.length);
      errors.push(...outcome.errors.slice(0, room));
      more += Math.max(0, outcome.errors.length - room);
    }
  }
  return more > 0 ? { questions, errors, moreErrors: more } : { questions, errors };
}
