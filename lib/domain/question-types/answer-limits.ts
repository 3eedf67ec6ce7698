/**
 * Limits and counts the quiz form in the browser shares with the server's
 * checks. Kept free of schemas (zod) and grading, so the trainee's quiz page
 * does not download them.
 */

/** Longest short-answer text accepted, in UTF-16 code units. */
export const MAX_SHORT_ANSWER_LENGTH = 500;

/** Longest essay answer accepted, in UTF-16 code units. */
export const MAX_ESSAY_LENGTH = 20_000;

/** The number of words in a text, as the answer box counts them (any run of non-space characters). */
export function wordCount(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/u).length;
}
