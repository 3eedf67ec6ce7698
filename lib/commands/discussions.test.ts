import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load-tree';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { moderationQueue, postLocation, threadPage } from '@/db/queries/discussion-posts';
import {
  cohortDiscussionsFor,
  cohortsWithModule,
  findDiscussionId,
  lessonDiscussionsOf,
  lessonOfDiscussion,
  listThreads,
  unreadInDiscussion,
} from '@/db/queries/discussions';
import { auditLog, cohortMembers, cohorts, discussionPosts, modules, notifications, programmes, users } from '@/db/schema';
import { deletePost, editPost } from './discussion-edit';
import { setPostHiddenState, resolvePostReports, setThreadLocked } from './discussion-moderation';
import { markThreadRead, reportPost } from './discussion-participation';
import { postInThread, RateLimitedError, startThread } from './discussion-post';
import { importContent } from './import-content';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
let fixture: ContentFixture;
let cohortId: number;
let otherCohortId: number;
let moduleId: number;
const people = {} as Record<'farid' | 'dana' | 'teacher' | 'outsider', { id: number; role: string; name: string }>;

beforeAll(() => {
  fixture = createContentFixture();
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const setup = openDatabase(process.env.DATABASE_PATH);
  migrate(setup, { migrationsFolder });
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(setup, tree.tree, { contentDir: fixture.contentDir, actorId: null, now: new Date('2026-01-01T00:00:00Z') });
  const programmeId = setup.select({ id: programmes.id }).from(programmes).get()!.id;
  moduleId = setup.select({ id: modules.id }).from(modules).where(eq(modules.slug, 'mod-a')).get()!.id;
  const cohort = (name: string) =>
    setup
      .insert(cohorts)
      .values({ name, programmeId, startsOn: '2026-01-01', endsOn: '2026-06-30', targetOn: '2026-06-01' })
      .returning({ id: cohorts.id })
      .get().id;
  cohortId = cohort('Kabul cohort');
  otherCohortId = cohort('Suva cohort');
  const add = (key: keyof typeof people, name: string, role: 'trainee' | 'instructor', memberOf: number) => {
    const id = setup
      .insert(users)
      .values({ email: `${key}@example.org`, name, role })
      .returning({ id: users.id })
      .get().id;
    setup.insert(cohortMembers).values({ cohortId: memberOf, userId: id, role }).run();
    people[key] = { id, role, name };
  };
  add('farid', 'Farid Ahmadi', 'trainee', cohortId);
  add('dana', 'دانا نورپیسوا', 'trainee', cohortId);
  add('teacher', 'Min-jun Park', 'instructor', cohortId);
  add('outsider', 'Mere Waqa', 'trainee', otherCohortId);
  setup.$client.close();
});
afterAll(() => fixture.cleanup());

const t0 = new Date('2026-02-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const lesson = () => ({ kind: 'lesson' as const, moduleId, lessonKey: '01-intro' });
const notificationsOf = (userId: number) =>
  getDb()
    .select({ kind: notifications.kind, href: notifications.href })
    .from(notifications)
    .where(eq(notifications.recipientId, userId))
    .all();

describe('discussion commands', () => {
  let threadId: number;
  let openingId: number;

  it('a trainee starts a lesson thread in Dari mentioning a cohort member, who is notified; the author follows it', () => {
    ({ threadId, postId: openingId } = startThread({
      actor: people.farid,
      cohortId,
      place: lesson(),
      title: 'پرسش درباره حکومتداری الکترونیکی',
      body: 'سلام @[دانا نورپیسوا]، نظر شما چیست؟',
      announcement: false,
      now: at(0),
    }));
    const page = threadPage(threadId, 1);
    expect(page.posts[0]?.bodyHtml).toContain('<span class="mention" data-user-id="');
    expect(notificationsOf(people.dana.id)).toEqual([{ kind: 'mention', href: `/discussions/posts/${openingId}` }]);
    expect(unreadInDiscussion(findDiscussionId(cohortId, lesson()), people.dana.id)).toBe(1);
    expect(cohortDiscussionsFor(people.dana.id)).toEqual([
      { cohortId, cohortName: 'Kabul cohort', memberRole: 'trainee', forumUnread: 0, lessonsUnread: 1 },
    ]);
  });

  it('keeps other cohorts out (404) and refuses lessons outside the cohort programme', () => {
    const outsider = people.outsider;
    expect(() => postInThread({ actor: outsider, threadId, parentId: null, body: 'hi', now: at(1) })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    expect(() =>
      startThread({ actor: outsider, cohortId, place: { kind: 'forum' }, title: 'x', body: 'x', announcement: false, now: at(1) }),
    ).toThrow(expect.objectContaining({ status: 404 }));
    expect(() =>
      startThread({
        actor: people.farid,
        cohortId,
        place: { kind: 'lesson', moduleId, lessonKey: 'nope' },
        title: 'x',
        body: 'x',
        announcement: false,
        now: at(1),
      }),
    ).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => reportPost({ actor: outsider, postId: openingId, reason: 'spam', now: at(1) })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });

  it('a reply notifies the thread author; reading clears the unread count', () => {
    const replyId = postInThread({ actor: people.dana, threadId, parentId: openingId, body: 'Agreed, @Farid.', now: at(10) });
    expect(notificationsOf(people.farid.id)).toEqual([{ kind: 'mention', href: `/discussions/posts/${replyId}` }]);
    postInThread({ actor: people.dana, threadId, parentId: null, body: 'And one more thought.', now: at(11) });
    expect(notificationsOf(people.farid.id).at(-1)).toMatchObject({ kind: 'reply' });
    expect(() => postInThread({ actor: people.farid, threadId, parentId: replyId, body: 'nested', now: at(12) })).toThrow(
      expect.objectContaining({ code: 'invalid:reply-to-reply' }),
    );
    const discussionId = findDiscussionId(cohortId, lesson());
    expect(unreadInDiscussion(discussionId, people.farid.id)).toBe(2);
    markThreadRead({ actor: people.farid, threadId, upToPostId: Number.MAX_SAFE_INTEGER, now: at(13) });
    expect(unreadInDiscussion(discussionId, people.farid.id)).toBe(0);
    expect(listThreads(discussionId!, people.farid.id, 1).threads[0]).toMatchObject({ id: threadId, posts: 3, unread: 0 });
  });

  it('refuses long posts, attachments and images, and posting faster than 10 a minute', () => {
    const post = (body: string, second: number) => postInThread({ actor: people.farid, threadId, parentId: null, body, now: at(second) });
    expect(() => post('x'.repeat(10_001), 100)).toThrow(expect.objectContaining({ code: 'invalid:body-too-long' }));
    expect(() => post('[file](/api/author/lessons/1/media/files/a.pdf)', 100)).toThrow(
      expect.objectContaining({ code: 'invalid:attachment-not-allowed' }),
    );
    expect(() => post('![cat](https://example.org/cat.png)', 100)).toThrow(expect.objectContaining({ code: 'invalid:image-not-allowed' }));
    post('See [the slides](/api/media/1/01-intro/files/slides.pdf)', 100);
    for (let i = 1; i < 10; i += 1) post(`post ${i}`, 100 + i);
    const refused = (() => {
      try {
        post('one too many', 130);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(31);
    expect(() => post('later', 161)).not.toThrow();
  });

  it('edits for 30 minutes; deleting leaves "deleted" when answered and removes it otherwise', () => {
    editPost({ actor: people.farid, postId: openingId, body: 'ویرایش شده', now: at(60) });
    expect(threadPage(threadId, 1).posts[0]).toMatchObject({ body: 'ویرایش شده', editedAt: at(60) });
    expect(() => editPost({ actor: people.farid, postId: openingId, body: 'late', now: at(31 * 60) })).toThrow(
      expect.objectContaining({ code: 'conflict:edit-window-closed' }),
    );
    expect(() => editPost({ actor: people.dana, postId: openingId, body: 'not mine', now: at(61) })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(deletePost({ actor: people.farid, postId: openingId, now: at(62) }).outcome).toBe('marked-deleted');
    expect(threadPage(threadId, 1).posts[0]).toMatchObject({ id: openingId, deleted: true, body: '' });
    const lone = startThread({
      actor: people.dana,
      cohortId,
      place: { kind: 'forum' },
      title: 'Alone',
      body: 'Just me',
      announcement: false,
      now: at(300),
    });
    expect(deletePost({ actor: people.dana, postId: lone.postId, now: at(301) }).outcome).toBe('thread-removed');
    expect(getDb().select().from(discussionPosts).where(eq(discussionPosts.id, lone.postId)).get()).toBeUndefined();
  });

  it('moderators hide with a reason (audited), lock, and work the report queue; trainees may not', () => {
    const postId = postInThread({ actor: people.dana, threadId, parentId: null, body: 'Off-topic advert', now: at(400) });
    reportPost({ actor: people.farid, postId, reason: 'Advertising', now: at(401) });
    expect(reportPost({ actor: people.farid, postId, reason: 'Again', now: at(402) })).toBe(false);
    expect(() => reportPost({ actor: people.dana, postId, reason: 'mine', now: at(402) })).toThrow(
      expect.objectContaining({ code: 'invalid:own-post' }),
    );
    expect(moderationQueue(cohortId)).toEqual([
      expect.objectContaining({ id: postId, reports: [expect.objectContaining({ reporterName: 'Farid Ahmadi', reason: 'Advertising' })] }),
    ]);
    expect(() => setPostHiddenState({ actor: people.farid, postId, hidden: true, reason: 'no', now: at(403) })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => setPostHiddenState({ actor: people.teacher, postId, hidden: true, reason: ' ', now: at(403) })).toThrow(
      expect.objectContaining({ code: 'invalid:reason-required' }),
    );
    setPostHiddenState({ actor: people.teacher, postId, hidden: true, reason: 'Advertising is not allowed', now: at(404) });
    expect(moderationQueue(cohortId)).toEqual([
      expect.objectContaining({
        id: postId,
        hidden: true,
        hiddenReason: 'Advertising is not allowed',
        hiddenByName: 'Min-jun Park',
        reports: [],
      }),
    ]);
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'discussion.post-hidden')).get();
    expect(audit).toMatchObject({
      actorId: people.teacher.id,
      targetId: String(postId),
      details: expect.objectContaining({ reason: 'Advertising is not allowed' }),
    });
    expect(resolvePostReports({ actor: people.teacher, postId, now: at(405) })).toBe(0);

    setThreadLocked({ actor: people.teacher, threadId, locked: true, now: at(406) });
    expect(() => postInThread({ actor: people.dana, threadId, parentId: null, body: 'x', now: at(407) })).toThrow(
      expect.objectContaining({ code: 'conflict:locked' }),
    );
    expect(() =>
      postInThread({ actor: people.teacher, threadId, parentId: null, body: 'Closing this thread.', now: at(408) }),
    ).not.toThrow();
  });

  it('only moderators announce, and an announcement tells every member of the cohort', () => {
    expect(() =>
      startThread({
        actor: people.farid,
        cohortId,
        place: { kind: 'forum' },
        title: 'Hear ye',
        body: 'x',
        announcement: true,
        now: at(500),
      }),
    ).toThrow(expect.objectContaining({ status: 403 }));
    const { postId } = startThread({
      actor: people.teacher,
      cohortId,
      place: { kind: 'forum' },
      title: 'Live session moved',
      body: 'Now on Monday.',
      announcement: true,
      now: at(501),
    });
    for (const member of [people.farid, people.dana])
      expect(notificationsOf(member.id)).toContainEqual({ kind: 'announcement', href: `/discussions/posts/${postId}` });
    expect(notificationsOf(people.outsider.id)).toEqual([]);
  });

  it('finds where lesson discussions are, and which page shows a post', () => {
    expect(cohortsWithModule(people.farid.id, moduleId)).toEqual([{ id: cohortId, name: 'Kabul cohort', timeZone: 'UTC' }]);
    expect(cohortsWithModule(people.outsider.id, moduleId)).toEqual([{ id: otherCohortId, name: 'Suva cohort', timeZone: 'UTC' }]);
    const discussionId = findDiscussionId(cohortId, lesson())!;
    expect(lessonDiscussionsOf(cohortId, people.teacher.id)).toEqual([
      expect.objectContaining({ id: discussionId, lessonKey: '01-intro', moduleSlug: 'mod-a', lessonTitle: 'Introduction', threads: 1 }),
    ]);
    expect(lessonOfDiscussion(moduleId, '01-intro')).toEqual({ moduleSlug: 'mod-a', moduleTitle: 'Module A', lessonTitle: 'Introduction' });
    expect(postLocation(threadPage(threadId, 1).posts.at(-1)!.id)).toEqual({ threadId, page: 1 });
    expect(postLocation(999_999)).toBeNull();
  });
});
