import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DiscussionPlace } from '@/app/(discussions)/discussions/_components/discussion-place';
import { pageParam } from '@/components/discussions/pager';
import { Section } from '@/components/ui/section';
import { findDiscussionId, lessonDiscussionsOf } from '@/db/queries/discussions';
import { requireDiscussionCohort } from '@/lib/auth/discussion-guards';
import { canAccessCohort } from '@/lib/domain/cohort-access';
import { mayInDiscussion } from '@/lib/domain/discussion-access';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('discussions'))('forumTitle') };
}

const linkClass = 'text-brand-700 underline';

/** The cohort forum: its threads and the form to start one, the cohort's lesson discussions, and for moderators the queue. */
export default async function CohortForumPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user, viewer, cohort } = await requireDiscussionCohort(id, `/discussions/cohorts/${id}`);
  const t = await getTranslations('discussions');
  const page = pageParam((await searchParams).page);
  const lessons = lessonDiscussionsOf(cohort.id, user.id);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">
          {t('forumHeading', { cohort: cohort.name })}
        </h1>
        <p className="text-slate-700">{t('forumIntro')}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {mayInDiscussion('moderation-queue', viewer) && (
            <li>
              <Link href={`/discussions/cohorts/${cohort.id}/moderation`} className={linkClass}>
                {t('moderationLink')}
              </Link>
            </li>
          )}
          {canAccessCohort('manage', user.role, viewer.memberRole) && (
            <li>
              <Link href={`/manage/cohorts/${cohort.id}`} dir="auto" className={linkClass}>
                {cohort.name}
              </Link>
            </li>
          )}
        </ul>
      </div>
      <DiscussionPlace
        cohortId={cohort.id}
        timeZone={cohort.timeZone}
        discussionId={findDiscussionId(cohort.id, { kind: 'forum' })}
        place={{ moduleSlug: '', lessonKey: '' }}
        viewer={viewer}
        list={{ kind: 'paged', page, base: `/discussions/cohorts/${cohort.id}` }}
        level={2}
      />
      {lessons.length > 0 && (
        <Section id="lesson-discussions" title={t('lessonDiscussions')}>
          <ul className="space-y-1">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/discussions/lessons/${lesson.id}`} dir="auto" className={linkClass}>
                  {t('lessonDiscussionLink', { module: lesson.moduleTitle, lesson: lesson.lessonTitle })}
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  ({t('threadCount', { count: lesson.threads })}, {t('unread', { count: lesson.unread })})
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
