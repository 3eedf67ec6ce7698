import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PreviewBanner } from '@/components/authoring/preview-banner';
import { QuizPreview } from '@/components/authoring/quiz-preview';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getDraftPreview } from '@/db/queries/authoring-publish';
import { requireEditableModule } from '@/lib/auth/guards';
import { moduleCaptionsReader } from '@/lib/authoring/files';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('preview.quizTitle') };
}

/** The draft quiz in the trainee's question form, in a preview mode that saves nothing. */
export default async function QuizPreviewPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/preview/quiz`);
  const { snapshot } = getDraftPreview(owned.id, moduleCaptionsReader(owned.slug));
  const quiz = snapshot.quiz;
  if (!quiz) notFound();
  const t = await getTranslations('authoring');
  return (
    <div className="space-y-4">
      <PreviewBanner moduleId={owned.id} backHref={`/author/modules/${owned.id}/quiz`} />
      <Breadcrumb label={t('nav.breadcrumb')} href={`/author/modules/${owned.id}/preview`} parent={snapshot.title} />
      <h1 dir="auto" className="text-2xl font-bold">{quiz.title}</h1>
      <p className="text-slate-700">{t('preview.quizIntro', { passMark: quiz.passMark })}</p>
      <ClientMessages namespaces={['authoring', 'results', 'quiz']}>
        <QuizPreview quiz={quiz} />
      </ClientMessages>
    </div>
  );
}
