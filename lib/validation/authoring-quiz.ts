import { z } from 'zod';
import { questionDraftFromForm, questionIssues, type FormIssue, type QuestionForm } from '@/lib/domain/question-builder';
import { earnsMarks, fileQuestion, questionFormShape, questionTypes } from '@/lib/domain/question-types/registry';
import { fieldErrorsOf, type FieldErrors } from '@/lib/actions/action-state';
import { quizQuestionSchema, quizSettingsSchema, type QuizQuestion, type QuizSettings } from './content';
import { reviewTimings } from '@/lib/domain/review-policy';

/**
 * The quiz builder's forms. Structure is checked with zod; the rules an
 * author can break (no correct answer, pass mark 140 %) are named by
 * `questionIssues` and the settings schema; then the content schemas of
 * `content/` files check the result again, so the builder can never save a
 * question that a quiz.yaml could not hold.
 */

const text = z.string().max(5000);

/** The shape of a question form as the client sends it (JSON): the common fields, then every type's own (see `builder.formShape`). */
export const questionFormSchema = z.object({
  type: z.enum(questionTypes),
  prompt: text,
  explanation: text,
  points: z.string().max(20),
  ...questionFormShape,
}) satisfies z.ZodType<QuestionForm>;

/** The form as the content format's question (the YAML shape), for the second check; a type without marks keeps 0 points. */
export function toQuizQuestion(form: QuestionForm, key: string, points: number): QuizQuestion {
  return fileQuestion({ ...questionDraftFromForm(form, key), points: earnsMarks(form.type) ? points : 0 });
}

/**
 * Every problem with a question form: the builder's rules first; when those
 * pass, anything the content schema still refuses (reported with its own
 * wording under `content-rule`).
 */
export function validateQuestionForm(form: QuestionForm, key: string): FormIssue[] {
  const issues = questionIssues(form);
  if (issues.length > 0) return issues;
  const checked = quizQuestionSchema.safeParse(toQuizQuestion(form, key, Number(form.points)));
  if (checked.success) return [];
  return checked.error.issues.map((issue) => ({
    field: 'form',
    key: 'content-rule',
    values: { detail: `${issue.path.join('.')}: ${issue.message}` },
  }));
}

const optionalPositive = (key: string, max: number) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === '') return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1 || number > max) {
        ctx.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return number;
    });

const checkbox = z.union([z.literal('on'), z.null(), z.undefined(), z.literal('')]).transform((value) => value === 'on');

/** The quiz settings form (text fields as typed). */
export const quizSettingsFormSchema = z.object({
  title: z.string().trim().min(1, 'title-required').max(200, 'title-too-long'),
  passMark: z
    .string()
    .trim()
    .min(1, 'pass-mark-range')
    .transform(Number)
    .pipe(z.number({ error: 'pass-mark-range' }).int('pass-mark-range').min(0, 'pass-mark-range').max(100, 'pass-mark-range')),
  attemptLimit: optionalPositive('attempt-limit-range', 100),
  timeLimitMinutes: optionalPositive('time-limit-range', 600),
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
  scoring: z.enum(['best', 'last'], { error: 'scoring-invalid' }),
  reviewCorrectAnswers: z.enum(reviewTimings, { error: 'review-invalid' }),
  reviewExplanations: z.enum(reviewTimings, { error: 'review-invalid' }),
});

export type SettingsResult = { ok: true; settings: QuizSettings } | { ok: false; errors: FieldErrors };

/** Parses the settings form, then checks the result with the content format's settings schema. */
export function parseQuizSettings(raw: Record<string, unknown>): SettingsResult {
  const form = quizSettingsFormSchema.safeParse(raw);
  if (!form.success) return { ok: false, errors: fieldErrorsOf(form.error.issues, raw) };
  const { reviewCorrectAnswers, reviewExplanations, ...settings } = form.data;
  const checked = quizSettingsSchema.safeParse({ ...settings, review: { correctAnswers: reviewCorrectAnswers, explanations: reviewExplanations } });
  if (!checked.success) {
    const detail = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    return { ok: false, errors: { form: { key: 'content-rule', values: { detail } } } };
  }
  return { ok: true, settings: checked.data };
}
