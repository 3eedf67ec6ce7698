import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DiscussionPlace } from '@/app/(discussions)/discussions/_components/discussion-place';
import { pageParam } from '@/components/discussions/pager';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getDiscussion, lessonOfDiscussion } from '@/db/queries/discussions';
import { requireDiscussionCohort } from '@/lib/auth/discussion-guards';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('discussions'))('lessonHeading') };
}

/** All threads of one lesson's discussion in a cohort: for moderators, and for trainees past the lesson page's short list. */
export default async function LessonDiscussionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const discussion = /^[1-9]\d{0,14}$/.test(id) ? getDiscussion(Number(id)) : null;
  if (!discussion || discussion.kind !== 'lesson' || discussion.moduleId === null || discussion.lessonKey === null) notFound();
  const { user, viewer, cohort } = await requireDiscussionCohort(String(discussion.cohortId), `/discussions/lessons/${id}`);
  const lesson = lessonOfDiscussion(discussion.moduleId, discussion.lessonKey);
  if (!lesson) notFound();
  const t = await getTranslations('discussions');
  const page = pageParam((await searchParams).page);
  return (
    <div className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/discussions/cohorts/${cohort.id}`} parent={t('forumHeading', { cohort: cohort.name })} />
      <div className="space-y-1">
        <h1 dir="auto" className="text-2xl font-bold">
          {t('lessonDiscussionHeading', { lesson: lesson.lessonTitle })}
        </h1>
        <p dir="auto" className="text-slate-700">
          {lesson.moduleTitle}
        </p>
        {user.role === 'trainee' && (
          <p>
            <Link
              href={`/modules/${lesson.moduleSlug}/lessons/${discussion.lessonKey}?cohort=${cohort.id}`}
              className="text-brand-700 underline"
            >
              {t('openLesson')}
            </Link>
          </p>
        )}
      </div>
      <DiscussionPlace
        cohortId={cohort.id}
        timeZone={cohort.timeZone}
        discussionId={discussion.id}
        place={{ moduleSlug: lesson.moduleSlug, lessonKey: discussion.lessonKey }}
        viewer={viewer}
        list={{ kind: 'paged', page, base: `/discussions/lessons/${discussion.id}` }}
        level={2}
      />
    </div>
  );
}
