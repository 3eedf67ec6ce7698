import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { cohorts } from './cohorts';
import { modules } from './content';
import { users } from './users';

export const discussionKinds = ['forum', 'lesson'] as const;
export type DiscussionKind = (typeof discussionKinds)[number];

/**
 * A place to talk in one cohort: its general forum, or the discussion of one
 * lesson. A lesson is named by module id and lesson key, both stable across
 * published versions. `scope` ('forum' or 'lesson:<moduleId>:<key>') makes
 * each place unique per cohort; rows are created on the first thread.
 */
export const discussions = sqliteTable(
  'discussions',
  {
    id: id(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: discussionKinds }).notNull(),
    scope: text('scope').notNull(),
    moduleId: integer('module_id').references(() => modules.id, { onDelete: 'cascade' }),
    lessonKey: text('lesson_key'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('discussions_cohort_scope_unique').on(t.cohortId, t.scope)],
);

export const discussionThreads = sqliteTable(
  'discussion_threads',
  {
    id: id(),
    discussionId: integer('discussion_id')
      .notNull()
      .references(() => discussions.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** A forum thread by a moderator that every member was notified of. */
    announcement: integer('announcement', { mode: 'boolean' }).notNull().default(false),
    pinnedAt: timestamp('pinned_at'),
    lockedAt: timestamp('locked_at'),
    /** The newest post's time: threads sort by it. Written by the commands that post. */
    lastActivityAt: timestamp('last_activity_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('discussion_threads_activity_idx').on(t.discussionId, t.lastActivityAt)],
);

/**
 * A post in a thread: the thread's opening post, a post in the thread, or a
 * reply to one (`parentId`, one level). `bodyHtml` is the Markdown rendered
 * and sanitised when it was written (with its mentions). A deleted post that
 * has replies stays, emptied, as "deleted"; one without replies is removed.
 */
export const discussionPosts = sqliteTable(
  'discussion_posts',
  {
    id: id(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => discussionPosts.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at'),
    deletedAt: timestamp('deleted_at'),
    hiddenAt: timestamp('hidden_at'),
    hiddenById: integer('hidden_by_id').references(() => users.id, { onDelete: 'set null' }),
    hiddenReason: text('hidden_reason'),
  },
  (t) => [
    index('discussion_posts_thread_idx').on(t.threadId, t.id),
    index('discussion_posts_parent_idx').on(t.parentId),
    index('discussion_posts_author_time_idx').on(t.authorId, t.createdAt),
  ],
);

/** Users who are told of every new post in a thread. Authors follow their own threads. */
export const discussionFollows = sqliteTable(
  'discussion_follows',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] }), index('discussion_follows_thread_idx').on(t.threadId)],
);

/** How far a user has read a thread: posts with a larger id are unread. */
export const discussionReads = sqliteTable(
  'discussion_reads',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => discussionThreads.id, { onDelete: 'cascade' }),
    lastReadPostId: integer('last_read_post_id').notNull(),
    readAt: timestamp('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);

/** "Report this post": one per reporter and post, open until a moderator resolves it. */
export const discussionReports = sqliteTable(
  'discussion_reports',
  {
    id: id(),
    postId: integer('post_id')
      .notNull()
      .references(() => discussionPosts.id, { onDelete: 'cascade' }),
    reporterId: integer('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    resolvedAt: timestamp('resolved_at'),
    resolvedById: integer('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('discussion_reports_post_reporter_unique').on(t.postId, t.reporterId), index('discussion_reports_open_idx').on(t.resolvedAt)],
);

export type Discussion = typeof discussions.$inferSelect;
export type DiscussionThread = typeof discussionThreads.$inferSelect;
export type DiscussionPost = typeof discussionPosts.$inferSelect;
