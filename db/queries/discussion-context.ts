import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { SyncDatabase } from './module-draft';
import { cohortMembers, cohorts, discussionPosts, discussionThreads, discussions } from '../schema';

/** A thread with the discussion and cohort it belongs to: what access to it depends on. */
export interface ThreadContext {
  id: number;
  title: string;
  authorId: number | null;
  announcement: boolean;
  pinned: boolean;
  locked: boolean;
  discussionId: number;
  cohortId: number;
  cohortName: string;
  /** The cohort's time zone: post times are shown in it. */
  timeZone: string;
  kind: 'forum' | 'lesson';
  moduleId: number | null;
  lessonKey: string | null;
  /** The thread's opening post. */
  openingPostId: number | null;
}

/** A post with its thread's context. */
export interface PostContext {
  id: number;
  threadId: number;
  parentId: number | null;
  authorId: number | null;
  createdAt: Date;
  deleted: boolean;
  hidden: boolean;
  thread: ThreadContext;
}

/** The thread and its place, or null when there is no such thread. */
export function loadThreadContext(db: SyncDatabase, threadId: number): ThreadContext | null {
  const row = db
    .select({
      id: discussionThreads.id,
      title: discussionThreads.title,
      authorId: discussionThreads.authorId,
      announcement: discussionThreads.announcement,
      pinnedAt: discussionThreads.pinnedAt,
      lockedAt: discussionThreads.lockedAt,
      discussionId: discussions.id,
      cohortId: discussions.cohortId,
      cohortName: cohorts.name,
      timeZone: cohorts.timeZone,
      kind: discussions.kind,
      moduleId: discussions.moduleId,
      lessonKey: discussions.lessonKey,
    })
    .from(discussionThreads)
    .innerJoin(discussions, eq(discussions.id, discussionThreads.discussionId))
    .innerJoin(cohorts, eq(cohorts.id, discussions.cohortId))
    .where(eq(discussionThreads.id, threadId))
    .get();
  if (!row) return null;
  const opening = db
    .select({ id: discussionPosts.id })
    .from(discussionPosts)
    .where(eq(discussionPosts.threadId, threadId))
    .orderBy(asc(discussionPosts.id))
    .limit(1)
    .get();
  const { pinnedAt, lockedAt, ...rest } = row;
  return { ...rest, pinned: pinnedAt !== null, locked: lockedAt !== null, openingPostId: opening?.id ?? null };
}

/** The post and its thread's context, or null when there is no such post. */
export function loadPostContext(db: SyncDatabase, postId: number): PostContext | null {
  const post = db
    .select({
      id: discussionPosts.id,
      threadId: discussionPosts.threadId,
      parentId: discussionPosts.parentId,
      authorId: discussionPosts.authorId,
      createdAt: discussionPosts.createdAt,
      deletedAt: discussionPosts.deletedAt,
      hiddenAt: discussionPosts.hiddenAt,
    })
    .from(discussionPosts)
    .where(eq(discussionPosts.id, postId))
    .get();
  const thread = post ? loadThreadContext(db, post.threadId) : null;
  if (!post || !thread) return null;
  const { deletedAt, hiddenAt, ...rest } = post;
  return { ...rest, deleted: deletedAt !== null, hidden: hiddenAt !== null, thread };
}

/** The user's role in the cohort, or null when not a member. */
export function discussionMemberRole(db: SyncDatabase, cohortId: number, userId: number): string | null {
  return (
    db
      .select({ role: cohortMembers.role })
      .from(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
      .get()?.role ?? null
  );
}
