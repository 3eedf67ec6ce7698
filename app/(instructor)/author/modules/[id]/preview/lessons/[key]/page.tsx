import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PreviewBanner } from '@/components/authoring/preview-banner';
import { Lecture } from '@/components/learning/lecture';
import { getDraftPreview } from '@/db/queries/authoring-publish';
import { idParam, requireEditableModule } from '@/lib/authoring/access';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { findModuleFile } from '@/lib/media';

type Params = { params: Promise<{ id: string; key: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('preview.lessonTitle') };
}

/** One draft lesson as a trainee will see it: the same lecture player, HTML and downloads. */
export default async function LessonPreviewPage({ params }: Params) {
  const { id, key } = await params;
  const { module: owned } = await requireEditableModule(idParam(id), `/author/modules/${id}/preview/lessons/${key}`);
  const { snapshot, lessonIds } = getDraftPreview(owned.id, moduleCaptionsReader(owned.slug));
  const index = snapshot.lessons.findIndex((l) => l.key === key);
  const lesson = snapshot.lessons[index];
  const lessonId = lessonIds.get(key);
  if (!lesson || lessonId === undefined) notFound();
  const t = await getTranslations('lesson');
  const base = `/author/modules/${owned.id}/preview`;
  const mediaBase = `/api/author/lessons/${lessonId}/media`;
  const previous = snapshot.lessons[index - 1];
  const next = snapshot.lessons[index + 1];
  return (
    <article className="space-y-6">
      <PreviewBanner moduleId={owned.id} backHref={`/author/modules/${owned.id}/lessons/${lessonId}`} />
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          {snapshot.title}
        </Link>
        <span className="mx-2 text-slate-500">/</span>
        <span>{t('position', { n: index + 1, total: snapshot.lessons.length })}</span>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{lesson.title}</h1>
        <p className="text-slate-700">{lesson.summary}</p>
        <p className="text-sm text-slate-600">{t('minutes', { minutes: lesson.minutes })}</p>
      </header>
      {lesson.lecture && (
        <Lecture
          lecture={lesson.lecture}
          captionsVtt={lesson.captionsVtt}
          mediaBase={mediaBase}
          videoAvailable={Boolean(findModuleFile(owned.slug, lesson.lecture.video))}
        />
      )}
      <div className="prose-lesson max-w-3xl" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {lesson.attachments.length > 0 && (
        <section aria-labelledby="attachments">
          <h2 id="attachments" className="mb-2 text-lg font-semibold">
            {t('attachments')}
          </h2>
          <ul className="list-disc ps-6">
            {lesson.attachments.map((file) => (
              <li key={file.path}>
                <a href={`${mediaBase}/${file.path}`} download className="text-brand-700 underline">
                  {file.title}
                </a>{' '}
                <span className="text-sm text-slate-600">{t('fileSize', { kb: Math.ceil(file.size / 1024) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-label={t('lessonNavigation')} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link href={`${base}/lessons/${previous.key}`} className="text-brand-700 underline" rel="prev">
            {t('previous', { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        <Link href={next ? `${base}/lessons/${next.key}` : base} className="text-brand-700 underline">
          {next ? t('next', { title: next.title }) : t('backToModule')}
        </Link>
      </nav>
    </article>
  );
}
