/**
 * Matching: pair each left-hand item (an option) with its right-hand text
 * (`match`). The share is the items paired with their own right text over
 * all items. Trainees pick from the distinct right texts, always shuffled and
 * never listed aligned with the items.
 */
import { z } from 'zod';
import { escapeGift } from '../../gift/escapes';
import type { OptionSnapshot, QuestionSnapshot } from '../../quiz-snapshot';
import { avoidOrder, seededShuffle } from '../../seeded-shuffle';
import { questionFileBase, requiredText, uniqueBy } from '../file-schema';
import { duplicate, giftFail, isAnswerList, isProblem, option, optionText, textIssues } from '../kit';
import type { FormIssue, GiftBlock, GiftProblem, GiftRead, QuestionForm, QuestionTypeModule } from '../types';

export interface MatchingResponse {
  type: 'matching';
  /** Left option key → the chosen right-hand text. */
  pairs: Record<string, string>;
}

const MIN_PAIRS = 2;

const pairSchema = z.strictObject({ left: requiredText, right: requiredText });
const fileSchema = z.strictObject({
  ...questionFileBase,
  type: z.literal('matching'),
  pairs: z
    .array(pairSchema)
    .min(2, 'give at least 2 pairs')
    .superRefine(uniqueBy<{ left: string }>('left side', (pair) => pair.left))
    .superRefine(uniqueBy<{ right: string }>('right side', (pair) => pair.right)),
});

/** The left-hand items of a matching question: options with a right-hand `match`. */
export function matchingItems(question: QuestionSnapshot): OptionSnapshot[] {
  return question.options.filter((o) => o.match !== null);
}

/** The distinct right-hand texts of a matching question, in authoring order. */
export function matchingChoices(question: QuestionSnapshot): string[] {
  return [...new Set(matchingItems(question).map((o) => o.match as string))];
}

function parsePairs(question: QuestionSnapshot, pairs: unknown) {
  if (typeof pairs !== 'object' || pairs === null || Array.isArray(pairs)) return { error: 'pairs must be an object' };
  const lefts = new Set(matchingItems(question).map((o) => o.key));
  const rights = new Set(matchingChoices(question));
  const entries: [string, string][] = [];
  for (const [left, right] of Object.entries(pairs)) {
    if (!lefts.has(left)) return { error: `unknown matching item "${left}"` };
    if (typeof right !== 'string') return { error: `the choice for "${left}" must be a string` };
    if (right === '') continue; // an untouched <select>: no choice made for this item
    if (!rights.has(right)) return { error: `"${right}" is not one of the choices` };
    entries.push([left, right]);
  }
  return { type: 'matching' as const, pairs: Object.fromEntries(entries) };
}

/** `=left -> right` answers, at least 2, each side unique; no distractors, weights or feedback. */
function read(block: GiftBlock): GiftRead | null {
  if (!isAnswerList(block.body)) return null;
  const answers = block.answers();
  if (isProblem(answers)) return { ok: false, problems: [answers] };
  if (!answers.some((a) => a.text.includes('->'))) return null;
  const problems: GiftProblem[] = [];
  const options = [];
  for (const a of answers) {
    const arrow = a.text.indexOf('->');
    const left = a.text.slice(0, Math.max(arrow, 0)).trim();
    const right = a.text.slice(arrow + 2).trim();
    if (a.marker !== '=' || arrow < 0) problems.push({ offset: a.offset, message: 'every matching pair is written =left -> right' });
    else if (left === '') problems.push({ offset: a.offset, message: 'matching distractors (a pair with no left side) are not supported' });
    else if (right === '') problems.push({ offset: a.offset, message: `the pair "${left}" has no right side` });
    else if (a.weight !== null || a.feedback !== '')
      problems.push({ offset: a.offset, message: 'matching pairs cannot have weights or feedback' });
    else options.push(option(left, true, { match: right }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const offset = answers[0]?.offset ?? 0;
  if (options.length < 2) return giftFail(offset, `a matching question needs at least 2 pairs (found ${options.length})`);
  const twice = duplicate(options.map((o) => o.text)) ?? duplicate(options.map((o) => o.match ?? ''));
  if (twice !== null) return giftFail(offset, `"${twice}" appears in two pairs: each side of a pair must be unique`);
  return { ok: true, type: 'matching', options };
}

function pairIssues(form: QuestionForm): FormIssue[] {
  if (form.pairs.length < MIN_PAIRS) return [{ field: 'pairs', key: 'pairs-too-few', values: { min: MIN_PAIRS } }];
  const side = (name: 'left' | 'right') =>
    textIssues(
      form.pairs.map((pair) => pair[name]),
      'pairs',
      `pair-${name}-required`,
      `pair-${name}-duplicate`,
    ).map((issue) => ({ ...issue, field: `${issue.field}.${name}` }));
  return [...side('left'), ...side('right')];
}

export const matching: QuestionTypeModule<'matching', MatchingResponse, z.infer<typeof fileSchema>> = {
  type: 'matching',
  fileSchema,
  fileOptions: (file) => file.pairs.map((pair) => option(pair.left, true, { match: pair.right })),
  fileFields: (options) => ({ pairs: options.map((o) => ({ left: o.text, right: o.match ?? '' })) }),
  parseResponse: (question, { pairs }) => parsePairs(question, pairs),
  keyResponse: (question) => ({ type: 'matching', pairs: Object.fromEntries(question.options.map((o) => [o.key, o.match ?? ''])) }),
  fraction(question, { pairs }) {
    if (!Object.values(pairs).some((right) => typeof right === 'string' && right !== '')) return null;
    const items = matchingItems(question);
    if (items.length === 0) return 0;
    return items.filter((item) => Object.hasOwn(pairs, item.key) && pairs[item.key] === item.match).length / items.length;
  },
  layout: {
    shown: matchingItems,
    shuffle: 'quiz',
    extras(question, order, seed) {
      const rightOf = new Map(matchingItems(question).map((o) => [o.key, o.match as string]));
      const aligned = [...new Set(order.map((key) => rightOf.get(key) ?? ''))];
      return { matchChoices: avoidOrder(seededShuffle(matchingChoices(question), `${seed}|match|${question.key}`), aligned) };
    },
  },
  review: {
    answer: (question, { pairs }) =>
      Object.entries(pairs)
        .filter(([, right]) => right)
        .map(([left, right]) => `${optionText(question, left)} → ${right}`),
    correct: (question) => question.options.map((o) => `${o.text} → ${o.match ?? ''}`),
    chosen: () => [],
  },
  gift: { read, write: (options) => ({ lines: options.map((o) => `=${escapeGift(o.text)} -> ${escapeGift(o.match ?? '')}`) }) },
  builder: {
    empty: () => ({
      pairs: [
        { left: '', right: '' },
        { left: '', right: '' },
      ],
    }),
    issues: pairIssues,
    options: (form) => form.pairs.map((pair) => option(pair.left.trim(), true, { match: pair.right.trim() })),
    fields: (options) => ({ pairs: options.filter((o) => o.match !== null).map((o) => ({ left: o.text, right: o.match ?? '' })) }),
  },
  listing: { text: (o) => `${o.text} → ${o.match ?? ''}`, marksCorrect: false },
};
