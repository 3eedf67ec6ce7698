/**
 * The limits of the question form as the builder sends it (JSON), for the
 * zod shapes each type gives of its own fields (`builder.formShape`). They
 * bound the request; the builder's rules (`builder.issues`) name problems.
 */
import { z } from 'zod';
import type { ChoiceForm } from './types';

/** Any text field of the form. */
export const formText = z.string().max(5000);

/** Any list of rows of the form. */
export const formList = <T extends z.ZodType>(item: T) => z.array(item).max(50);

/** One choice row (choice questions; a short answer's imported answers). */
export const choiceFormSchema = z.object({
  text: formText,
  correct: z.boolean(),
  feedback: formText,
  weight: z.number().min(-100).max(100).nullable(),
}) satisfies z.ZodType<ChoiceForm>;
