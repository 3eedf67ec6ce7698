/**
 * Rules for questions kept in question banks and copied into quizzes:
 * the content hash that makes a GIFT import idempotent, and question keys
 * that are readable slugs, unique where they must be.
 */
import type { QuestionType } from './quiz-snapshot';
import { canonicalJson, sha256 } from '@/lib/content/canonical-json';
import { earnsMarks } from './question-types/registry';

/** What defines a question's content; its key, title, position and points do not. */
export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  explanation: string;
  options: { text: string; correct: boolean; weight: number | null; match: string | null; feedback: string }[];
}

/**
 * A hash of the question's content. Two questions with the same type, prompt,
 * explanation and options (in order) have the same hash, so importing the same
 * GIFT text twice adds nothing the second time.
 */
export function questionContentHash(question: QuestionContent): string {
  const { type, prompt, explanation } = question;
  const options = question.options.map(({ text, correct, weight, match, feedback }) => ({ text, correct, weight, match, feedback }));
  return sha256(canonicalJson({ type, prompt, explanation, options }));
}

const MAX_BASE = 60;

/**
 * A lowercase kebab-case slug from any text (accents dropped, other scripts
 * left out); 'question' when nothing usable is left. At most 60 characters,
 * cut at a hyphen, so a numeric suffix still fits the 80-character key limit.
 */
export function keyBase(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'question';
  if (slug.length <= MAX_BASE) return slug;
  const cut = slug.slice(0, MAX_BASE);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 10 ? cut.slice(0, hyphen) : cut;
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`; the chosen key is added to `taken`. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** The points of a question imported from GIFT, which has none: 1, as Moodle's default mark; 0 for a type without marks (a description), as Moodle. */
export function importedPoints(type: QuestionType): number {
  return earnsMarks(type) ? 1 : 0;
}
