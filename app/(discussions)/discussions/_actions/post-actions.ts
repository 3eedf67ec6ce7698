'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getPublishedModule } from '@/db/queries/published';
import { ok } from '@/lib/actions/action-state';
import { deletePost, editPost } from '@/lib/commands/discussion-edit';
import { markDiscussionRead, markThreadRead, reportPost, setFollowing } from '@/lib/commands/discussion-participation';
import { postInThread, startThread } from '@/lib/commands/discussion-post';
import { AppError } from '@/lib/errors';
import type { DiscussionPlace } from '@/db/queries/discussion-writes';
import {
  editPostSchema,
  markDiscussionReadSchema,
  markReadSchema,
  postIdSchema,
  postInThreadSchema,
  reportPostSchema,
  startThreadSchema,
  threadFlagSchema,
} from '@/lib/validation/discussions';
import { discussionForm } from './discussion-form';

/** Where a thread's posts show: its page, its discussion's list and the lesson or forum page above it. */
function refreshDiscussionPages(): void {
  // Discussion pages are per user and dynamic; this drops the client router's copies of them.
  revalidatePath('/discussions', 'layout');
  revalidatePath('/modules', 'layout');
  revalidatePath('/learn');
}

/** The cohort forum (no module named) or a lesson's discussion, by module slug and lesson key. */
function placeOf(input: { moduleSlug: string; lessonKey: string }): DiscussionPlace {
  if (input.moduleSlug === '') return { kind: 'forum' };
  const courseModule = getPublishedModule(input.moduleSlug);
  if (!courseModule || !courseModule.lessons.some((lesson) => lesson.key === input.lessonKey))
    throw new AppError('not-found:not-found', 'No such lesson.');
  return { kind: 'lesson', moduleId: courseModule.id, lessonKey: input.lessonKey };
}

/** Starts a thread in the cohort forum (no module) or in a lesson's discussion. */
export const startThreadAction = discussionForm(startThreadSchema, (input, { user }) => {
  const place = placeOf(input);
  const created = startThread({
    actor: user,
    cohortId: input.cohortId,
    place,
    title: input.title,
    body: input.body,
    announcement: input.announcement,
    now: new Date(),
  });
  refreshDiscussionPages();
  return ok(created, 'thread-started');
});

/** Posts in a thread, or replies to one of its posts. */
export const postInThreadAction = discussionForm(postInThreadSchema, (input, { user }) => {
  const postId = postInThread({ actor: user, threadId: input.threadId, parentId: input.parentId, body: input.body, now: new Date() });
  refreshDiscussionPages();
  return ok({ postId }, input.parentId === null ? 'posted' : 'replied');
});

/** The author edits their post (within 30 minutes). */
export const editPostAction = discussionForm(editPostSchema, (input, { user }) => {
  editPost({ actor: user, postId: input.postId, body: input.body, now: new Date() });
  refreshDiscussionPages();
  return ok(null, 'edited');
});

/** The author deletes their post; when that removed the whole thread, on to where the thread was listed. */
export const deletePostAction = discussionForm(postIdSchema, (input, { user }) => {
  const result = deletePost({ actor: user, postId: input.postId, now: new Date() });
  refreshDiscussionPages();
  if (result.outcome === 'thread-removed')
    redirect(result.kind === 'forum' ? `/discussions/cohorts/${result.cohortId}` : `/discussions/lessons/${result.discussionId}`);
  return ok(result, 'deleted');
});

/** "Report this post". */
export const reportPostAction = discussionForm(reportPostSchema, (input, { user }) => {
  const fresh = reportPost({ actor: user, postId: input.postId, reason: input.reason, now: new Date() });
  revalidatePath('/discussions', 'layout');
  return ok(null, fresh ? 'reported' : 'already-reported');
});

/** Follows or stops following a thread. */
export const followThreadAction = discussionForm(threadFlagSchema, (input, { user }) => {
  setFollowing({ actor: user, threadId: input.threadId, follow: input.on, now: new Date() });
  revalidatePath(`/discussions/threads/${input.threadId}`);
  return ok({ following: input.on }, input.on ? 'following' : 'not-following');
});

/** "Mark all as read" for the cohort forum or a lesson's discussion. */
export const markDiscussionReadAction = discussionForm(markDiscussionReadSchema, (input, { user }) => {
  markDiscussionRead({ actor: user, cohortId: input.cohortId, place: placeOf(input), now: new Date() });
  refreshDiscussionPages();
  return ok(null);
});

/** Marks a thread read up to the newest post its page showed (sent by the thread page once shown). */
export const markThreadReadAction = discussionForm(markReadSchema, (input, { user }) => {
  markThreadRead({ actor: user, threadId: input.threadId, upToPostId: input.upToPostId, now: new Date() });
  return ok(null);
});
