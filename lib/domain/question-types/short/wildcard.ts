/**
 * Short-answer matching as Moodle's `qtype_shortanswer` does it
 * (`compare_string_with_wildcard`): in an accepted answer, a run of
 * unescaped `*` matches any text (also none), `\*` is a literal star, every
 * other character stands for itself. Answers match case-insensitively unless
 * the question says case matters (Moodle's `usecase`). Both sides are first
 * normalised as {@link normaliseAnswer} says, keeping case when it matters.
 */

/** Marks a short answer's options (in `match`) as compared with case: Moodle's `usecase`. */
export const CASE_SENSITIVE = 'case-sensitive';

/**
 * Text as compared for short answers: Unicode NFKC (full-width letters equal
 * ASCII ones), trimmed, inner whitespace collapsed to one space, and
 * locale-independent lower case unless `keepCase`.
 */
export function normaliseAnswer(text: string, keepCase = false): string {
  const spaced = text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return keepCase ? spaced : spaced.toLowerCase();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a response matches an accepted answer, with Moodle's `*` wildcard and `\*` literal star. */
export function matchesAnswer(answer: string, response: string, caseSensitive = false): boolean {
  const pattern = normaliseAnswer(answer, caseSensitive);
  const text = normaliseAnswer(response, caseSensitive);
  // Moodle splits at runs of unescaped stars ("**" is one wildcard), then reads "\*" as a star.
  const bits = pattern.split(/(?<!\\)\*+/u).map((bit) => escapeRegExp(bit.replaceAll('\\*', '*')));
  if (bits.length === 1) return bits[0] === escapeRegExp(text);
  return new RegExp(`^${bits.join('.*')}$`, 'su').test(text);
}

/** An accepted answer as a trainee would type it: `\*` is shown as the star it stands for (Moodle's correct response). */
export function shownAnswer(text: string): string {
  return text.replaceAll('\\*', '*');
}
