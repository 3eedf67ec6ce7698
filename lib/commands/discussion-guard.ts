import 'server-only';
import {
  discussionMemberRole,
  loadPostContext,
  loadThreadContext,
  type PostContext,
  type ThreadContext,
} from '@/db/queries/discussion-context';
import {
  decideDiscussion,
  type DiscussionAction,
  type DiscussionRefusal,
  type DiscussionViewer,
  type PostFacts,
} from '@/lib/domain/discussion-access';
import { AppError, type AppErrorKind } from '@/lib/errors';
import type { Tx } from './transaction';

/** Who acts: the signed-in user's id and account role (the cohort role is read in the transaction). */
export interface DiscussionActor {
  id: number;
  role: string;
}

const refusalErrors: Record<DiscussionRefusal, [AppErrorKind, string]> = {
  'not-found': ['not-found', 'No such discussion.'],
  forbidden: ['forbidden', 'Only the cohort’s instructors and managers may do this.'],
  locked: ['conflict', 'This thread is locked.'],
  'not-author': ['forbidden', 'Only the author may do this.'],
  'edit-window-closed': ['conflict', 'Posts can be edited for 30 minutes after posting.'],
  deleted: ['gone', 'This post has been deleted.'],
  hidden: ['conflict', 'This post has been hidden by a moderator.'],
  'reply-to-reply': ['invalid', 'Reply to the post this reply answers.'],
  'own-post': ['invalid', 'You cannot report your own post.'],
};

/** The AppError for a refusal: its code is `<kind>:<refusal>`, which the forms translate. */
export function refusalError(refusal: DiscussionRefusal): AppError {
  const [kind, message] = refusalErrors[refusal];
  return new AppError(`${kind}:${refusal}`, message);
}

/** The actor as a viewer of the cohort's discussions. */
export function viewerIn(tx: Tx, cohortId: number, actor: DiscussionActor): DiscussionViewer {
  return { userId: actor.id, role: actor.role, memberRole: discussionMemberRole(tx, cohortId, actor.id) };
}

/** The facts of a post the access rule reads. */
export function factsOf(post: PostContext): PostFacts {
  return {
    authorId: post.authorId,
    createdAt: post.createdAt,
    deleted: post.deleted,
    hidden: post.hidden,
    isReply: post.parentId !== null,
  };
}

/** Throws the refusal's AppError unless `action` is allowed. */
export function ensureAllowed(
  action: DiscussionAction,
  viewer: DiscussionViewer,
  target: Parameters<typeof decideDiscussion>[2] = {},
): void {
  const decision = decideDiscussion(action, viewer, target);
  if (!decision.allowed) throw refusalError(decision.refusal);
}

/** A thread the actor may do `action` in (404 for outsiders and unknown threads alike). */
export function threadFor(
  tx: Tx,
  threadId: number,
  actor: DiscussionActor,
  action: DiscussionAction,
): { thread: ThreadContext; viewer: DiscussionViewer } {
  const thread = loadThreadContext(tx, threadId);
  if (!thread) throw refusalError('not-found');
  const viewer = viewerIn(tx, thread.cohortId, actor);
  ensureAllowed(action, viewer, { thread: { locked: thread.locked } });
  return { thread, viewer };
}

/** A post the actor may do `action` to, at `now` (404 for outsiders and unknown posts alike). */
export function postFor(
  tx: Tx,
  postId: number,
  actor: DiscussionActor,
  action: DiscussionAction,
  now: Date,
): { post: PostContext; viewer: DiscussionViewer } {
  const post = loadPostContext(tx, postId);
  if (!post) throw refusalError('not-found');
  const viewer = viewerIn(tx, post.thread.cohortId, actor);
  ensureAllowed(action, viewer, { thread: { locked: post.thread.locked }, post: factsOf(post), now });
  return { post, viewer };
}
