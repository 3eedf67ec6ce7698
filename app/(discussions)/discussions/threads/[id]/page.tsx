import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { postInThreadAction, followThreadAction } from '@/app/(discussions)/discussions/_actions/post-actions';
import { lockThreadAction, pinThreadAction } from '@/app/(discussions)/discussions/_actions/moderation-actions';
import { DiscussionButton } from '@/components/discussions/discussion-button';
import { MarkRead } from '@/components/discussions/mark-read';
import { Pager, pageParam } from '@/components/discussions/pager';
import { PostForm } from '@/components/discussions/post-form';
import { PostView, type PostViewContext } from '@/components/discussions/post-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { threadPage } from '@/db/queries/discussion-posts';
import { isFollowing } from '@/db/queries/discussions';
import { requireDiscussionThread } from '@/lib/auth/discussion-guards';
import { mayInDiscussion } from '@/lib/domain/discussion-access';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('discussions'))('threadTitle') };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { viewer, thread } = await requireDiscussionThread(id, `/discussions/threads/${id}`);
  const page = pageParam((await searchParams).page);
  const { posts, pages } = threadPage(thread.id, page);
  if (page > pages) notFound();
  const t = await getTranslations('discussions');
  const context: PostViewContext = {
    viewer,
    threadId: thread.id,
    locked: thread.locked,
    locale: await getLocale(),
    timeZone: thread.timeZone,
    now: new Date(),
  };
  const may = (action: Parameters<typeof mayInDiscussion>[0]) => mayInDiscussion(action, viewer, { thread: { locked: thread.locked } });
  const following = isFollowing(viewer.userId, thread.id);
  // What this page shows is read; posts only on other pages stay unread.
  const newestShown = Math.max(0, ...posts.flatMap((post) => [post.id, ...post.replies.map((reply) => reply.id)]));
  const back =
    thread.kind === 'forum'
      ? { href: `/discussions/cohorts/${thread.cohortId}`, label: t('backToForum', { cohort: thread.cohortName }) }
      : { href: `/discussions/lessons/${thread.discussionId}`, label: t('backToLesson') };

  return (
    <ClientMessages namespaces={['discussionForms', 'discussionErrors']}>
      <div className="space-y-6">
        <Breadcrumb label={t('breadcrumb')} href={back.href} parent={back.label} />
        <div className="space-y-2">
          <h1 dir="auto" className="text-2xl font-bold">
            {thread.title}
          </h1>
          <div className="flex flex-wrap items-center gap-3">
            <DiscussionButton
              action={followThreadAction}
              fields={{ threadId: thread.id, on: following ? 'false' : 'true' }}
              label={following ? t('unfollow') : t('follow')}
            />
            {may('pin') && (
              <DiscussionButton
                action={pinThreadAction}
                fields={{ threadId: thread.id, on: thread.pinned ? 'false' : 'true' }}
                label={thread.pinned ? t('unpin') : t('pin')}
              />
            )}
            {may('lock') && (
              <DiscussionButton
                action={lockThreadAction}
                fields={{ threadId: thread.id, on: thread.locked ? 'false' : 'true' }}
                label={thread.locked ? t('unlock') : t('lock')}
              />
            )}
          </div>
          {following && <p className="text-sm text-slate-700">{t('followingNote')}</p>}
          {thread.locked && <p className="rounded border border-slate-300 bg-slate-100 p-2">{t('lockedNote')}</p>}
        </div>
        <ol className="space-y-4">
          {posts.map((post) => (
            <li key={post.id} className="space-y-2">
              <PostView post={post} context={context} isOpening={post.id === thread.openingPostId} />
              {post.replies.length > 0 && (
                <ol className="space-y-2 border-s-2 border-slate-200 ps-4 ms-4">
                  {post.replies.map((reply) => (
                    <li key={reply.id}>
                      <PostView post={reply} context={context} isOpening={false} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
        <Pager base={`/discussions/threads/${thread.id}`} page={page} pages={pages} />
        {may('post') && (
          <section aria-labelledby="reply-heading" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="reply-heading" className="text-lg font-semibold">
              {t('replyHeading')}
            </h2>
            <PostForm action={postInThreadAction} id="thread-post" fields={{ threadId: thread.id, parentId: '' }} submitLabel={t('post')} />
          </section>
        )}
        <MarkRead threadId={thread.id} upToPostId={newestShown} />
      </div>
    </ClientMessages>
  );
}
