import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { QuestionEditor } from '@/components/authoring/question-editor';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getQuestion } from '@/db/queries/authoring-quiz';
import { requireEditableModule } from '@/lib/auth/guards';
import { idParam } from '@/lib/http';
import { questionFormFromDraft } from '@/lib/domain/question-builder';

type Params = { params: Promise<{ id: string; questionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('question.editTitle') };
}

/** Edits one question of the module's quiz. */
export default async function EditQuestionPage({ params }: Params) {
  const { id, questionId } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/quiz/questions/${questionId}`);
  const question = getQuestion(owned.id, idParam(questionId));
  if (!question) notFound();
  const t = await getTranslations('authoring');
  return (
    <div className="max-w-3xl space-y-6">
      <ModuleNav moduleId={owned.id} title={owned.title} current="quiz" />
      <h1 className="text-2xl font-bold">{t('question.editTitle')}</h1>
      {question.inBank && <p className="rounded bg-amber-50 p-2 text-amber-900">{t('question.inBank')}</p>}
      <ClientMessages namespaces={['authoring', 'shortAnswer']}>
        <QuestionEditor
          mode="edit"
          moduleId={owned.id}
          questionId={question.id}
          questionKey={question.draft.key}
          token={question.token}
          initial={questionFormFromDraft(question.draft)}
        />
      </ClientMessages>
      <Link href={`/author/modules/${owned.id}/quiz`} className="inline-block text-brand-700 underline">
        {t('question.back')}
      </Link>
    </div>
  );
}
