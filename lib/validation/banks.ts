import { z } from 'zod';

/** The largest GIFT text (uploaded or pasted) a bank import accepts. */
export const MAX_GIFT_BYTES = 1024 * 1024;

/** A database id from a form or a URL. */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Messages are catalog keys under `banks.errors`. */
export const bankNameSchema = z.string().trim().min(1, 'name-required').max(120, 'name-too-long');

export const createBankSchema = z.object({ name: bankNameSchema });
export const renameBankSchema = z.object({ bankId: idSchema, name: bankNameSchema });
export const bankIdSchema = z.object({ bankId: idSchema });
export const deleteQuestionSchema = z.object({ bankId: idSchema, questionId: idSchema });

export const giftImportSchema = z.object({
  bankId: idSchema,
  intent: z.enum(['preview', 'import']),
});

export const addFromBankSchema = z.object({
  moduleId: idSchema,
  bankId: idSchema,
  questionIds: z.array(idSchema).min(1, 'choose-questions').max(500),
});

/** The Moodle XML import form: preview the uploaded file, or import it. */
export const moodleImportSchema = z.object({
  bankId: idSchema,
  intent: z.enum(['preview', 'import']),
});
