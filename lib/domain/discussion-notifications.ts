/**
 * Who is told of a new post, and as what. Each person hears once, by the
 * strongest reason: a mention wins over a reply, a reply over a followed
 * thread. The author is never told of their own post. An announcement tells
 * every member of the cohort.
 */

export type PostNotificationKind = 'mention' | 'reply' | 'followed-thread' | 'announcement';

export interface NewPostFacts {
  authorId: number;
  /** The author of the thread's opening post (null: account removed). */
  threadAuthorId: number | null;
  /** The author of the post replied to, for a reply. */
  parentAuthorId: number | null;
  /** Whether this post opens its thread (no one is replied to then). */
  opensThread: boolean;
  mentionedIds: readonly number[];
  followerIds: readonly number[];
  /** Every member of the cohort, when the post opens an announcement; empty otherwise. */
  announcedTo: readonly number[];
}

export interface PlannedNotification {
  kind: PostNotificationKind;
  recipientIds: number[];
}

/** The notifications a new post sends, strongest reason first, each recipient once; kinds with nobody left are dropped. */
export function planPostNotifications(facts: NewPostFacts): PlannedNotification[] {
  const told = new Set<number>([facts.authorId]);
  const take = (ids: readonly (number | null)[]) => {
    const fresh = [...new Set(ids.filter((id): id is number => id !== null && !told.has(id)))];
    fresh.forEach((id) => told.add(id));
    return fresh;
  };
  const replied = facts.opensThread ? [] : [facts.parentAuthorId, facts.threadAuthorId];
  const plan: PlannedNotification[] = [
    { kind: 'mention', recipientIds: take(facts.mentionedIds) },
    { kind: 'announcement', recipientIds: take(facts.announcedTo) },
    { kind: 'reply', recipientIds: take(replied) },
    { kind: 'followed-thread', recipientIds: take(facts.followerIds) },
  ];
  return plan.filter((entry) => entry.recipientIds.length > 0);
}
