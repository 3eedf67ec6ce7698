import type { QuestionType } from '@/db/schema/content';
import { unprotect } from './escapes';
import type { GiftOption } from './types';

/** What an answer block `{…}` holds, or why it cannot be used. Text is still protected (see escapes.ts). */
export type AnswerBlock =
  | { ok: true; type: QuestionType; options: GiftOption[]; explanation: string }
  | { ok: false; problems: { offset: number; message: string }[] };

/** One `=` or `~` answer, split into its parts. `offset` is where its marker stands in the block. */
interface RawAnswer {
  offset: number;
  marker: '=' | '~';
  weight: number | null;
  text: string;
  feedback: string;
}

const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;
const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/i;
const tolerance = 0.01;

const fail = (offset: number, message: string): AnswerBlock => ({ ok: false, problems: [{ offset, message }] });
const plain = (text: string) => unprotect(text).trim();
const option = (text: string, correct: boolean, extra: Partial<GiftOption> = {}): GiftOption => ({
  text,
  correct,
  weight: null,
  match: null,
  feedback: '',
  ...extra,
});

/** Splits `=a#fb ~%50%b` into answers at every (unescaped) `=` and `~`. */
function splitAnswers(body: string, start: number): RawAnswer[] | { offset: number; message: string } {
  const answers: RawAnswer[] = [];
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

function duplicate(values: string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) return value;
    seen.add(key);
  }
  return null;
}

function trueFalse(body: string, start: number, explanation: string): AnswerBlock {
  const [answer = '', wrong = '', right = '', ...extra] = body.split('#');
  if (extra.length > 0)
    return fail(start, 'a true/false answer takes at most two feedbacks: {T#wrong answer feedback#right answer feedback}');
  const isTrue = /^T/i.test(answer.trim());
  const [trueFeedback, falseFeedback] = isTrue ? [plain(right), plain(wrong)] : [plain(wrong), plain(right)];
  const options = [option('True', isTrue, { feedback: trueFeedback }), option('False', !isTrue, { feedback: falseFeedback })];
  return { ok: true, type: 'truefalse', options, explanation };
}

function matching(answers: RawAnswer[], explanation: string): AnswerBlock {
  const problems: { offset: number; message: string }[] = [];
  const options: GiftOption[] = [];
  for (const answer of answers) {
    const arrow = answer.text.indexOf('->');
    const left = answer.text.slice(0, Math.max(arrow, 0)).trim();
    const right = answer.text.slice(arrow + 2).trim();
    if (answer.marker !== '=' || arrow < 0)
      problems.push({ offset: answer.offset, message: 'every matching pair is written =left -> right' });
    else if (left === '')
      problems.push({ offset: answer.offset, message: 'matching distractors (a pair with no left side) are not supported' });
    else if (right === '') problems.push({ offset: answer.offset, message: `the pair "${left}" has no right side` });
    else if (answer.weight !== null || answer.feedback !== '') {
      problems.push({ offset: answer.offset, message: 'matching pairs cannot have weights or feedback' });
    } else options.push(option(left, true, { match: right }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const offset = answers[0]?.offset ?? 0;
  if (options.length < 2) return fail(offset, `a matching question needs at least 2 pairs (found ${options.length})`);
  const twice = duplicate(options.map((o) => o.text)) ?? duplicate(options.map((o) => o.match ?? ''));
  if (twice !== null) return fail(offset, `"${twice}" appears in two pairs: each side of a pair must be unique`);
  return { ok: true, type: 'matching', options, explanation };
}

function shortAnswer(answers: RawAnswer[], explanation: string): AnswerBlock {
  const partial = answers.find((answer) => answer.weight !== null && answer.weight !== 100);
  if (partial) return fail(partial.offset, 'partial credit for a short answer is not supported: every accepted answer is worth 100%');
  const twice = duplicate(answers.map((answer) => answer.text));
  if (twice !== null) return fail(answers[0]?.offset ?? 0, `the accepted answer "${twice}" is listed twice`);
  const options = answers.map((answer) => option(answer.text, true, { feedback: answer.feedback }));
  return { ok: true, type: 'short', options, explanation };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const percent = (value: number) => `${Number(value.toFixed(5))}%`;

/**
 * Multiple choice, as Moodle reads it: with an `=` answer it is single-select
 * (one answer worth 100%, others may carry partial or negative weights);
 * several `=` answers without weights become our multiple choice (tick every
 * right answer). Without `=` it is multiple-answer: the positive weights of
 * the right answers must add up to 100%.
 */
function multipleChoice(answers: RawAnswer[], explanation: string): AnswerBlock {
  const offset = answers[0]?.offset ?? 0;
  if (answers.length < 2) return fail(offset, 'a multiple-choice question needs at least 2 answers');
  const twice = duplicate(answers.map((answer) => answer.text));
  if (twice !== null) return fail(offset, `the answer "${twice}" is listed twice`);
  const effective = answers.map((answer) => answer.weight ?? (answer.marker === '=' ? 100 : 0));
  const toOption = (answer: RawAnswer, correct: boolean) =>
    option(answer.text, correct, { weight: answer.weight, feedback: answer.feedback });
  const explicit = answers.some((answer) => answer.weight !== null);
  if (answers.some((answer) => answer.marker === '=')) {
    const full = effective.filter((weight) => Math.abs(weight - 100) < tolerance).length;
    if (full === 1) {
      const options = answers.map((answer, index) => toOption(answer, Math.abs((effective[index] ?? 0) - 100) < tolerance));
      return { ok: true, type: 'single', options, explanation };
    }
    if (full === 0) return fail(offset, 'no answer is worth 100%: mark the right answer with = and no weight');
    if (explicit)
      return fail(offset, 'several answers are worth 100% alongside % weights: give the right answers weights that add up to 100%');
    return { ok: true, type: 'multiple', options: answers.map((answer) => toOption(answer, answer.marker === '=')), explanation };
  }
  const positive = effective.filter((weight) => weight > 0);
  if (positive.length === 0) return fail(offset, 'no right answer: mark it with = or give right answers weights such as ~%50%');
  if (Math.abs(sum(positive) - 100) > tolerance) {
    return fail(offset, `the right answers' weights add up to ${percent(sum(positive))}; they must add up to 100%`);
  }
  return {
    ok: true,
    type: 'multiple',
    options: answers.map((answer, index) => toOption(answer, (effective[index] ?? 0) > 0)),
    explanation,
  };
}

/**
 * Reads the inside of an answer block. `start` is the block's offset in the
 * question text, so problems can be placed on their line.
 */
export function parseAnswerBlock(inside: string, start: number): AnswerBlock {
  const general = inside.indexOf('####');
  const body = general < 0 ? inside : inside.slice(0, general);
  const explanation = general < 0 ? '' : plain(inside.slice(general + 4));
  const trimmed = body.trim();
  const at = start + body.indexOf(trimmed.charAt(0));
  if (trimmed === '') return fail(start, 'essay questions (an empty answer block {}) are not supported');
  if (trimmed.startsWith('#')) return fail(at, 'numerical questions are not supported');
  if (TRUE_FALSE.test(trimmed.split('#')[0]?.trim() ?? '')) return trueFalse(trimmed, at, explanation);
  if (!/^[=~]/.test(trimmed)) return fail(at, 'unrecognised answers: start each answer with = (right) or ~ (wrong), or write T or F');
  const answers = splitAnswers(body, start);
  if (!Array.isArray(answers)) return { ok: false, problems: [answers] };
  if (answers.some((answer) => answer.text.includes('->'))) return matching(answers, explanation);
  if (answers.every((answer) => answer.marker === '=')) return shortAnswer(answers, explanation);
  return multipleChoice(answers, explanation);
}
