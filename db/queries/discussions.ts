import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../index';
import type { SyncDatabase } from './module-draft';
import { discussionFollows, discussionThreads, discussions } from '../schema';
import { scopeOf, type DiscussionPlace } from './discussion-writes';

/** Threads shown per page, and top-level posts per page of a thread. */
export const DISCUSSION_PAGE_SIZE = 50;

/** The ids of a discussion's threads. */
export function threadIdsOf(db: SyncDatabase, discussionId: number): number[] {
  return db
    .select({ id: discussionThreads.id })
    .from(discussionThreads)
    .where(eq(discussionThreads.discussionId, discussionId))
    .all()
    .map((r) => r.id);
}

/** The id of the discussion of `place` in the cohort, or null while it has no thread yet. */
export function findDiscussionId(cohortId: number, place: DiscussionPlace, db: SyncDatabase = getDb()): number | null {
  return (
    db
      .select({ id: discussions.id })
      .from(discussions)
      .where(and(eq(discussions.cohortId, cohortId), eq(discussions.scope, scopeOf(place))))
      .get()?.id ?? null
  );
}

/** A discussion place as a page shows it. */
export interface DiscussionSummary {
  id: number;
  cohortId: number;
  kind: 'forum' | 'lesson';
  moduleId: number | null;
  lessonKey: string | null;
}

export function getDiscussion(discussionId: number): DiscussionSummary | null {
  return (
    getDb()
      .select({
        id: discussions.id,
        cohortId: discussions.cohortId,
        kind: discussions.kind,
        moduleId: discussions.moduleId,
        lessonKey: discussions.lessonKey,
      })
      .from(discussions)
      .where(eq(discussions.id, discussionId))
      .get() ?? null
  );
}

/** One thread in a list: counts are of posts a reader sees (not deleted), unread of those by others after the reader's mark. */
export interface ThreadListItem {
  id: number;
  title: string;
  authorName: string | null;
  announcement: boolean;
  pinned: boolean;
  locked: boolean;
  lastActivityAt: Date;
  posts: number;
  unread: number;
}

interface ThreadRow extends Omit<ThreadListItem, 'pinned' | 'locked' | 'announcement' | 'lastActivityAt'> {
  pinned: number;
  locked: number;
  announcement: number;
  lastActivityAt: number;
}

/** A page of a discussion's threads, pinned first, then by newest activity; with the total number of threads. */
export function listThreads(
  discussionId: number,
  viewerId: number,
  page: number,
  pageSize = DISCUSSION_PAGE_SIZE,
): { threads: ThreadListItem[]; total: number } {
  const db = getDb().$client;
  const rows = db
    .prepare(
      `SELECT t.id, t.title, u.name AS authorName, t.announcement, t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked,
              t.last_activity_at AS lastActivityAt,
              (SELECT COUNT(*) FROM discussion_posts p WHERE p.thread_id = t.id AND p.deleted_at IS NULL) AS posts,
              (SELECT COUNT(*) FROM discussion_posts p WHERE p.thread_id = t.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL
                 AND (p.author_id IS NULL OR p.author_id <> @viewer)
                 AND p.id > COALESCE((SELECT r.last_read_post_id FROM discussion_reads r WHERE r.thread_id = t.id AND r.user_id = @viewer), 0)) AS unread
       FROM discussion_threads t LEFT JOIN users u ON u.id = t.author_id
       WHERE t.discussion_id = @discussion
       ORDER BY t.pinned_at IS NULL, t.last_activity_at DESC, t.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all({ viewer: viewerId, discussion: discussionId, limit: pageSize, offset: (page - 1) * pageSize }) as ThreadRow[];
  const total = (db.prepare('SELECT COUNT(*) AS n FROM discussion_threads WHERE discussion_id = ?').get(discussionId) as { n: number }).n;
  return {
    threads: rows.map((row) => ({
      ...row,
      pinned: Boolean(row.pinned),
      locked: Boolean(row.locked),
      announcement: Boolean(row.announcement),
      lastActivityAt: new Date(row.lastActivityAt),
    })),
    total,
  };
}

const unreadSql = `SELECT COUNT(*) AS n FROM discussion_posts p
  JOIN discussion_threads t ON t.id = p.thread_id
  JOIN discussions d ON d.id = t.discussion_id
  LEFT JOIN discussion_reads r ON r.thread_id = t.id AND r.user_id = @viewer
  WHERE %WHERE% AND p.deleted_at IS NULL AND p.hidden_at IS NULL
    AND (p.author_id IS NULL OR p.author_id <> @viewer) AND p.id > COALESCE(r.last_read_post_id, 0)`;

/** Posts by others the user has not read in one discussion (0 when it does not exist yet). */
export function unreadInDiscussion(discussionId: number | null, viewerId: number): number {
  if (discussionId === null) return 0;
  return (
    getDb().$client.prepare(unreadSql.replace('%WHERE%', 'd.id = @discussion')).get({ viewer: viewerId, discussion: discussionId }) as {
      n: number;
    }
  ).n;
}

/** A cohort of the user with their unread posts in its forum and in its lesson discussions. */
export interface CohortDiscussionsSummary {
  cohortId: number;
  cohortName: string;
  /** The user's role in the cohort. */
  memberRole: string;
  forumUnread: number;
  lessonsUnread: number;
}

/** Every cohort the user belongs to, with unread counts, for My learning. */
export function cohortDiscussionsFor(userId: number): CohortDiscussionsSummary[] {
  const db = getDb().$client;
  const cohorts = db
    .prepare(
      'SELECT c.id AS cohortId, c.name AS cohortName, m.role AS memberRole FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = ? ORDER BY c.name',
    )
    .all(userId) as { cohortId: number; cohortName: string; memberRole: string }[];
  const count = db.prepare(unreadSql.replace('%WHERE%', 'd.cohort_id = @cohort AND d.kind = @kind'));
  return cohorts.map((cohort) => ({
    ...cohort,
    forumUnread: (count.get({ viewer: userId, cohort: cohort.cohortId, kind: 'forum' }) as { n: number }).n,
    lessonsUnread: (count.get({ viewer: userId, cohort: cohort.cohortId, kind: 'lesson' }) as { n: number }).n,
  }));
}

/** The cohorts of the user whose programme includes the module: whose lesson discussions they take part in. */
export function cohortsWithModule(userId: number, moduleId: number): { id: number; name: string; timeZone: string }[] {
  return getDb()
    .$client.prepare(
      `SELECT c.id, c.name, c.time_zone AS timeZone FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
       JOIN programme_modules pm ON pm.programme_id = c.programme_id AND pm.module_id = ?
       WHERE m.user_id = ? ORDER BY c.starts_on DESC, c.id DESC`,
    )
    .all(moduleId, userId) as { id: number; name: string; timeZone: string }[];
}

/** Whether the user follows the thread. */
export function isFollowing(userId: number, threadId: number): boolean {
  return Boolean(
    getDb()
      .select({ userId: discussionFollows.userId })
      .from(discussionFollows)
      .where(and(eq(discussionFollows.userId, userId), eq(discussionFollows.threadId, threadId)))
      .get(),
  );
}

/** A cohort's lesson discussions that have threads, with the lesson's published title and module slug. */
export function lessonDiscussionsOf(cohortId: number, viewerId: number) {
  const rows = getDb()
    .$client.prepare(
      `SELECT d.id, d.lesson_key AS lessonKey, m.slug AS moduleSlug, m.title AS moduleTitle, COALESCE(pl.title, d.lesson_key) AS lessonTitle,
              (SELECT COUNT(*) FROM discussion_threads t WHERE t.discussion_id = d.id) AS threads
       FROM discussions d JOIN modules m ON m.id = d.module_id
       LEFT JOIN published_lessons pl ON pl.version_id = m.published_version_id AND pl.key = d.lesson_key
       WHERE d.cohort_id = ? AND d.kind = 'lesson' ORDER BY m.slug, pl.position`,
    )
    .all(cohortId) as { id: number; lessonKey: string; moduleSlug: string; moduleTitle: string; lessonTitle: string; threads: number }[];
  return rows.filter((row) => row.threads > 0).map((row) => ({ ...row, unread: unreadInDiscussion(row.id, viewerId) }));
}

/** The module slug and published titles of a lesson a discussion is about, or null when the module is gone. */
export function lessonOfDiscussion(
  moduleId: number,
  lessonKey: string,
): { moduleSlug: string; moduleTitle: string; lessonTitle: string } | null {
  const row = getDb()
    .$client.prepare(
      `SELECT m.slug AS moduleSlug, m.title AS moduleTitle, COALESCE(pl.title, ?) AS lessonTitle FROM modules m
       LEFT JOIN published_lessons pl ON pl.version_id = m.published_version_id AND pl.key = ? WHERE m.id = ?`,
    )
    .get(lessonKey, lessonKey, moduleId) as { moduleSlug: string; moduleTitle: string; lessonTitle: string } | undefined;
  return row ?? null;
}
