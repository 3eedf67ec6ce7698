/** Small helpers several question types share. */
import type { OptionData, QuestionSnapshot } from '../quiz-snapshot';
import type { FormIssue, GiftProblem, GiftRead } from './types';

/** Longest text of one choice, answer, pair side or item in the builder. */
export const TEXT_MAX = 500;

/** An option with the defaults for the fields a type does not use. */
export function option(text: string, correct: boolean, extra: Partial<OptionData> = {}): OptionData {
  return { text, correct, weight: null, match: null, feedback: '', ...extra };
}

/** The text of a question's option, or '' for a key it does not have. */
export function optionText(question: QuestionSnapshot, key: string): string {
  return question.options.find((o) => o.key === key)?.text ?? '';
}

/** Whether untrusted input is an array of strings. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Why `keys` cannot be the question's option keys (unknown, or listed twice), or null. */
export function checkKeys(question: QuestionSnapshot, keys: string[]): string | null {
  const known = new Set(question.options.map((o) => o.key));
  const unknown = keys.find((key) => !known.has(key));
  if (unknown !== undefined) return `unknown option "${unknown}"`;
  return new Set(keys).size === keys.length ? null : 'an option is listed twice';
}

/** Blank, too long and repeated texts of a list of builder rows; `same` says when two texts are the same. */
export function textIssues(
  list: string[],
  field: string,
  blankKey: string,
  duplicateKey: string,
  same = (a: string) => a.trim(),
): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Set<string>();
  list.forEach((text, index) => {
    const path = `${field}.${index}`;
    if (text.trim() === '') issues.push({ field: path, key: blankKey });
    else if (text.length > TEXT_MAX) issues.push({ field: path, key: 'text-too-long', values: { max: TEXT_MAX } });
    else if (seen.has(same(text))) issues.push({ field: path, key: duplicateKey, values: { text: text.trim() } });
    seen.add(same(text));
  });
  return issues;
}

/** A GIFT read that failed with one problem. */
export const giftFail = (offset: number, message: string): GiftRead => ({ ok: false, problems: [{ offset, message }] });

/** The first value that repeats, ignoring case, or null. */
export function duplicate(values: string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) return value;
    seen.add(key);
  }
  return null;
}

/** Whether a block is written as `=`/`~` answers (the syntax of every type but true/false). */
export const isAnswerList = (body: string) => /^[=~]/.test(body);

/** Whether splitting a block's answers failed. */
export const isProblem = (value: unknown): value is GiftProblem => !Array.isArray(value);
