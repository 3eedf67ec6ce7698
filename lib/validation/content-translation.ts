import { z } from 'zod';
import { requiredText, slugSchema } from '@/lib/domain/question-types/file-schema';

/**
 * Schemas for translation files beside the English ones (`module.fa-AF.yaml`,
 * `lessons/<key>.ps.md`, `quiz.fa-AF.yaml`): translatable text only. Types,
 * points, correct answers and settings always come from English; the loader
 * checks the structure matches English (lib/content/translation-structure.ts).
 */

const title = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

export const moduleTranslationSchema = z.strictObject({
  title,
  summary: z.string().trim().max(1000, 'at most 1000 characters').default(''),
  objectives: z.array(requiredText.max(500, 'at most 500 characters')).min(1, 'list at least one objective'),
});
export type ModuleTranslationFile = z.infer<typeof moduleTranslationSchema>;

export const lessonTranslationFrontMatterSchema = z.strictObject({
  title,
  summary: z.string().trim().max(500, 'at most 500 characters').default(''),
  lecture: z.strictObject({ title }).optional(),
});
export type LessonTranslationFrontMatter = z.infer<typeof lessonTranslationFrontMatterSchema>;

// YAML reads `- 109` as a number; translated text is always text.
const text = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), requiredText);

export const questionTranslationSchema = z.strictObject({
  key: slugSchema,
  prompt: requiredText,
  explanation: requiredText,
  options: z.array(z.strictObject({ text, feedback: z.string().trim().optional() })).optional(),
  accepted: z.array(text).optional(),
  pairs: z.array(z.strictObject({ left: text, right: text })).optional(),
  items: z.array(text).optional(),
});
export type QuestionTranslationFile = z.infer<typeof questionTranslationSchema>;

export const quizTranslationSchema = z.strictObject({
  title,
  questions: z.array(questionTranslationSchema).min(1, 'give at least one question'),
});
export type QuizTranslationFile = z.infer<typeof quizTranslationSchema>;
