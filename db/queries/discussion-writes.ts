import 'server-only';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { SyncDatabase } from './module-draft';
import {
  cohortMembers,
  cohorts,
  modules,
  programmeModules,
  publishedLessons,
  discussionFollows,
  discussionPosts,
  discussionReads,
  discussionReports,
  discussionThreads,
  discussions,
  users,
} from '../schema';

/** A discussion place: the cohort forum, or one lesson's discussion (module id and lesson key). */
export type DiscussionPlace = { kind: 'forum' } | { kind: 'lesson'; moduleId: number; lessonKey: string };

/** The unique scope text of a place within its cohort. */
export function scopeOf(place: DiscussionPlace): string {
  return place.kind === 'forum' ? 'forum' : `lesson:${place.moduleId}:${place.lessonKey}`;
}

/** The discussion of `place` in the cohort, created when it is first needed. Returns its id. */
export function ensureDiscussion(tx: SyncDatabase, cohortId: number, place: DiscussionPlace): number {
  const scope = scopeOf(place);
  tx.insert(discussions)
    .values({
      cohortId,
      kind: place.kind,
      scope,
      moduleId: place.kind === 'lesson' ? place.moduleId : null,
      lessonKey: place.kind === 'lesson' ? place.lessonKey : null,
    })
    .onConflictDoNothing()
    .run();
  return tx
    .select({ id: discussions.id })
    .from(discussions)
    .where(and(eq(discussions.cohortId, cohortId), eq(discussions.scope, scope)))
    .get()!.id;
}

/** Whether the cohort's programme includes the module and its published version has the lesson. */
export function cohortHasLesson(tx: SyncDatabase, cohortId: number, moduleId: number, lessonKey: string): boolean {
  const row = tx
    .select({ one: sql<number>`1` })
    .from(cohorts)
    .innerJoin(programmeModules, and(eq(programmeModules.programmeId, cohorts.programmeId), eq(programmeModules.moduleId, moduleId)))
    .innerJoin(modules, eq(modules.id, programmeModules.moduleId))
    .innerJoin(publishedLessons, and(eq(publishedLessons.versionId, modules.publishedVersionId), eq(publishedLessons.key, lessonKey)))
    .where(eq(cohorts.id, cohortId))
    .get();
  return Boolean(row);
}

/** The cohort's name and its members' ids and names (for mentions and announcements). */
export function cohortAudience(tx: SyncDatabase, cohortId: number): { name: string; members: { id: number; name: string }[] } {
  const cohort = tx.select({ name: cohorts.name }).from(cohorts).where(eq(cohorts.id, cohortId)).get();
  const members = tx
    .select({ id: users.id, name: users.name })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(users.active, true)))
    .all();
  return { name: cohort?.name ?? '', members };
}

/** Creation times of the user's posts since `since`: the rate limit reads them. */
export function postTimesSince(tx: SyncDatabase, authorId: number, since: Date): Date[] {
  return tx
    .select({ createdAt: discussionPosts.createdAt })
    .from(discussionPosts)
    .where(and(eq(discussionPosts.authorId, authorId), gt(discussionPosts.createdAt, since)))
    .all()
    .map((row) => row.createdAt);
}

export function insertThread(
  tx: SyncDatabase,
  values: { discussionId: number; authorId: number; title: string; announcement: boolean; now: Date },
): number {
  return tx
    .insert(discussionThreads)
    .values({
      discussionId: values.discussionId,
      authorId: values.authorId,
      title: values.title,
      announcement: values.announcement,
      lastActivityAt: values.now,
      createdAt: values.now,
    })
    .returning({ id: discussionThreads.id })
    .get().id;
}

export function insertPost(
  tx: SyncDatabase,
  values: { threadId: number; parentId: number | null; authorId: number; body: string; bodyHtml: string; now: Date },
): number {
  const id = tx
    .insert(discussionPosts)
    .values({
      threadId: values.threadId,
      parentId: values.parentId,
      authorId: values.authorId,
      body: values.body,
      bodyHtml: values.bodyHtml,
      createdAt: values.now,
    })
    .returning({ id: discussionPosts.id })
    .get().id;
  tx.update(discussionThreads).set({ lastActivityAt: values.now }).where(eq(discussionThreads.id, values.threadId)).run();
  return id;
}

export function updatePostBody(tx: SyncDatabase, postId: number, body: string, bodyHtml: string, now: Date): void {
  tx.update(discussionPosts).set({ body, bodyHtml, editedAt: now }).where(eq(discussionPosts.id, postId)).run();
}

/** Whether any other post hangs on this one: replies to it, or (for an opening post) the rest of its thread. */
export function postHasFollowers(tx: SyncDatabase, postId: number, threadId: number, isOpening: boolean): boolean {
  const condition = isOpening
    ? and(eq(discussionPosts.threadId, threadId), sql`${discussionPosts.id} <> ${postId}`)
    : eq(discussionPosts.parentId, postId);
  return Boolean(tx.select({ id: discussionPosts.id }).from(discussionPosts).where(condition).limit(1).get());
}

/** Leaves the post in place as "deleted", its text gone. */
export function markPostDeleted(tx: SyncDatabase, postId: number, now: Date): void {
  tx.update(discussionPosts).set({ body: '', bodyHtml: '', deletedAt: now }).where(eq(discussionPosts.id, postId)).run();
}

export function removePost(tx: SyncDatabase, postId: number): void {
  tx.delete(discussionPosts).where(eq(discussionPosts.id, postId)).run();
}

export function removeThread(tx: SyncDatabase, threadId: number): void {
  tx.delete(discussionThreads).where(eq(discussionThreads.id, threadId)).run();
}

export function setThreadFlag(tx: SyncDatabase, threadId: number, flag: 'pinnedAt' | 'lockedAt', at: Date | null): void {
  tx.update(discussionThreads)
    .set({ [flag]: at })
    .where(eq(discussionThreads.id, threadId))
    .run();
}

export function setPostHidden(tx: SyncDatabase, postId: number, hidden: { at: Date; byId: number; reason: string } | null): void {
  tx.update(discussionPosts)
    .set(
      hidden
        ? { hiddenAt: hidden.at, hiddenById: hidden.byId, hiddenReason: hidden.reason }
        : { hiddenAt: null, hiddenById: null, hiddenReason: null },
    )
    .where(eq(discussionPosts.id, postId))
    .run();
}

/** Records a report; false when this reporter has already reported the post. */
export function insertReport(tx: SyncDatabase, values: { postId: number; reporterId: number; reason: string; now: Date }): boolean {
  const result = tx
    .insert(discussionReports)
    .values({ postId: values.postId, reporterId: values.reporterId, reason: values.reason, createdAt: values.now })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

/** Resolves every open report of a post; returns how many there were. */
export function resolveOpenReports(tx: SyncDatabase, postId: number, byId: number, now: Date): number {
  return tx
    .update(discussionReports)
    .set({ resolvedAt: now, resolvedById: byId })
    .where(and(eq(discussionReports.postId, postId), isNull(discussionReports.resolvedAt)))
    .run().changes;
}

export function setFollow(tx: SyncDatabase, userId: number, threadId: number, follow: boolean, now: Date): void {
  if (follow) tx.insert(discussionFollows).values({ userId, threadId, createdAt: now }).onConflictDoNothing().run();
  else
    tx.delete(discussionFollows)
      .where(and(eq(discussionFollows.userId, userId), eq(discussionFollows.threadId, threadId)))
      .run();
}

export function followerIds(tx: SyncDatabase, threadId: number): number[] {
  return tx
    .select({ id: discussionFollows.userId })
    .from(discussionFollows)
    .where(eq(discussionFollows.threadId, threadId))
    .all()
    .map((r) => r.id);
}

/** Moves the user's read mark forward to `postId` (never back). */
export function advanceReadMark(tx: SyncDatabase, userId: number, threadId: number, postId: number, now: Date): void {
  tx.insert(discussionReads)
    .values({ userId, threadId, lastReadPostId: postId, readAt: now })
    .onConflictDoUpdate({
      target: [discussionReads.userId, discussionReads.threadId],
      set: { lastReadPostId: sql`max(${discussionReads.lastReadPostId}, excluded.last_read_post_id)`, readAt: now },
    })
    .run();
}

/** The newest post id of each of the threads (for "mark all read"). */
export function latestPostIds(tx: SyncDatabase, threadIds: readonly number[]): { threadId: number; postId: number }[] {
  if (threadIds.length === 0) return [];
  return tx
    .select({ threadId: discussionPosts.threadId, postId: sql<number>`max(${discussionPosts.id})` })
    .from(discussionPosts)
    .where(inArray(discussionPosts.threadId, [...threadIds]))
    .groupBy(discussionPosts.threadId)
    .all();
}
