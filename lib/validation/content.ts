import { z } from 'zod';
import { requiredText, slugSchema, uniqueBy } from '@/lib/domain/question-types/file-schema';
import { earnsMarks, quizQuestionSchema } from '@/lib/domain/question-types/registry';
import { skillProblems } from '@/lib/domain/question-skills';
import type { QuestionType } from '@/lib/domain/quiz-snapshot';
import { reviewTimings, safeReviewPolicy } from '@/lib/domain/review-policy';

/**
 * Schemas for the files under `content/` (see content/README.md). A quiz
 * question's schema is its type's `fileSchema` (lib/domain/question-types).
 */

export { slugSchema };

/** A seed document id: the seed file name without `.txt`. */
export const sourceIdSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'must look like 000_0123456789abcdef');

const title = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');
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
  /** Assignment file names (without .md) under assignments/, in order; none when absent. */
  assignments: slugList('assignment').optional(),
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

export { quizQuestionSchema, type QuizQuestion } from '@/lib/domain/question-types/registry';

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
  /** When a trainee sees correct answers and explanations after an attempt; the safe default hides them until passed or out of attempts. */
  review: z
    .strictObject({ correctAnswers: z.enum(reviewTimings), explanations: z.enum(reviewTimings) })
    .default(safeReviewPolicy),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/**
 * A quiz that names skills names one for every question that earns marks (a
 * description has none), and at least half of those are application questions.
 */
function checkSkills(questions: { type: string; skill?: string | null }[], ctx: z.RefinementCtx): void {
  const gradable = questions.flatMap((question, index) => (earnsMarks(question.type as QuestionType) ? [{ index, skill: question.skill }] : []));
  const skills = gradable.map(({ skill }) => (skill === 'recall' || skill === 'application' ? skill : null));
  for (const problem of skillProblems(skills)) {
    if (problem.kind === 'missing') {
      const index = gradable[problem.index]?.index ?? problem.index;
      ctx.addIssue({ code: 'custom', path: [index, 'skill'], message: 'name the skill (recall or application), as the other questions of this quiz do' });
    } else {
      const message = `at least half of the questions must be application questions: ${problem.application} of ${problem.total} are, ${problem.needed} needed`;
      ctx.addIssue({ code: 'custom', path: [], message });
    }
  }
}

export const quizFileSchema = quizSettingsSchema.extend({
  questions: z
    .array(quizQuestionSchema)
    .min(1, 'give at least one question')
    .refine(
      (questions) => questions.some((question) => earnsMarks(question.type)),
      'give at least one question that earns marks (a description earns none)',
    )
    .superRefine(uniqueBy<{ key: string }>('question key', (question) => question.key))
    .superRefine(checkSkills),
});
export type QuizFile = z.infer<typeof quizFileSchema>;
