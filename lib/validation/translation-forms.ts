import { z } from 'zod';
import { translationLocales } from '@/lib/domain/content-locales';

/** The forms that edit a module's translations (authoring "Translations" pages). */

const id = z.coerce.number().int().positive();
const locale = z.enum(translationLocales);
/** Messages are catalogue keys under `authoring.errors`. */
const required = (field: string, max: number) => z.string().trim().min(1, `${field}-required`).max(max, field === 'title' ? 'title-too-long' : 'text-too-long');

/** Module text: objectives one per line, as in the English module form. */
export const moduleTranslationFormSchema = z.object({
  moduleId: id,
  locale,
  title: required('title', 200),
  summary: z.string().trim().max(1000, 'summary-too-long'),
  objectives: z
    .string()
    .transform((text) => text.split('\n').map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, 'objective-too-long')).min(1, 'objectives-required')),
  quizTitle: z.string().trim().max(200, 'title-too-long'),
});

export const lessonTranslationFormSchema = z.object({
  lessonId: id,
  locale,
  title: required('title', 200),
  summary: z.string().trim().max(500, 'summary-too-long'),
  body: z.string().trim().min(1, 'body-required').max(200_000, 'body-too-long'),
  lectureTitle: z.string().trim().max(200, 'title-too-long'),
});

/** Uploading (the file comes from the form data) or removing a lesson's translated lecture captions. */
export const lessonCaptionsFormSchema = z.object({ lessonId: id, locale, intent: z.enum(['upload', 'remove']) });

/** One question's texts: option texts and feedback in English order, matches for matching, accepted answers one per line. */
const questionTextSchema = z.object({
  key: z.string().min(1),
  prompt: required('prompt', 5000),
  explanation: required('explanation', 5000),
  options: z
    .array(z.object({ text: z.string().trim().min(1, 'choice-text-required').max(1000, 'text-too-long'), feedback: z.string().trim().max(2000, 'text-too-long'), match: z.string().trim().max(1000, 'text-too-long').nullable() }))
    .max(50),
  accepted: z.array(z.string().trim().min(1).max(200)).max(50),
});

export const quizTranslationFormSchema = z.object({
  moduleId: id,
  locale,
  questions: z.array(questionTextSchema, { error: 'translation-structure' }).max(200),
});
export type QuizTranslationForm = z.infer<typeof quizTranslationFormSchema>;
