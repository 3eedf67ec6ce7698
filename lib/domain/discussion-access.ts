/**
 * Who may do what in a cohort's discussions (the cohort forum and every
 * lesson discussion of the cohort). One pure rule for pages, actions and
 * commands alike; the unit test walks every standing × action.
 *
 * - Members of the cohort take part. A trainee sees only the discussions of
 *   cohorts they belong to.
 * - Instructor and manager members of the cohort, and administrators, are
 *   moderators: they pin, lock, hide and unhide, post announcements, see
 *   hidden posts with their reasons and the moderation queue.
 * - Everyone else is an outsider and is answered 404 for everything, so a
 *   discussion never reveals that a cohort exists.
 */
import { isRole, type Role } from './permissions';

export const discussionActions = [
  'view',
  'post', // start a thread, or post in one
  'reply', // reply to a post (one level)
  'edit', // own post, within the edit window
  'delete', // own post
  'pin',
  'lock',
  'hide', // and unhide, with a reason
  'report',
  'announce', // a forum thread every member is notified of
  'see-hidden', // a hidden post's text and the reason
  'moderation-queue',
] as const;
export type DiscussionAction = (typeof discussionActions)[number];

export type DiscussionStanding = 'moderator' | 'participant' | 'outsider';

/** How long after posting its author may still edit a post. */
export const EDIT_WINDOW_MS = 30 * 60_000;

/** Who is asking: their account role and their role in the cohort (null: not a member). */
export interface DiscussionViewer {
  userId: number;
  role: Role | string;
  memberRole: string | null;
}

/** The facts of a post an action may depend on. */
export interface PostFacts {
  authorId: number | null;
  createdAt: Date;
  deleted: boolean;
  hidden: boolean;
  /** A reply (it cannot itself be replied to). */
  isReply: boolean;
}

/** The facts of the thread an action happens in. */
export interface ThreadFacts {
  locked: boolean;
}

/**
 * Why an action is refused: not-found (outsiders; also posts that are gone),
 * forbidden (the standing does not allow it), or a reason the user can act on.
 */
export type DiscussionRefusal =
  | 'not-found'
  | 'forbidden'
  | 'locked'
  | 'not-author'
  | 'edit-window-closed'
  | 'deleted'
  | 'hidden'
  | 'reply-to-reply'
  | 'own-post';

export type DiscussionDecision = { allowed: true } | { allowed: false; refusal: DiscussionRefusal };

/** Moderator, participant or outsider, from the account role and the role in the cohort. */
export function discussionStanding(viewer: Pick<DiscussionViewer, 'role' | 'memberRole'>): DiscussionStanding {
  if (isRole(viewer.role) && viewer.role === 'admin') return 'moderator';
  if (viewer.memberRole === 'instructor' || viewer.memberRole === 'manager') return 'moderator';
  if (viewer.memberRole === 'trainee') return 'participant';
  return 'outsider';
}

const allowed: DiscussionDecision = { allowed: true };
const refuse = (refusal: DiscussionRefusal): DiscussionDecision => ({ allowed: false, refusal });

const moderatorOnly: ReadonlySet<DiscussionAction> = new Set(['pin', 'lock', 'hide', 'announce', 'see-hidden', 'moderation-queue']);

/**
 * Whether `viewer` may do `action`, given the thread and post it concerns
 * (when it concerns one) and the time. Outsiders get 'not-found' for every
 * action; a participant asking for a moderator's action gets 'forbidden'.
 */
export function decideDiscussion(
  action: DiscussionAction,
  viewer: DiscussionViewer,
  target: { thread?: ThreadFacts; post?: PostFacts; now?: Date } = {},
): DiscussionDecision {
  const standing = discussionStanding(viewer);
  if (standing === 'outsider') return refuse('not-found');
  const moderator = standing === 'moderator';
  if (moderatorOnly.has(action)) return moderator ? allowed : refuse('forbidden');
  const { thread, post } = target;
  switch (action) {
    case 'view':
      return allowed;
    case 'post':
      return thread?.locked && !moderator ? refuse('locked') : allowed;
    case 'reply':
      if (thread?.locked && !moderator) return refuse('locked');
      if (post?.deleted) return refuse('deleted');
      if (post?.hidden) return refuse('hidden');
      return post?.isReply ? refuse('reply-to-reply') : allowed;
    case 'edit':
      if (!post || post.authorId !== viewer.userId) return refuse('not-author');
      if (post.deleted) return refuse('deleted');
      if (post.hidden) return refuse('hidden');
      if (thread?.locked && !moderator) return refuse('locked');
      return (target.now?.getTime() ?? Infinity) - post.createdAt.getTime() <= EDIT_WINDOW_MS ? allowed : refuse('edit-window-closed');
    case 'delete':
      if (!post || post.authorId !== viewer.userId) return refuse('not-author');
      return post.deleted ? refuse('deleted') : allowed;
    case 'report':
      if (!post || post.deleted) return refuse('deleted');
      return post.authorId === viewer.userId ? refuse('own-post') : allowed;
    default:
      return refuse('forbidden');
  }
}

/** Shorthand: true when {@link decideDiscussion} allows it. */
export function mayInDiscussion(action: DiscussionAction, viewer: DiscussionViewer, target?: Parameters<typeof decideDiscussion>[2]): boolean {
  return decideDiscussion(action, viewer, target).allowed;
}
