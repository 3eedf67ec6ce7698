import 'server-only';
import { writeAudit } from '@/db/queries/audit';
import { resolveOpenReports, setPostHidden, setThreadFlag } from '@/db/queries/discussion-writes';
import { AppError } from '@/lib/errors';
import { postFor, threadFor, type DiscussionActor } from './discussion-guard';
import { inTransaction } from './transaction';

/** Command: a moderator pins or unpins a thread (pinned threads sort first). Audited. */
export function setThreadPinned(input: { actor: DiscussionActor; threadId: number; pinned: boolean; now: Date }): void {
  setThreadFlagAudited(input, 'pin', 'pinnedAt', input.pinned, ['discussion.thread-pinned', 'discussion.thread-unpinned']);
}

/**
 * Command: a moderator locks a thread (only moderators post in it then) or unlocks it. Audited.
 * Locking is checked as 'lock', not 'post': a moderator may always reach a locked thread.
 */
export function setThreadLocked(input: { actor: DiscussionActor; threadId: number; locked: boolean; now: Date }): void {
  setThreadFlagAudited(input, 'lock', 'lockedAt', input.locked, ['discussion.thread-locked', 'discussion.thread-unlocked']);
}

/** Sets or clears one moderation flag of a thread and audits it, in one transaction. */
function setThreadFlagAudited(
  input: { actor: DiscussionActor; threadId: number; now: Date },
  check: 'pin' | 'lock',
  flag: 'pinnedAt' | 'lockedAt',
  on: boolean,
  [onAction, offAction]: [string, string],
): void {
  inTransaction((tx) => {
    const { thread } = threadFor(tx, input.threadId, input.actor, check);
    setThreadFlag(tx, thread.id, flag, on ? input.now : null);
    writeAudit(
      {
        actorId: input.actor.id,
        action: on ? onAction : offAction,
        targetType: 'discussion-thread',
        targetId: thread.id,
        details: { cohortId: thread.cohortId, title: thread.title },
      },
      tx,
    );
  });
}

/**
 * Command: a moderator hides a post with a reason (the author and moderators
 * still see it, with the reason; others see that it was hidden), or shows it
 * again. Either way the audit log records who, when and why. Hiding also
 * resolves the post's open reports: the moderator has acted on them.
 */
export function setPostHiddenState(input: { actor: DiscussionActor; postId: number; hidden: boolean; reason: string; now: Date }): void {
  const reason = input.reason.trim();
  if (input.hidden && reason === '') throw new AppError('invalid:reason-required', 'Say why the post is hidden.');
  inTransaction((tx) => {
    const { post } = postFor(tx, input.postId, input.actor, 'hide', input.now);
    if (post.deleted) throw new AppError('gone:deleted', 'This post has been deleted.');
    setPostHidden(tx, post.id, input.hidden ? { at: input.now, byId: input.actor.id, reason } : null);
    if (input.hidden) resolveOpenReports(tx, post.id, input.actor.id, input.now);
    writeAudit(
      {
        actorId: input.actor.id,
        action: input.hidden ? 'discussion.post-hidden' : 'discussion.post-unhidden',
        targetType: 'discussion-post',
        targetId: post.id,
        details: { cohortId: post.thread.cohortId, threadId: post.threadId, authorId: post.authorId, ...(input.hidden ? { reason } : {}) },
      },
      tx,
    );
  });
}

/** Command: a moderator resolves the open reports of a post, leaving it as it is. Audited. Returns how many were resolved. */
export function resolvePostReports(input: { actor: DiscussionActor; postId: number; now: Date }): number {
  return inTransaction((tx) => {
    const { post } = postFor(tx, input.postId, input.actor, 'moderation-queue', input.now);
    const resolved = resolveOpenReports(tx, post.id, input.actor.id, input.now);
    if (resolved > 0)
      writeAudit(
        {
          actorId: input.actor.id,
          action: 'discussion.reports-resolved',
          targetType: 'discussion-post',
          targetId: post.id,
          details: { cohortId: post.thread.cohortId, reports: resolved },
        },
        tx,
      );
    return resolved;
  });
}
