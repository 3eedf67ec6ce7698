import 'server-only';
import { advanceReadMark, insertReport, latestPostIds, setFollow, type DiscussionPlace } from '@/db/queries/discussion-writes';
import { findDiscussionId, threadIdsOf } from '@/db/queries/discussions';
import { MAX_REASON_CHARACTERS } from '@/lib/domain/discussion-limits';
import { AppError } from '@/lib/errors';
import { ensureAllowed, postFor, threadFor, viewerIn, type DiscussionActor } from './discussion-guard';
import { inTransaction } from './transaction';

/**
 * Command: "report this post". One report per person and post; it stays in
 * the moderation queue until a moderator resolves it or hides the post.
 * Returns false when this person had already reported the post.
 */
export function reportPost(input: { actor: DiscussionActor; postId: number; reason: string; now: Date }): boolean {
  const reason = input.reason.trim();
  if (reason === '') throw new AppError('invalid:reason-required', 'Say what is wrong with the post.');
  if ([...reason].length > MAX_REASON_CHARACTERS) throw new AppError('invalid:reason-too-long', 'The reason is too long.');
  return inTransaction((tx) => {
    const { post } = postFor(tx, input.postId, input.actor, 'report', input.now);
    return insertReport(tx, { postId: post.id, reporterId: input.actor.id, reason, now: input.now });
  });
}

/** Command: follows a thread (told of every new post) or stops following it. */
export function setFollowing(input: { actor: DiscussionActor; threadId: number; follow: boolean; now: Date }): void {
  inTransaction((tx) => {
    const { thread } = threadFor(tx, input.threadId, input.actor, 'view');
    setFollow(tx, input.actor.id, thread.id, input.follow, input.now);
  });
}

/** Command: marks a thread read up to a post the reader has seen (the mark never moves back). */
export function markThreadRead(input: { actor: DiscussionActor; threadId: number; upToPostId: number; now: Date }): void {
  inTransaction((tx) => {
    const { thread } = threadFor(tx, input.threadId, input.actor, 'view');
    const latest = latestPostIds(tx, [thread.id])[0]?.postId ?? 0;
    advanceReadMark(tx, input.actor.id, thread.id, Math.min(input.upToPostId, latest), input.now);
  });
}

/** Command: marks every thread of a discussion place of the cohort read. */
export function markDiscussionRead(input: { actor: DiscussionActor; cohortId: number; place: DiscussionPlace; now: Date }): void {
  inTransaction((tx) => {
    ensureAllowed('view', viewerIn(tx, input.cohortId, input.actor));
    const discussionId = findDiscussionId(input.cohortId, input.place, tx);
    if (discussionId === null) return;
    for (const { threadId, postId } of latestPostIds(tx, threadIdsOf(tx, discussionId)))
      advanceReadMark(tx, input.actor.id, threadId, postId, input.now);
  });
}
