/**
 * Matching: pair each left-hand item (an option) with its right-hand text
 * (`match`). The share is the items paired with their own right text over
 * all items. Trainees pick from the distinct right texts, always shuffled and
 * never listed aligned with the items. As in Moodle, several items may share
 * a right text, and a pair with no left side (`= -> Chat`) is a distractor:
 * an extra right text no item takes.
 */
import { z } from 'zod';
import { escapeGift } from '../../gift/escapes';
import { giftText } from '../gift-kit';
import type { OptionSnapshot, QuestionSnapshot } from '../../quiz-snapshot';
import { avoidOrder, seededShuffle } from '../../seeded-shuffle';
import { questionFileBase, requiredText, uniqueBy } from '../file-schema';
import { duplicate, giftFail, isAnswerList, isProblem, option, optionText, textIssues } from '../kit';
import { formList, formText } from '../form-schema';
import type { FormIssue, GiftBlock, GiftProblem, GiftRead, QuestionTypeModule } from '../types';
import { matchingMoodleXml } from './moodle';

export interface MatchingResponse {
  type: 'matching';
  /** Left option key → the chosen right-hand text. */
  pairs: Record<string, string>;
}

const MIN_PAIRS = 2;

/** A pair; an empty `left` makes a distractor. */
const pairSchema = z.strictObject({ left: z.string().trim().default(''), right: requiredText });
const fileSchema = z.strictObject({
  ...questionFileBase,
  type: z.literal('matching'),
  pairs: z
    .array(pairSchema)
    .refine((pairs) => pairs.filter((pair) => pair.left !== '').length >= MIN_PAIRS, 'give at least 2 pairs with a left side')
    .superRefine(uniqueBy<{ left: string; right: string }>('left side', (pair) => pair.left || `\u0000${pair.right}`)),
});

/** The left-hand items of a matching question: options with a right-hand `match` and a left text. */
export function matchingItems(question: QuestionSnapshot): OptionSnapshot[] {
  return question.options.filter((o) => o.match !== null && o.text !== '');
}

/** The distinct right-hand texts of a matching question (distractors included), in authoring order. */
export function matchingChoices(question: QuestionSnapshot): string[] {
  return [...new Set(question.options.flatMap((o) => (o.match === null ? [] : [o.match])))];
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

/** `=left -> right` answers, at least 2 with a left side; `= -> right` is a distractor; no `~`, weights or feedback. */
function read(block: GiftBlock): GiftRead | null {
  if (!isAnswerList(block.body) || !block.body.includes('->')) return null;
  const answers = block.answers();
  if (isProblem(answers)) return { ok: false, problems: [answers] };
  if (answers.some((a) => a.marker === '~')) return null;
  const problems: GiftProblem[] = [];
  const options = [];
  for (const a of answers) {
    const arrow = a.text.indexOf('->');
    const left = a.text.slice(0, Math.max(arrow, 0)).trim();
    const right = a.text.slice(arrow + 2).trim();
    if (arrow < 0) problems.push({ offset: a.offset, message: 'every matching pair is written =left -> right' });
    else if (right === '') problems.push({ offset: a.offset, message: `the pair "${left}" has no right side` });
    else if (a.weight !== null || a.feedback !== '')
      problems.push({ offset: a.offset, message: 'matching pairs cannot have weights or feedback' });
    else options.push(option(left, left !== '', { match: right }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const offset = answers[0]?.offset ?? 0;
  const items = options.filter((o) => o.text !== '');
  if (items.length < MIN_PAIRS) return giftFail(offset, `a matching question needs at least 2 pairs (found ${items.length})`);
  const twice = duplicate(items.map((o) => o.text));
  if (twice !== null) return giftFail(offset, `"${twice}" is the left side of two pairs`);
  return { ok: true, type: 'matching', options };
}

/** What a matching input needs beyond the items: the right-hand texts, unlabelled and shuffled. */
export interface MatchingPublic {
  matchChoices: string[];
}

/** A matching question's field of the builder's form: the pairs (a blank left side is a distractor). */
export interface MatchingFields {
  pairs: { left: string; right: string }[];
}

/** At least 2 pairs with a left side; right sides required; left sides unique. A blank left side is a distractor. */
function pairIssues(form: MatchingFields): FormIssue[] {
  if (form.pairs.filter((pair) => pair.left.trim() !== '').length < MIN_PAIRS)
    return [{ field: 'pairs', key: 'pairs-too-few', values: { min: MIN_PAIRS } }];
  const lefts = textIssues(
    form.pairs.map((pair) => pair.left),
    'pairs',
    'pair-left-required',
    'pair-left-duplicate',
  ).filter((issue) => issue.key !== 'pair-left-required');
  const rights = textIssues(
    form.pairs.map((pair) => pair.right),
    'pairs',
    'pair-right-required',
    'pair-right-duplicate',
  ).filter((issue) => issue.key !== 'pair-right-duplicate');
  return [
    ...lefts.map((issue) => ({ ...issue, field: `${issue.field}.left` })),
    ...rights.map((issue) => ({ ...issue, field: `${issue.field}.right` })),
  ];
}

export const matching: QuestionTypeModule<'matching', MatchingResponse, z.infer<typeof fileSchema>, MatchingFields, MatchingPublic> = {
  type: 'matching',
  grading: 'auto',
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
    answer: (question, { pairs }, labels) =>
      Object.entries(pairs)
        .filter(([, right]) => right)
        .map(([left, right]) => `${optionText(question, left)} → ${labels?.[right] ?? right}`),
    correct: (question, labels) => matchingItems(question).map((o) => `${o.text} → ${(o.match && labels?.[o.match]) || (o.match ?? '')}`),
    chosen: () => [],
  },
  gift: {
    read,
    write: (options) => ({ lines: options.map((o) => `=${o.text === '' ? '' : giftText(o.text)} -> ${escapeGift(o.match ?? '')}`) }),
  },
  moodleXml: matchingMoodleXml,
  builder: {
    formShape: { pairs: formList(z.object({ left: formText, right: formText })) },
    blank: () => ({ pairs: [] }),
    empty: () => ({
      pairs: [
        { left: '', right: '' },
        { left: '', right: '' },
      ],
    }),
    issues: pairIssues,
    options: (form) => form.pairs.map((pair) => option(pair.left.trim(), pair.left.trim() !== '', { match: pair.right.trim() })),
    fields: (options) => ({ pairs: options.filter((o) => o.match !== null).map((o) => ({ left: o.text, right: o.match ?? '' })) }),
  },
  listing: { text: (o) => `${o.text || '—'} → ${o.match ?? ''}`, marksCorrect: false },
  translationList: 'pairs',
};
