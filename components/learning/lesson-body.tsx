import { getTranslations } from 'next-intl/server';
import type { Attachment, Lecture as LectureData } from '@/db/schema';
import { findModuleFile } from '@/lib/media';
import { Lecture } from './lecture';

interface Props {
  lesson: {
    title: string;
    summary: string;
    minutes: number;
    html: string;
    lecture: LectureData | null;
    captionsVtt: string | null;
    /** Set when `captionsVtt` is a translation. */
    captionsLocale?: 'fa-AF' | 'ps';
    attachments: Attachment[];
  };
  moduleSlug: string;
  /** Where the lesson's files are served from: the published media route, or the authors' draft route. */
  mediaBase: string;
}

/** A lesson as a trainee reads it: heading, lecture with transcript, the rendered text and downloads. Shared by the trainee page and the authors' preview. */
export async function LessonBody({ lesson, moduleSlug, mediaBase }: Props) {
  const t = await getTranslations('lesson');
  return (
    <>
      <header className="space-y-1">
        <h1 dir="auto" className="text-2xl font-bold">{lesson.title}</h1>
        <p dir="auto" className="text-slate-700">{lesson.summary}</p>
        <p className="text-sm text-slate-600">{t('minutes', { minutes: lesson.minutes })}</p>
      </header>
      {lesson.lecture && (
        <Lecture
          lecture={lesson.lecture}
          captionsVtt={lesson.captionsVtt}
          captionsLocale={lesson.captionsLocale}
          mediaBase={mediaBase}
          videoAvailable={Boolean(findModuleFile(moduleSlug, lesson.lecture.video))}
        />
      )}
      {/* The lesson's own direction (English for now), not the page's: dir="auto" follows its first letter. */}
      <div dir="auto" className="prose-lesson max-w-3xl" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {lesson.attachments.length > 0 && (
        <section aria-labelledby="attachments">
          <h2 id="attachments" className="mb-2 text-lg font-semibold">
            {t('attachments')}
          </h2>
          <ul className="list-disc ps-6">
            {lesson.attachments.map((file) => (
              <li key={file.path}>
                <a href={`${mediaBase}/${file.path}`} download className="text-brand-700 underline">
                  <bdi>{file.title}</bdi>
                </a>{' '}
                <span className="text-sm text-slate-600">{t('fileSize', { kb: Math.ceil(file.size / 1024) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
