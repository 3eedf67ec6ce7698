import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { resolveReportsAction } from '@/app/(discussions)/discussions/_actions/moderation-actions';
import { DiscussionButton } from '@/components/discussions/discussion-button';
import { PostView } from '@/components/discussions/post-view';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { moderationQueue } from '@/db/queries/discussion-posts';
import { requireDiscussionCohort } from '@/lib/auth/discussion-guards';
import { mayInDiscussion } from '@/lib/domain/discussion-access';
import { formatDate } from '@/lib/i18n/format';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('discussions'))('moderationTitle') };
}

/** The cohort's moderation queue: reported posts (with every open report) first, then hidden posts. Moderators only. */
export default async function ModerationQueuePage({ params }: Props) {
  const { id } = await params;
  const { viewer, cohort } = await requireDiscussionCohort(id, `/discussions/cohorts/${id}/moderation`);
  if (!mayInDiscussion('moderation-queue', viewer)) forbidden();
  const t = await getTranslations('discussions');
  const locale = await getLocale();
  const now = new Date();
  const queue = moderationQueue(cohort.id);
  return (
    <ClientMessages namespaces={['discussionForms', 'discussionErrors']}>
      <div className="space-y-6">
        <Breadcrumb
          label={t('breadcrumb')}
          href={`/discussions/cohorts/${cohort.id}`}
          parent={t('forumHeading', { cohort: cohort.name })}
        />
        <div className="space-y-1">
          <h1 dir="auto" className="text-2xl font-bold">
            {t('moderationHeading', { cohort: cohort.name })}
          </h1>
          <p className="text-slate-700">{t('moderationIntro')}</p>
        </div>
        {queue.length === 0 ? (
          <p>{t('moderationEmpty')}</p>
        ) : (
          <ul className="space-y-6">
            {queue.map((post) => (
              <li key={post.id} className="space-y-2">
                <p className="font-medium">
                  <Link href={`/discussions/posts/${post.id}`} dir="auto" className="text-brand-700 underline">
                    {t('inThread', { title: post.threadTitle })}
                  </Link>
                </p>
                {post.reports.length > 0 && (
                  <ul className="list-disc space-y-1 ps-6 text-sm">
                    {post.reports.map((report, index) => (
                      <li key={index} dir="auto">
                        {t('reportedBy', { name: report.reporterName ?? t('someone'), reason: report.reason })} (
                        {formatDate(locale, report.createdAt, { withTime: true, timeZone: cohort.timeZone })})
                      </li>
                    ))}
                  </ul>
                )}
                <PostView
                  post={post}
                  context={{ viewer, threadId: post.threadId, locked: false, locale, timeZone: cohort.timeZone, now }}
                  isOpening
                />
                {post.reports.length > 0 && (
                  <DiscussionButton action={resolveReportsAction} fields={{ postId: post.id }} label={t('resolveReports')} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
