import 'server-only';
import {
  cohortAudience,
  markPostDeleted,
  postHasFollowers,
  removePost,
  removeThread,
  updatePostBody,
} from '@/db/queries/discussion-writes';
import { renderPost } from '@/lib/markdown/post';
import { postFor, type DiscussionActor } from './discussion-guard';
import { checkBody } from './discussion-post';
import { inTransaction } from './transaction';

/**
 * Command: the author edits their post within 30 minutes of posting (not once
 * deleted or hidden, nor in a locked thread). Keeps `editedAt`. Mentions are
 * re-rendered but notify no one again: the edit window is short, and a
 * notification per typo fix would be noise.
 */
export function editPost(input: { actor: DiscussionActor; postId: number; body: string; now: Date }): void {
  checkBody(input.body);
  inTransaction((tx) => {
    const { post } = postFor(tx, input.postId, input.actor, 'edit', input.now);
    const rendered = renderPost(input.body, cohortAudience(tx, post.thread.cohortId).members);
    updatePostBody(tx, post.id, input.body, rendered.html, input.now);
  });
}

/** What deleting did: the post stays as "deleted" (it has replies), is gone, or took its empty thread with it. */
export type DeleteOutcome = 'marked-deleted' | 'removed' | 'thread-removed';

/**
 * Command: the author deletes their post. A post others have answered (a
 * reply to it, or for an opening post any other post in the thread) stays in
 * place as "deleted", its text gone; otherwise it is removed, and an opening
 * post alone in its thread takes the thread with it.
 */
export function deletePost(input: { actor: DiscussionActor; postId: number; now: Date }): {
  outcome: DeleteOutcome;
  threadId: number;
  discussionId: number;
  cohortId: number;
  kind: 'forum' | 'lesson';
} {
  return inTransaction((tx) => {
    const { post } = postFor(tx, input.postId, input.actor, 'delete', input.now);
    const isOpening = post.thread.openingPostId === post.id;
    const where = {
      threadId: post.threadId,
      discussionId: post.thread.discussionId,
      cohortId: post.thread.cohortId,
      kind: post.thread.kind,
    };
    if (postHasFollowers(tx, post.id, post.threadId, isOpening)) {
      markPostDeleted(tx, post.id, input.now);
      return { outcome: 'marked-deleted' as const, ...where };
    }
    if (isOpening) {
      removeThread(tx, post.threadId);
      return { outcome: 'thread-removed' as const, ...where };
    }
    removePost(tx, post.id);
    return { outcome: 'removed' as const, ...where };
  });
}
