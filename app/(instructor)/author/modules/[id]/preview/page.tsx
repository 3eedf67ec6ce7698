import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PreviewBanner } from '@/components/authoring/preview-banner';
import { LinkButton } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { getDraftPreview } from '@/db/queries/authoring-publish';
import { requireEditableModule } from '@/lib/auth/guards';
import { moduleCaptionsReader } from '@/lib/authoring/files';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('preview.moduleTitle') };
}

/** The draft module page as an enrolled trainee will see it once published. */
export default async function ModulePreviewPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/preview`);
  const t = await getTranslations('module');
  const format = await getFormatter();
  const tAuthor = await getTranslations('authoring');
  const { snapshot } = getDraftPreview(owned.id, moduleCaptionsReader(owned.slug));
  const base = `/author/modules/${owned.id}/preview`;
  const quiz = snapshot.quiz;
  return (
    <div className="space-y-8">
      <PreviewBanner moduleId={owned.id} />
      <header className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{snapshot.title}</h1>
        <p className="text-slate-700">{snapshot.summary}</p>
      </header>
      <section aria-labelledby="objectives">
        <h2 id="objectives" className="mb-2 text-lg font-semibold">
          {t('objectives')}
        </h2>
        <ul className="list-disc space-y-1 ps-6">
          {snapshot.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lessons">
        <h2 id="lessons" className="mb-2 text-lg font-semibold">
          {t('lessons')}
        </h2>
        {snapshot.lessons.length === 0 && <p>{tAuthor('lessons.empty')}</p>}
        <ol className="space-y-2">
          {snapshot.lessons.map((lesson, i) => (
            <li key={lesson.key} className={cardClass({ padding: 'sm' })}>
              <span className="me-2 text-slate-600">{format.number(i + 1)}.</span>
              <Link href={`${base}/lessons/${lesson.key}`} className="text-brand-700 underline">
                <bdi>{lesson.title}</bdi>
              </Link>
            </li>
          ))}
        </ol>
      </section>
      {quiz && (
        <section aria-labelledby="quiz" className="space-y-3">
          <h2 id="quiz" className="text-lg font-semibold">
            {t('quiz', { title: quiz.title })}
          </h2>
          <p>
            {t('quizRules', { passMark: quiz.passMark, count: quiz.questions.length })}{' '}
            {quiz.attemptLimit ? t('quizAttemptLimit', { limit: quiz.attemptLimit }) : t('quizUnlimited')}{' '}
            {quiz.timeLimitMinutes ? t('quizTimeLimit', { minutes: quiz.timeLimitMinutes }) : ''}
          </p>
          <LinkButton href={`${base}/quiz`}>
            {tAuthor('preview.takeQuiz')}
          </LinkButton>
        </section>
      )}
    </div>
  );
}
