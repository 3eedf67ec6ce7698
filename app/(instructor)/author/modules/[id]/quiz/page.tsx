import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { QuestionList } from '@/components/authoring/question-list';
import { QuizSettingsForm } from '@/components/authoring/quiz-settings-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/controls';
import { Section } from '@/components/ui/section';
import { getQuizEditor } from '@/db/queries/authoring-quiz';
import { questionTypes } from '@/lib/domain/question-types/registry';
import { requireEditableModule } from '@/lib/auth/guards';
import { questionFormFromDraft, questionIssues } from '@/lib/domain/question-builder';
import { safeReviewPolicy } from '@/lib/domain/review-policy';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('quiz.heading') };
}

/** The quiz builder: settings, questions in order, and adding questions of any type (or from a bank). */
export default async function QuizBuilderPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/quiz`);
  const t = await getTranslations('authoring');
  const quiz = getQuizEditor(owned.id);
  const defaults = {
    title: t('quiz.defaultTitle', { module: owned.title }),
    passMark: 70,
    attemptLimit: null,
    timeLimitMinutes: null,
    shuffleQuestions: true,
    shuffleOptions: true,
    scoring: 'best' as const,
    review: safeReviewPolicy,
  };
  const base = `/author/modules/${owned.id}/quiz`;
  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={owned.title} current="quiz" />
      <h1 className="text-2xl font-bold">{t('quiz.heading')}</h1>
      {!quiz && <p>{t('quiz.none')}</p>}
      <Section id="settings-heading" title={t('quiz.settings')} card>
        <ClientMessages namespaces={['authoring']}>
          <QuizSettingsForm moduleId={owned.id} token={quiz?.token ?? 'new'} settings={quiz?.settings ?? defaults} />
        </ClientMessages>
      </Section>
      {quiz && (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h2 id="questions-heading" className="text-lg font-semibold">
            {t('questions.heading', { count: quiz.questions.length })}
          </h2>
          <ClientMessages namespaces={['authoring']}>
            <QuestionList
              moduleId={owned.id}
              questions={quiz.questions.map((q) => ({
                id: q.id,
                type: q.draft.type,
                prompt: q.draft.prompt,
                points: q.draft.points,
                token: q.token,
                problem: questionIssues(questionFormFromDraft(q.draft))[0]?.key ?? null,
              }))}
            />
          </ClientMessages>
          <form action={`${base}/questions/new`} method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="new-question-type" className="block font-medium">
                {t('questions.newType')}
              </label>
              <Select id="new-question-type" name="type" layout="auto">
                {questionTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`types.${type}`)}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit">
              {t('questions.add')}
            </Button>
          </form>
          <p>
            <Link href={`${base}/from-bank`} className="text-brand-700 underline">
              {t('questions.fromBank')}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
