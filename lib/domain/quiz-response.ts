import type { OptionSnapshot, QuestionSnapshot } from '@/db/schema/versions';

/**
 * A trainee's answer to one question, tagged with the question's type.
 * `optionKey: null` means "no choice made"; matching `pairs` map a left
 * option key to the chosen right-hand text; ordering lists option keys.
 * Build one from untrusted input with {@link parseResponse}; grading lives in
 * `./grading`, which re-exports everything here.
 */
export type QuizResponse =
  | { type: 'single'; optionKey: string | null }
  | { type: 'truefalse'; optionKey: string | null }
  | { type: 'multiple'; optionKeys: string[] }
  | { type: 'short'; text: string }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'ordering'; order: string[] };

/** Longest short-answer text accepted, in UTF-16 code units. */
export const MAX_SHORT_ANSWER_LENGTH = 500;

/** What {@link parseResponse} returns: a response, or why the input was refused. */
export type ParsedResponse = QuizResponse | { error: string };
type Fields = Record<string, unknown>;

/** The left-hand items of a matching question: options with a right-hand `match`. */
export function matchingItems(question: QuestionSnapshot): OptionSnapshot[] {
  return question.options.filter((option) => option.match !== null);
}

/** The distinct right-hand texts of a matching question, in authoring order. */
export function matchingChoices(question: QuestionSnapshot): string[] {
  return [...new Set(matchingItems(question).map((option) => option.match as string))];
}

function isFields(raw: unknown): raw is Fields {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function checkKeys(question: QuestionSnapshot, keys: string[]): string | null {
  const known = new Set(question.options.map((option) => option.key));
  const unknown = keys.find((key) => !known.has(key));
  if (unknown !== undefined) return `unknown option "${unknown}"`;
  return new Set(keys).size === keys.length ? null : 'an option is listed twice';
}

function parseChoice(question: QuestionSnapshot, fields: Fields, type: 'single' | 'truefalse'): ParsedResponse {
  const { optionKey } = fields;
  if (optionKey === null) return { type, optionKey: null };
  if (typeof optionKey !== 'string') return { error: 'optionKey must be a string or null' };
  const error = checkKeys(question, [optionKey]);
  return error ? { error } : { type, optionKey };
}

function parseMultiple(question: QuestionSnapshot, fields: Fields): ParsedResponse {
  const { optionKeys } = fields;
  if (!isStringArray(optionKeys)) return { error: 'optionKeys must be an array of strings' };
  const error = checkKeys(question, optionKeys);
  return error ? { error } : { type: 'multiple', optionKeys: [...optionKeys] };
}

function parseShort(fields: Fields): ParsedResponse {
  const { text } = fields;
  if (typeof text !== 'string') return { error: 'text must be a string' };
  if (text.length > MAX_SHORT_ANSWER_LENGTH) return { error: `text is longer than ${MAX_SHORT_ANSWER_LENGTH} characters` };
  return { type: 'short', text };
}

function parseMatching(question: QuestionSnapshot, fields: Fields): ParsedResponse {
  const { pairs } = fields;
  if (!isFields(pairs)) return { error: 'pairs must be an object' };
  const lefts = new Set(matchingItems(question).map((option) => option.key));
  const rights = new Set(matchingChoices(question));
  const entries: [string, string][] = [];
  for (const [left, right] of Object.entries(pairs)) {
    if (!lefts.has(left)) return { error: `unknown matching item "${left}"` };
    if (typeof right !== 'string') return { error: `the choice for "${left}" must be a string` };
    if (right === '') continue; // an untouched <select>: no choice made for this item
    if (!rights.has(right)) return { error: `"${right}" is not one of the choices` };
    entries.push([left, right]);
  }
  return { type: 'matching', pairs: Object.fromEntries(entries) };
}

function parseOrdering(question: QuestionSnapshot, fields: Fields): ParsedResponse {
  const { order } = fields;
  if (!isStringArray(order)) return { error: 'order must be an array of strings' };
  const error = checkKeys(question, order);
  if (error) return { error };
  if (order.length !== question.options.length) return { error: 'order must list every item exactly once' };
  return { type: 'ordering', order: [...order] };
}

/**
 * Checks untrusted input (a parsed form or JSON body) against one question
 * and returns a typed {@link QuizResponse} or `{ error }`. The input must be
 * an object with the field of the question's type (`optionKey`,
 * `optionKeys`, `text`, `pairs` or `order`); a `type` field is optional but,
 * when present, must equal the question's type. Rejected: wrong shapes,
 * option keys the question does not have, keys listed twice, short answers
 * over 500 characters, matching items or choices the question does not have
 * (an empty-string choice means "not chosen" and is dropped), and an order
 * that is not a permutation of the question's option keys.
 */
export function parseResponse(question: QuestionSnapshot, raw: unknown): ParsedResponse {
  if (!isFields(raw)) return { error: 'the response must be an object' };
  if (raw.type !== undefined && raw.type !== question.type) return { error: `expected a ${question.type} response` };
  switch (question.type) {
    case 'single':
    case 'truefalse':
      return parseChoice(question, raw, question.type);
    case 'multiple':
      return parseMultiple(question, raw);
    case 'short':
      return parseShort(raw);
    case 'matching':
      return parseMatching(question, raw);
    case 'ordering':
      return parseOrdering(question, raw);
  }
}
