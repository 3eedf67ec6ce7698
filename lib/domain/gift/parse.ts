import { parseAnswerBlock } from './answers';
import { protect, unprotect } from './escapes';
import type { GiftError, GiftParseResult, ParsedQuestion } from './types';

/** A run of non-blank lines (comment lines left out), each with its 1-based line number. */
interface Block {
  lines: { line: number; text: string }[];
}

const FORMAT = /^\s*\[(markdown|html|plain|moodle)\]/i;
const CATEGORY = /^\s*\$CATEGORY:(.*)$/;
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
  if (open < 0) return error(offset, 'description items (text without an answer block {…}) are not supported');
  const close = rest.indexOf('}', open);
  const nextOpen = rest.indexOf('{', open + 1);
  if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
    return error(offset + open, 'unclosed brace: this answer block has no closing }');
  }
  const after = rest.slice(close + 1);
  if (after.includes('{')) {
    return error(offset + close + 1 + after.indexOf('{'), 'a question has one answer block: separate questions with a blank line');
  }
  const before = unprotect(rest.slice(0, open).replace(FORMAT, '')).trim();
  const tail = unprotect(after).trim();
  const prompt = tail === '' ? before : `${before} ${BLANK} ${tail}`.trim();
  if (before === '' && tail === '') return error(offset, 'the question text is empty');
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
 * names, `[markdown]` / `[html]` / `[plain]` / `[moodle]` markers (stripped:
 * text is kept as plain text), the escapes `\~ \= \# \{ \} \: \\` and `\n`,
 * answers `=right` and `~wrong` with `%n%` weights and `#feedback`,
 * `####general feedback` (our explanation), `{T}` / `{FALSE}` true/false,
 * short answers (only `=` answers), matching (`=left -> right`) and "missing
 * word" questions (text after the answer block; the prompt shows `_____`).
 * Questions are separated by blank lines. A question that cannot be used
 * (numerical, essay, description, or malformed) becomes an error with its
 * line, and parsing goes on with the next one. Never throws.
 */
export function parseGift(source: string): GiftParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: GiftError[] = [];
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
    else errors.push(...outcome.errors);
  }
  return { questions, errors };
}
