import { z } from 'zod';
import { submissionKinds } from '@/lib/domain/assignments/rubric';
import { requiredText, slugSchema, uniqueBy } from '@/lib/domain/question-types/file-schema';
import { sourceIdSchema } from './content';

/**
 * The front matter of an assignment file (`modules/<slug>/assignments/<key>.md`,
 * see content/README.md) and of an assignment saved in the module editor:
 * what to submit, the pass mark and the rubric (criteria × levels).
 */

const title = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

export const rubricLevelSchema = z.strictObject({
  title,
  points: z.number().min(0, 'must be 0 or more').max(100, 'at most 100'),
  descriptor: requiredText.max(1000, 'at most 1000 characters'),
});

export const rubricCriterionSchema = z.strictObject({
  key: slugSchema,
  title,
  levels: z
    .array(rubricLevelSchema)
    .min(2, 'give at least 2 levels')
    .max(6, 'at most 6 levels')
    .superRefine(uniqueBy<{ title: string }>('level', (level) => level.title))
    .refine((levels) => levels.some((level) => level.points > 0), 'at least one level must give points'),
});

export const rubricSchema = z
  .array(rubricCriterionSchema)
  .min(1, 'give at least one criterion')
  .max(12, 'at most 12 criteria')
  .superRefine(uniqueBy<{ key: string }>('criterion', (criterion) => criterion.key));

export const assignmentFrontMatterSchema = z.strictObject({
  title,
  summary: z.string().trim().max(500, 'at most 500 characters').default(''),
  required: z.boolean().default(true),
  passMark: z.number().int('must be a whole number').min(0, 'at least 0').max(100, 'at most 100').default(60),
  submission: z.enum(submissionKinds, { error: 'must be text, files or both' }),
  sources: z
    .array(sourceIdSchema)
    .min(1, 'name at least one source')
    .superRefine(uniqueBy<string>('source', (id) => id)),
  rubric: rubricSchema,
});
export type AssignmentFrontMatter = z.infer<typeof assignmentFrontMatterSchema>;
