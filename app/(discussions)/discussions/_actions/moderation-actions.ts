'use server';

import { revalidatePath } from 'next/cache';
import { ok } from '@/lib/actions/action-state';
import { resolvePostReports, setPostHiddenState, setThreadLocked, setThreadPinned } from '@/lib/commands/discussion-moderation';
import { hidePostSchema, postIdSchema, threadFlagSchema } from '@/lib/validation/discussions';
import { discussionForm } from './discussion-form';

function refresh(): void {
  revalidatePath('/discussions', 'layout');
  revalidatePath('/modules', 'layout');
}

/** A moderator pins or unpins a thread. */
export const pinThreadAction = discussionForm(threadFlagSchema, (input, { user }) => {
  setThreadPinned({ actor: user, threadId: input.threadId, pinned: input.on, now: new Date() });
  refresh();
  return ok(null, input.on ? 'pinned' : 'unpinned');
});

/** A moderator locks or unlocks a thread. */
export const lockThreadAction = discussionForm(threadFlagSchema, (input, { user }) => {
  setThreadLocked({ actor: user, threadId: input.threadId, locked: input.on, now: new Date() });
  refresh();
  return ok(null, input.on ? 'locked' : 'unlocked');
});

/** A moderator hides a post with a reason, or shows it again. */
export const hidePostAction = discussionForm(hidePostSchema, (input, { user }) => {
  setPostHiddenState({ actor: user, postId: input.postId, hidden: input.hidden, reason: input.reason, now: new Date() });
  refresh();
  return ok(null, input.hidden ? 'hidden' : 'unhidden');
});

/** A moderator resolves a post's open reports without hiding it. */
export const resolveReportsAction = discussionForm(postIdSchema, (input, { user }) => {
  resolvePostReports({ actor: user, postId: input.postId, now: new Date() });
  refresh();
  return ok(null, 'resolved');
});
