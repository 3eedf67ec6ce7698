import { z } from 'zod';
import { bodyProblem, MAX_REASON_CHARACTERS, MAX_TITLE_CHARACTERS, referenceProblem } from '@/lib/domain/discussion-limits';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { postReferences } from '@/lib/markdown/post';

/** Messages are catalog keys under `discussionErrors`. */
const id = z.coerce.number({ error: 'invalid' }).int('invalid').positive('invalid');
const optionalId = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return null;
    if (!/^[1-9]\d{0,14}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'invalid' });
      return z.NEVER;
    }
    return Number(value);
  });
const flag = z.enum(['', 'on', 'true', 'false', '1', '0']).transform((value) => value === 'on' || value === 'true' || value === '1');

/** A post body: the length and attachment rules, checked before anything is saved. */
export const postBodySchema = z.string().superRefine((body, ctx) => {
  const problem = bodyProblem(body);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return;
  }
  if (markdownNestingIssue(body)) {
    ctx.addIssue({ code: 'custom', message: 'body-too-deep' });
    return;
  }
  const refused = postReferences(body)
    .map(referenceProblem)
    .find((p) => p !== null);
  if (refused) ctx.addIssue({ code: 'custom', message: refused });
});

const title = z.string().trim().min(1, 'title-required').max(MAX_TITLE_CHARACTERS, 'title-too-long');
const reason = z.string().trim().min(1, 'reason-required').max(MAX_REASON_CHARACTERS, 'reason-too-long');

/** Starting a thread: in the cohort forum (no lesson), or a lesson's discussion (module slug and lesson key). */
export const startThreadSchema = z.object({
  cohortId: id,
  moduleSlug: z.string().trim().max(120, 'invalid'),
  lessonKey: z.string().trim().max(120, 'invalid'),
  title,
  body: postBodySchema,
  announcement: flag,
});

export const postInThreadSchema = z.object({ threadId: id, parentId: optionalId, body: postBodySchema });
export const editPostSchema = z.object({ postId: id, body: postBodySchema });
export const postIdSchema = z.object({ postId: id });
export const reportPostSchema = z.object({ postId: id, reason });
export const hidePostSchema = z.object({
  postId: id,
  hidden: flag,
  reason: z.string().trim().max(MAX_REASON_CHARACTERS, 'reason-too-long'),
});
export const threadFlagSchema = z.object({ threadId: id, on: flag });
export const markReadSchema = z.object({ threadId: id, upToPostId: id });
export const markDiscussionReadSchema = z.object({
  cohortId: id,
  moduleSlug: z.string().trim().max(120, 'invalid'),
  lessonKey: z.string().trim().max(120, 'invalid'),
});
