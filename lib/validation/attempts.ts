import { z } from 'zod';
import { replayableWriteFields } from './offline-writes';

export const attemptIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * PUT /api/attempts/:id/answers. `response` is checked against the question by
 * parseResponse; `revision` is the per-question sequence number (only a newer
 * one replaces the stored answer).
 */
export const saveAnswerSchema = z.object({
  questionKey: z.string().min(1).max(120),
  response: z.unknown(),
  revision: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  ...replayableWriteFields,
});
