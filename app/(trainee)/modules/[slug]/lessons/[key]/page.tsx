import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LessonCompleteToggle } from '@/components/learning/lesson-complete-toggle';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { completedLessonKeys } from '@/db/queries/progress';
import { getPublishedLesson, getPublishedModule } from '@/db/queries/published';
import { requireEnrolledModule } from '@/lib/auth/guards';
import { LessonBody } from '@/components/learning/lesson-body';
import { DirectionArrow } from '@/components/ui/direction-arrow';
import { isolate } from '@/lib/i18n/bidi';

type Params = { params: Promise<{ slug: string; key: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, key } = await params;
  const courseModule = getPublishedModule(slug);
  const lesson = courseModule?.lessons.find((l) => l.key === key);
  return { title: lesson?.title ?? (await getTranslations('errors'))('notFoundTitle') };
}

export default async function LessonPage({ params }: Params) {
  const { slug, key } = await params;
  // A lesson of a module the trainee is not enrolled in is not shown at all.
  const { user, module: courseModule } = await requireEnrolledModule(slug, `/modules/${slug}/lessons/${key}`);
  const index = courseModule.lessons.findIndex((l) => l.key === key);
  const lesson = index >= 0 ? getPublishedLesson(courseModule.versionId, key) : null;
  if (!lesson) notFound();
  const t = await getTranslations('lesson');
  const previous = courseModule.lessons[index - 1];
  const next = courseModule.lessons[index + 1];
  const mediaBase = `/api/media/${courseModule.versionId}/${lesson.key}`;

  return (
    <article className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${courseModule.slug}`} parent={courseModule.title} current={t('position', { n: index + 1, total: courseModule.lessons.length })} />
      <LessonBody lesson={lesson} moduleSlug={courseModule.slug} mediaBase={mediaBase} />
      <LessonCompleteToggle moduleSlug={courseModule.slug} lessonKey={lesson.key} initialCompleted={[...completedLessonKeys(user.id, courseModule.id)]} />
      <nav aria-label={t('lessonNavigation')} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link href={`/modules/${courseModule.slug}/lessons/${previous.key}`} className="text-brand-700 underline" rel="prev">
            <DirectionArrow to="back" /> {t('previous', { title: isolate(previous.title) })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/modules/${courseModule.slug}/lessons/${next.key}`} className="text-brand-700 underline" rel="next">
            {t('next', { title: isolate(next.title) })} <DirectionArrow to="forward" />
          </Link>
        ) : (
          <Link href={`/modules/${courseModule.slug}`} className="text-brand-700 underline">
            {t('backToModule')}
          </Link>
        )}
      </nav>
    </article>
  );
}
