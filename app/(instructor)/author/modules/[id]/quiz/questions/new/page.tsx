import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { QuestionEditor } from '@/components/authoring/question-editor';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getQuizEditor } from '@/db/queries/authoring-quiz';
import { isQuestionType } from '@/lib/domain/question-types/registry';
import { requireEditableModule } from '@/lib/auth/guards';
import { emptyQuestionForm } from '@/lib/domain/question-builder';

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ type?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('question.newTitle') };
}

/** A new question of the chosen type. */
export default async function NewQuestionPage({ params, searchParams }: Params) {
  const { id } = await params;
  const { type } = await searchParams;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/quiz`);
  if (!isQuestionType(type)) notFound();
  if (!getQuizEditor(owned.id)) redirect(`/author/modules/${owned.id}/quiz`);
  const t = await getTranslations('authoring');
  return (
    <div className="max-w-3xl space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current="quiz" />
      <h1 className="text-2xl font-bold">{t('question.newHeading', { type: t(`types.${type}`) })}</h1>
      <ClientMessages namespaces={['authoring', 'shortAnswer']}>
        <QuestionEditor mode="create" moduleId={owned.id} initial={emptyQuestionForm(type)} />
      </ClientMessages>
    </div>
  );
}
