import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { TranslationCaptionsForm } from '@/components/authoring/translation-captions-form';
import { TranslationLessonForm } from '@/components/authoring/translation-lesson-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { readTranslationOverview } from '@/db/queries/authoring-translations';
import { requireEditableModule } from '@/lib/auth/guards';
import { uploadLimits } from '@/lib/authoring/files';
import { parseVtt } from '@/lib/content/vtt';
import { languageKey } from '@/lib/domain/content-fallback';
import { isTranslationLocale } from '@/lib/domain/content-locales';
import { renderMarkdown } from '@/lib/markdown/render';

type Params = { params: Promise<{ id: string; locale: string; lessonId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('translations.heading') };
}

/** One lesson's translation: its text in Markdown with a live preview, its lecture captions, and a link to preview it as a trainee. */
export default async function LessonTranslationPage({ params }: Params) {
  const { id, locale, lessonId } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/translations/${locale}/lessons/${lessonId}`);
  if (!isTranslationLocale(locale)) notFound();
  const overview = readTranslationOverview(owned.id);
  const lesson = overview.lessons.find((candidate) => String(candidate.id) === lessonId);
  if (!lesson) notFound();
  const t = await getTranslations('authoring');
  const saved = overview.drafts[locale]?.lessons[lesson.key];
  const values = { title: saved?.title ?? '', summary: saved?.summary ?? '', body: saved?.markdown ?? '', lectureTitle: saved?.lectureTitle ?? '' };
  const language = languageKey(locale);
  const captions = saved?.captionsVtt ? parseVtt(saved.captionsVtt) : null;
  return (
    <div className="space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current="translations" />
      <h1 className="text-2xl font-bold">
        {t('translations.editHeading', { language })}: {lesson.title}
      </h1>
      <p className="flex flex-wrap gap-4">
        <Link href={`/author/modules/${owned.id}/translations`} className="text-brand-700 underline">{t('translations.back')}</Link>
        <Link href={`/author/modules/${owned.id}/preview/lessons/${lesson.key}?lang=${locale}`} className="text-brand-700 underline">{t('translations.preview', { language })}</Link>
      </p>
      <ClientMessages namespaces={['authoring']}>
        <TranslationLessonForm
          lessonId={lesson.id}
          locale={locale}
          english={{ title: lesson.title, summary: lesson.summary, lectureTitle: lesson.lecture?.title ?? null }}
          values={values}
          initialHtml={values.body ? renderMarkdown(values.body) : ''}
        />
      </ClientMessages>
      {lesson.lecture && (
        <ClientMessages namespaces={['authoring', 'translationCaptions']}>
          <TranslationCaptionsForm
            lessonId={lesson.id}
            locale={locale}
            current={captions ? { cues: 'cues' in captions ? captions.cues.length : 0 } : null}
            textSaved={saved !== undefined}
            limitMb={uploadLimits().captions / (1024 * 1024)}
          />
        </ClientMessages>
      )}
    </div>
  );
}
