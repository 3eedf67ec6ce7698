import { getTranslations } from 'next-intl/server';
import {
  deletePostAction,
  editPostAction,
  postInThreadAction,
  reportPostAction,
} from '@/app/(discussions)/discussions/_actions/post-actions';
import { hidePostAction } from '@/app/(discussions)/discussions/_actions/moderation-actions';
import { buttonClass } from '@/components/ui/button';
import type { ThreadPost } from '@/db/queries/discussion-posts';
import { mayInDiscussion, type DiscussionViewer } from '@/lib/domain/discussion-access';
import { isolate } from '@/lib/i18n/bidi';
import { formatDate } from '@/lib/i18n/format';
import { DiscussionButton } from './discussion-button';
import { PostForm } from './post-form';
import { ReasonForm } from './reason-form';

export interface PostViewContext {
  viewer: DiscussionViewer;
  threadId: number;
  locked: boolean;
  locale: string;
  timeZone: string;
  now: Date;
}

const summaryClass = buttonClass({ variant: 'link', className: 'cursor-pointer text-sm' });
/** Mentions stand out from the text around them (the class is set by lib/markdown/post). */
const bodyClass =
  'prose-lesson max-w-none break-words [&_.mention]:rounded [&_.mention]:bg-brand-50 [&_.mention]:px-1 [&_.mention]:font-semibold [&_.mention]:text-brand-800';

/**
 * One post as the viewer may see it: its text, or "deleted", or (hidden) a
 * notice; its author and a moderator see a hidden post's text and reason.
 * Below it, the actions the viewer may take, each a small client form.
 */
export async function PostView({ post, context, isOpening }: { post: ThreadPost; context: PostViewContext; isOpening: boolean }) {
  const t = await getTranslations('discussions');
  const { viewer, locale, timeZone, now } = context;
  const when = (date: Date) => formatDate(locale, date, { withTime: true, timeZone });
  const name = post.authorName ?? t('someone');
  const facts = {
    authorId: post.authorId,
    createdAt: post.createdAt,
    deleted: post.deleted,
    hidden: post.hidden,
    isReply: post.parentId !== null,
  };
  const target = { thread: { locked: context.locked }, post: facts, now };
  const may = (action: Parameters<typeof mayInDiscussion>[0]) => mayInDiscussion(action, viewer, target);
  const isAuthor = post.authorId === viewer.userId;
  const seesHidden = may('see-hidden') || isAuthor;
  const headingId = `post-${post.id}-by`;

  if (post.deleted) {
    return (
      <article
        id={`post-${post.id}`}
        aria-labelledby={headingId}
        className="rounded border border-dashed border-slate-300 p-3 text-slate-600"
      >
        <p id={headingId} className="italic">
          {t('deletedPost')}
        </p>
      </article>
    );
  }
  return (
    <article
      id={`post-${post.id}`}
      aria-labelledby={headingId}
      className={`space-y-2 rounded border p-3 ${post.hidden ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <p id={headingId} className="text-sm text-slate-700">
        {t('wrote', { name: isolate(name), when: when(post.createdAt) })}
        {post.editedAt && <span className="ms-2">({t('edited', { when: when(post.editedAt) })})</span>}
        {may('moderation-queue') && post.openReports > 0 && (
          <span className="ms-2 font-medium text-red-800">{t('openReports', { count: post.openReports })}</span>
        )}
      </p>
      {post.hidden && (
        <p className="text-sm font-medium text-amber-900" dir="auto">
          {may('see-hidden')
            ? t('hiddenForModerator', {
                name: post.hiddenByName ?? t('someone'),
                when: when(post.hiddenAt ?? now),
                reason: post.hiddenReason ?? '',
              })
            : isAuthor
              ? t('hiddenForAuthor', { reason: post.hiddenReason ?? '' })
              : t('hiddenPost')}
        </p>
      )}
      {(!post.hidden || seesHidden) && <div dir="auto" className={bodyClass} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />}
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2" role="group" aria-label={t('postActions', { name })}>
        {!isOpening && may('reply') && (
          <details>
            <summary className={summaryClass}>{t('reply')}</summary>
            <PostForm
              action={postInThreadAction}
              id={`reply-${post.id}`}
              fields={{ threadId: context.threadId, parentId: post.id }}
              submitLabel={t('replyTo', { name })}
            />
          </details>
        )}
        {may('edit') && (
          <details>
            <summary className={summaryClass}>{t('edit')}</summary>
            <PostForm
              action={editPostAction}
              id={`edit-${post.id}`}
              fields={{ postId: post.id }}
              submitLabel={t('save')}
              initialBody={post.body}
              resetOnSuccess={false}
            />
          </details>
        )}
        {may('delete') && (
          <details>
            <summary className={summaryClass}>{t('delete')}</summary>
            <p className="text-sm">{t('confirmDelete')}</p>
            <DiscussionButton action={deletePostAction} fields={{ postId: post.id }} label={t('delete')} variant="danger" />
          </details>
        )}
        {may('report') && !isAuthor && (
          <details>
            <summary className={summaryClass}>{t('report')}</summary>
            <ReasonForm
              action={reportPostAction}
              id={`report-${post.id}`}
              fields={{ postId: post.id }}
              label={t('reportReason')}
              submitLabel={t('sendReport')}
            />
          </details>
        )}
        {may('hide') &&
          (post.hidden ? (
            <DiscussionButton action={hidePostAction} fields={{ postId: post.id, hidden: 'false', reason: '' }} label={t('unhide')} />
          ) : (
            <details>
              <summary className={summaryClass}>{t('hide')}</summary>
              <ReasonForm
                action={hidePostAction}
                id={`hide-${post.id}`}
                fields={{ postId: post.id, hidden: 'true' }}
                label={t('hideReason')}
                submitLabel={t('hidePost')}
              />
            </details>
          ))}
      </div>
    </article>
  );
}
