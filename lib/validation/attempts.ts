import { z } from 'zod';

export const attemptIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** PUT /api/attempts/:id/answers. `response` is checked against the question by parseResponse. */
export const saveAnswerSchema = z.object({
  questionKey: z.string().min(1).max(120),
  response: z.unknown(),
});
