import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { markDiscussionReadAction, startThreadAction } from '@/app/(discussions)/discussions/_actions/post-actions';
import { ClientMessages } from '@/components/i18n/client-messages';
import { cardClass } from '@/components/ui/card';
import { DISCUSSION_PAGE_SIZE, listThreads, unreadInDiscussion } from '@/db/queries/discussions';
import { mayInDiscussion, type DiscussionViewer } from '@/lib/domain/discussion-access';
import { DiscussionButton } from '@/components/discussions/discussion-button';
import { Pager } from '@/components/discussions/pager';
import { PostForm } from '@/components/discussions/post-form';
import { ThreadList } from '@/components/discussions/thread-list';

interface Props {
  cohortId: number;
  timeZone: string;
  /** The discussion's id, or null while no thread has been started in it. */
  discussionId: number | null;
  /** Where new threads go: no module for the cohort forum. */
  place: { moduleSlug: string; lessonKey: string };
  viewer: DiscussionViewer;
  /** Which page of threads, and where the pages are (a full list); or a short list with a link to the full one. */
  list: { kind: 'paged'; page: number; base: string } | { kind: 'short'; size: number; allHref: string | null };
  /** Heading level of "Start a thread" and "Threads" (under the page's or section's own heading). */
  level: 2 | 3;
}

/**
 * A discussion place (the cohort forum or a lesson's discussion): unread
 * count and "mark all as read", the threads, and the form to start one.
 * Only the forms are client components, given the discussion messages.
 */
export async function DiscussionPlace({ cohortId, timeZone, discussionId, place, viewer, list, level }: Props) {
  const t = await getTranslations('discussions');
  const locale = await getLocale();
  const page = list.kind === 'paged' ? list.page : 1;
  const { threads, total } =
    discussionId === null
      ? { threads: [], total: 0 }
      : listThreads(discussionId, viewer.userId, page, list.kind === 'short' ? list.size : DISCUSSION_PAGE_SIZE);
  const unread = unreadInDiscussion(discussionId, viewer.userId);
  const Heading = level === 2 ? 'h2' : 'h3';
  const fields = { cohortId, ...place };
  return (
    <ClientMessages namespaces={['discussionForms', 'discussionErrors']}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-medium" role="status">
            {t('unread', { count: unread })}
          </p>
          {unread > 0 && <DiscussionButton action={markDiscussionReadAction} fields={fields} label={t('markRead')} />}
        </div>
        <section aria-labelledby={`threads-${cohortId}`} className="space-y-2">
          <Heading id={`threads-${cohortId}`} className="text-lg font-semibold">
            {t('threadsHeading')}
          </Heading>
          <ThreadList threads={threads} locale={locale} timeZone={timeZone} />
          {list.kind === 'paged' && <Pager base={list.base} page={page} pages={Math.max(1, Math.ceil(total / DISCUSSION_PAGE_SIZE))} />}
          {list.kind === 'short' && list.allHref && total > list.size && (
            <p>
              <Link href={list.allHref} className="text-brand-700 underline">
                {t('allThreads', { count: total })}
              </Link>
            </p>
          )}
        </section>
        {mayInDiscussion('post', viewer) && (
          <section aria-labelledby={`start-${cohortId}`} className={cardClass({ className: 'space-y-2' })}>
            <Heading id={`start-${cohortId}`} className="text-lg font-semibold">
              {t('startThread')}
            </Heading>
            <PostForm
              action={startThreadAction}
              id={`start-${cohortId}`}
              fields={fields}
              submitLabel={t('post')}
              withTitle
              withAnnouncement={place.moduleSlug === '' && mayInDiscussion('announce', viewer)}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
