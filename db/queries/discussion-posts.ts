import 'server-only';
import { getDb } from '../index';
import { DISCUSSION_PAGE_SIZE } from './discussions';

/**
 * A post as stored, for the thread page. The page decides what a viewer may
 * see of it (a hidden post's text and reason, the report count): see
 * components/discussions/post-view.
 */
export interface ThreadPost {
  id: number;
  parentId: number | null;
  authorId: number | null;
  authorName: string | null;
  body: string;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  hiddenAt: Date | null;
  hiddenByName: string | null;
  openReports: number;
}

/** A top-level post with its replies, oldest first. */
export interface PostWithReplies extends ThreadPost {
  replies: ThreadPost[];
}

const postColumns = `p.id, p.parent_id AS parentId, p.author_id AS authorId, a.name AS authorName, p.body, p.body_html AS bodyHtml,
  p.created_at AS createdAt, p.edited_at AS editedAt, p.deleted_at IS NOT NULL AS deleted, p.hidden_at IS NOT NULL AS hidden,
  p.hidden_reason AS hiddenReason, p.hidden_at AS hiddenAt, h.name AS hiddenByName,
  (SELECT COUNT(*) FROM discussion_reports r WHERE r.post_id = p.id AND r.resolved_at IS NULL) AS openReports`;
const postFrom = 'FROM discussion_posts p LEFT JOIN users a ON a.id = p.author_id LEFT JOIN users h ON h.id = p.hidden_by_id';

type PostRow = Omit<ThreadPost, 'createdAt' | 'editedAt' | 'hiddenAt' | 'deleted' | 'hidden'> & {
  createdAt: number;
  editedAt: number | null;
  hiddenAt: number | null;
  deleted: number;
  hidden: number;
};

function toPost(row: PostRow): ThreadPost {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    editedAt: row.editedAt === null ? null : new Date(row.editedAt),
    hiddenAt: row.hiddenAt === null ? null : new Date(row.hiddenAt),
    deleted: Boolean(row.deleted),
    hidden: Boolean(row.hidden),
  };
}

/** One page of a thread: its top-level posts (the opening post first) with their replies, and how many pages there are. */
export function threadPage(threadId: number, page: number): { posts: PostWithReplies[]; pages: number } {
  const db = getDb().$client;
  const top = (
    db
      .prepare(`SELECT ${postColumns} ${postFrom} WHERE p.thread_id = ? AND p.parent_id IS NULL ORDER BY p.id LIMIT ? OFFSET ?`)
      .all(threadId, DISCUSSION_PAGE_SIZE, (page - 1) * DISCUSSION_PAGE_SIZE) as PostRow[]
  ).map(toPost);
  const ids = top.map((post) => post.id);
  const replies =
    ids.length === 0
      ? []
      : (
          db
            .prepare(`SELECT ${postColumns} ${postFrom} WHERE p.parent_id IN (${ids.map(() => '?').join(',')}) ORDER BY p.id`)
            .all(...ids) as PostRow[]
        ).map(toPost);
  const counts = db.prepare('SELECT COUNT(*) AS n FROM discussion_posts WHERE thread_id = ? AND parent_id IS NULL').get(threadId) as {
    n: number;
  };
  return {
    posts: top.map((post) => ({ ...post, replies: replies.filter((reply) => reply.parentId === post.id) })),
    pages: Math.max(1, Math.ceil(counts.n / DISCUSSION_PAGE_SIZE)),
  };
}

/** Where a post is shown: its thread and the page of its top-level post, or null when there is no such post. */
export function postLocation(postId: number): { threadId: number; page: number } | null {
  const db = getDb().$client;
  const post = db
    .prepare('SELECT thread_id AS threadId, COALESCE(parent_id, id) AS topId FROM discussion_posts WHERE id = ?')
    .get(postId) as { threadId: number; topId: number } | undefined;
  if (!post) return null;
  const before = (
    db
      .prepare('SELECT COUNT(*) AS n FROM discussion_posts WHERE thread_id = ? AND parent_id IS NULL AND id < ?')
      .get(post.threadId, post.topId) as { n: number }
  ).n;
  return { threadId: post.threadId, page: Math.floor(before / DISCUSSION_PAGE_SIZE) + 1 };
}

/** A post waiting for a moderator: reported (open reports) or hidden. */
export interface QueuedPost extends ThreadPost {
  threadId: number;
  threadTitle: string;
  reports: { reporterName: string | null; reason: string; createdAt: Date }[];
}

/** The cohort's moderation queue: posts with open reports first, then hidden posts; newest first within each. */
export function moderationQueue(cohortId: number): QueuedPost[] {
  const db = getDb().$client;
  const rows = db
    .prepare(
      `SELECT ${postColumns}, t.id AS threadId, t.title AS threadTitle ${postFrom}
       JOIN discussion_threads t ON t.id = p.thread_id JOIN discussions d ON d.id = t.discussion_id
       WHERE d.cohort_id = ? AND p.deleted_at IS NULL
         AND (p.hidden_at IS NOT NULL OR EXISTS (SELECT 1 FROM discussion_reports r WHERE r.post_id = p.id AND r.resolved_at IS NULL))
       ORDER BY openReports = 0, p.id DESC LIMIT 200`,
    )
    .all(cohortId) as (PostRow & { threadId: number; threadTitle: string })[];
  const reportsOf = db.prepare(
    `SELECT u.name AS reporterName, r.reason, r.created_at AS createdAt FROM discussion_reports r LEFT JOIN users u ON u.id = r.reporter_id
     WHERE r.post_id = ? AND r.resolved_at IS NULL ORDER BY r.id`,
  );
  return rows.map((row) => ({
    ...toPost(row),
    threadId: row.threadId,
    threadTitle: row.threadTitle,
    reports: (reportsOf.all(row.id) as { reporterName: string | null; reason: string; createdAt: number }[]).map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt),
    })),
  }));
}
