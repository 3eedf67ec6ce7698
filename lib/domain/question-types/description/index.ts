/**
 * Description: text only (an introduction, a case study the next questions
 * refer to). No answer, no options, 0 points: shown in the quiz and its
 * review, never graded, adding nothing to the maximum score. GIFT writes it
 * as text with no answer block.
 */
import { z } from 'zod';
import { questionSkills } from '../../quiz-snapshot';
import { requiredText, slugSchema } from '../file-schema';
import type { QuestionTypeModule } from '../types';


/** A description never has a response; this type only exists to satisfy the registry's typing. */
export interface DescriptionResponse {
  type: 'description';
}

const fileSchema = z.strictObject({
  key: slugSchema,
  type: z.literal('description'),
  prompt: requiredText,
  explanation: z.string().trim().default(''),
  points: z.literal(0, 'a description has no points').default(0),
  /** Allowed for a uniform file format; a description asks nothing, so quizzes' skill counts skip it. */
  skill: z.enum(questionSkills).optional(),
});

export const description: QuestionTypeModule<'description', DescriptionResponse, z.infer<typeof fileSchema>> = {
  type: 'description',
  grading: 'none',
  fileSchema,
  fileOptions: () => [],
  fileFields: () => ({}),
  parseResponse: () => ({ error: 'a description takes no answer' }),
  fraction: () => null,
  keyResponse: () => ({ type: 'description' }),
  layout: { shown: () => [], shuffle: 'never' },
  review: { answer: () => [], correct: () => [], chosen: () => [] },
  // Read by the GIFT parser itself: a description has no answer block to read.
  gift: { bare: true, write: () => ({ textOnly: true }) },
  // A description has no points whatever Moodle's mark says.
  moodleXml: { read: (data) => (data.type === 'description' ? { type: 'description', points: 0 } : null), write: () => ({ type: 'description' }) },
  builder: { formShape: {}, blank: () => ({}), empty: () => ({}), issues: () => [], options: () => [], fields: () => ({}) },
  listing: { text: () => '', marksCorrect: false },
  translationList: null,
};
