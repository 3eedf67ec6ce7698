import { z } from 'zod';

/**
 * Schemas for the files under `content/` (see content/README.md). The authoring
 * UI reuses them, so each question type is exported on its own.
 */

export const slugSchema = z
  .string()
  .max(80, 'at most 80 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)');

/** A seed document id: the seed file name without `.txt`. */
export const sourceIdSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'must look like 000_0123456789abcdef');

const title = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');
const requiredText = z.string().trim().min(1, 'required');

/** Names must be unique; the issue points at the first repeat. */
function uniqueBy<T>(label: string, pick: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = pick(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${label} "${value}"` });
      seen.add(value);
    });
  };
}

const slugList = (label: string) =>
  z
    .array(slugSchema)
    .min(1, `list at least one ${label}`)
    .superRefine(uniqueBy<string>(label, (slug) => slug));

export const programmeFileSchema = z.strictObject({
  slug: slugSchema,
  title,
  summary: z.string().trim().max(2000, 'at most 2000 characters').default(''),
  modules: slugList('module'),
});
export type ProgrammeFile = z.infer<typeof programmeFileSchema>;

export const moduleFileSchema = z.strictObject({
  slug: slugSchema,
  title,
  summary: z.string().trim().max(1000, 'at most 1000 characters').default(''),
  selfEnrol: z.boolean().default(true),
  objectives: z
    .array(requiredText.max(500, 'at most 500 characters'))
    .min(1, 'list at least one objective')
    .max(12, 'at most 12 objectives'),
  lessons: slugList('lesson'),
});
export type ModuleFile = z.infer<typeof moduleFileSchema>;

/** A path inside the module's `lectures/` folder; never climbs out of it. */
const lecturePath = z
  .string()
  .regex(/^lectures\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be a relative path under lectures/')
  .refine((path) => !path.split('/').includes('..'), 'must not contain ".."');

export const lectureSchema = z.strictObject({
  title,
  video: lecturePath,
  captions: lecturePath.refine((path) => path.endsWith('.vtt'), 'captions must be a .vtt file'),
});

export const lessonFrontMatterSchema = z.strictObject({
  title,
  summary: z.string().trim().max(500, 'at most 500 characters').default(''),
  minutes: z.number().int('must be a whole number').min(1).max(600),
  required: z.boolean().default(true),
  sources: z
    .array(sourceIdSchema)
    .min(1, 'name at least one source')
    .superRefine(uniqueBy<string>('source', (id) => id)),
  lecture: lectureSchema.optional(),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

const questionBase = {
  key: slugSchema,
  prompt: requiredText,
  explanation: requiredText,
  points: z.number().gt(0, 'must be more than 0').max(100).default(1),
};

export const choiceOptionSchema = z.strictObject({
  text: requiredText,
  correct: z.boolean().default(false),
  feedback: z.string().trim().default(''),
  /** A GIFT percentage (may be negative); see lib/domain/grading.ts for how weights grade. */
  weight: z.number().min(-100).max(100).optional(),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const choiceOptions = z
  .array(choiceOptionSchema)
  .min(2, 'give at least 2 options')
  .superRefine(uniqueBy<ChoiceOption>('option', (option) => option.text));

export const singleQuestionSchema = z
  .strictObject({ ...questionBase, type: z.literal('single'), options: choiceOptions })
  .superRefine((question, ctx) => {
    const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
    if (correct.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'single choice needs exactly one correct option (found none)' });
    }
    for (const index of correct.slice(1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'correct'],
        message: `single choice needs exactly one correct option (found ${correct.length})`,
      });
    }
  });

export const multipleQuestionSchema = z
  .strictObject({ ...questionBase, type: z.literal('multiple'), options: choiceOptions })
  .refine((question) => question.options.some((option) => option.correct), {
    path: ['options'],
    message: 'multiple choice needs at least one correct option',
  });

export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
});

export const shortQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('short'),
  accepted: z
    // YAML reads `- 1998` as a number; an accepted answer is always text.
    .array(z.preprocess((value) => (typeof value === 'number' ? String(value) : value), requiredText))
    .min(1, 'give at least one accepted answer'),
});

export const matchingPairSchema = z.strictObject({ left: requiredText, right: requiredText });

export const matchingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  pairs: z
    .array(matchingPairSchema)
    .min(2, 'give at least 2 pairs')
    .superRefine(uniqueBy<{ left: string }>('left side', (pair) => pair.left))
    .superRefine(uniqueBy<{ right: string }>('right side', (pair) => pair.right)),
});

export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  items: z
    .array(requiredText)
    .min(2, 'give at least 2 items')
    .superRefine(uniqueBy<string>('item', (item) => item)),
});

export const quizQuestionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  shortQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
]);
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
export type ShortQuestion = z.infer<typeof shortQuestionSchema>;
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;

const positiveInt = z.number().int('must be a whole number').positive();

/** The quiz settings on their own, for the authoring UI's settings form. */
export const quizSettingsSchema = z.strictObject({
  title,
  passMark: z.number().int('must be a whole number').min(0).max(100).default(70),
  attemptLimit: positiveInt.nullable().default(null),
  timeLimitMinutes: positiveInt.max(600).nullable().default(null),
  shuffleQuestions: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  scoring: z.enum(['best', 'last']).default('best'),
  showAnswers: z.boolean().default(true),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

export const quizFileSchema = quizSettingsSchema.extend({
  questions: z
    .array(quizQuestionSchema)
    .min(1, 'give at least one question')
    .superRefine(uniqueBy<{ key: string }>('question key', (question) => question.key)),
});
export type QuizFile = z.infer<typeof quizFileSchema>;
