import { z } from 'zod';
import { markdownNestingIssue } from '@/lib/markdown/nesting';

/**
 * Forms of the authoring area: module metadata, lessons, publishing and
 * co-owners. Messages are catalog keys under `authoring.errors`.
 */

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(''), z.null(), z.undefined()])
  .transform((value) => value === 'on' || value === 'true');
const revision = z.coerce.number({ error: 'stale-form' }).int('stale-form').positive('stale-form');

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 1000;
export const OBJECTIVE_MAX = 500;
export const OBJECTIVES_MAX = 12;
export const BODY_MAX = 200_000;
export const CHANGELOG_MAX = 200;

const title = z.string().trim().min(1, 'title-required').max(TITLE_MAX, 'title-too-long');

/** Module metadata; objectives arrive one per line. */
export const moduleMetaSchema = z.object({
  title,
  summary: z.string().trim().max(SUMMARY_MAX, 'summary-too-long'),
  objectives: z
    .string()
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().max(OBJECTIVE_MAX, 'objective-too-long')).min(1, 'objectives-required').max(OBJECTIVES_MAX, 'objectives-too-many'),
    ),
  selfEnrol: checkbox,
});
export type ModuleMetaInput = z.infer<typeof moduleMetaSchema>;

export const createModuleSchema = moduleMetaSchema.extend({
  programmeId: z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()], { error: 'programme-unknown' }),
});

export const updateModuleSchema = moduleMetaSchema.extend({
  moduleId: z.coerce.number({ error: 'stale-form' }).int('stale-form').positive('stale-form'),
  revision,
});

const attachment = z.object({
  title: z.string().trim().min(1, 'attachment-title-required').max(TITLE_MAX, 'title-too-long'),
  path: z.string({ error: 'stale-form' }),
});

/** The lesson editor's save. `lecture` and `attachments` come as JSON from the client state. */
export const lessonSchema = z.object({
  lessonId: z.coerce.number({ error: 'stale-form' }).int('stale-form').positive('stale-form'),
  revision,
  title,
  summary: z.string().trim().max(500, 'summary-too-long'),
  minutes: z.coerce.number({ error: 'minutes-range' }).int('minutes-range').min(1, 'minutes-range').max(600, 'minutes-range'),
  required: checkbox,
  body: z
    .string()
    .max(BODY_MAX, 'body-too-long')
    .refine((body) => markdownNestingIssue(body) === null, 'body-too-deep'),
  lecture: z
    .object(
      {
        title: z.string().trim().max(TITLE_MAX, 'title-too-long'),
        video: z.string(),
        captions: z.string(),
      },
      { error: 'stale-form' },
    )
    .nullable(),
  attachments: z.array(attachment, { error: 'stale-form' }).max(30, 'attachments-too-many'),
});
export type LessonInput = z.infer<typeof lessonSchema>;

export const newLessonSchema = z.object({ moduleId: z.coerce.number().int().positive(), title });

export const publishSchema = z.object({
  moduleId: z.coerce.number().int().positive(),
  changelog: z.string().trim().min(1, 'changelog-required').max(CHANGELOG_MAX, 'changelog-too-long'),
});

export const coOwnerSchema = z.object({
  moduleId: z.coerce.number().int().positive(),
  email: z.string().trim().toLowerCase().min(1, 'email-required').max(254, 'email-invalid').pipe(z.email('email-invalid')),
});

/** Moving a lesson or a question: the list as the editor saw it names what it started from. */
export const moveSchema = z.object({
  moduleId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
  direction: z.enum(['up', 'down']),
  seen: z
    .string()
    .regex(/^\d+(,\d+)*$/)
    .transform((text) => text.split(',').map(Number)),
});

/** Reads a JSON form field; undefined when absent or not JSON (zod then names the problem). */
export function jsonField(form: FormData, name: string): unknown {
  const value = form.get(name);
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
