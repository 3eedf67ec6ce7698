import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PreviewBanner } from '@/components/authoring/preview-banner';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getDraftPreview } from '@/db/queries/authoring-publish';
import { requireEditableModule } from '@/lib/auth/guards';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { LessonBody } from '@/components/learning/lesson-body';
import { DirectionArrow } from '@/components/ui/direction-arrow';
import { isolate } from '@/lib/i18n/bidi';
import { FallbackNotice } from '@/components/learning/content-language';
import { isTranslationLocale } from '@/lib/domain/content-locales';
import { localiseLesson } from '@/lib/domain/lesson-language';

type Params = { params: Promise<{ id: string; key: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('preview.lessonTitle') };
}

/** One draft lesson as a trainee will see it: the same lecture player, HTML and downloads. */
export default async function LessonPreviewPage({ params, searchParams }: Params) {
  const { id, key } = await params;
  // `?lang=fa-AF` previews the lesson as a trainee reading in that language (English marked when not translated).
  const { lang } = await searchParams;
  const locale = lang && isTranslationLocale(lang) ? lang : 'en';
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/preview/lessons/${key}`);
  const { snapshot, lessonIds } = getDraftPreview(owned.id, moduleCaptionsReader(owned.slug));
  const index = snapshot.lessons.findIndex((l) => l.key === key);
  const english = snapshot.lessons[index];
  const lessonId = lessonIds.get(key);
  if (!english || lessonId === undefined) notFound();
  const translation = snapshot.lessonTranslations.find((candidate) => candidate.lessonKey === key && candidate.locale === locale) ?? null;
  const shown = localiseLesson(locale, english, translation);
  const lesson = { ...shown.value, captionsLocale: isTranslationLocale(locale) && translation?.captionsVtt ? locale : undefined };
  const query = locale === 'en' ? '' : `?lang=${locale}`;
  const t = await getTranslations('lesson');
  const base = `/author/modules/${owned.id}/preview`;
  const mediaBase = `/api/author/lessons/${lessonId}/media`;
  const previous = snapshot.lessons[index - 1];
  const next = snapshot.lessons[index + 1];
  return (
    <article className="space-y-6">
      <PreviewBanner moduleId={owned.id} backHref={`/author/modules/${owned.id}/lessons/${lessonId}`} />
      <Breadcrumb label={t('breadcrumb')} href={base} parent={snapshot.title} current={t('position', { n: index + 1, total: snapshot.lessons.length })} />
      {shown.fallback && <FallbackNotice locale={locale} />}
      <div lang={shown.lang} dir={shown.dir} className="space-y-6">
        <LessonBody lesson={lesson} moduleSlug={owned.slug} mediaBase={mediaBase} />
      </div>
      <nav aria-label={t('lessonNavigation')} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link href={`${base}/lessons/${previous.key}${query}`} className="text-brand-700 underline" rel="prev">
            <DirectionArrow to="back" /> {t('previous', { title: isolate(previous.title) })}
          </Link>
        ) : (
          <span />
        )}
        <Link href={next ? `${base}/lessons/${next.key}${query}` : base} className="text-brand-700 underline">
          {next ? t('next', { title: isolate(next.title) }) : t('backToModule')} <DirectionArrow to="forward" />
        </Link>
      </nav>
    </article>
  );
}
