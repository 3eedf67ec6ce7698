import { z } from 'zod';

/** The essay grading form; `points` is checked by parseManualPoints against the question's points. */
export const gradeEssaySchema = z.object({
  attemptId: z.coerce.number().int().positive(),
  questionKey: z.string().min(1).max(80),
  points: z.string().max(20),
  feedback: z.string().max(5000),
});
