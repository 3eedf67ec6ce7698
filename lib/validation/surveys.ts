import { z } from 'zod';
import { MAX_OPTIONS, MAX_QUESTIONS, surveyTargetKinds } from '@/lib/domain/surveys/questions';

/** Messages are catalog keys under `surveyErrors`. */
const id = z.coerce.number({ error: 'invalid' }).int('invalid').positive('invalid');
const optionalId = z.union([z.literal(''), id]).transform((v) => (v === '' ? null : v));
const key = z.string().regex(/^[a-z0-9-]{1,24}$/, 'invalid');
const label = (max: number, required: string) => z.string().trim().min(1, required).max(max, 'label-too-long');

const option = z.object({ key, label: label(200, 'option-required') });
const base = { key, prompt: label(500, 'prompt-required'), required: z.boolean() };

/** One question as the question editor sends it. */
export const surveyQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('rating'), lowLabel: label(80, 'end-label-required'), highLabel: label(80, 'end-label-required'), overall: z.boolean() }),
  z.object({ ...base, kind: z.enum(['single', 'multiple']), options: z.array(option).min(2, 'options-too-few').max(MAX_OPTIONS, 'options-too-many') }),
  z.object({ ...base, kind: z.literal('text') }),
]);

/** The question list: keys unique, at most one "overall satisfaction" rating. */
export const surveyQuestionsSchema = z
  .array(surveyQuestionSchema)
  .min(1, 'questions-required')
  .max(MAX_QUESTIONS, 'questions-too-many')
  .superRefine((questions, ctx) => {
    const keys = questions.map((q) => q.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'invalid' });
    questions.forEach((q, i) => {
      if (q.kind !== 'single' && q.kind !== 'multiple') return;
      const optionKeys = q.options.map((o) => o.key);
      if (new Set(optionKeys).size !== optionKeys.length) ctx.addIssue({ code: 'custom', path: [i, 'options'], message: 'invalid' });
    });
    if (questions.filter((q) => q.kind === 'rating' && q.overall).length > 1) ctx.addIssue({ code: 'custom', message: 'overall-only-one' });
  });

/** The questions field: JSON written by the question editor. */
const questionsField = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'invalid' });
    return z.NEVER;
  }
});

/** A survey form: what it is about, anonymous or named, opening and closing in the cohort's zone, and its questions. */
export const surveySchema = z
  .object({
    surveyId: optionalId,
    cohortId: id,
    title: z.string().trim().min(1, 'title-required').max(160, 'title-too-long'),
    intro: z.string().trim().max(2000, 'intro-too-long'),
    targetKind: z.enum(surveyTargetKinds, { error: 'target-required' }),
    eventId: optionalId,
    moduleId: optionalId,
    anonymous: z.enum(['anonymous', 'named'], { error: 'anonymity-required' }),
    opensAt: z.string().trim().min(1, 'opens-required'),
    closesAt: z.string().trim().min(1, 'closes-required'),
    questions: questionsField.pipe(surveyQuestionsSchema),
  })
  .superRefine((value, ctx) => {
    if (value.targetKind === 'event' && value.eventId === null) ctx.addIssue({ code: 'custom', path: ['eventId'], message: 'event-required' });
    if (value.targetKind === 'module' && value.moduleId === null) ctx.addIssue({ code: 'custom', path: ['moduleId'], message: 'module-required' });
  });
export type SurveyInput = z.infer<typeof surveySchema>;

/** A response save from the survey page: the answers by question key, the quote consent, and whether it is the submission. */
export const surveyResponseSchema = z.object({
  answers: z.record(z.string().max(24), z.unknown()),
  quotable: z.boolean(),
  submit: z.boolean(),
});

/** Marking (or unmarking) a free-text answer as a quote for the programme report. */
export const reportQuoteSchema = z.object({
  surveyId: id,
  responseId: id,
  questionKey: key,
  selected: z.enum(['yes', 'no'], { error: 'invalid' }),
});
