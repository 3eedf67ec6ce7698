import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LessonEditor } from '@/components/authoring/lesson-editor';
import { ModuleNav } from '@/components/authoring/module-nav';
import { ClientMessages } from '@/components/i18n/client-messages';
import { StatusMessage } from '@/components/ui/status-message';
import { getLessonEditor } from '@/db/queries/authoring-lessons';
import { requireEditableModule } from '@/lib/auth/guards';
import { idParam } from '@/lib/http';
import { uploadLimits } from '@/lib/authoring/files';
import { markdownNestingIssue } from '@/lib/markdown/nesting';
import { renderMarkdown } from '@/lib/markdown/render';

type Params = { params: Promise<{ id: string; lessonId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('lesson.editTitle') };
}

/** Edits one draft lesson: text with live preview, lecture video and captions, attachments. */
export default async function LessonEditorPage({ params }: Params) {
  const { id, lessonId } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/lessons/${lessonId}`);
  const lesson = getLessonEditor(idParam(lessonId));
  if (!lesson || lesson.moduleId !== owned.id) notFound();
  const t = await getTranslations('authoring');
  // Older drafts may hold Markdown saved before nesting was bounded: say so instead of failing.
  const tooDeep = markdownNestingIssue(lesson.bodyMarkdown);
  return (
    <div className="space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current={null} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('lesson.heading', { title: lesson.title })}</h1>
        <Link href={`/author/modules/${owned.id}/preview/lessons/${lesson.key}`} className="text-brand-700 underline">
          {t('lesson.previewLink')}
        </Link>
      </div>
      <p className="text-sm text-slate-600">{t('lesson.draftNote')}</p>
      {tooDeep && <StatusMessage tone="error">{t('lesson.tooDeep', { line: tooDeep.line })}</StatusMessage>}
      <ClientMessages namespaces={['authoring']}>
        <LessonEditor lesson={lesson} initialHtml={tooDeep ? '' : renderMarkdown(lesson.bodyMarkdown)} limits={uploadLimits()} />
      </ClientMessages>
    </div>
  );
}
