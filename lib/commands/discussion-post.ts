import 'server-only';
import {
  cohortAudience,
  cohortHasLesson,
  ensureDiscussion,
  followerIds,
  insertPost,
  insertThread,
  postTimesSince,
  setFollow,
  type DiscussionPlace,
} from '@/db/queries/discussion-writes';
import { discussionMemberRole } from '@/db/queries/discussion-context';
import { bodyProblem, rateLimitRetryAt, RATE_WINDOW_MS, referenceProblem, secondsUntil } from '@/lib/domain/discussion-limits';
import { AppError } from '@/lib/errors';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { postReferences, renderPost } from '@/lib/markdown/post';
import { ensureAllowed, postFor, refusalError, threadFor, viewerIn, type DiscussionActor } from './discussion-guard';
import { notifyNewPost } from './discussion-notify';
import { inTransaction, type Tx } from './transaction';

/** Refusal of a post by the rate limit: says when the user may post again. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('conflict:rate-limited', `You are posting too fast. Try again in ${retryAfterSeconds} seconds.`);
  }
}

/**
 * The checks every new or edited body passes, in the order a user can fix
 * them: text (blank, too long), attachments, then (for new posts) the rate.
 */
export function checkBody(body: string): void {
  const problem = bodyProblem(body);
  if (problem) throw new AppError(`invalid:${problem}`, problem === 'body-required' ? 'Write something to post.' : 'The post is too long.');
  if (markdownNestingIssue(body)) throw new AppError('invalid:body-too-deep', 'The post nests quotes, lists or emphasis too deeply.');
  for (const reference of postReferences(body)) {
    const refused = referenceProblem(reference);
    if (refused) throw new AppError(`invalid:${refused}`, 'Posts cannot carry attachments or images; link to the lesson’s files instead.');
  }
}

function checkRate(tx: Tx, authorId: number, now: Date): void {
  const retryAt = rateLimitRetryAt(postTimesSince(tx, authorId, new Date(now.getTime() - RATE_WINDOW_MS)), now);
  if (retryAt) throw new RateLimitedError(secondsUntil(retryAt, now));
}

/** Stores a post rendered with the cohort's members as mention candidates; returns its id and whom it mentions. */
function storePost(
  tx: Tx,
  input: { cohortId: number; threadId: number; parentId: number | null; authorId: number; body: string; now: Date },
) {
  const audience = cohortAudience(tx, input.cohortId);
  const rendered = renderPost(input.body, audience.members);
  const postId = insertPost(tx, { ...input, bodyHtml: rendered.html });
  return { postId, mentionedIds: rendered.mentionedIds, audience };
}

export interface StartThreadInput {
  actor: DiscussionActor & { name: string };
  cohortId: number;
  place: DiscussionPlace;
  title: string;
  body: string;
  /** A forum thread every member is notified of: moderators only. */
  announcement: boolean;
  now: Date;
}

/**
 * Command: starts a thread (title and opening post) in the cohort forum or a
 * lesson's discussion of the cohort. The author follows it; mentioned members
 * (and, for an announcement, every member) are notified in the same
 * transaction. Returns the thread and post ids.
 */
export function startThread(input: StartThreadInput): { threadId: number; postId: number } {
  const { actor, cohortId, place, now } = input;
  checkBody(input.body);
  return inTransaction((tx) => {
    const viewer = viewerIn(tx, cohortId, actor);
    ensureAllowed('post', viewer);
    if (input.announcement) {
      ensureAllowed('announce', viewer);
      if (place.kind !== 'forum') throw new AppError('invalid:announcement-not-in-forum', 'Announcements go in the cohort forum.');
    }
    if (place.kind === 'lesson' && !cohortHasLesson(tx, cohortId, place.moduleId, place.lessonKey)) throw refusalError('not-found');
    checkRate(tx, actor.id, now);
    const discussionId = ensureDiscussion(tx, cohortId, place);
    const threadId = insertThread(tx, {
      discussionId,
      authorId: actor.id,
      title: input.title.trim(),
      announcement: input.announcement,
      now,
    });
    const { postId, mentionedIds, audience } = storePost(tx, {
      cohortId,
      threadId,
      parentId: null,
      authorId: actor.id,
      body: input.body,
      now,
    });
    setFollow(tx, actor.id, threadId, true, now);
    notifyNewPost(tx, {
      facts: {
        authorId: actor.id,
        threadAuthorId: actor.id,
        parentAuthorId: null,
        opensThread: true,
        mentionedIds,
        followerIds: [],
        announcedTo: input.announcement ? audience.members.map((m) => m.id) : [],
      },
      actorName: actor.name,
      threadId,
      postId,
      title: input.title.trim(),
      cohortName: audience.name,
      now,
    });
    return { threadId, postId };
  });
}

export interface PostInThreadInput {
  actor: DiscussionActor & { name: string };
  threadId: number;
  /** The post this one replies to (one level), or null for a post in the thread. */
  parentId: number | null;
  body: string;
  now: Date;
}

/**
 * Command: posts in a thread, or replies to one of its posts. The author
 * starts following the thread; the replied-to authors, mentioned members and
 * followers are notified in the same transaction. Returns the post id.
 */
export function postInThread(input: PostInThreadInput): number {
  const { actor, now } = input;
  checkBody(input.body);
  return inTransaction((tx) => {
    const parent = input.parentId === null ? null : postFor(tx, input.parentId, actor, 'reply', now).post;
    const thread = parent ? parent.thread : threadFor(tx, input.threadId, actor, 'post').thread;
    if (parent && parent.threadId !== input.threadId) throw refusalError('not-found');
    checkRate(tx, actor.id, now);
    const followers = followerIds(tx, thread.id);
    const { postId, mentionedIds } = storePost(tx, {
      cohortId: thread.cohortId,
      threadId: thread.id,
      parentId: parent?.id ?? null,
      authorId: actor.id,
      body: input.body,
      now,
    });
    setFollow(tx, actor.id, thread.id, true, now);
    // Only people who can still read the thread hear of it (a follower may have left the cohort).
    const members = followers.filter((id) => discussionMemberRole(tx, thread.cohortId, id) !== null);
    notifyNewPost(tx, {
      facts: {
        authorId: actor.id,
        threadAuthorId: thread.authorId,
        parentAuthorId: parent?.authorId ?? null,
        opensThread: false,
        mentionedIds,
        followerIds: members,
        announcedTo: [],
      },
      actorName: actor.name,
      threadId: thread.id,
      postId,
      title: thread.title,
      cohortName: thread.cohortName,
      now,
    });
    return postId;
  });
}
