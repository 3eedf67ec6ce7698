import { z } from 'zod';
import { replayableWriteFields } from './offline-writes';

export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const lessonKeySchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** PUT /api/progress: the trainee marks a lesson complete or not complete. */
export const lessonProgressSchema = z.object({
  moduleSlug: slugSchema,
  lessonKey: lessonKeySchema,
  completed: z.boolean(),
  ...replayableWriteFields,
});
export type LessonProgressInput = z.infer<typeof lessonProgressSchema>;
