import 'server-only';
import { planPostNotifications, type NewPostFacts } from '@/lib/domain/discussion-notifications';
import { notify, type NotificationInput } from '@/lib/notifications/notify';
import type { Tx } from './transaction';

/** The app path that opens a post: it redirects to the thread page the post is on. */
export function postHref(postId: number): string {
  return `/discussions/posts/${postId}`;
}

/**
 * Follow-up of a new post, in its command's transaction: notifies each person
 * once by the strongest reason (mention, announcement, reply, followed thread).
 */
export function notifyNewPost(
  tx: Tx,
  input: { facts: NewPostFacts; actorName: string; threadId: number; postId: number; title: string; cohortName: string; now: Date },
): void {
  const plan = planPostNotifications(input.facts);
  const href = postHref(input.postId);
  const notifications = plan.map(({ kind, recipientIds }): NotificationInput => ({
    kind,
    recipientIds,
    actorId: input.facts.authorId,
    href,
    params:
      kind === 'announcement'
        ? { actor: input.actorName, title: input.title, cohort: input.cohortName }
        : { actor: input.actorName, title: input.title },
    dedupeKey: `discussion-post-${input.postId}`,
  }));
  if (notifications.length > 0) notify(tx, notifications, input.now);
}
