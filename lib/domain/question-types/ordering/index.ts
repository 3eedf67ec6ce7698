/**
 * Ordering: put items (the options, authored in their correct order) in
 * sequence. The share is Kendall agreement: the share of item pairs (i < j)
 * in their correct relative order; exact order → 1, exact reverse → 0, one
 * adjacent swap → slightly less than 1; a single item is always in order.
 * Items are always shown shuffled, never in the correct order. GIFT cannot
 * express this type.
 */
import { z } from 'zod';
import type { QuestionSnapshot } from '../../quiz-snapshot';
import { questionFileBase, requiredText, uniqueBy } from '../file-schema';
import { checkKeys, isStringArray, option, optionText, textIssues } from '../kit';
import { formList, formText } from '../form-schema';
import type { QuestionTypeModule } from '../types';
import { orderingMoodleXml } from './moodle';

export interface OrderingResponse {
  type: 'ordering';
  /** Option keys in the trainee's order. */
  order: string[];
}

const MIN_ITEMS = 2;

const fileSchema = z.strictObject({
  ...questionFileBase,
  type: z.literal('ordering'),
  items: z
    .array(requiredText)
    .min(2, 'give at least 2 items')
    .superRefine(uniqueBy<string>('item', (item) => item)),
});

function kendall(question: QuestionSnapshot, order: string[]): number | null {
  if (order.length === 0) return null;
  const position = new Map<string, number>();
  for (const [index, key] of order.entries()) if (!position.has(key)) position.set(key, index);
  const correct = question.options.map((o) => position.get(o.key));
  const n = correct.length;
  if (n < 2) return 1;
  let concordant = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [correct[i], correct[j]];
      if (a !== undefined && b !== undefined && a < b) concordant++;
    }
  }
  return concordant / ((n * (n - 1)) / 2);
}

/** An ordering's field of the builder's form: the items in their correct order. */
export interface OrderingFields {
  items: string[];
}

export const ordering: QuestionTypeModule<'ordering', OrderingResponse, z.infer<typeof fileSchema>, OrderingFields> = {
  type: 'ordering',
  grading: 'auto',
  fileSchema,
  fileOptions: (file) => file.items.map((item) => option(item, true)),
  fileFields: (options) => ({ items: options.map((o) => o.text) }),
  parseResponse(question, { order }) {
    if (!isStringArray(order)) return { error: 'order must be an array of strings' };
    const error = checkKeys(question, order);
    if (error) return { error };
    if (order.length !== question.options.length) return { error: 'order must list every item exactly once' };
    return { type: 'ordering', order: [...order] };
  },
  fraction: (question, response) => kendall(question, response.order),
  keyResponse: (question) => ({ type: 'ordering', order: question.options.map((o) => o.key) }),
  // An ordering left as shown is answered in the order shown.
  layout: { shown: (question) => question.options, shuffle: 'not-authored' },
  review: {
    answer: (question, response) => response.order.map((key) => optionText(question, key)),
    correct: (question) => question.options.map((o) => o.text),
    chosen: () => [],
  },
  gift: { write: () => null },
  moodleXml: orderingMoodleXml,
  builder: {
    formShape: { items: formList(formText) },
    blank: () => ({ items: [] }),
    empty: () => ({ items: ['', '', ''] }),
    issues(form) {
      if (form.items.length < MIN_ITEMS) return [{ field: 'items', key: 'items-too-few', values: { min: MIN_ITEMS } }];
      return textIssues(form.items, 'items', 'item-required', 'item-duplicate');
    },
    options: (form) => form.items.map((item) => option(item.trim(), true)),
    fields: (options) => ({ items: options.map((o) => o.text) }),
  },
  listing: { text: (o) => o.text, marksCorrect: false },
  translationList: 'items',
};
