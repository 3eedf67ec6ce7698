import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { LessonDiscussion } from '@/app/(discussions)/discussions/_components/lesson-discussion';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LessonCompleteToggle } from '@/components/learning/lesson-complete-toggle';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { completedLessonKeys } from '@/db/queries/progress';
import { getPublishedLesson, getPublishedModule } from '@/db/queries/published';
import { requireEnrolledModule } from '@/lib/auth/guards';
import { LessonBody } from '@/components/learning/lesson-body';
import { DirectionArrow } from '@/components/ui/direction-arrow';
import { isolate } from '@/lib/i18n/bidi';
import { ContentLanguage } from '@/components/learning/content-language';
import { getPublishedLessonTranslation } from '@/db/queries/published-translations';
import { localiseLesson } from '@/lib/domain/lesson-language';
import { localise } from '@/lib/domain/content-fallback';
import { isTranslationLocale } from '@/lib/domain/content-locales';

type Params = { params: Promise<{ slug: string; key: string }> };
type Props = Params & { searchParams: Promise<{ cohort?: string | string[] }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, key } = await params;
  const courseModule = getPublishedModule(slug);
  const lesson = courseModule?.lessons.find((l) => l.key === key);
  const locale = await getLocale();
  const title = lesson && localise(locale, lesson.title, { [locale]: courseModule?.lessonTitles[locale]?.[lesson.key]?.title }).value;
  return { title: title ?? (await getTranslations('errors'))('notFoundTitle') };
}

export default async function LessonPage({ params, searchParams }: Props) {
  const { slug, key } = await params;
  // A lesson of a module the trainee is not enrolled in is not shown at all.
  const { user, module: courseModule } = await requireEnrolledModule(slug, `/modules/${slug}/lessons/${key}`);
  const index = courseModule.lessons.findIndex((l) => l.key === key);
  const english = index >= 0 ? getPublishedLesson(courseModule.versionId, key) : null;
  if (!english) notFound();
  const locale = await getLocale();
  const translation = isTranslationLocale(locale) ? getPublishedLessonTranslation(courseModule.versionId, key, locale) : null;
  const shown = localiseLesson(locale, english, translation);
  const captionsLocale = isTranslationLocale(locale) && translation?.captionsVtt ? locale : undefined;
  const lesson = { ...shown.value, captionsLocale };
  const t = await getTranslations('lesson');
  const titles = courseModule.lessonTitles[locale] ?? {};
  const titleOf = (other: { key: string; title: string }) => titles[other.key]?.title ?? other.title;
  const moduleTitle = localise(locale, courseModule.title, { [locale]: courseModule.translations[locale]?.title }).value;
  const previous = courseModule.lessons[index - 1];
  const next = courseModule.lessons[index + 1];
  const mediaBase = `/api/media/${courseModule.versionId}/${lesson.key}`;
  const requestedCohort = [(await searchParams).cohort].flat()[0];

  return (
    <article className="space-y-6">
      <Breadcrumb label={t('breadcrumb')} href={`/modules/${courseModule.slug}`} parent={moduleTitle} current={t('position', { n: index + 1, total: courseModule.lessons.length })} />
      <ContentLanguage shown={shown} locale={locale} className="space-y-6">
        <LessonBody lesson={lesson} moduleSlug={courseModule.slug} mediaBase={mediaBase} />
      </ContentLanguage>
      <ClientMessages namespaces={['lesson']}>
        <LessonCompleteToggle moduleSlug={courseModule.slug} lessonKey={lesson.key} initialCompleted={[...completedLessonKeys(user.id, courseModule.id)]} />
      </ClientMessages>
      <nav aria-label={t('lessonNavigation')} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link href={`/modules/${courseModule.slug}/lessons/${previous.key}`} className="text-brand-700 underline" rel="prev">
            <DirectionArrow to="back" /> {t('previous', { title: isolate(titleOf(previous)) })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/modules/${courseModule.slug}/lessons/${next.key}`} className="text-brand-700 underline" rel="next">
            {t('next', { title: isolate(titleOf(next)) })} <DirectionArrow to="forward" />
          </Link>
        ) : (
          <Link href={`/modules/${courseModule.slug}`} className="text-brand-700 underline">
            {t('backToModule')}
          </Link>
        )}
      </nav>
      {/* Streamed in after the lesson, so talk never delays reading. */}
      <Suspense fallback={null}>
        <LessonDiscussion user={user} moduleId={courseModule.id} moduleSlug={courseModule.slug} lessonKey={lesson.key} requestedCohort={requestedCohort} />
      </Suspense>
    </article>
  );
}
