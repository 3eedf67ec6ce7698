/**
 * The building blocks of a question in a quiz.yaml file (see content/README.md):
 * each type's `fileSchema` is these base fields plus its own.
 */
import { z } from 'zod';
import { questionSkills } from '../quiz-snapshot';

/** A key or slug: lowercase kebab-case, at most 80 characters. */
export const slugSchema = z
  .string()
  .max(80, 'at most 80 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)');

/** Text that is not blank once trimmed. */
export const requiredText = z.string().trim().min(1, 'required');

/** Names must be unique; the issue points at the first repeat. */
export function uniqueBy<T>(label: string, pick: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = pick(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${label} "${value}"` });
      seen.add(value);
    });
  };
}

/** The fields every question has, whatever its type. */
export const questionFileBase = {
  key: slugSchema,
  prompt: requiredText,
  explanation: requiredText,
  points: z.number().gt(0, 'must be more than 0').max(100).default(1),
  skill: z.enum(questionSkills, { error: 'must be recall or application' }).optional(),
};
